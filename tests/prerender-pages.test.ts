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
import { artifactFor } from "./artifact.js";
import { problemsOf } from "./helpers.js";
import { entryOutput } from "./inProcess.js";

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
  const { data } = artifactFor();

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
  it("draws every page the study has, the briefs and the og:images; no public-figures page for a study without figures", () => {
    const { dir } = artifactFor();
    for (const lang of ["id", "en"]) for (const page of [...Object.keys(CHARTS_OF), "brief"]) expect(existsSync(join(dir, drawnPagePath(lang, page))), `${lang}/${page}`).toBe(true);
    expect(existsSync(join(dir, "og/_og/id-overview.png"))).toBe(true);
    const mini = artifactFor("tests/fixtures/study-mini");
    expect(existsSync(join(mini.dir, drawnPagePath("en", "metrics")))).toBe(false);
    expect(existsSync(join(mini.dir, drawnPagePath("en", "index")))).toBe(true);
  });
});

describe("the page loaders", () => {
  it("print what the drawing step drew, for their language", async () => {
    const { dir } = artifactFor();
    for (const page of [...Object.keys(CHARTS_OF), "brief"]) {
      for (const lang of ["id", "en"]) {
        const out = await entryOutput(`src/[lang]/${page}.md.ts`, { [ARTIFACT_ENV]: dir }, [`--lang=${lang}`]);
        expect(out, `${page} ${lang}`).toBe(readFileSync(join(dir, drawnPagePath(lang, page)), "utf-8"));
      }
    }
  });

  it("as the build runs them (child process): fail without an artifact, saying how to get one, with no output", async () => {
    const env = { ...process.env };
    delete env[ARTIFACT_ENV];
    const run = (lang: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/[lang]/index.md.ts", `--lang=${lang}`], { env, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        child.on("close", (status) => resolve({ status, stdout, stderr }));
      });
    const [r, fr] = await Promise.all([run("en"), run("fr")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/index\.md: no drawn page for en .*run them through npm run build or npm run dev/);
    expect(r.stdout).toBe("");
    expect(fr.stderr).toMatch(/index\.md: expected --lang=id or --lang=en, got fr/);
  });
});
