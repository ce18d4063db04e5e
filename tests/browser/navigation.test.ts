/**
 * Finding one's way and taking things away, on the default study's build: search in both
 * languages, the language switch followed by a click (it keeps the query string and the hash; that
 * every page's switch leads to its counterpart is checked by the sweep, pages.test.ts), the
 * Open Graph tags of every page, and a chart downloaded as SVG and PNG.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { t } from "../../src/shared/i18n/index.js";
import { OG_LOCALE, ogImageFile, shorten } from "../../src/shared/og.js";
import { langOf } from "../../src/shared/routes.js";
import { BUILD_WAIT_MS, waitForBuild } from "./builds.js";
import { browserAvailable, DIST, fileFor, useSite, visit } from "./harness.js";
import { sitePages } from "./pages.js";

const study = loadStudy(studyDir());

describe.runIf(browserAvailable)("search, the language switch and chart downloads", () => {
  const site = useSite();

  it("search finds pages in both languages from one search box", async () => {
    const { page } = await visit(site.context, `${site.origin}/id/`);
    const box = page.locator("#observablehq-search input");
    for (const [query, expected] of [
      ["Perencanaan", "/id/dimensions/planning"],
      ["Planning", "/en/dimensions/planning"],
      ["dilibatkan", "/id/dimensions/planning"],
      ["honorarium", "/en/dimensions/management-of-lay-actors"]
    ] as const) {
      await box.fill(query);
      const results = page.locator("#observablehq-search-results a");
      await expect.poll(async () => (await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).includes(expected), { message: `"${query}" finds ${expected}`, timeout: 10_000 }).toBe(true);
    }
    await page.close();
  });

  it("the language switch keeps the query string and the hash", async () => {
    const { page } = await visit(site.context, `${site.origin}/en/explorer?valence=gap&q=kader#segment-detail`);
    await Promise.all([page.waitForURL(/\/id\/explorer/), page.locator(".lang-switch a").click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe("/id/explorer");
    expect(url.searchParams.get("valence")).toBe("gap");
    expect(url.searchParams.get("q")).toBe("kader");
    expect(url.hash).toBe("#segment-detail");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("id");
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

describe("links that travel", () => {
  const html = (path: string) => readFileSync(fileFor(DIST, path) ?? join(DIST, `${path}.html`), "utf-8");
  const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const meta = (doc: string, property: string) => {
    const raw = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(doc)?.[1];
    return raw === undefined ? undefined : decode(raw);
  };

  it("every page has og:title, og:description (its lede, in its language) and og:locale; the key-chart pages a PNG og:image", async () => {
    await waitForBuild("build");
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
  }, BUILD_WAIT_MS + 60_000);
});
