/**
 * `npm run study -- …` (scripts/study.ts), called in-process through `main` with its own writers;
 * one test runs it as a real process to check the exit path and its codes.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { studyCommand } from "./helpers.js";

const run = studyCommand;
const tmp = () => mkdtempSync(join(tmpdir(), "study-cli-"));
const INTERVIEWS = "tests/fixtures/interviews";

/** Runs a command line as a process of its own; its exit status and output. */
function processRun(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("the study command as a real process", () => {
  it("exits 0 on a valid study, 1 with located lines on stdout for bad data, 2 with the usage for wrong usage", async () => {
    // The npm script as the README gives it, and the script itself; the three at once.
    const script = (...args: string[]) => processRun(process.execPath, ["--import", "tsx", "scripts/study.ts", ...args]);
    const [ok, bad, usage] = await Promise.all([
      processRun("npm", ["run", "-s", "study", "--", "validate", "data/study"]),
      script("validate", "tests/fixtures/study-private"),
      script("validate", "--bogus", "data/study")
    ]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe("");
    expect(ok.stderr).toMatch(/data\/study is valid/);
    expect(bad.status).toBe(1);
    const lines = bad.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^[\w/.-]+:\d+: \w+: contains /);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage:/);
  });
});

describe("npm run study -- validate", () => {
  it("is silent on stdout for a valid study and says so on stderr", async () => {
    const r = await run(["validate", "data/study"]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err.at(-1)).toMatch(/data\/study is valid \(37 findings, 4 recommendations, 7 dimensions\)$/);
  });

  it("checks second coders (coders/*.csv) as the site reads them: a located line for each bad row", async () => {
    const dir = tmp();
    cpSync("tests/fixtures/study-mini", dir, { recursive: true });
    mkdirSync(join(dir, "coders"));
    writeFileSync(join(dir, "coders/coder-2.csv"), "source,start,end,dimension\nmini.txt,19,120,planning\nmini.txt,10,5,no-such-dimension\nother.txt,0,3,planning\n");
    const bad = await run(["validate", dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("coders/coder-2.csv:3: end: expected an end after the start (10)");
    expect(bad.out).toContain('coders/coder-2.csv:3: dimension: "no-such-dimension" is not a dimension id of codebook/dimensions.csv');
    expect(bad.out.some((l) => l.startsWith('coders/coder-2.csv:4: source: "other.txt" is not a file under source/'))).toBe(true);
    writeFileSync(join(dir, "coders/coder-2.csv"), "source,start,end,dimension\nmini.txt,19,120,planning\n");
    const ok = await run(["validate", dir]);
    expect(ok.code).toBe(0);
    expect(ok.err.at(-1)).toMatch(/is valid \(.*, 1 second coder\)$/);
  });

  it("prints every schema and cross-reference problem as file:line: field: message", async () => {
    const { code, out } = await run(["validate", "tests/fixtures/qda"]);
    expect(code).toBe(1);
    expect(out).toContain("study.json:1: file: file is missing");
    expect(out).toContain("codebook/dimensions.csv:1: file: file is missing");
  });

  it("warns, with a count, for each kind of placeholder an import leaves, and for untranslated segments", async () => {
    const out = join(tmp(), "s");
    const imported = await run(["import", `${INTERVIEWS}/coding-report.csv`, "--out", out, "--codebook", `${INTERVIEWS}/codebook`, "--sources", `${INTERVIEWS}/sources`, "--source-kind", "interviews"]);
    expect(imported.code, imported.err.join("\n")).toBe(0);
    const r = await run(["validate", out]);
    expect(r.code).toBe(0);
    const warnings = r.err.filter((l) => l.startsWith("study: warning: "));
    expect(warnings).toEqual([
      'study: warning: 3 segments lack an English translation (text_en starts with "[translation pending]")',
      `study: warning: study.json: 3 placeholders left for the site's name (site.title_id, site.title_en, site.short_name): replace "[fill in] …" with your study's own words`,
      `study: warning: study.json: 2 placeholders left for the study's title (title_id, title_en): replace "[fill in] …" with your study's own words`,
      `study: warning: study.json: 2 placeholders left for the study's place (place_id, place_en): replace "[fill in] …" with your study's own words`,
      `study: warning: study.json: 1 placeholder left for the codebook's framework (framework.citation): replace "[fill in] …" with your study's own words`,
      `study: warning: study.json: 2 placeholders left for what was coded (coding_level_en, coding_level_id): replace "[fill in] …" with your study's own words`
    ]);
    // Filled in, they are no longer counted.
    const meta = JSON.parse(readFileSync(join(out, "study.json"), "utf-8"));
    Object.assign(meta, { title_id: "Studi posyandu", title_en: "A posyandu study", place_id: "Kelurahan X", place_en: "Kelurahan X" });
    writeFileSync(join(out, "study.json"), JSON.stringify(meta));
    const after = (await run(["validate", out])).err.filter((l) => l.startsWith("study: warning: "));
    expect(after).toHaveLength(4);
    expect(after.join("\n")).not.toMatch(/the study's (title|place)/);
  });

  it("exits 2 with the usage on wrong arguments", async () => {
    for (const args of [[], ["validate"], ["frobnicate", "x"], ["import", "x.qdpx"], ["export", "data/study", "--out", "x.zip"], ["import", "a", "--bogus"], ["validate", "a", "b"], ["validate", "no/such/folder"], ["import", "a.qdpx", "--out"]]) {
      const { code, err } = await run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err.join("\n")).toMatch(/usage:/);
    }
    expect((await run(["import", "a", "--bogus"])).err[0]).toMatch(/^study: import: Unknown option '--bogus'/);
  });
});

describe("npm run study -- import / export", () => {
  it("round-trips the Kalirungkut study through a .qdpx file", async () => {
    const dir = tmp();
    const qdpx = join(dir, "kalirungkut.qdpx");
    const exported = await run(["export", "data/study", "--out", qdpx]);
    expect(exported.code, exported.err.join("\n")).toBe(0);
    expect(exported.err.at(-1)).toMatch(/wrote .*: 58 codes, 1 sources, 46 selections, \d+ codings, 26 notes, 0 cases, 0 variables$/);
    expect(readdirSync(dir)).toEqual(["kalirungkut.qdpx"]);
    const imported = await run(["import", qdpx, "--out", join(dir, "back")]);
    expect(imported.code, imported.err.join("\n")).toBe(0);
    expect(imported.err.some((l) => l.startsWith("import: unpacking"))).toBe(true);
    expect(readFileSync(join(dir, "back/findings.csv"))).toEqual(readFileSync("data/study/findings.csv"));
    expect(readFileSync(join(dir, "back/codebook/dimension-notes.csv"))).toEqual(readFileSync("data/study/codebook/dimension-notes.csv"));
    expect((await run(["validate", join(dir, "back")])).code).toBe(0);
  });

  it("prints unmapped codes and the selections they exclude, and writes the report", async () => {
    const out = join(tmp(), "s");
    const { code, err } = await run(["import", "tests/fixtures/qda/nvivo-style.qdpx", "--out", out]);
    expect(code).toBe(0);
    expect(err.join("\n")).toMatch(/code "Dimensi\/Ekonomi keluarga" is not mapped \(1 selection\(s\) go to excluded.csv\)/);
    expect(readFileSync(join(out, "import-report.md"), "utf-8")).toMatch(/## Codes not mapped\n(.*\n)*- `Dimensi\/Ekonomi keluarga`: applied to 1 selection/);
  });

  it("a failed run writes nothing", async () => {
    const dir = tmp();
    const hostile = await run(["import", "tests/fixtures/qda/atlas-ti-23-target.qdpx", "--out", join(dir, "s")]);
    expect(hostile.code).toBe(1);
    expect(hostile.out[0]).toMatch(/^project\.qde:1: Sources: the project has no text source/);
    expect(readdirSync(dir)).toEqual([]);
    const invalid = await run(["export", "tests/fixtures/study-private", "--out", join(dir, "p.qdpx")]);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toHaveLength(4);
    expect(existsSync(join(dir, "p.qdpx"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("imports CSV exports, with documents from --sources and a --map file", async () => {
    const out = join(tmp(), "s");
    const { code, err } = await run(["import", "tests/fixtures/qda/taguette-highlights.csv", "--out", out, "--sources", "tests/fixtures/qda/documents", "--map", "tests/fixtures/qda/code-map.csv", "--lang", "en", "--codebook", "data/study/codebook"]);
    expect(code, err.join("\n")).toBe(0);
    const findings = readFileSync(join(out, "findings.csv"), "utf-8");
    expect(findings).not.toContain("[translation pending]");
  });
});

describe("an imported study's locators", () => {
  it("name the source's short name and paragraph, never the tool's selection GUID, which the report keeps", async () => {
    const out = join(tmp(), "s");
    const r = await run(["import", `${INTERVIEWS}/interviews.qdpx`, "--out", out, "--codebook", `${INTERVIEWS}/codebook`]);
    expect(r.code, r.err.join("\n")).toBe(0);
    const findings = readFileSync(join(out, "findings.csv"), "utf-8").trim().split("\n").slice(1);
    for (const line of findings) expect(line).not.toMatch(/[0-9A-F]{8}-[0-9A-F]{4}/i);
    expect(findings[1]).toMatch(/^F02,i-01-kader\.txt,¶3,,118,188,roles,/);
    const meta = JSON.parse(readFileSync(join(out, "study.json"), "utf-8"));
    expect(meta.sources[0]).toMatchObject({ file: "i-01-kader.txt", short: "I-01 kader" });
    expect(readFileSync(join(out, "import-report.md"), "utf-8")).toContain("- findings.csv F02: selection 1A7E0002-0000-4000-8000-000000000002 (project.qde:");
  });
});
