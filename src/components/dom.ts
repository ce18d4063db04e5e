/**
 * The components' one DOM builder: `el("p", {class: "x"}, "text", child)` for HTML and
 * `s("path", {d: "…"})` for SVG. Attributes: true → present, false/null/undefined → absent,
 * functions named `on…` become listeners. Text children are inserted as text, never parsed as
 * markup; arrays of children are flattened. An address attribute (`href`, `src`…) keeps a relative
 * address or an http(s), blob or mailto one: a `javascript:` link from a study's data is dropped.
 * DOM only at call time, so modules load under Node.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

const SVG_NS = "http://www.w3.org/2000/svg";

const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction"]);
const SCHEMES = new Set(["http", "https", "blob", "mailto"]);

/** Whether an address may stand in the page: relative, or of an allowed scheme (browsers skip spaces and controls before it). */
export function allowedAddress(value: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]/g, ""));
  return !scheme || SCHEMES.has(scheme[1]!.toLowerCase());
}

function setAttributes(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (typeof value === "function") node.addEventListener(name.replace(/^on/, ""), value);
    else if (URL_ATTRIBUTES.has(name) && !allowedAddress(String(value))) continue;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.appendChild(typeof child === "object" ? (child as Node) : document.createTextNode(String(child)));
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  append(node, children);
  return node;
}

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  setAttributes(node, attrs);
  append(node, children);
  return node;
}
