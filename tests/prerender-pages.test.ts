/**
 * The drawing step's pages (src/prerender/pages.ts, draw.ts) and the page loaders that print them:
 * each template's charts drawn before their live calls, in both languages, only for the pages the
 * study has; a template naming an unknown chart is a located error.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTIFACT_ENV, drawnPagePath } from "../loaders/site/artifact.js";
import { formatProblem } from "../loaders/errors.js";
import { drawPage, templatePages } from "../src/prerender/pages.js";
import { artifactDataFor, artifactFor } from "./artifact.js";
import { problemsOf } from "./helpers.js";

const CHARTS_OF: Record<string, string[]> = { index: ["conclusion", "stages", "dimensions"], actors: ["network"], metrics: ["prevalence"], "findings-per-actor": ["per-actor"] };

describe("the page templates", () => {
  it("are the pages whose charts are drawn at build time", () => {
    expect(templatePages()).toEqual(Object.keys(CHARTS_OF).sort());
  });

  it("name every chart once, in its live call", () => {
    for (const page of templatePages()) {
      const template = readFileSync(`src/[lang]/${page}.page.md`, "utf-8");
      for (const id of CHARTS_OF[page]!) expect(template.split(`chart("${id}"`).length - 1, `${page}: ${id}`).toBe(1);
      expect(template).not.toContain("prerender:");
    }
  });
});

describe("drawPage", () => {
  const { data } = artifactDataFor();

  for (const [page, ids] of Object.entries(CHARTS_OF)) {
    it(`draws ${ids.join(" and ")} into ${page} before each live call, in both languages`, () => {
      const drawn = (["id", "en"] as const).map((lang) => drawPage(page, lang, data.datasets));
      for (const md of drawn) {
        for (const id of ids) {
          // the conclusion is the study's words, set as text; every other chart is drawn
          const drawing = id === "conclusion" ? '<p class="conclusion-sentence"' : "<svg";
          expect(md).toMatch(new RegExp(`data-prerendered="${id}"><div class="prerender-narrow">.*${drawing}.*\\$\\{resize\\(\\(width\\) => chart\\("${id}"`));
        }
        expect(md).toMatch(/^---\n/);
      }
      expect(drawn[0], "each language gets its own page").not.toBe(drawn[1]);
    });
  }

  it("names the template's file and line when a chart or dataset is unknown", () => {
    const dir = mkdtempSync(join("tests/.artifacts", "templates-"));
    writeFileSync(join(dir, "x.page.md"), '# X\n\n${resize((width) => chart("pie", {overview}, {lang, width}))}\n');
    const problems = problemsOf(() => drawPage("x", "en", data.datasets, dir)).map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/x\.page\.md:3: chart: "pie" is not a chart \(expected one of: conclusion, dimensions, stages, network, prevalence, per-actor\)$/)]);
  });
});

describe("drawArtifact", () => {
  it("draws every page the study has, the briefs and the og:images; no public-figures page for a study without figures", async () => {
    const { dir } = await artifactFor();
    for (const lang of ["id", "en"]) for (const page of [...Object.keys(CHARTS_OF), "brief"]) expect(existsSync(join(dir, drawnPagePath(lang, page))), `${lang}/${page}`).toBe(true);
    expect(existsSync(join(dir, "og/_og/id-overview.png"))).toBe(true);
    const mini = await artifactFor("tests/fixtures/study-mini");
    expect(existsSync(join(mini.dir, drawnPagePath("en", "metrics")))).toBe(false);
    expect(existsSync(join(mini.dir, drawnPagePath("en", "index")))).toBe(true);
  });
});

describe("the page loaders", () => {
  /** A page loader run as Framework runs a `.js` loader: Node, the artifact named, the language as an argument. */
  const run = (page: string, args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`src/[lang]/${page}.md.js`, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });

  it("print what the drawing step drew, for their language", async () => {
    const { dir } = await artifactFor();
    const env = { ...process.env, [ARTIFACT_ENV]: dir };
    const runs = [...Object.keys(CHARTS_OF), "brief"].flatMap((page) => ["id", "en"].map((lang) => ({ page, lang })));
    const outputs = await Promise.all(runs.map(({ page, lang }) => run(page, [`--lang=${lang}`], env)));
    runs.forEach(({ page, lang }, i) => {
      expect(outputs[i]!.status, `${page} ${lang}: ${outputs[i]!.stderr}`).toBe(0);
      expect(outputs[i]!.stdout, `${page} ${lang}`).toBe(readFileSync(join(dir, drawnPagePath(lang, page)), "utf-8"));
    });
  });

  it("fail without an artifact, or for a language not drawn, saying why, with no output", async () => {
    const env = { ...process.env };
    delete env[ARTIFACT_ENV];
    const { dir } = await artifactFor();
    const [none, fr, bad] = await Promise.all([run("index", ["--lang=en"], env), run("index", ["--lang=fr"], { ...env, [ARTIFACT_ENV]: dir }), run("index", ["--lang=<b>"], env)]);
    for (const r of [none, fr, bad]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
    }
    expect(none.stderr).toMatch(/index\.md: no drawn page for en \(SITE_ARTIFACT is not set\).*run them through npm run build or npm run dev/);
    expect(fr.stderr).toMatch(/index\.md: no drawn page for fr /);
    expect(bad.stderr).toMatch(/index\.md: expected --lang=<language>, such as --lang=id, got <b>/);
  });
});
