/**
 * Phones first: every page in both languages at 360, 390 and 768 px — no console error, no
 * sideways page scroll, every SVG text at least 10 px tall as rendered and inside its SVG's box;
 * axe-core at 375 px. One browser, one reused tab per width, the widths of a page in parallel.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { t } from "../../src/shared/i18n/index.js";
import { OG_LOCALE, ogImageFile, shorten } from "../../src/shared/og.js";
import { langOf } from "../../src/shared/routes.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, browserAvailable, fileFor, settle, useSite, visit, type Page } from "./harness.js";
import { sitePages } from "./pages.js";
import { measure } from "./layout.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");
const WIDTHS = [360, 390, 768] as const;
const AXE_WIDTH = 375;

interface Tab {
  page: Page;
  errors: string[];
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

describe.runIf(browserAvailable)("links and charts that travel", () => {
  const site = useSite();
  const study = loadStudy(studyDir());
  const html = (path: string) => readFileSync(fileFor(DIST, path) ?? join(DIST, `${path}.html`), "utf-8");
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const meta = (doc: string, property: string) => {
    const raw = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(doc)?.[1];
    return raw === undefined ? undefined : decode(raw);
  };

  it("every page has og:title, og:description (its lede, in its language) and og:locale; the key-chart pages a PNG og:image", () => {
    for (const path of sitePages().filter((p) => p !== "/")) {
      const doc = html(path);
      const lang = langOf(path)!;
      expect(meta(doc, "og:title"), path).toBeTruthy();
      expect(meta(doc, "og:locale"), path).toBe(OG_LOCALE[lang]);
      const description = meta(doc, "og:description") ?? "";
      expect(description.length, path).toBeGreaterThan(20);
      const page = path.endsWith("/") ? `${path}index` : path;
      const file = ogImageFile(page, study.dimensions);
      const rest = page.split("/").slice(2).join("/");
      expect(Boolean(file), path).toBe(rest === "index" || rest === "brief" || rest.startsWith("dimensions/"));
      if (file) {
        expect(meta(doc, "og:image"), path).toMatch(new RegExp(`${file.replace(/\./g, "\\.")}$`));
        const png = readFileSync(join(DIST, file));
        expect([...png.subarray(0, 8)], file).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.readUInt32BE(16), file).toBe(1200);
      }
    }
    // The lede in the page's language.
    expect(meta(html("/en/explorer"), "og:description")).toBe(shorten(t("en", "explorer.intro")));
    expect(meta(html("/id/explorer"), "og:description")).toBe(shorten(t("id", "explorer.intro")));
  });

  it("the language switch keeps the query string and the hash", async () => {
    const { page } = await visit(site.context, `${site.origin}/en/explorer?valence=gap&q=kader#segment-detail`);
    await Promise.all([page.waitForURL(/\/id\/explorer/), page.locator(".lang-switch a").click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/id/explorer");
    expect(url.searchParams.get("valence")).toBe("gap");
    expect(url.searchParams.get("q")).toBe("kader");
    expect(url.hash).toBe("#segment-detail");
    await page.close();
  });

  it("a chart downloads as SVG and PNG with its title, source line and the page's address", async () => {
    const { page } = await visit(site.context, `${site.origin}/en/`);
    const figure = page.locator("figure:has(> .chart-download)").first();
    const title = (await figure.locator(":scope > h2").first().innerText()).trim();
    const [svgFile] = await Promise.all([page.waitForEvent("download"), figure.locator('.chart-download-button[data-format="svg"]').click()]);
    const svg = readFileSync((await svgFile.path())!, "utf-8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(title.replace(/&/g, "&amp;").split(" ")[0]!);
    expect(svg).toContain(`${t("en", "chart.sourceLine")}:`);
    expect(svg).toContain(`${site.origin}/en/`);
    // Well-formed XML, with the chart inside.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? "", inner: doc.querySelectorAll("svg svg").length };
    }, svg);
    expect(parsed).toEqual({ error: "", inner: 1 });
    const [pngFile] = await Promise.all([page.waitForEvent("download"), figure.locator('.chart-download-button[data-format="png"]').click()]);
    const png = readFileSync((await pngFile.path())!);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
    await page.close();
  });
});
