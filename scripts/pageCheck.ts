/**
 * The in-page safety check of a built page, shared by the hostile-study browser test and the
 * rendering family of `npm run fuzz`: given a page opened with `visit` (scripts/browser.ts, which
 * records dialogs, console errors and failed requests), `checkPage` returns what the page holds
 * that no page of this site may hold, and the text a reader can see (for callers that look for
 * marks in it):
 *
 * - script addresses: an address attribute (href, src, action, formaction, xlink:href, …) whose
 *   value is a `javascript:` or `vbscript:` address, however disguised (case, spaces, control
 *   characters: `isScriptUrl`, the build's own test);
 * - live payload elements: iframe, frame, object, embed, any element with `srcdoc`, and any inline
 *   event handler attribute (`on…`). The site's own code writes none of these, so any one is a
 *   finding;
 * - foreign scripts: an inline script other than those Framework's page template wrote (as the
 *   build recognises them, scripts/pageScripts.ts, in the HTML the server sent for this page), or
 *   a script from another origin or a script address;
 * - the visible text: the title, the body's rendered text, the words in aria-label, title, alt,
 *   placeholder and meta content attributes, SVG titles and descriptions, what closed <details>
 *   hold, and every address attribute's value.
 *
 * `sidewaysScroll` measures whether the page scrolls sideways at a phone's width, and which
 * elements stand past its right edge. `pageProblems` says every finding of a visit as one line each.
 */
import type { Page } from "playwright-core";
import type { Visit } from "./browser.js";
import { frameworkScripts, isScriptUrl, pageScripts } from "./pageScripts.js";

/** Attributes whose value is an address (as the build's page check reads them). */
export const ADDRESS_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "cite"] as const;
/** Elements that embed another document or plug-in: the site writes none. */
export const FRAME_ELEMENTS = ["iframe", "frame", "object", "embed"] as const;
/** Attributes whose words a reader sees or hears. */
export const SAID_ATTRIBUTES = ["aria-label", "aria-description", "title", "alt", "placeholder"] as const;

/** What the page holds, as read in the page (plain data; judged by `judgeSnapshot`). */
export interface PageSnapshot {
  /** The page's address when read. */
  url: string;
  /** Every address attribute of every element (open shadow roots too). */
  addresses: { tag: string; attribute: string; value: string }[];
  /** Every inline event handler attribute, with the start of its element's markup. */
  handlers: { tag: string; attribute: string; value: string; html: string }[];
  /** The start of the markup of every frame, object, embed and element with srcdoc. */
  frames: string[];
  /** Every script element: its src (null when inline) and text. */
  scripts: { src: string | null; text: string }[];
  /** The visible text, piece by piece. */
  text: string[];
}

/** What a page holds that no page of this site may hold, and its visible text. */
export interface PageFindings {
  /** `<tag attribute="value">` of every script address. */
  scriptAddresses: string[];
  /** Every frame, object, embed, srcdoc and inline handler (the start of its markup). */
  live: string[];
  /** Every inline script Framework's template did not write (its start), and every script from elsewhere. */
  foreignScripts: string[];
  /** The visible text, pieces joined by line breaks. */
  text: string;
}

const cut = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The in-page reading, as source text: tsx (which runs npm run fuzz) wraps every named function of
 * TypeScript source in a helper (`__name`) that the page does not have, so code sent to the page
 * is written as a string (tests also run it in jsdom).
 */
