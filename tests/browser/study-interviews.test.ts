/**
 * A new user's own study, end to end: a QualCoder coding report of two synthetic interview
 * transcripts (tests/fixtures/interviews: three dimensions, no assessments, no recommendations,
 * no public figures) is imported with the real importer, one finding is translated as a student
 * would, and the whole site is built from it with `STUDY=` (one extra build, into its own folder).
 * Every page in both languages must then speak of this study only: no other study's places,
 * programmes or finding ids, no "thesis", no zero drawn as a bar, untranslated text badged as
 * such, and no metrics page anywhere.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launch, serve, visit, type BrowserContext, type StaticServer } from "./harness.js";
import { loadStudy } from "../../loaders/study/load.js";
import { siteShape } from "../../loaders/site/shape.js";
import { dynamicPaths } from "../../src/shared/routes.js";
import { LANGS, t } from "../../src/shared/i18n/index.js";

const FIXTURE = "tests/fixtures/interviews";
const STUDY = "tests/.artifacts/study-interviews";
const OUT = "tests/.artifacts/site-interviews";

/** Words of the Kalirungkut study (and the ids its words used to cite) that must not leak into another study's site. */
const FOREIGN = [/Kalirungkut/i, /Surabaya/i, /Perwali|Peraturan Wali Kota/i, /Kader Surabaya Hebat/i, /\bF04\b/, /\bF08\b/, /\bF14\b/, /\bF20\b/, /\bF35\b/, /\b(thesis|tesis)\b/i, /Cepiku/i, /\bBab V\b/];
/** A dictionary placeholder left unfilled. */
const PLACEHOLDER = /\{(work|Work|label|coded|n|dimensions|findings|recommendations)\}/;

