/**
 * The variant study (tests/fixtures/variant.ts, made and built by setup.ts with
 * `STUDY=<folder> npm run build -- --out tests/.artifacts/site-variant`): imported interviews with
 * cases and variables, four dimensions of its own (one without findings), a second coder,
 * untranslated segments, public figures, every table of the registry, and every text carrying a
 * numbered hostile payload. Its pages are swept like the default study's (sweep.ts: one visit per
 * page, served under /my-study/), and on the same visits:
 *
 * - every payload shows as text where its field is shown, and none runs (no dialog, no script
 *   address, no live element, no foreign script: scripts/pageCheck.ts);
 * - the dimension pages are the study's own (its names and descriptions, its findings, a pager),
 *   and none of the default study's dimensions has a page;
 * - the overview names the interviews as the source, draws no bar for a zero count (the dimension
 *   without findings has none) and gives the one verdict the study has, "no verdict" for the others
 *   (that a study assessing none says "no findings" instead: tests/components.test.ts);
 * - the agreement page has a row and a kappa per dimension; each document shows the second coder's
 *   stripes beside the study's own;
 * - an untranslated segment shows on English pages in its own language, with a badge.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementView, readCoders } from "../../loaders/agree/site.js";
import { loadStudy } from "../../loaders/study/load.js";
import { dynamicPaths, langOf, sourceId } from "../../src/shared/routes.js";
import { isUntranslated, LANGS, t, tw, type Lang } from "../../src/shared/i18n/index.js";
import { mark, payload } from "../fixtures/hostile.js";
import { TRANSLATED, UNCODED_DIMENSION, type VariantField } from "../fixtures/variant.js";
import { BUILD_WAIT_MS, buildLog, BUILDS, buildsSummary, studyCommands, VARIANT_STUDY, waitForBuild } from "./builds.js";
import { browserAvailable, DIST, type Page, useSite, visit } from "./harness.js";
import { sitePages } from "./pages.js";
import { PREFIX, rootProblems, sweepPage } from "./sweep.js";

const OUT = BUILDS["build-variant"].out;
const study = loadStudy(VARIANT_STUDY);
const commands = studyCommands();
const fields: VariantField[] = commands.variantFields;
const pages = sitePages(VARIANT_STUDY);
const key = (f: VariantField) => `${f.file}:${f.field}`;
const numberOf = (file: string, field: string) => fields.find((f) => f.file === file && f.field === field)!.n;
const named = (lang: Lang, words: { name_id: string; name_en: string }) => (lang === "id" ? words.name_id : words.name_en);

/** Fields this site shows on no page (they reach readers in the downloads only): none. */
const UNSHOWN = new Set<string>();

describe("the variant study, as setup made it", () => {
  it("imports the interviews with their cases and variables, and validates with a warning for the untranslated segments", () => {
    expect(commands.variantImport.join("\n")).toMatch(/import: wrote .*: 9 findings, 0 recommendations, 0 excluded, 3 cases, 7 variables/);
    const validated = commands.variantValidate;
    expect(validated.code, validated.out.join("\n")).toBe(0);
    expect(validated.err.join("\n")).toMatch(/is valid \(9 findings, 1 recommendation, 4 dimensions, 3 cases, 1 second coder\)/);
    expect(validated.err).toContain('study: warning: 8 segments lack an English translation (text_en starts with "[translation pending]")');
    expect(study.meta.source_kind).toBe("interviews");
    expect(study.findings.filter((f) => isUntranslated(f.text_en))).toHaveLength(8);
  });

  it("carries every table the site shows, each text with its payload", () => {
    for (const table of ["actors.csv", "channels.csv", "assessments.csv", "recommendations.csv", "excluded.csv", "inferred.csv", "codebook/dimension-notes.csv", "cases.csv", "metrics/observations.csv", "metrics/text.json", "study.json", "coders/"]) {
      expect(fields.some((f) => f.file === table), table).toBe(true);
    }
    expect(study.findings.some((f) => f.stages.length && f.actors.length)).toBe(true);
    // A payload after the marker keeps an untranslated text untranslated.
    const pending = study.findings.find((f) => isUntranslated(f.text_en))!;
    expect(pending.text_en).toContain(mark(numberOf("findings.csv", "text_en")));
  });

  it("builds into its own folder and leaves dist/ as the default build left it", async () => {
    await waitForBuild("all");
    const outcome = await waitForBuild("build-variant");
    expect(outcome!.status, buildLog("build-variant").slice(-3000)).toBe(0);
    for (const d of study.dimensions) expect(existsSync(join(OUT, `en/dimensions/${d.id}.html`)), d.id).toBe(true);
    // Its own codebook decides the dimension pages: none of the default study's, and the default study has none of its.
    expect(existsSync(join(OUT, "en/dimensions/leadership.html"))).toBe(false);
    expect(existsSync(join(DIST, "en/dimensions/leadership.html"))).toBe(true);
    for (const d of study.dimensions) expect(existsSync(join(DIST, `en/dimensions/${d.id}.html`)), `dist/en/dimensions/${d.id}.html`).toBe(false);
    const { dist } = buildsSummary();
    expect(dist.before, "the default build wrote dist/").not.toBeNull();
    expect(dist.after).toEqual(dist.before);
    // The default study has no second coder: no agreement page there; here there is one.
    expect(existsSync(join(DIST, "en/agreement.html"))).toBe(false);
    expect(existsSync(join(OUT, "en/agreement.html"))).toBe(true);
  }, BUILD_WAIT_MS + 60_000);

  it("routes a page to each of the study's dimensions, in both languages", () => {
    const routes = dynamicPaths({ dimensions: study.dimensions, sources: [], metrics: false, agreement: false, cases: true, actors: true, stages: true });
    for (const lang of LANGS) for (const d of study.dimensions) expect(routes).toContain(`/${lang}/dimensions/${d.id}`);
    expect(study.dimensions.map((d) => d.id)).toContain(UNCODED_DIMENSION.id);
  });
});

