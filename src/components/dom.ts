/**
 * SVG elements for components, the counterpart of `el` in evidence.ts (which builds HTML):
 * `s("path", {d: "…"}, child)`. Attributes are typed, functions named `on…` become listeners,
 * and text children are inserted as text, never parsed as markup.
 */

export type SvgChild = Node | string | number | null | undefined | false | readonly SvgChild[];
export type SvgAttrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const SVG_NS = "http://www.w3.org/2000/svg";

function append(node: Element, children: readonly SvgChild[]): void {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(typeof child === "object" ? (child as Node) : String(child));
  }
}

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: SvgChild[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (typeof value === "function") node.addEventListener(name.replace(/^on/, ""), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}