const TRANSLATED = { id: "Kami para kader datang ke rumah keluarga setiap minggu.", en: "We cadres visit the families' homes every week." };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; log: string } {
  const r = spawnSync(command, args, { encoding: "utf-8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, log: `${r.stdout}\n${r.stderr}` };
}

describe.runIf(browserAvailable)("an imported interview study builds a site of its own", () => {
  let server: StaticServer;
  let context: BrowserContext;
  let close: () => Promise<void>;
  let imported: { status: number | null; log: string };
  let validated: { status: number | null; log: string };
  let build: { status: number | null; log: string };

  beforeAll(async () => {
    rmSync(STUDY, { recursive: true, force: true });
    rmSync(OUT, { recursive: true, force: true });
    imported = run("npx", ["tsx", "scripts/study.ts", "import", join(FIXTURE, "coding-report.csv"), "--out", STUDY, "--codebook", join(FIXTURE, "codebook"), "--sources", join(FIXTURE, "sources"), "--source-kind", "interviews"]);
    // The student translates one finding; the others stay "[translation pending]".
    const findings = join(STUDY, "findings.csv");
    if (existsSync(findings)) writeFileSync(findings, readFileSync(findings, "utf-8").replace(`[translation pending] ${TRANSLATED.id}`, TRANSLATED.en));
    validated = run("npx", ["tsx", "scripts/study.ts", "validate", STUDY]);
    build = run("npm", ["run", "build", "--", "--out", OUT], { STUDY });
    server = await serve(join(process.cwd(), OUT));
    ({ browser: context, close } = await launch());
  }, 600_000);

  afterAll(async () => {
    await close?.();
    await server?.close();
  });

  it("imports, validates with a warning for the untranslated segments, and builds", () => {
    expect(imported.status, imported.log).toBe(0);
    expect(validated.status, validated.log).toBe(0);
    expect(validated.log).toMatch(/warning: 2 segments lack an English translation/);
    expect(build.status, build.log.slice(-3000)).toBe(0);
  });

  it("has no metrics page: not built, not in the sidebar, not in search", () => {
    for (const lang of LANGS) expect(existsSync(join(OUT, `${lang}/metrics.html`)), `${lang}/metrics.html`).toBe(false);
    const home = readFileSync(join(OUT, "en/index.html"), "utf-8");
    expect(home).not.toMatch(/href="[^"]*metrics"/);
    const index = readdirSync(join(OUT, "_observablehq")).find((f) => /^minisearch\.[0-9a-f]+\.json$/.test(f));
    expect(index, "the search index").toBeDefined();
    const search = readFileSync(join(OUT, "_observablehq", index!), "utf-8");
    expect(search).not.toMatch(/\/metrics"/);
  });

  const pages = () => ["/", ...dynamicPaths(siteShape(loadStudy(STUDY), STUDY, { STUDY }))];

  it("speaks of this study only on every page, in both languages, with no console error", async () => {
    for (const path of pages()) {
      const v = await visit(context, server.origin + path);
      const text = `${await v.page.title()}\n${await v.page.locator("body").innerText()}`;
      for (const word of FOREIGN) expect(text, `${path}: ${word}`).not.toMatch(word);
      expect(text, `${path}: unfilled placeholder`).not.toMatch(PLACEHOLDER);
      expect(v.consoleErrors, `${path}: ${v.consoleErrors.join(" | ")}`).toEqual([]);
      expect(await v.page.locator('a[href$="/metrics"], a[href$="metrics"]').count(), `${path}: a link to a metrics page`).toBe(0);
      await v.page.close();
    }
  });

  it("names the study's own source: interviews, not a thesis", async () => {
    for (const lang of LANGS) {
      const v = await visit(context, `${server.origin}/${lang}/`);
      const card = await v.page.locator(".study-card").innerText();
      expect(card).toContain(t(lang, "source.interviews.label"));
      expect(await v.page.locator("main").innerText()).toContain(t(lang, "source.interviews.coded"));
      await v.page.close();
    }
  });

  it("draws no bar for a zero count, says so for a dimension without findings, and pretends no assessment", async () => {
    for (const lang of LANGS) {
      const v = await visit(context, `${server.origin}/${lang}/`);
      const titles = await v.page.locator("main svg rect title, main svg path title").evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title, "a bar's count").not.toMatch(/:\s*0\s/);
      const trust = lang === "id" ? "Kepercayaan" : "Trust";
      expect(titles.some((x) => x.startsWith(`${trust}:`)), "the dimension without findings has no bar").toBe(false);
      const chart = await v.page.locator(".dimension-chart").innerText();
      expect(chart).toContain(t(lang, "overview.noFindings"));
      // No assessment column in the table alternative.
      const headers = await v.page.locator(".dimension-chart + details th[scope=col], figure.analysis-figure details th[scope=col]").allInnerTexts();
      expect(headers.some((h) => /penilaian|assessment/i.test(h)), headers.join(" | ")).toBe(false);
      expect(await v.page.locator(".dimension-entry .verdict").first().innerText()).toBe(t(lang, "rating.not-assessed"));
      // No conclusion marked: no heading that promises one.
      expect(await v.page.locator(".conclusion-sentence").count()).toBe(0);
      await v.page.close();
    }
  });

  it("shows untranslated text on English pages in its own language, with a badge", async () => {
    const v = await visit(context, `${server.origin}/en/dimensions/access`);
    const untranslated = v.page.locator(".quote-untranslated");
    expect(await untranslated.count()).toBe(1);
    expect(await untranslated.locator("blockquote").getAttribute("lang")).toBe("id");
    expect(await untranslated.locator(".untranslated-badge").innerText()).toBe("not yet translated");
    expect(await untranslated.innerText()).not.toContain("[translation pending]");
    expect(await v.page.locator("main").innerText()).toContain(TRANSLATED.en);
    expect(await v.page.locator(".dimension-related").count(), "no related-figures block").toBe(0);
    await v.page.close();
  });

  it("says no recommendations were coded, on their page and in the brief", async () => {
    for (const lang of LANGS) {
      for (const path of [`/${lang}/recommendations`, `/${lang}/brief`]) {
        const v = await visit(context, server.origin + path);
        const empty = v.page.locator('[data-empty="recommendations"]');
        expect(await empty.count(), path).toBe(1);
        expect(await empty.innerText()).toContain(t(lang, "recommendations.none"));
        await v.page.close();
      }
    }
  });
});
