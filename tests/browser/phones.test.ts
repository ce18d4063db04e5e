/**
 * Phones first: every page in both languages at 360, 390 and 768 px — no console error, no
 * sideways page scroll, every SVG text at least 10 px tall as rendered and inside its SVG's box;
 * axe-core at 375 px. One browser, one reused tab per width, the widths of a page in parallel.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, settle, useSite, type Page } from "./harness.js";
import { sitePages } from "./pages.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
const WIDTHS = [360, 390, 768] as const;
const AXE_WIDTH = 375;

interface Tab {
  page: Page;
  errors: string[];
}

interface Layout {
  overflow: number;
  small: string[];
  outside: string[];
}

/** Measures the page as rendered: sideways overflow, SVG text smaller than 10 px or outside its SVG. */
function measure(): Layout {
  const doc = document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;
  const small: string[] = [];
  const outside: string[] = [];
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (e as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) !== false;
  };
  for (const text of document.querySelectorAll<SVGTextElement>("svg text")) {
    if (!text.textContent?.trim() || !visible(text)) continue;
    const svg = text.ownerSVGElement;
    if (!svg || !visible(svg)) continue;
    const m = text.getScreenCTM();
    const scale = m ? Math.hypot(m.a, m.b) : 1;
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    const name = `${svg.closest("figure,[class]")?.getAttribute("class") || "svg"}: "${text.textContent.trim().slice(0, 40)}"`;
    if (size < 9.95) small.push(`${name} ${size.toFixed(1)}px`);
    const t = text.getBoundingClientRect();
    const b = svg.getBoundingClientRect();
    if (t.left < b.left - 1 || t.right > b.right + 1 || t.top < b.top - 1 || t.bottom > b.bottom + 1) outside.push(name);
  }
  return { overflow, small, outside };
}

describe.runIf(browserAvailable)("phones: every page at 360, 390 and 768 px", () => {
  const site = useSite({ bypassCSP: true });
  const tabs = new Map<number, Tab>();

  beforeAll(async () => {
    for (const width of [...WIDTHS, AXE_WIDTH]) {
      const page = await site.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const tab: Tab = { page, errors: [] };
      page.on("console", (m) => {
        if (m.type() === "error") tab.errors.push(m.text());
      });
      page.on("pageerror", (e) => tab.errors.push(String(e)));
      tabs.set(width, tab);
    }
  });
  afterAll(async () => {
    for (const tab of tabs.values()) await tab.page.close();
  });

  const open = async (width: number, path: string): Promise<Tab> => {
    const tab = tabs.get(width)!;
    tab.errors.length = 0;
    await tab.page.goto(site.origin + path, { waitUntil: "networkidle" });
    await settle(tab.page);
    return tab;
  };

  for (const path of sitePages().filter((p) => p !== "/")) {
    it(`${path}: no console error, no overflow, chart text ≥ 10 px inside its SVG; axe at ${AXE_WIDTH} px`, async () => {
      const [results, violations] = await Promise.all([
        Promise.all(
          WIDTHS.map(async (width) => {
            const tab = await open(width, path);
            return { width, errors: [...tab.errors], ...(await tab.page.evaluate(measure)) };
          })
        ),
        (async () => {
          const { page } = await open(AXE_WIDTH, path);
          await page.evaluate(axeSource);
          return page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
            const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
          });
        })()
      ]);
      const problems = results.flatMap((r) => [
        ...r.errors.map((e) => `${r.width}px console error: ${e.slice(0, 200)}`),
        ...(r.overflow > 0 ? [`${r.width}px page scrolls sideways by ${r.overflow}px`] : []),
        ...r.small.slice(0, 6).map((s) => `${r.width}px text under 10 px: ${s}`),
        ...r.outside.slice(0, 6).map((s) => `${r.width}px text outside its SVG: ${s}`)
      ]);
      expect(problems.join("\n")).toBe("");
      expect(violations.join("\n"), `axe at ${AXE_WIDTH}px`).toBe("");
    });
  }
});
