/**
 * A new, empty study, end to end: `npm run study -- init <folder>` (run in-process by setup.ts),
 * then `validate` (it passes, with warnings for what is left to fill in), then
 * `STUDY=<folder> npm run build -- --out tests/.artifacts/site-empty`. Its pages, each opened once
 * under /my-study/ (sweep.ts, phone width only: a small site of empty states), must:
 *
 * - say plainly that the study has no findings yet: the overview holds an element
 *   `[data-empty="findings"]`, visible, with words in it (the site provides this element);
 * - say "no recommendations were coded" where recommendations would be (`[data-empty="recommendations"]`
 *   on the recommendations page and in the brief);
 * - have no public-figures page (not built, not in the sidebar, not in the search index), no
 *   agreement page and no related-figures block on a dimension page;
 * - draw no bar for a zero count, pretend no assessment and promise no central conclusion;
 * - show only interface words: none of the default study's places, programme, finding ids or
 *   chapter, no "thesis"/"tesis", and "Cepiku" only where the framework's codebook names it (the
 *   citation and each dimension's reference);
 * - once the drawn charts have made way, show the live chart or its empty state (no check that a
 *   chart is there: an empty study draws none).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadStudy } from "../../loaders/study/load.js";
import { LANGS, t, type Lang } from "../../src/shared/i18n/index.js";
import { langOf } from "../../src/shared/routes.js";
import { BUILD_WAIT_MS, buildLog, BUILDS, EMPTY_STUDY, studyCommands, waitForBuild } from "./builds.js";
import { browserAvailable, type Page, useSite } from "./harness.js";
import { sitePages } from "./pages.js";
import { PREFIX, rootProblems, sweepPage } from "./sweep.js";

const OUT = BUILDS["build-empty"].out;
const study = loadStudy(EMPTY_STUDY);
const pages = sitePages(EMPTY_STUDY);

/** Words of the default study (and the ids its words used to cite) that must not reach another study's site. */
const FOREIGN = [/Kalirungkut/i, /Surabaya/i, /Perwali|Peraturan Wali Kota/i, /Kader Surabaya Hebat/i, /\bF04\b/, /\bF08\b/, /\bF14\b/, /\bF20\b/, /\bF35\b/, /\b(thesis|tesis)\b/i, /Cepiku/i, /\bBab V\b/];
/** Words of the framework that the new study's codebook carries, where they may stand: its citation and the references of its dimensions and stages. */
const FRAMEWORK_WORDS = [study.meta.framework.citation, ...study.dimensions.flatMap((d) => [d.reference ?? "", d.reference_id ?? ""]), ...study.stages.map((x) => x.reference ?? "")].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);

describe("a new study from init", () => {
  it("is made by init, and validates with warnings for what is left to fill in", () => {
    const { emptyInit, emptyValidate } = studyCommands();
    expect(emptyInit.code, emptyInit.out.join("\n")).toBe(0);
    expect(emptyInit.err.join("\n")).toMatch(/init: wrote .*: \d+ files, 7 dimensions and 4 stages/);
    expect(emptyValidate.code, emptyValidate.out.join("\n")).toBe(0);
    expect(emptyValidate.out).toEqual([]);
    expect(emptyValidate.err.join("\n")).toMatch(/is valid \(0 findings, 0 recommendations, 7 dimensions\)/);
    expect(emptyValidate.err.some((l) => l.startsWith("study: warning: study.json: ") && l.includes("placeholders left"))).toBe(true);
    expect(emptyValidate.err.some((l) => /lists no sources yet/.test(l))).toBe(true);
  });

  it("builds, with no public-figures page (not built, not in the sidebar, not in search) and no agreement page", async () => {
    const outcome = await waitForBuild("build-empty");
    expect(outcome!.status, buildLog("build-empty").slice(-3000)).toBe(0);
    for (const lang of LANGS) {
      expect(existsSync(join(OUT, `${lang}/index.html`))).toBe(true);
      expect(existsSync(join(OUT, `${lang}/metrics.html`)), `${lang}/metrics.html`).toBe(false);
      expect(existsSync(join(OUT, `${lang}/agreement.html`)), `${lang}/agreement.html`).toBe(false);
    }
    expect(readFileSync(join(OUT, "en/index.html"), "utf-8")).not.toMatch(/href="[^"]*metrics"/);
    const index = readdirSync(join(OUT, "_observablehq")).find((f) => /^minisearch\.[0-9a-f]+\.json$/.test(f));
    expect(index, "the search index").toBeDefined();
    expect(readFileSync(join(OUT, "_observablehq", index!), "utf-8")).not.toMatch(/\/metrics"/);
  }, BUILD_WAIT_MS + 60_000);
});

/** Every word of the page, seen or not (title, text, attributes), without its scripts and styles. */
async function allWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of body.querySelectorAll("script, style")) e.remove();
    const attributes = [...document.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => !a.name.startsWith("data-") && a.name !== "class" && a.name !== "style").map((a) => a.value));
    return [document.title, body.textContent ?? "", ...attributes].join("\n");
  });
}

