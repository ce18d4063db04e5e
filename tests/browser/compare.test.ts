/**
 * The Compare cases page of the variant study (interviews with cases and variables), in Chromium,
 * in both languages at a phone's width and a wide screen: the selector and its place in the
 * address, row and column percentages, a cell's segments with locator links that open the
 * source text at the segment, the keyboard alone, the downloads, axe; and a study without cases
 * (the default study) has no such page.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseMatrix } from "../../loaders/study/matrix.js";
import { loadStudy } from "../../loaders/study/load.js";
import { LANGS, countText, t } from "../../src/shared/i18n/index.js";
import { BY_CASE } from "../../src/components/compareMatrix.js";
import { VARIANT_STUDY } from "./builds.js";
import { browserAvailable, DIST, settle, useSite, visit } from "./harness.js";
import { PREFIX, axeViolations, frames } from "./sweep.js";

const study = loadStudy(VARIANT_STUDY);
const [first, second] = study.variables ?? [];
/** A value inside a CSS attribute selector's double quotes (the variant's values are hostile text). */
const quoted = (value: string) => value.replace(/["\\]/g, "\\$&");

describe.runIf(browserAvailable)(`the Compare cases page, served under ${PREFIX}/`, () => {
  const site = useSite({ build: "build-variant", prefix: PREFIX });

  it("exists only for a study with cases", () => {
    expect(study.cases?.length).toBeGreaterThan(1);
    expect(existsSync(join(DIST, "id/compare.html"))).toBe(false);
  });

  for (const lang of LANGS) {
    for (const width of [360, 1280]) {
      it(`/${lang}/compare at ${width} px: a selector kept in the address, percentages, a cell's segments with working locators`, async () => {
        const v = await visit(site.context, `${site.base}/${lang}/compare`, { width });
        const { page } = v;
        const matrix = page.locator("[data-layout]");
        expect(await matrix.getAttribute("data-layout")).toBe(width === 360 ? "cards" : "table");
        // The selector: every variable, then the cases; the first variable shown first.
        const select = page.getByLabel(t(lang, "compare.by"));
        expect(await select.locator("option").allInnerTexts()).toEqual([...study.variables!.map((x) => x.name), t(lang, "compare.byCase")]);
        expect(new URL(page.url()).searchParams.get("by")).toBe(first!.name);
        // Another variable: its values become the columns, and the address says which.
        await select.selectOption(second!.name);
        await expect.poll(() => new URL(page.url()).searchParams.get("by")).toBe(second!.name);
        const m = caseMatrix(study, { kind: "variable", name: second!.name });
        await expect.poll(() => page.locator("[data-cell]").evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.cell))).toEqual(m.rows.map((r) => `${r.dimension}|${r.value}`));
        // Each cell's counts in words and symbols, not colour alone.
        const full = m.rows.find((r) => r.segments > 0)!;
        const cellAt = `button[data-cell="${quoted(`${full.dimension}|${full.value}`)}"]`;
        const cell = page.locator(cellAt);
        expect(await cell.locator(".compare-count").innerText()).toBe(`${countText(lang, "segment", full.segments)} · ${countText(lang, "case", full.cases)}`);
        expect(await cell.locator(".compare-split").innerText()).toBe(`+${full.strengths} −${full.gaps} ○${full.neutral}`);
        // Row percentages on demand, in the address too.
        await page.getByLabel(t(lang, "compare.percent.row")).check();
        await expect.poll(() => new URL(page.url()).searchParams.get("pct")).toBe("row");
        await expect.poll(() => page.locator(`${cellAt} .compare-share`).count()).toBe(1);
        // A cell opens its segments, each with a locator into the source text.
        await cell.click();
        const detail = page.locator("#compare-detail .compare-detail");
        await expect.poll(() => detail.getAttribute("data-showing")).toBe(`${full.dimension}|${full.value}`);
        expect(await detail.locator("[data-finding]").evaluateAll((q) => q.map((x) => (x as HTMLElement).dataset.finding))).toEqual(full.segmentIds);
        expect(new URL(page.url()).searchParams.get("cell")).toBe(`${full.dimension}|${full.value}`);
        // The address reopens the same view.
        const shared = page.url();
        const again = await visit(site.context, shared, { width });
        await expect.poll(() => again.page.locator("#compare-detail .compare-detail").getAttribute("data-showing")).toBe(`${full.dimension}|${full.value}`);
        expect(await again.page.getByLabel(t(lang, "compare.percent.row")).isChecked()).toBe(true);
        await again.page.close();
        // No sideways scroll at this width, the downloads are there, axe finds nothing.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        const csv = page.locator("a.compare-download");
        expect(await csv.getAttribute("download")).toBe(`compare-${second!.name.replace(/[^\p{L}\p{N}]+/gu, "-")}.csv`);
        expect(await page.locator(".compare-chart .chart-download-button").allInnerTexts()).toEqual(["SVG", "PNG"]);
        expect(await axeViolations(page)).toEqual([]);
        // The locator opens the source text at the segment.
        const locator = detail.locator("a.locator-link").first();
        const href = await locator.getAttribute("href");
        await locator.click();
        await page.waitForURL((u) => u.pathname.includes("/documents/"));
        await settle(page);
        expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${full.segmentIds[0]}`);
        expect(href).toMatch(/^\.\/documents\//);
        expect(v.consoleErrors).toEqual([]);
        await page.close();
      });
    }

    it(`/${lang}/compare with the keyboard alone: choose by case, open a cell, read it`, async () => {
      const v = await visit(site.context, `${site.base}/${lang}/compare`, { width: 1280 });
      const { page } = v;
      await page.getByLabel(t(lang, "compare.by")).focus();
      await page.keyboard.press("End");
      await expect.poll(() => new URL(page.url()).searchParams.get("by")).toBe(BY_CASE);
      const m = caseMatrix(study, { kind: "case" });
      const target = m.rows.find((r) => r.segments > 0)!;
      // Tab through the controls into the matrix until the first cell with segments has the focus.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)) === `${target.dimension}|${target.value}`) break;
      }
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell)).toBe(`${target.dimension}|${target.value}`);
      await page.keyboard.press("Enter");
      await frames(page);
      expect(await page.locator("#compare-detail .compare-detail").getAttribute("data-showing")).toBe(`${target.dimension}|${target.value}`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe("true");
      expect(await page.locator("#compare-detail").getAttribute("aria-live")).toBe("polite");
      expect(v.consoleErrors).toEqual([]);
      await page.close();
    });
  }
});
