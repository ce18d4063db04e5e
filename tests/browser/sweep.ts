/**
 * The page sweep: one navigation per page, and every check a page of this site must pass, made
 * on that one visit (pages.test.ts for the default study, variant.test.ts and empty.test.ts for the
 * other builds, which add their own checks of a page to the same visit). The page is opened at a
 * phone's width and resized in the same tab:
 *
 * - at load: it rendered (main content, no failed cell), `<html lang>` is the page's language,
 *   the Content-Security-Policy is in the page, the language switch leads to the same page in the
 *   other language (its address resolves to `counterpart(path)` under the same sub-path), and a
 *   chart drawn at build time has made way for the live one;
 * - at 360, 375, 390 and 768 px: no sideways scroll (naming what makes it), every SVG text at
 *   least 10 px tall as rendered and inside its SVG (layout.ts); axe-core (WCAG 2.1 A and AA) at
 *   375 px, injected through the DevTools protocol, so the page keeps its policy;
 * - at 1280 px: every chart and matrix inside our analysis's mark, no sentence of the other
 *   language's dictionary in the page's own-language text, no "1 findings" (voices.ts);
 *   axe again (unless the caller says not), and the in-page safety check (scripts/pageCheck.ts: no script address,
 *   no live element, no foreign script; the visible text, which holds no unfilled dictionary
 *   placeholder, is returned for callers that look for words in it);
 * - throughout: no console error, page error, dialog, failed request, policy violation, request
 *   outside the site (another host, or this host outside the sub-path), and no request for DuckDB
 *   (the explorer loads it only when SQL is used).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { checkPage, ownScripts, pageProblems, sidewaysScroll } from "../../scripts/pageCheck.js";
import { settle, visit } from "../../scripts/browser.js";
import { counterpart, langOf } from "../../src/shared/routes.js";
import { measure } from "./layout.js";
import { voiceProblems } from "./voices.js";
import { en } from "../../src/shared/i18n/en.js";
import { id } from "../../src/shared/i18n/id.js";

/** The sub-path the sweeps serve the sites under, as a host that publishes a study at https://…/my-study/. */
export const PREFIX = "/my-study";
/** Widths measured for sideways scroll and chart text, in the order the tab is resized. */
export const WIDTHS = [360, 375, 390, 768] as const;
export const AXE_WIDTH = 375;
export const WIDE_WIDTH = 1280;

/** Each page whose first charts are drawn at build time: the drawings' ids, each replaced by its live chart (`[data-live=id]`, src/components/prerendered.ts). */
export const LIVE_CHARTS: Record<string, readonly string[]> = {
  "": ["conclusion", "stages", "dimensions"],
  actors: ["network"],
  metrics: ["prevalence"],
  "findings-per-actor": ["per-actor"]
};

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Injects axe-core into the page (once) through the DevTools protocol: the page's policy stays in force. */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => "axe" in window)) return;
  await page.evaluate(axeSource);
}

/**
 * axe-core's violations on the page, one line each: of WCAG 2.1 A and AA, or with `allRules` of
 * every rule axe runs by default (best practices too); inside `selector` when given. Throws when
 * axe ran no check.
 */