/** What each kind of page of this study must show, checked on the sweep's visit. */
function pageChecks(path: string): { atLoad?: (page: Page) => Promise<string[]>; atWide?: (page: Page) => Promise<string[]> } {
  const lang = langOf(path)!;
  const route = path.split("/").slice(2).join("/");
  const dimension = /^dimensions\/(.+)$/.exec(route)?.[1];
  const document = /^documents\/(.+)$/.exec(route)?.[1];
  const problems = (checks: [boolean, string][]) => checks.filter(([ok]) => !ok).map(([, message]) => message);

  if (route === "")
    return {
      atWide: async (page) => {
        const card = await page.locator(".study-card").innerText();
        const main = await page.locator("main").innerText();
        const titles = await page.locator("main svg rect title, main svg path title").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
        const verdicts = await page.locator(".dimension-entry").evaluateAll((es) => es.map((e) => [(e as HTMLElement).dataset.dimension, e.querySelector(".verdict")?.textContent ?? ""]));
        const assessed = new Map(study.assessments.map((a) => [a.dimension, lang === "id" ? a.rating_text_id : a.rating_text_en]));
        const uncoded = study.dimensions.find((d) => d.id === UNCODED_DIMENSION.id)!;
        return problems([
          [card.includes(t(lang, "source.interviews.label")), "the study card does not name the interviews"],
          [main.includes(t(lang, "source.interviews.coded")), "the overview does not say the interview transcripts were coded"],
          [titles.length > 0, "no bar has a title"],
          [!titles.some((x) => /:\s*0\s/.test(x)), `a bar for a zero count: ${titles.filter((x) => /:\s*0\s/.test(x)).join(" | ")}`],
          [!titles.some((x) => x.includes(named(lang, uncoded))), "the dimension without findings has a bar"],
          ...verdicts.map(([d, verdict]): [boolean, string] =>
            assessed.has(d!) ? [verdict!.includes(assessed.get(d!)!), `${d}: the verdict "${verdict}" is not the study's`] : [verdict === tw(lang, "overview.noVerdict", "interviews"), `${d}: "${verdict}" for a dimension the study does not assess`]
          )
        ]);
      }
    };
  if (dimension)
    return {
      atLoad: async (page) => {
        const d = study.dimensions.find((x) => x.id === dimension)!;
        const field = lang === "id" ? "name_id" : "name_en";
        const h1 = await page.locator("main h1").first().innerText();
        const main = await page.locator("main").innerText();
        const evidence = await page.locator(".dimension-evidence [data-finding]").evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.finding));
        const expected = study.findings.filter((f) => f.dimension === d.id).map((f) => f.id);
        const index = study.dimensions.indexOf(d);
        const pager = await page.locator("[data-pager]").count();
        const checks: [boolean, string][] = [
          [h1 === d[field] && h1.startsWith(payload(numberOf("codebook/dimensions.csv", field))), `the heading "${h1}" is not the study's name of ${d.id}, as text`],
          [main.includes(lang === "id" ? d.description_id : d.description_en), `${d.id}: the study's description is not shown whole, as text`],
          [[...evidence].sort().join() === [...expected].sort().join(), `${d.id}: evidence ${evidence.join(",")}, expected ${expected.join(",")}`],
          [pager === (index > 0 ? 1 : 0) + (index < study.dimensions.length - 1 ? 1 : 0), `${d.id}: ${pager} pager links`]
        ];
        if (lang === "en" && d.id === "access") {
          const untranslated = page.locator(".quote-untranslated");
          const pending = study.findings.filter((f) => f.dimension === d.id && isUntranslated(f.text_en)).length;
          const langs = await untranslated.locator("blockquote").evaluateAll((bs) => bs.map((b) => b.getAttribute("lang")));
          const badges = await untranslated.locator(".untranslated-badge").allInnerTexts();
          checks.push(
            [pending > 0 && (await untranslated.count()) === pending, `${await untranslated.count()} untranslated quotes, expected ${pending}`],
            [langs.length === pending && langs.every((l) => l === "id"), `untranslated quotes in ${langs.join(",")}, expected id`],
            [badges.length === pending && badges.every((b) => b === t("en", "analyses.untranslated")), `badges: ${badges.join(" | ")}`],
            [!(await untranslated.allInnerTexts()).join("").includes("[translation pending]"), "the marker shows"],
            [main.includes(TRANSLATED.text_en), "the translated finding's English text is not shown"]
          );
        }
        return problems(checks);
      }
    };
  if (route === "agreement")
    return {
      atLoad: async (page) => {
        const view = agreementView(study, readCoders(VARIANT_STUDY, study));
        const rows = await page.locator(".agreement-table tbody tr").evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.dimension));
        const expected = view.coders[0]!.dimensions.map((d) => d.dimension);
        return problems([
          [rows.join() === expected.join(), `agreement rows ${rows.join(",")}, expected ${expected.join(",")}`],
          [(await page.locator(".agreement-table .kappa").count()) === expected.length, "not one kappa per dimension"]
        ]);
      }
    };
  if (document)
    return {
      atWide: async (page) => {
        const file = study.meta.sources.find((s) => sourceId(s.file) === decodeURIComponent(document))!.file;
        const expected = readCoders(VARIANT_STUDY, study)[0]!.segments.filter((s) => s.source === file).length;
        const coder = page.locator(".doc-stripe-coder");
        if (expected) await coder.first().waitFor();
        const got = await coder.count();
        const own = await page.locator(".doc-stripe:not(.doc-stripe-coder)").evaluateAll((ss) => Math.max(...ss.map((s) => s.getBoundingClientRect().right)));
        const second = got ? await coder.evaluateAll((ss) => Math.min(...ss.map((s) => s.getBoundingClientRect().left))) : Infinity;
        return problems([
          [got === expected, `${got} second-coder stripes, expected ${expected}`],
          [second > own, "the second coder's stripes do not stand beside the study's own"]
        ]);
      }
    };
  return {};
}

