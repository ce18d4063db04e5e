import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { pdfPageCount, pdfPath } from "../../scripts/brief-pdf.js";
import { LANGS } from "../../src/shared/i18n/index.js";
import { BUILD_WAIT_MS, buildLog, waitForBuild } from "./builds.js";
import { browserAvailable, useSite } from "./harness.js";

const study = loadStudy(studyDir());
const fold = (s: string) => s.replace(/\s+/g, " ").trim();
/** For PDF text: line breaks may split a word at its hyphen, so compare without hyphens and spaces. */
const squeeze = (s: string) => s.replace(/[-\s]/g, "");

describe.runIf(browserAvailable)("policy brief", () => {
  const site = useSite({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    it(`/${lang}/brief reads fully with JavaScript disabled, the study's own conclusion first`, async () => {
      // The PDF link is added by brief:pdf, which setup runs after the build.
      await waitForBuild("brief-pdf");
      const page = await site.context.newPage();
      await page.goto(`${site.origin}/${lang}/brief`);
      const text = fold(await page.locator(".brief").innerText());
      expect(await page.locator(".brief-dimensions tbody tr").count()).toBe(study.dimensions.length);
      for (const d of study.dimensions) expect(text).toContain(lang === "id" ? d.name_id : d.name_en);
      expect(await page.locator(".brief-recs > li").count()).toBe(study.recommendations.length);
      for (const r of study.recommendations) expect(text).toContain(fold(lang === "id" ? r.text_id : r.text_en));
      expect(await page.locator(".brief svg[role], .brief figure svg").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator(".brief svg rect").count()).toBeGreaterThan(10);
      expect(await page.locator(`a[href$="brief-${lang}.pdf"]`).count()).toBe(1);
      // The study speaks first: its conclusion's section precedes everything marked as ours.
      expect(await page.locator(".brief h2").first().getAttribute("id")).toBe("conclusion");
      expect(
        await page.evaluate(() => {
          const study = document.querySelector('.brief [data-voice="study"]');
          const ours = [...document.querySelectorAll('.brief [data-voice="ours"]')];
          return !!study && ours.length > 0 && ours.every((o) => (study.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
        })
      ).toBe(true);
      expect(text).not.toMatch(/\{[A-Za-z]+\}/);
      await page.close();
    });

    it(`/${lang}/brief prints its charts' text at 8 pt or more on A4`, async () => {
      const page = await site.context.newPage();
      // A4 less the brief's page margins, at the CSS 96 px per inch Chromium prints at (1 px = 0.75 pt).
      await page.setViewportSize({ width: 718, height: 1000 });
      await page.goto(`${site.origin}/${lang}/brief`);
      await page.emulateMedia({ media: "print" });
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll(".brief svg text")]
          .filter((t) => (t as SVGGraphicsElement).getBoundingClientRect().width > 0 && (t.textContent ?? "").trim())
          .map((t) => {
            const svg = (t as SVGGraphicsElement).ownerSVGElement!;
            const box = svg.viewBox.baseVal;
            const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
            return { text: (t.textContent ?? "").slice(0, 30), pt: parseFloat(getComputedStyle(t).fontSize) * scale * 0.75 };
          })
      );
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.filter((s) => s.pt < 8)).toEqual([]);
      await page.close();
    });

    it(`brief-${lang}.pdf exists, fits two A4 pages and contains the four recommendations`, async () => {
      await waitForBuild("brief-pdf");
      const file = pdfPath("dist", lang);
      expect(existsSync(file), `npm run brief:pdf wrote it\n${buildLog("brief-pdf").slice(-2000)}`).toBe(true);
      const pdf = readFileSync(file);
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
      const plain = execFileSync("pdftotext", [file, "-"], { encoding: "utf-8" });
      expect(plain).not.toMatch(/\{[A-Za-z]+\}/);
      const text = squeeze(plain);
      for (const r of study.recommendations) expect(text, r.id).toContain(squeeze(lang === "id" ? r.text_id : r.text_en));
      // Chart labels are never clipped: every stage and dimension label is there whole.
      for (const s of study.stages) expect(text, s.id).toContain(squeeze(lang === "id" ? s.label_id : s.label_en));
      for (const d of study.dimensions) expect(text, d.id).toContain(squeeze(lang === "id" ? d.name_id : d.name_en));
    }, BUILD_WAIT_MS + 60_000);
  }
});