export const SNAPSHOT_SOURCE = `(() => {
  const ADDRESS = new Set(${JSON.stringify(ADDRESS_ATTRIBUTES)});
  const FRAMES = new Set(${JSON.stringify(FRAME_ELEMENTS)});
  const SAID = ${JSON.stringify(SAID_ATTRIBUTES)};
  const cut = (s) => (s.length > 160 ? s.slice(0, 160) + "…" : s);
  const all = [];
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll("*")) {
      all.push(el);
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  const addresses = [];
  const handlers = [];
  const frames = [];
  const said = [];
  for (const el of all) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (ADDRESS.has(name)) addresses.push({ tag, attribute: name, value: a.value });
      if (name.startsWith("on")) handlers.push({ tag, attribute: name, value: a.value, html: cut(el.outerHTML) });
      if (SAID.includes(name) || (tag === "meta" && name === "content")) said.push(a.value);
    }
    if (FRAMES.has(tag) || el.hasAttribute("srcdoc")) frames.push(cut(el.outerHTML));
  }
  const scripts = all.filter((e) => e.tagName.toLowerCase() === "script").map((s) => ({ src: s.getAttribute("src"), text: s.textContent || "" }));
  const svgWords = all.filter((e) => e instanceof SVGElement && ["title", "desc"].includes(e.tagName.toLowerCase())).map((e) => e.textContent || "");
  // What a reader opens on demand (a closed <details>) is shown too.
  const onDemand = all.filter((e) => e.tagName.toLowerCase() === "details" && !e.open).map((d) => d.textContent || "");
  const text = [document.title, document.body ? document.body.innerText : "", ...said, ...svgWords, ...onDemand, ...addresses.map((a) => a.value)];
  return { url: location.href, addresses, handlers, frames, scripts, text };
})()`;

/** Reads the page (plain data, no judgement). */
export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(SNAPSHOT_SOURCE) as Promise<PageSnapshot>;
}

/**
 * Judges a snapshot: `own` are the texts of the inline scripts Framework's template wrote into the
 * page (any other inline script is foreign); a script with a src is foreign when it is a script
 * address or comes from another origin than the page.
 */
export function judgeSnapshot(s: PageSnapshot, own: readonly string[]): PageFindings {
  const origin = new URL(s.url).origin;
  const allowed = new Set(own);
  const elsewhere = (src: string) => {
    if (isScriptUrl(src)) return true;
    try {
      return new URL(src, s.url).origin !== origin;
    } catch {
      return true;
    }
  };
  return {
    scriptAddresses: s.addresses.filter((a) => isScriptUrl(a.value)).map((a) => `<${a.tag} ${a.attribute}="${cut(a.value, 80)}">`),
    live: [...s.frames, ...s.handlers.map((h) => `${h.attribute}="${cut(h.value, 60)}" on ${h.html}`)],
    foreignScripts: s.scripts.flatMap((script) => {
      if (script.src === null) return allowed.has(script.text) ? [] : [`inline script: ${JSON.stringify(cut(script.text.trim(), 100))}`];
      return elsewhere(script.src) ? [`script from ${cut(script.src, 100)}`] : [];
    }),
    text: s.text.join("\n")
  };
}

/**
 * The inline scripts Framework's template wrote into the page at `url`: the page as the server
 * sends it (`served`, or fetched again), read by the build's own check (scripts/pageScripts.ts).
 * None when it cannot be fetched.
 */
export async function ownScripts(page: Page, url = page.url(), served?: string): Promise<string[]> {
  let html = served;
  if (html === undefined) {
    const response = await page.request.get(url).catch(() => undefined);
    if (!response?.ok()) return [];
    html = await response.text();
  }
  return pageScripts(html, new URL(url).pathname, await frameworkScripts()).allowed;
}

/**
 * Follows every link whose address is a script address (as a reader might), so that whatever it
 * would run shows as a dialog or console error in the visit's records; returns how many.
 */
async function followScriptLinks(page: Page): Promise<number> {
  let followed = 0;
  for (const link of await page.$$("a[href], area[href]")) {
    const href = (await link.getAttribute("href").catch(() => null)) ?? "";
    if (!isScriptUrl(href)) continue;
    followed++;
    await link.evaluate((e) => (e as HTMLElement).click()).catch(() => undefined);
  }
  // One more round trip: a dialog the links opened is dismissed (and recorded) before it returns.
  if (followed) await page.evaluate("0").catch(() => undefined);
  return followed;
}

export interface CheckOptions {
  /** The texts of Framework's own inline scripts; by default read from the page the server sends (`ownScripts`). */
  ownScripts?: readonly string[];
  /** Follow each link with a script address after reading the page (default true). */
  followScriptLinks?: boolean;
}

/** Checks a page opened with `visit`: its script addresses, live elements, foreign scripts and visible text. */
export async function checkPage(page: Page, options: CheckOptions = {}): Promise<PageFindings> {
  const [read, own] = await Promise.all([snapshot(page), options.ownScripts ?? ownScripts(page)]);
  const found = judgeSnapshot(read, own);
  if (options.followScriptLinks !== false && found.scriptAddresses.length) await followScriptLinks(page);
  return found;
}