describe.runIf(browserAvailable)(`the variant study's site, served under ${PREFIX}/`, () => {
  const site = useSite({ build: "build-variant", prefix: PREFIX });
  const shown = new Set<number>();

  it("the root leads to the default language's overview, and runs nothing", async () => {
    expect(await rootProblems(site.context, site.base)).toEqual([]);
  });

  describe.concurrent("one visit per page, every payload shown as text and none run", () => {
    for (const path of pages.filter((p) => p !== "/")) {
      it(path, async ({ expect }) => {
        const { problems, text } = await sweepPage(site.context, site.base, path, { ...pageChecks(path), unbounded: /«P\d+»/, wideAxe: false });
        for (const m of text.matchAll(/«P(\d+)»/g)) shown.add(Number(m[1]));
        // Where a field shows, its markup shows as text with it (a drawing may cut a long label short).
        for (const f of fields) if (text.includes(payload(f.n))) shown.add(f.n);
        expect(problems).toEqual([]);
      });
    }
  });

  // Our coding notes (an inferred code's reason, a restatement's) show where a segment is opened.
  it("gives the reasons for our inferences and restatements where a segment is opened", async () => {
    const opened = [...new Set([...(study.inferred ?? []).filter((x) => x.file === "findings.csv").map((x) => x.id), ...(study.restatements ?? []).map((r) => r.finding)])];
    expect(opened.length).toBeGreaterThan(1);
    for (const lang of LANGS) {
      for (const id of opened) {
        const v = await visit(site.context, `${site.base}/${lang}/explorer?id=${id}`);
        await v.page.locator(`.segment-detail[data-id="${id}"] [data-voice="ours"]`).waitFor();
        const text = await v.page.locator(".segment-detail").innerText();
        for (const m of text.matchAll(/«P(\d+)»/g)) shown.add(Number(m[1]));
        expect(v.consoleErrors).toEqual([]);
        await v.page.close();
      }
    }
  });

  it("shows every field's payload somewhere (or the field is listed as shown nowhere, with why)", () => {
    const missing = fields.filter((f) => !shown.has(f.n) && !UNSHOWN.has(key(f))).map((f) => `${mark(f.n)} ${key(f)}`);
    expect(missing, "fields whose payload shows on no page (show them, or list them in UNSHOWN with why)").toEqual([]);
    for (const f of fields) if (UNSHOWN.has(key(f))) expect(shown.has(f.n), `${key(f)} is shown after all: take it off UNSHOWN`).toBe(false);
  });
});
