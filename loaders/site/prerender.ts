/**
 * Charts drawn at build time, for readers on a phone and a slow connection: a page loader draws
 * the very chart the page runs (the same component, in jsdom) at a phone width and a wide width,
 * and writes both into the page's HTML, so the chart is on screen as soon as the HTML arrives.
 * The live chart replaces this copy when the page's code has loaded
 * (src/components/prerendered.ts `live`); CSS shows the copy that fits its card (style.css).
 *
 * The drawings are pictures: their links and buttons are plain text (inertCopy), since what they
 * lead to is drawn by the page's code.
 *
 * A page's Markdown stays in its template (`<page>.page.md`); each `<!-- prerender: <id> -->`
 * marker in it is replaced by the chart drawn for that id.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { DataError, type Problem } from "../errors.js";
import { escapeHtml, inertHtml } from "../../src/shared/html.js";
import { t, type Lang } from "../../src/shared/i18n/index.js";

/**
 * The widths a chart is drawn at: no wider than a card's content on a 360 px phone (262 px), so the
 * drawing is never scaled down there, and a width past the narrow layouts' thresholds.
 */
export const PRERENDER_WIDTHS = { narrow: 260, wide: 640 } as const;

export type Draw = (width: number) => Node;

/** Runs `fn` with jsdom's window and document as the globals the components (and Plot) draw into. */
export function withDocument<T>(fn: () => T): T {
  const { window } = new JSDOM("<!DOCTYPE html><html><body></body></html>");
  const g = globalThis as Record<string, unknown>;
  const saved = { window: g.window, document: g.document };
  g.window = window;
  g.document = window.document;
  try {
    return fn();
  } finally {
    g.window = saved.window;
    g.document = saved.document;
  }
}


/** The HTML of one chart drawn at both widths, wrapped for `live` and for the CSS that picks one. */
export function prerenderChart(id: string, draw: Draw, loading: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`prerender: chart id "${id}" must be lowercase letters, digits and hyphens`);
  const drawn = withDocument(() =>
    (Object.entries(PRERENDER_WIDTHS) as [keyof typeof PRERENDER_WIDTHS, number][]).map(([size, width]) => {
      const holder = document.createElement("div");
      holder.className = `prerender-${size}`;
      holder.append(draw(width));
      inertCopy(holder);
      if (size !== "narrow") renameIds(holder, `--${size}`);
      return holder.outerHTML;
    })
  );
  return inertHtml(
    `<div class="prerendered" data-prerendered="${id}">${drawn.join("")}<p class="prerender-note" role="status">${escapeHtml(loading)}</p></div>`
  );
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Attributes a control keeps when it becomes plain text in a drawing. */
const KEPT = /^(class|title|lang|dir|style|aria-(?!controls|expanded|pressed)[a-z]+|data-[a-z0-9-]+)$/;

/**
 * A drawing is a picture of the chart until the page's code arrives: its links and buttons
 * become plain text (what they lead to — the explorer, a source text, a conflict listed lower
 * down — is drawn by that code), and nothing in it takes the keyboard's focus.
 */
export function inertCopy(root: Element): void {
  const doc = root.ownerDocument;
  for (const control of [...root.querySelectorAll("a[href], a[*|href], button")]) {
    // A link inside an SVG becomes a group, one in HTML a span.
    const text = control.namespaceURI === SVG_NS ? doc.createElementNS(SVG_NS, "g") : doc.createElement("span");
    for (const { name, value } of control.attributes) if (KEPT.test(name)) text.setAttribute(name, value);
    text.append(...control.childNodes);
    control.replaceWith(text);
  }
  for (const node of root.querySelectorAll("[tabindex]")) node.removeAttribute("tabindex");
}

/** Attributes that name an element by its id. */
const ID_REFERENCES = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers"];

/**
 * Gives every id inside `root` a suffix, and the references to it (ID_REFERENCES) with it, so that
 * the page's two drawings of one chart never share an id. (Links are plain text by then: inertCopy.)
 */
export function renameIds(root: Element, suffix: string): void {
  const ids = new Set<string>();
  for (const node of root.querySelectorAll("[id]")) {
    ids.add(node.id);
    node.id += suffix;
  }
  if (!ids.size) return;
  for (const node of root.querySelectorAll("*")) {
    for (const name of ID_REFERENCES) {
      const value = node.getAttribute(name);
      if (value) node.setAttribute(name, value.split(/\s+/).map((id) => (ids.has(id) ? id + suffix : id)).join(" "));
    }
  }
}

const MARKER = /<!--\s*prerender:\s*([^\s>]+)\s*-->/g;

/**
 * The page's Markdown with each marker replaced by its chart. A marker without a chart, or a
 * chart without a marker, is a located error (the template's file and line).
 */
export function fillTemplate(file: string, template: string, charts: Readonly<Record<string, () => string>>): string {
  const used = new Set<string>();
  const problems: Problem[] = [];
  const filled = template.replace(MARKER, (match, id: string, offset: number) => {
    const draw = charts[id];
    if (!draw) {
      const line = template.slice(0, offset).split("\n").length;
      problems.push({ file, line, field: "prerender", message: `marker "${id}" has no chart (expected one of: ${Object.keys(charts).join(", ") || "none"})` });
      return match;
    }
    used.add(id);
    return draw();
  });
  for (const id of Object.keys(charts)) {
    if (!used.has(id)) problems.push({ file, line: 1, field: "prerender", message: `no <!-- prerender: ${id} --> marker for chart "${id}"` });
  }
  if (problems.length) throw new DataError(problems);
  return filled;
}

/**
 * A page loader's output: the template (`./<page>.page.md` beside the loader, as a URL) with each
 * chart drawn in for `lang`, its marker's id naming it.
 */
export function prerenderPage(template: URL, lang: Lang, charts: Readonly<Record<string, Draw>>): string {
  const path = fileURLToPath(template);
  const loading = t(lang, "site.prerendered");
  const fills = Object.fromEntries(Object.entries(charts).map(([id, draw]) => [id, () => prerenderChart(id, draw, loading)]));
  return fillTemplate(relative(process.cwd(), path), readFileSync(path, "utf-8"), fills);
}
