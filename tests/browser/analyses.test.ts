/**
 * The analysis pages in Chromium, against the built site: each renders its marks from the data
 * (as many as the data has rows), every finding shown carries its locator and a link to the
 * evidence explorer in the page's language, the matrix is keyboard-reachable, and axe-core (every
 * rule, inside main) passes with every <details> open and a matrix cell chosen. What differs by
 * language (labels, the order of a quote's two languages, links) is checked in both; the
 * keyboard and every cell of the matrix, and every dimension page, in one. That the dimension
 * pages follow a study's own codebook: tests/browser/variant.test.ts. The pages stay short.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { dimensionViews, matrixView, overviewView, recommendationViews } from "../../loaders/study/views.js";
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { metricsDir } from "../../loaders/site/env.js";
import { LANGS, t, type Lang } from "../../src/shared/i18n/index.js";
import { browserAvailable, type Page, useSite, visit } from "./harness.js";
import { axeViolations } from "./sweep.js";

const study = loadStudy(studyDir());
const overview = overviewView(study);
const dimensions = dimensionViews(study);
const related = metricsBundle(loadMetrics(metricsDir())).related;
const matrix = matrixView(study);
const recommendations = recommendationViews(study);

const nonZero = (...xs: number[]) => xs.filter((x) => x > 0).length;

/** Opens every <details>, then axe-core with every rule it runs by default, inside main. */
async function axeOpen(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  return axeViolations(page, { selector: "main", allRules: true });
}

/**
 * Every `[data-finding]` has a link to the explorer for its id and a locator: a link to its place
 * in the document view (`documents/…#id`) with the character offsets in its title.
 */
async function traceable(page: Page, lang: string): Promise<{ findings: number; recommendations: number; problems: string[] }> {
  return page.evaluate((lang) => {
    const problems: string[] = [];
    const findings = [...document.querySelectorAll<HTMLElement>("[data-finding]")];
    for (const el of findings) {
      const id = el.dataset.finding!;
      const link = [...el.querySelectorAll<HTMLAnchorElement>("a")].find((a) => a.href.includes(`explorer?id=${encodeURIComponent(id)}`));
      if (!link) problems.push(`${id}: no link to the explorer`);
      else if (new URL(link.href).pathname !== `/${lang}/explorer`) problems.push(`${id}: explorer link goes to ${new URL(link.href).pathname}`);
      if (!locatorLink(el, id)) problems.push(`${id}: no locator link to the document view with offsets`);
    }
    const recs = [...document.querySelectorAll<HTMLElement>("[data-recommendation]")];
    for (const el of recs) {
      if (!locatorLink(el, el.dataset.recommendation!)) problems.push(`${el.dataset.recommendation}: no locator link to the document view with offsets`);
    }
    function locatorLink(el: HTMLElement, id: string): boolean {
      const a = el.querySelector<HTMLAnchorElement>(".locator a.locator-link");
      if (!a || !a.innerText.trim() || !/\d+–\d+/.test(a.title)) return false;
      const url = new URL(a.href);
      return url.pathname.startsWith(`/${lang}/documents/`) && url.hash === `#${encodeURIComponent(id)}`;
    }
    return { findings: findings.length, recommendations: recs.length, problems };
  }, lang);
}

