/**
 * The document view in Chromium: in both languages, the source text whole with one anchor per
 * coded segment and the translations at hand as the language wants them; in one language (the
 * behaviour is the same in both), a locator link on a dimension page landing on its segment with
 * the focus, keyboard-only reading, search, filters, colour modes, and with a segment open, axe
 * (WCAG 2.1 AA) and a phone (360 px). The sweep (pages.test.ts) checks both languages' pages at
 * every width, with axe, with nothing open.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { LANGS, type Lang } from "../../src/shared/i18n/index.js";
import { sourceId } from "../../src/shared/routes.js";
import { browserAvailable, settle, type Page, useSite, visit } from "./harness.js";
import { axeViolations, frames } from "./sweep.js";

const study = loadStudy(studyDir());
const source = study.meta.sources[0]!;
const text = readFileSync(join(studyDir(), "source", source.file), "utf-8");
const findings = study.findings.filter((f) => f.source === source.file);
const recommendations = study.recommendations.filter((r) => r.source === source.file);
const docPath = (lang: Lang) => `/${lang}/documents/${sourceId(source.file)}`;

const pieceText = (page: Page) => page.$$eval(".doc-text .doc-piece", (ps) => ps.map((p) => p.textContent).join(""));
const focusedSeg = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.seg ?? null);

describe.runIf(browserAvailable)("document view", () => {
  const site = useSite();

  for (const lang of LANGS) {
    it(`/${lang}: holds the source text whole, with one anchor per coded finding and recommendation`, async () => {
      const { page, consoleErrors } = await visit(site.context, site.origin + docPath(lang));
      expect(await pieceText(page)).toBe(text);
      const kinds = await page.$$eval(".doc-tag", (ts) => ts.map((t) => [t.id, (t as HTMLElement).dataset.kind]));
      expect(kinds.filter(([, k]) => k === "finding").map(([id]) => id)).toEqual(findings.map((f) => f.id));
      expect(kinds.filter(([, k]) => k === "recommendation").map(([id]) => id)).toEqual(recommendations.map((r) => r.id));
      if (studyDir().endsWith("data/study")) expect([findings.length, recommendations.length]).toEqual([37, 4]);
      // Excluded sentences show their reasons, in the page's language where the study gives it; the text keeps the source's language.
      const notes = await page.locator(".doc-excluded-note").allInnerTexts();
      for (const x of study.excluded.filter((e) => e.source === source.file)) expect(notes).toContainEqual(expect.stringContaining(lang === "id" && x.reason_id ? x.reason_id : x.reason));
      expect(await page.locator(".doc-text").getAttribute("lang")).toBe("id");
      // The English page has the translations at hand in the text; the Indonesian page on a toggle.
      const shown = await page.locator(".doc-translation:visible").count();
      expect(shown).toBe(lang === "en" ? findings.length + recommendations.length : 0);
      await page.locator(".doc-toggle input").click();
      expect(await page.locator(".doc-translation:visible").count()).toBe(lang === "en" ? 0 : findings.length + recommendations.length);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it("a locator link on a dimension page lands on its segment, with the focus and its details", async () => {
    const f = findings.find((x) => x.dimension)!;
    const { page } = await visit(site.context, `${site.origin}/en/dimensions/${f.dimension}`);
    const link = page.locator(`#q-${f.id} a.locator-link`);
    expect(await link.getAttribute("title")).toContain(`${f.start}–${f.end}`);
    expect(await link.innerText()).not.toContain(String(f.start));
    await Promise.all([page.waitForURL(`**/documents/**#${f.id}`), link.click()]);
    await settle(page);
    await page.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.seg === id, f.id);
    expect(await page.locator(".doc-panel").innerText()).toContain(f.text_en);
    expect(await page.locator(`#${f.id}`).getAttribute("aria-expanded")).toBe("true");
    await page.close();
  });

  it("reads with the keyboard only: Tab to a segment, Enter shows it, Escape closes", async () => {
    const { page } = await visit(site.context, site.origin + docPath("id"));
    let seg: string | null = null;
    for (let i = 0; i < 60 && !seg; i++) {
      await page.keyboard.press("Tab");
      seg = await focusedSeg(page);
    }
    expect(seg).toBe([...findings, ...recommendations].sort((a, b) => a.start - b.start)[0]!.id);
    await page.keyboard.press("Enter");
    const first = [...findings, ...recommendations].find((x) => x.id === seg)!;
    expect(await page.locator(".doc-panel").innerText()).toContain(first.text_en);
    await page.keyboard.press("Tab");
    const next = await focusedSeg(page);
    expect(next).not.toBe(seg);
    await page.keyboard.press("Enter");
    expect(await page.locator(".doc-panel").innerText()).toContain([...findings, ...recommendations].find((x) => x.id === next)!.text_en);
    await page.keyboard.press("Escape");
    expect(await page.locator(".doc-panel").innerText()).not.toContain(first.text_en);
    expect(await focusedSeg(page)).toBe(next);
    await page.close();
  });

  it("search marks and counts its hits; filters dim the other segments; colour switches", async () => {
    const { page } = await visit(site.context, site.origin + docPath("en"));
    const word = "kader";
    const expected = (text.match(new RegExp(word, "giu")) ?? []).length;
    expect(expected).toBeGreaterThan(0);
    await page.locator(".doc-search input").fill(word);
    expect(await page.locator("mark.doc-hit").count()).toBeGreaterThanOrEqual(expected);
    expect(await page.locator(".doc-hits").innerText()).toContain(String(expected));
    expect((await page.locator("mark.doc-hit").allInnerTexts()).join("").toLowerCase()).toBe(word.repeat(expected));
    expect(await pieceText(page)).toBe(text);

    const dim = findings.find((x) => x.dimension)!.dimension;
    await page.locator(".doc-filters select").first().selectOption(dim);
    const states = await page.$$eval(".doc-tag", (ts) => ts.map((t) => [(t as HTMLElement).dataset.seg, t.classList.contains("dimmed")]));
    const inDim = new Set([...findings, ...recommendations].filter((x) => x.dimension === dim).map((x) => x.id));
    expect(states).toEqual([...findings, ...recommendations].sort((a, b) => a.start - b.start || b.end - a.end).map((x) => [x.id, !inDim.has(x.id)]));
    expect(await page.locator(".doc-shown").innerText()).toContain(String(inDim.size));

    expect(await page.locator(".legend-valence").isVisible()).toBe(false);
    await page.locator('.doc-colour input[value="valence"]').check();
    expect(await page.locator(".document-view").getAttribute("data-colour")).toBe("valence");
    expect(await page.locator(".legend-valence").isVisible()).toBe(true);
    expect(await page.locator(".legend-dimension").isVisible()).toBe(false);
    await page.close();
  });

  it("with a segment open: axe finds no violation; on a phone (360 px) no sideways scroll, stripes in the margin, text of 10 px or more", async () => {
    const { page } = await visit(site.context, site.origin + docPath("id"));
    await page.locator(".doc-tag").nth(3).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.locator(".doc-tag").nth(5).click();
    await frames(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const stripes = await page.$$eval(".doc-stripe", (ss) => ss.map((s) => s.getBoundingClientRect()).map((r) => [r.left, r.width, r.height]));
    expect(stripes).toHaveLength(findings.length + recommendations.length);
    const textBox = await page.locator(".doc-text").boundingBox();
    for (const [left, width, height] of stripes) {
      expect(left! + width!).toBeLessThanOrEqual(textBox!.x);
      expect(height).toBeGreaterThan(0);
    }
    const small = await page.$$eval(".document-view *", (els) =>
      els.filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && parseFloat(getComputedStyle(e).fontSize) < 10).length
    );
    expect(small).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
