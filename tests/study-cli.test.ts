import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../scripts/study.js";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = main(args, io);
  return { code, out, err };
}
const tmp = () => mkdtempSync(join(tmpdir(), "study-cli-"));

describe("npm run study -- validate", () => {
  it("exits 0 on the Kalirungkut study and 1 with four located lines on the private fixture (as a real process)", () => {
    const ok = spawnSync("npm", ["run", "-s", "study", "--", "validate", "data/study"], { encoding: "utf-8" });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe("");
    const bad = spawnSync("npx", ["tsx", "scripts/study.ts", "validate", "tests/fixtures/study-private"], { encoding: "utf-8" });
    expect(bad.status).toBe(1);
    const lines = bad.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^[\w/.-]+:\d+: \w+: contains /);
  });

  it("checks second coders (coders/*.csv) as the site reads them: a located line for each bad row", () => {
    const dir = tmp();
    cpSync("tests/fixtures/study-mini", dir, { recursive: true });
    mkdirSync(join(dir, "coders"));
    writeFileSync(join(dir, "coders/coder-2.csv"), "source,start,end,dimension\nmini.txt,19,120,planning\nmini.txt,10,5,no-such-dimension\nother.txt,0,3,planning\n");
    const bad = run(["validate", dir]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("coders/coder-2.csv:3: end: expected an end after the start (10)");
    expect(bad.out).toContain('coders/coder-2.csv:3: dimension: "no-such-dimension" is not a dimension id of codebook/dimensions.csv');
    expect(bad.out.some((l) => l.startsWith('coders/coder-2.csv:4: source: "other.txt" is not a file under source/'))).toBe(true);
    writeFileSync(join(dir, "coders/coder-2.csv"), "source,start,end,dimension\nmini.txt,19,120,planning\n");
    const ok = run(["validate", dir]);
    expect(ok.code).toBe(0);
    expect(ok.err.at(-1)).toMatch(/is valid \(.*, 1 second coder\)$/);
  });

  it("prints every schema and cross-reference problem as file:line: field: message", () => {
    const { code, out } = run(["validate", "tests/fixtures/qda"]);
    expect(code).toBe(1);
    expect(out).toContain("study.json:1: file: file is missing");
    expect(out).toContain("codebook/dimensions.csv:1: file: file is missing");
  });

  it("exits 2 with the usage on wrong arguments", () => {
    for (const args of [[], ["validate"], ["frobnicate", "x"], ["import", "x.qdpx"], ["export", "data/study", "--out", "x.zip"], ["import", "a", "--bogus"]]) {
      const { code, err } = run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err.join("\n")).toMatch(/usage:/);
    }
  });
});

describe("npm run study -- import / export", () => {
  it("round-trips the Kalirungkut study through a .qdpx file", () => {
    const dir = tmp();
    const qdpx = join(dir, "kalirungkut.qdpx");
    const exported = run(["export", "data/study", "--out", qdpx]);
    expect(exported.code, exported.err.join("\n")).toBe(0);
    expect(exported.err.at(-1)).toMatch(/wrote .*: 58 codes, 1 sources, 45 selections, \d+ codings, 25 notes/);
    expect(readdirSync(dir)).toEqual(["kalirungkut.qdpx"]);
    const imported = run(["import", qdpx, "--out", join(dir, "back")]);
    expect(imported.code, imported.err.join("\n")).toBe(0);
    expect(imported.err.some((l) => l.startsWith("import: unpacking"))).toBe(true);
    expect(readFileSync(join(dir, "back/findings.csv"))).toEqual(readFileSync("data/study/findings.csv"));
    expect(run(["validate", join(dir, "back")]).code).toBe(0);
  });

  it("prints unmapped codes and the selections they exclude, and writes the report", () => {
    const out = join(tmp(), "s");
    const { code, err } = run(["import", "tests/fixtures/qda/nvivo-style.qdpx", "--out", out]);
    expect(code).toBe(0);
    expect(err.join("\n")).toMatch(/code "Dimensi\/Ekonomi keluarga" is not mapped \(1 selection\(s\) go to excluded.csv\)/);
    expect(readFileSync(join(out, "import-report.md"), "utf-8")).toMatch(/## Codes not mapped\n(.*\n)*- `Dimensi\/Ekonomi keluarga`: applied to 1 selection/);
  });

  it("a failed run writes nothing", () => {
    const dir = tmp();
    const hostile = run(["import", "tests/fixtures/qda/atlas-ti-23-target.qdpx", "--out", join(dir, "s")]);
    expect(hostile.code).toBe(1);
    expect(hostile.out[0]).toMatch(/^project\.qde:1: Sources: the project has no text source/);
    expect(readdirSync(dir)).toEqual([]);
    const invalid = run(["export", "tests/fixtures/study-private", "--out", join(dir, "p.qdpx")]);
    expect(invalid.code).toBe(1);
    expect(invalid.out).toHaveLength(4);
    expect(existsSync(join(dir, "p.qdpx"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("imports CSV exports, with documents from --sources and a --map file", () => {
    const out = join(tmp(), "s");
    const { code, err } = run(["import", "tests/fixtures/qda/taguette-highlights.csv", "--out", out, "--sources", "tests/fixtures/qda/documents", "--map", "tests/fixtures/qda/code-map.csv", "--lang", "en"]);
    expect(code, err.join("\n")).toBe(0);
    const findings = readFileSync(join(out, "findings.csv"), "utf-8");
    expect(findings).not.toContain("[translation pending]");
  });
});
