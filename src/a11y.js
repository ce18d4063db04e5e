import {enhanceCharts} from "./components/chartDownload.js";

// Plot labels each mark's <g> with aria-label but gives it no role, which assistive technology
// may ignore (and axe reports). Give every such group the role "group" as charts appear.
const fix = (root) => {
  for (const g of root.querySelectorAll?.("svg g[aria-label]:not([role])") ?? []) g.setAttribute("role", "group");
};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) fix(n);
}).observe(document.documentElement, { childList: true, subtree: true });
fix(document);

// The language switch leads to the same view in the other language: it keeps the query string
// (filters, an opened finding, a query) and the hash. The links are static (observablehq.config.ts
// `header`); the view's address is read when the link is about to be followed.
const keepView = (event) => {
  const a = event.target instanceof Element ? event.target.closest(".lang-switch a[hreflang]") : null;
  if (!a) return;
  const base = a.dataset.base ?? a.getAttribute("href");
  a.dataset.base = base;
  const url = new URL(base, location.href);
  url.search = location.search;
  url.hash = location.hash;
  a.href = url.href;
};
for (const type of ["pointerdown", "focusin", "click", "contextmenu"]) document.addEventListener(type, keepView, true);

// Every chart gets SVG and PNG downloads carrying its title, legend, source line and address.
enhanceCharts();
