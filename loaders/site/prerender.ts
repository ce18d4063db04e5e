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
 * A page's Markdown stays in its template (`<page>.page.md`); each chart's live call in it
 * (`${resize((width) => chart("<id>", …))}`, src/components/charts.ts) gets its drawing just before
 * it (src/prerender/pages.ts draws them).
 */
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

let shared: JSDOM["window"] | undefined;

/**
 * Runs `fn` with jsdom's window and document as the globals the components (and Plot) draw into.
 * One window serves every drawing of a process (a new one costs more than most charts take to
 * draw: a build draws some forty): each drawing starts from an empty document, and what it drew
 * leaves with its HTML.
 */
export function withDocument<T>(fn: () => T): T {
  shared ??= new JSDOM("<!DOCTYPE html><html><head></head><body></body></html>").window;
  const window = shared;
  window.document.head.replaceChildren();
  window.document.body.replaceChildren();
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


/** A chart's place with nothing to draw (src/components/emptyState.ts `noChart`): the stylesheet hides its card. */
const NO_CHART = "data-chart-empty";

/**
 * One chart drawn at both widths (PRERENDER_WIDTHS), each in the holder the CSS picks from; none
 * when the chart has nothing to draw at either width.
 */
function drawBoth(draw: Draw): string[] | "nothing" {
  return withDocument(() => {
    const drawn = (Object.entries(PRERENDER_WIDTHS) as [keyof typeof PRERENDER_WIDTHS, number][]).map(([size, width]) => {
      const holder = document.createElement("div");
      holder.className = `prerender-${size}`;
      const node = draw(width);
      holder.append(node);
      inertCopy(holder);
      if (size !== "narrow") renameIds(holder, `--${size}`);
      return { html: holder.outerHTML, nothing: node.nodeType === 1 && (node as Element).hasAttribute(NO_CHART) };
    });
    return drawn.every((d) => d.nothing) ? "nothing" : drawn.map((d) => d.html);
  });
}

/**
 * A chart drawn at both widths for a page that has no live chart (the brief, which reads without
 * JavaScript and prints): the CSS shows the drawing that fits, on screen and on paper.
 */
export function staticChart(draw: Draw): string {
  const drawn = drawBoth(draw);
  return drawn === "nothing" ? `<div ${NO_CHART}=""></div>` : inertHtml(`<div class="drawn">${drawn.join("")}</div>`);
}

/** The HTML of one chart drawn at both widths, wrapped for `live` and for the CSS that picks one. */
export function prerenderChart(id: string, draw: Draw, loading: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`prerender: chart id "${id}" must be lowercase letters, digits and hyphens`);
  const drawn = drawBoth(draw);
  // Nothing to draw: the card is hidden, and its live chart (which draws nothing) need not replace a drawing.
  if (drawn === "nothing") return `<div ${NO_CHART}=""></div>`;
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

/** A chart's live call in a page template: `${resize((width) => chart("<id>", {<datasets>}, …))}`. */
const CHART_CALL = /\$\{resize\(\(width\) => chart\("([^"]*)",\s*\{([^}]*)\}/g;

export interface ChartCall {
  /** The chart's id (src/components/charts.ts). */
  id: string;
  /** The named datasets the call passes (`{overview, site}`, `{study: data}` → overview, site; study). */
  datasets: string[];
  /** The template's line of the call. */
  line: number;
}

/** Every chart call of a template, in order. */
export function chartCalls(template: string): (ChartCall & { offset: number })[] {
  return [...template.matchAll(CHART_CALL)].map((m) => ({
    id: m[1]!,
    datasets: m[2]!
      .split(",")
      .map((part) => part.split(":")[0]!.trim())
      .filter(Boolean),
    line: template.slice(0, m.index).split("\n").length,
    offset: m.index
  }));
}

/**
 * The page's Markdown with each chart's drawing written just before its live call. A call that
 * names no known chart or an unknown dataset is a located error (the template's file and line).
 */
export function fillTemplate(file: string, template: string, draw: (call: ChartCall) => string, known: { charts: readonly string[]; datasets: readonly string[] }): string {
  const calls = chartCalls(template);
  const problems: Problem[] = [];
  for (const call of calls) {
    if (!known.charts.includes(call.id)) problems.push({ file, line: call.line, field: "chart", message: `"${call.id}" is not a chart (expected one of: ${known.charts.join(", ")})` });
    for (const name of call.datasets) {
      if (!known.datasets.includes(name)) problems.push({ file, line: call.line, field: "chart", message: `chart "${call.id}" is given "${name}", which is not a dataset (expected one of: ${known.datasets.join(", ")})` });
    }
  }
  if (problems.length) throw new DataError(problems);
  let out = "";
  let at = 0;
  for (const call of calls) {
    out += template.slice(at, call.offset) + draw(call);
    at = call.offset;
  }
  return out + template.slice(at);
}

/** The loading line under every drawing, in the page's language. */
export const loadingLine = (lang: Lang) => t(lang, "site.prerendered");
