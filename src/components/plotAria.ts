/**
 * Plot labels each mark's `<g>` with `aria-label` ("bar", "rule", "tip") but gives it no
 * role, and ARIA prohibits a name on a role-less `<g>` (axe: aria-prohibited-attr). Giving
 * those groups `role="group"` keeps Plot's labels and makes them valid.
 */
export function withGroupRoles<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.setAttribute("role", "group");
  return chart;
}
