/**
 * The live side of a chart drawn at build time (loaders/site/prerender.ts): when the page's own
 * chart renders, the build-time copy of it (`[data-prerendered=id]`) leaves the page, in the same
 * task, so the reader never sees both or neither.
 */
export function live<T extends Node>(id: string, node: T): T {
  for (const copy of document.querySelectorAll(`[data-prerendered="${CSS.escape(id)}"]`)) copy.remove();
  // The live chart says which drawing it replaced (the page sweep checks each one arrived).
  if (node instanceof Element) node.setAttribute("data-live", id);
  return node;
}