describe.runIf(browserAvailable)("analysis pages in Chromium", () => {
  const site = useSite();

  it("the traceability check fails for a finding without link or locator (so the checks below can fail)", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/en/`);
    await page.evaluate(() => {
      document.body.innerHTML =
        '<div data-finding="F01">quoted text</div>' +
        '<div data-finding="F02"><span class="locator"><a href="/en/explorer?id=F02">F02</a> · section 5.1</span></div>' +
        '<div data-finding="F03"><span class="locator"><a href="/en/explorer?id=F03">F03</a> · characters 626–705</span></div>' +
        '<div data-finding="F04"><span class="locator"><a href="/en/explorer?id=F04">F04</a> · <a class="locator-link" href="/en/documents/s#F05" title="characters 1–9">S, 5.1</a></span></div>' +
        '<div data-finding="F05"><span class="locator"><a href="/en/explorer?id=F05">F05</a> · <a class="locator-link" href="/en/documents/s#F05" title="characters 1–9">S, 5.1</a></span></div>';
    });
    const { problems } = await traceable(page, "en");
    expect(problems).toEqual([
      "F01: no link to the explorer",
      "F01: no locator link to the document view with offsets",
      "F02: no locator link to the document view with offsets",
      "F03: no locator link to the document view with offsets",
      "F04: no locator link to the document view with offsets"
    ]);
    await page.close();
  });

  /** A dimension page: its evidence, both versions of each quote (the page's language first), recommendation, actors, stages, related figures, pager; every statement traceable. */
  async function checkDimension(lang: Lang, d: (typeof dimensions)[number]): Promise<Page> {
    const { page, consoleErrors } = await visit(site.context, `${site.origin}/${lang}/dimensions/${d.id}`);
    expect(consoleErrors, d.id).toEqual([]);
    const evidence = await page.locator(".dimension-evidence [data-finding]").evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.finding));
    expect(evidence.sort(), d.id).toEqual([...d.strengths, ...d.gaps, ...d.neutral].map((q) => q.id).sort());
    const langs = await page.locator(".dimension-evidence [data-finding]").first().locator("blockquote").evaluateAll((bs) => bs.map((b) => b.getAttribute("lang")));
    if (evidence.length) expect(langs).toEqual(lang === "id" ? ["id", "en"] : ["en", "id"]);
    expect(await page.locator(".dimension-recommendation [data-recommendation]").count(), d.id).toBe(d.recommendations.length);
    expect(await page.locator(".dimension-actors [data-actor]").count(), d.id).toBe(d.actors.length);
    expect(await page.locator(".dimension-stages [data-stage]").count(), d.id).toBe(study.stages.length);
    const linked = related[d.id] ?? [];
    if (linked.length) expect(await page.locator(".dimension-related [data-indicator]").count(), d.id).toBe(linked.length);
    else expect(await page.locator('[data-empty="related"]').count(), d.id).toBe(1);
    const pager = await page.locator("[data-pager]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pager, d.id).toEqual([d.previous, d.next].filter((x) => x).map((x) => `/${lang}/dimensions/${x!.id}`));
    await page.evaluate(() => document.querySelectorAll("details").forEach((el) => (el.open = true)));
    expect((await traceable(page, lang)).problems, d.id).toEqual([]);
    return page;
  }

  for (const lang of LANGS) {
    it(`/${lang}/ overview: the study's conclusion first, one entry per dimension, bars from the data, unknowns shown`, async () => {
      const { page, consoleErrors } = await visit(site.context, `${site.origin}/${lang}/`);
      expect(consoleErrors).toEqual([]);
      expect(await page.locator(".dimension-entry[data-dimension]").count()).toBe(study.dimensions.length);
      // The study's verdicts, one per dimension it assessed, in its conclusion.
      expect(await page.locator(".verdict-list [data-dimension]").count()).toBe(overview.dimensions.filter((d) => d.verdict).length);
      expect(await page.locator(".dimension-entry a.dimension-link").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(
        study.dimensions.map((d) => `/${lang}/dimensions/${d.id}`)
      );
      const bars = overview.dimensions.reduce((n, d) => n + nonZero(d.strengths.length, d.gaps.length, d.neutral.length), 0);
      expect(await page.locator('svg.dimension-chart g[aria-label="bar"] rect, .dimension-chart svg g[aria-label="bar"] rect').count()).toBe(bars);
      const stageBars = overview.stages.reduce((n, s) => n + nonZero(s.strengths.length, s.gaps.length, s.neutral.length), 0);
      expect(await page.locator('.stage-strip g[aria-label="bar"] rect').count()).toBe(stageBars);
      // The study speaks first: its own conclusion, quoted, before anything marked as our analysis.
      const conclusion = study.meta.conclusion!;
      const sentences = page.locator('main [data-voice="study"] .conclusion-sentence');
      expect(await sentences.count()).toBe(conclusion.findings.length + (conclusion.qualification?.length ? 1 : 0));
      const opening = study.findings.find((f) => f.id === conclusion.findings[0])!;
      expect(await sentences.first().innerText()).toContain((lang === "id" ? opening.text_id : opening.text_en).slice(0, 60));
      expect(await page.evaluate(() => {
        const study = document.querySelector('main [data-voice="study"]');
        const ours = document.querySelector('main [data-voice="ours"]');
        return !!study && !!ours && (study.compareDocumentPosition(ours) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      })).toBe(true);
      for (const field of ["author", "year", "institution"]) {
        expect(await page.locator(`[data-field="${field}"] dd`).innerText()).toBe(t(lang, "overview.unknown"));
      }
      expect(await page.locator('[data-field="title"] dd').innerText()).toBe(lang === "id" ? study.meta.title_id : study.meta.title_en);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const trace = await traceable(page, lang);
      expect(trace.problems).toEqual([]);
      expect(trace.findings).toBeGreaterThanOrEqual(study.findings.length);
      expect(await axeOpen(page)).toEqual([]);
      await page.close();
    });

    it(`/${lang}/stages: actors × stages cells, each labelled in text; a chosen cell shows its findings; axe passes`, async () => {
      const { page, consoleErrors } = await visit(site.context, `${site.origin}/${lang}/stages`);
      expect(consoleErrors).toEqual([]);
      const cells = page.locator("button[data-cell]");
      expect(await cells.count()).toBe(study.actors.length * study.stages.length);
      expect(await page.locator(".matrix thead th[data-stage]").evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.stage))).toEqual(study.stages.map((s) => s.id));
      // Colour is never the only carrier: every cell's text names its level.
      const texts = await cells.evaluateAll((bs) => bs.map((b) => [(b as HTMLElement).dataset.level, (b as HTMLElement).innerText]));
      for (const [level, text] of texts) expect(text).toContain(t(lang, `stages.level.${level as "gaps-only"}`));
      // The stages we tie to the study's qualification are marked in the header.
      expect(await page.locator(".matrix thead th.central").count()).toBe(matrix.stages.filter((s) => s.qualified).length);
      expect(await page.locator(".planning-gap").innerText()).toContain(lang === "id" ? "Kader Surabaya Hebat" : "Kader Surabaya Hebat");
      // A chosen cell shows exactly its findings, each traceable (every cell, and the keyboard: below).
      const chosen = matrix.cells.find((c) => c.findings.length)!;
      await page.locator(`button[data-cell="${chosen.actor}|${chosen.stage}"]`).click();
      expect(await page.locator("#cell-detail [data-finding]").evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.finding))).toEqual(chosen.findings.map((q) => q.id));
      expect((await traceable(page, lang)).problems).toEqual([]);
      expect(await page.locator(".table-alt tbody tr").count()).toBe(matrix.cells.length);
      expect(await axeOpen(page)).toEqual([]);
      await page.close();
    });

    it(`/${lang}/recommendations: every recommendation with its chains, every statement traceable`, async () => {
      const { page, consoleErrors } = await visit(site.context, `${site.origin}/${lang}/recommendations`);
      expect(consoleErrors).toEqual([]);
      expect(await page.locator("[data-rec]").count()).toBe(study.recommendations.length);
      const chains = recommendations.flatMap((r) => r.chains.map((c) => `${c.gap.id}>${r.quote.id}`));
      expect(await page.locator("[data-chain]").evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.chain))).toEqual(chains);
      expect(await page.locator("[data-chain-row]").count()).toBe(chains.length);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const trace = await traceable(page, lang);
      expect(trace.problems).toEqual([]);
      expect(trace.recommendations).toBe(study.recommendations.length);
      expect(await axeOpen(page)).toEqual([]);
      await page.close();
    });

    it(`/${lang}/dimensions/${dimensions[1]!.id}: its evidence, recommendation, metrics and pager in ${lang}; axe passes`, async () => {
      const page = await checkDimension(lang, dimensions[1]!);
      expect(await axeOpen(page)).toEqual([]);
      await page.close();
    });
  }

  it("/id/stages: the matrix by keyboard (Enter shows a cell, arrows move, Space too); every cell with findings shows exactly those", async () => {
    const lang = "id";
    const { page } = await visit(site.context, `${site.origin}/${lang}/stages`);
    // Keyboard: Tab reaches the first cell, Enter shows its findings, arrows move.
    const first = matrix.cells[0]!;
    await page.locator("button[data-cell]").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#cell-detail").getAttribute("data-showing")).toBe(`${first.actor}|${first.stage}`);
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe(`${matrix.cells[1]!.actor}|${matrix.cells[1]!.stage}`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press(" ");
    const next = matrix.cells[study.stages.length + 1]!;
    expect(await page.locator("#cell-detail").getAttribute("data-showing")).toBe(`${next.actor}|${next.stage}`);
    // Every cell with findings shows exactly those findings, each traceable.
    for (const c of matrix.cells.filter((c) => c.findings.length)) {
      await page.locator(`button[data-cell="${c.actor}|${c.stage}"]`).click();
      expect(await page.locator("#cell-detail [data-finding]").evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.finding))).toEqual(c.findings.map((q) => q.id));
    }
    expect((await traceable(page, lang)).problems).toEqual([]);
    await page.close();
  });

  it("/en/dimensions/*: one page per codebook dimension with its evidence, recommendation, metrics and pager", async () => {
    for (const d of dimensions) await (await checkDimension("en", d)).close();
  });
});

describe("pages stay short: logic lives in loaders/ and src/components/", () => {
  const pages = ["src/[lang]/index.page.md", "src/[lang]/stages.md", "src/[lang]/recommendations.md", "src/[lang]/dimensions/[dimension].md"];
  for (const file of pages) {
    it(file, () => {
      const text = readFileSync(file, "utf-8");
      expect(text.split("\n").length).toBeLessThanOrEqual(32);
      expect((text.match(/```js/g) ?? []).length).toBeLessThanOrEqual(3);
      expect(text).not.toMatch(/\bfunction\b|\.map\(|\.filter\(|\.reduce\(|Plot\.|d3\./);
    });
  }
});