export async function axeViolations(page: Page, options: { selector?: string; allRules?: boolean } = {}): Promise<string[]> {
  await injectAxe(page);
  const result = await page.evaluate(
    async ({ tags, selector }) => {
      const axe = (window as unknown as { axe: { run(ctx: Element | Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe;
      const r = await axe.run(selector ? document.querySelector(selector)! : document, tags ? { runOnly: { type: "tag", values: tags } } : {});
      return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`), passes: r.passes.length };
    },
    { tags: options.allRules ? null : AXE_TAGS, selector: options.selector ?? null }
  );
  if (result.passes === 0) throw new Error("axe-core ran no check on the page");
  return result.violations;
}

/** Two animation frames: what redraws for a new width has redrawn. */
export const frames = (page: Page) => page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");

export interface PageSweep {
  path: string;
  /** Every problem found, one line each (none: the page passed). */
  problems: string[];
  /** The text a reader can see at 1280 px (scripts/pageCheck.ts). */
  text: string;
}

export interface SweepOptions {
  /** Checks of the page once it has settled at 360 px, each problem one line. */
  atLoad?: (page: Page) => Promise<string[]>;
  /** Checks of the page at 1280 px, after the phone widths. */
  atWide?: (page: Page) => Promise<string[]>;
  /**
   * Chart texts that may stand outside their SVG (matched against the start of the text): the
   * hostile study's 200-character payloads, which no chart is drawn to hold. They are still
   * measured for size.
   */
  unbounded?: RegExp;
  /**
   * A shorter visit for a small site of empty states: laid out and checked by axe at 360 px only,
   * the safety check made there (no other width, no second axe run).
   */
  phoneOnly?: boolean;
  /** Whether each chart drawn at build time must have its live chart (false: a study whose empty states replace them). */
  liveCharts?: boolean;
  /** axe-core at 1280 px too (true unless said): the default study's pages are checked at both widths. */
  wideAxe?: boolean;
}

/** A dictionary placeholder left unfilled in a page's text: any `{name}` that a dictionary string of either language uses. */
export const PLACEHOLDER = new RegExp(
  `\\{(${[...new Set([...Object.values(en), ...Object.values(id)].flatMap((v) => [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].join("|")})\\}`
);

/** Opens `base + path` once and makes every check of the sweep; the tab is closed after. */
export async function sweepPage(context: BrowserContext, base: string, path: string, options: SweepOptions = {}): Promise<PageSweep> {
  const lang = langOf(path);
  if (!lang) throw new Error(`sweepPage: ${path} is not a page of a language`);
  const problems: string[] = [];
  const v = await visit(context, base + path, { width: WIDTHS[0] });
  const { page } = v;
  try {
    const state = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      policies: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
      main: (document.querySelector("main") as HTMLElement | null)?.innerText.trim().length ?? 0,
      failedCells: document.querySelectorAll(".observablehq--error").length,
      switchTo: [...document.querySelectorAll(".lang-switch a")].map((a) => ({ href: a.getAttribute("href") ?? "", hreflang: a.getAttribute("hreflang") }))
    }));
    if (state.lang !== lang) problems.push(`<html lang="${state.lang}">, expected "${lang}"`);
    if (state.policies !== 1) problems.push(`${state.policies} Content-Security-Policy meta elements, expected 1`);
    if (state.main <= 20) problems.push(`main holds ${state.main} characters: its content did not render`);
    if (state.failedCells) problems.push(`${state.failedCells} cells failed (.observablehq--error)`);
    const other = lang === "id" ? "en" : "id";
    const expected = `${new URL(base).pathname.replace(/\/$/, "")}${counterpart(path, other)}`;
    const switches = state.switchTo.map((s) => `${new URL(s.href, page.url()).pathname} (hreflang ${s.hreflang})`);
    if (switches.join() !== `${expected} (hreflang ${other})`) problems.push(`language switch leads to ${switches.join(", ") || "nowhere"}, expected ${expected}`);
    const route = path.split("/").slice(2).join("/");
    for (const id of options.liveCharts === false ? [] : (LIVE_CHARTS[route] ?? [])) {
      const live = await page.locator(`[data-live="${id}"]`).count();
      const drawn = await page.locator(`[data-prerendered="${id}"]`).count();
      if (live !== 1 || drawn) problems.push(`the chart drawn at build time as "${id}": its live chart is there ${live} times (expected once), its drawing ${drawn} times (expected gone)`);
    }
    problems.push(...(options.atLoad ? await options.atLoad(page) : []));

    const widths = options.phoneOnly ? [WIDTHS[0]] : WIDTHS;
    for (const width of widths) {
      const scroll = await sidewaysScroll(page, width);
      if (scroll.overflow > 0) problems.push(`${width}px: the page scrolls sideways by ${scroll.overflow}px: ${scroll.beyond.join(" | ")}`);
      const layout = await page.evaluate(measure);
      problems.push(...layout.small.slice(0, 6).map((s) => `${width}px: text under 10 px: ${s}`));
      const outside = layout.outside.filter((s) => !options.unbounded?.test(s));
      problems.push(...outside.slice(0, 6).map((s) => `${width}px: text outside its SVG: ${s}`));
      if (width === AXE_WIDTH || options.phoneOnly) problems.push(...(await axeViolations(page)).map((x) => `axe at ${width}px: ${x}`));
    }

    if (!options.phoneOnly) {
      await page.setViewportSize({ width: WIDE_WIDTH, height: 800 });
      await frames(page);
      if (options.wideAxe !== false) problems.push(...(await axeViolations(page)).map((x) => `axe at ${WIDE_WIDTH}px: ${x}`));
      problems.push(...(options.atWide ? await options.atWide(page) : []));
    }
    // Our analysis marked as ours, the page's own language, plurals (voices.ts).
    problems.push(...(await voiceProblems(page, lang)));
    // Framework's own inline scripts, from the page as it was served on this visit.
    const found = await checkPage(page, { ownScripts: await ownScripts(page, page.url(), await v.served()) });
    problems.push(...pageProblems(v, found));
    const placeholder = PLACEHOLDER.exec(found.text);
    if (placeholder) problems.push(`an unfilled placeholder in the page's text: ${placeholder[0]}`);
    problems.push(...(await v.cspViolations()).map((c) => `Content-Security-Policy violation: ${c}`));
    const local = (u: string) => u.startsWith(`${base}/`) || /^(data|blob):/.test(u);
    problems.push(...v.requests.filter((u) => !local(u)).map((u) => `request outside the site: ${u}`));
    problems.push(...v.requests.filter((u) => /duckdb/i.test(u)).map((u) => `DuckDB requested on open: ${u}`));
    return { path, problems, text: found.text };
  } finally {
    await page.close();
  }
}

/**
 * The site's root page, opened under `base`: it leads to the default language's overview (a
 * relative redirect, so it works from a sub-path) with no error, failed response or dialog on the
 * way. Every problem, one line each.
 */
export async function rootProblems(context: BrowserContext, base: string): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on("response", (r) => r.status() >= 400 && problems.push(`failed request: ${r.url()} (${r.status()})`));
  try {
    await page.goto(`${base}/`, { waitUntil: "load" });
    await page.waitForURL(`${base}/id/`);
    await settle(page);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== "id") problems.push(`the root led to a page in "${lang}"`);
  } finally {
    await page.close();
  }
  return problems;
}
