/**
 * What a built page references and which ids it holds, read by a real HTML parser (jsdom, with
 * parse5's source locations), so comments, script text, entities and unquoted attributes read as
 * a browser reads them, and every reference keeps the line it is on.
 */
import { JSDOM, VirtualConsole } from "jsdom";

/** The attributes of an element that hold a URL. */
export type AttributeKind = "href" | "src" | "srcset" | "poster";

/** A URL in an attribute. */
export interface AttributeRef {
  kind: AttributeKind;
  /** The element (`a`, `link`, `img`, …). */
  tag: string;
  value: string;
  /** The 1-based line of the attribute in the page. */
  line: number;
}

/** Text of an inline script or style, and the line it starts on in the page. */
export interface InlineText {
  text: string;
  line: number;
}

export interface HtmlScan {
  refs: AttributeRef[];
  ids: Set<string>;
  /** Contents of inline scripts (module or classic; not JSON data blocks). */
  scripts: InlineText[];
  /** Contents of inline `<style>` elements and `style` attributes. */
  styles: InlineText[];
}

/** Elements and the attributes of theirs that hold a URL. */
const URL_ATTRIBUTES: Record<string, readonly AttributeKind[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"]
};

/** URLs of a `srcset` (`a.png 1x, b.png 2x`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** The part of parse5's location of an element that the scan reads (jsdom types it as a plain Location). */
interface ElementLocation {
  startLine: number;
  startTag?: { endLine: number };
  attrs?: Record<string, { startLine: number }>;
}

/** Every element under `root` in document order, the contents of `<template>`s included. */
function* elementsOf(root: ParentNode): Generator<Element> {
  for (const element of Array.from(root.children)) {
    yield element;
    if (element.localName === "template" && "content" in element) yield* elementsOf(element.content as DocumentFragment);
    yield* elementsOf(element);
  }
}

/** Every URL-bearing attribute, inline script, inline style and element id of an HTML page. */
export function scanHtml(html: string): HtmlScan {
  // A silent console: a stylesheet jsdom cannot parse is not this check's business.
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  const scan: HtmlScan = { refs: [], ids: new Set(), scripts: [], styles: [] };
  try {
    for (const element of elementsOf(dom.window.document)) {
      const tag = element.localName;
      const location = dom.nodeLocation(element) as ElementLocation | null | undefined;
      const lineOf = (attribute: string) => location?.attrs?.[attribute]?.startLine ?? location?.startLine ?? 1;
      // Text inside a raw-text element starts right after its start tag.
      const textLine = location?.startTag?.endLine ?? location?.startLine ?? 1;
      const id = element.getAttribute("id");
      if (id) scan.ids.add(id);
      const name = element.getAttribute("name");
      if (tag === "a" && name) scan.ids.add(name);
      const style = element.getAttribute("style");
      if (style) scan.styles.push({ text: style, line: lineOf("style") });
      if (tag === "style") scan.styles.push({ text: element.textContent ?? "", line: textLine });
      if (tag === "script" && !element.hasAttribute("src") && !/json/i.test(element.getAttribute("type") ?? "")) {
        scan.scripts.push({ text: element.textContent ?? "", line: textLine });
      }
      // jsdom parses with scripting on when it keeps locations, so a <noscript>'s content is text:
      // it is read as HTML here, since a reader without scripts follows its links.
      if (tag === "noscript" && element.childElementCount === 0) {
        const inner = scanHtml(element.textContent ?? "");
        const shift = <T extends { line: number }>(x: T): T => ({ ...x, line: x.line + textLine - 1 });
        scan.refs.push(...inner.refs.map(shift));
        scan.scripts.push(...inner.scripts.map(shift));
        scan.styles.push(...inner.styles.map(shift));
        for (const id of inner.ids) scan.ids.add(id);
      }
      for (const kind of URL_ATTRIBUTES[tag] ?? []) {
        const value = element.getAttribute(kind);
        if (value === null) continue;
        const line = lineOf(kind);
        if (kind === "srcset") for (const url of srcsetUrls(value)) scan.refs.push({ kind, tag, value: url, line });
        else scan.refs.push({ kind, tag, value: value.trim(), line });
      }
    }
  } finally {
    dom.window.close();
  }
  return scan;
}
