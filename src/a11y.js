// Plot labels each mark's <g> with aria-label but gives it no role, which assistive technology
// may ignore (and axe reports). Give every such group the role "group" as charts appear.
const fix = (root) => {
  for (const g of root.querySelectorAll?.("svg g[aria-label]:not([role])") ?? []) g.setAttribute("role", "group");
};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) fix(n);
}).observe(document.documentElement, { childList: true, subtree: true });
fix(document);