/** Every finding of a visit and its check, one line each (none: the page passed). */
export function pageProblems(visit: Pick<Visit, "dialogs" | "consoleErrors" | "failedRequests">, found: Omit<PageFindings, "text">): string[] {
  return [
    ...visit.dialogs.map((d) => `dialog: ${cut(d)}`),
    ...found.scriptAddresses.map((a) => `script address: ${a}`),
    ...found.live.map((l) => `live element: ${l}`),
    ...found.foreignScripts.map((s) => `foreign script: ${s}`),
    ...visit.consoleErrors.map((e) => `console error: ${cut(e, 300)}`),
    ...visit.failedRequests.map((r) => `failed request: ${cut(r, 200)}`)
  ];
}

/** How a page lays out at a width: how far it scrolls sideways, and what makes it. */
export interface SidewaysScroll {
  width: number;
  /** Pixels the page scrolls sideways (0: none). */
  overflow: number;
  /**
   * What makes it scroll (at most three, widest first): the innermost elements that no scrolling box
   * holds and without which the page scrolls less, each as `tag.class: "the start of its text"`
   * (the elements past the edge that reach furthest when none alone makes a difference).
   */
  beyond: string[];
}

const MEASURE_SOURCE = `(() => {
  const doc = document.documentElement;
  const edge = doc.clientWidth;
  const overflow = doc.scrollWidth - edge;
  const beyond = [];
  if (overflow <= 0) return { overflow, beyond };
  const held = (el) => {
    for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
      if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(p).overflowX)) return true;
    }
    return false;
  };
  // Elements past the edge, and the elements whose own words run past it (a long word overflows
  // its box, not the box itself), each with how far its furthest part reaches.
  const reach = new Map();
  const add = (e, right) => {
    if (right > edge + 1) reach.set(e, Math.max(reach.get(e) || 0, right));
  };
  for (const e of document.body.querySelectorAll("*")) add(e, e.getBoundingClientRect().right);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    if (node.parentElement) add(node.parentElement, range.getBoundingClientRect().right);
  }
  const past = [...reach.keys()].filter((e) => !held(e));
  const inner = past.filter((e) => !past.some((o) => o !== e && e.contains(o))).sort((a, b) => reach.get(b) - reach.get(a)).slice(0, 60);
  const name = (e) => {
    const words = (e.textContent || "").trim();
    const cls = typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/ +/).join(".") : "";
    return e.tagName.toLowerCase() + cls + ": " + JSON.stringify(words.length > 120 ? words.slice(0, 120) + "…" : words);
  };
  // The culprits: hiding one makes the page scroll less (the widest first; then the next, with it hidden).
  const hide = (e) => {
    const was = { e, value: e.style.getPropertyValue("display"), priority: e.style.getPropertyPriority("display") };
    e.style.setProperty("display", "none", "important");
    return was;
  };
  const restore = (was) => was.e.style.setProperty("display", was.value, was.priority);
  const hidden = [];
  for (let round = 0; round < 3 && doc.scrollWidth > edge; round++) {
    const before = doc.scrollWidth;
    const culprit = inner.find((e) => {
      if (hidden.some((h) => h.e === e)) return false;
      const was = hide(e);
      const less = doc.scrollWidth < before;
      restore(was);
      return less;
    });
    if (!culprit) break;
    beyond.push(name(culprit));
    hidden.push(hide(culprit));
  }
  for (const was of hidden) restore(was);
  if (!beyond.length) for (const e of inner.slice(0, 3)) beyond.push(name(e));
  return { overflow, beyond: [...new Set(beyond)] };
})()`;

/**
 * Sets the page's viewport to `width` (a phone's, 360 px by default), lets it lay out again and
 * measures whether it scrolls sideways. The page keeps that width.
 */
export async function sidewaysScroll(page: Page, width = 360): Promise<SidewaysScroll> {
  await page.setViewportSize({ width, height: 800 });
  // Two frames: charts drawn for the width redraw on the resize observer's next turn.
  await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, undefined, { timeout: 60_000 });
  const { overflow, beyond } = (await page.evaluate(MEASURE_SOURCE)) as { overflow: number; beyond: string[] };
  return { width, overflow, beyond };
}