/** What every page of the empty study must (not) show, and each page's own empty state. */
function emptyChecks(path: string): (page: Page) => Promise<string[]> {
  const lang = langOf(path) as Lang;
  const route = path.split("/").slice(2).join("/");
  return async (page) => {
    const problems: string[] = [];
    let words = await allWords(page);
    for (const allowed of FRAMEWORK_WORDS) words = words.split(allowed).join(" ");
    for (const word of FOREIGN) if (word.test(words)) problems.push(`the default study's words: ${word} in "${words.match(word)![0]}"`);
    if (await page.locator('a[href$="metrics"]').count()) problems.push("a link to a public-figures page");
    const bars = await page.locator("main svg rect title, main svg path title").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
    problems.push(...bars.filter((b) => /:\s*0\s/.test(b)).map((b) => `a bar for a zero count: ${b}`));
    if (await page.locator(".dimension-related").count()) problems.push("a related-figures block in a study without figures");
    if (route === "") {
      const empty = page.locator('main [data-empty="findings"]');
      if ((await empty.count()) !== 1 || !(await empty.isVisible()) || !(await empty.innerText()).trim()) problems.push('the overview does not say plainly that there are no findings yet ([data-empty="findings"])');
      const main = await page.locator("main").innerText();
      if (await page.locator(".conclusion-sentence").count()) problems.push("a conclusion quoted in a study that marks none");
      if (await page.locator("main svg").count()) problems.push("a chart drawn in a study without findings");
      if (!main.trim()) problems.push("an empty overview");
      const verdicts = await page.locator(".dimension-entry .verdict").allInnerTexts();
      for (const v of verdicts) if (v !== t(lang, "rating.not-assessed")) problems.push(`a verdict "${v}" in a study that assesses nothing`);
      const headers = await page.locator("main th[scope=col]").allInnerTexts();
      if (headers.some((h) => /penilaian|assessment/i.test(h))) problems.push(`an assessment column: ${headers.join(" | ")}`);
    }
    if (route === "recommendations" || route === "brief") {
      const none = page.locator('[data-empty="recommendations"]');
      if ((await none.count()) !== 1 || !(await none.innerText()).includes(t(lang, "recommendations.none"))) problems.push(`does not say "${t(lang, "recommendations.none")}"`);
    }
    return problems;
  };
}

describe.runIf(browserAvailable)(`the empty study's site, served under ${PREFIX}/`, () => {
  const site = useSite({ build: "build-empty", prefix: PREFIX });

  it("the root leads to the default language's overview", async () => {
    expect(await rootProblems(site.context, site.base)).toEqual([]);
  });

  describe.concurrent("one visit per page: its empty states, and only interface words", () => {
    for (const path of pages.filter((p) => p !== "/")) {
      it(path, async ({ expect }) => {
        const { problems } = await sweepPage(site.context, site.base, path, { atLoad: emptyChecks(path), phoneOnly: true, liveCharts: false });
        expect(problems).toEqual([]);
      });
    }
  });
});
