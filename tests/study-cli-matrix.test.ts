/**
 * `npm run study -- matrix` (scripts/study/matrix.ts) on the synthetic interview study imported from
 * tests/fixtures/interviews/interviews.qdpx: three informants (INF-01 kader, Kelurahan Utara, trained,
 * two transcripts; INF-02 ibu balita, no kelurahan, not trained; INF-03 bidan, Kelurahan Selatan,
 * trained, two selections), seven passages, two of them coded with two dimensions.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { studyCommand } from "./helpers.js";

const run = studyCommand;
const FIX = "tests/fixtures/interviews";
let study: string;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "study-matrix-"));
  study = join(outDir, "study");
  const r = await run(["import", `${FIX}/interviews.qdpx`, "--out", study, "--codebook", `${FIX}/codebook`, "--source-kind", "interviews"]);
  expect(r.code, r.err.join("\n")).toBe(0);
});

describe("npm run study -- matrix", () => {
  it("prints the dimensions against a variable's values, counted by hand", async () => {
    const r = await run(["matrix", study, "--by", "peran"]);
    expect(r.code, r.err.join("\n")).toBe(0);
    expect(r.out.slice(0, 7)).toEqual([
      "Coded segments per dimension and peran (text), 3 cases",
      "",
      "| dimension | bidan            | ibu balita       | kader            |",
      "| --------- | ---------------- | ---------------- | ---------------- |",
      // trust: INF-02's passage coded Access and Trust (a gap); INF-01's second interview, Access and Trust (a strength).
      "| trust     | 0                | 1 (1 case) 0/1/0 | 1 (1 case) 1/0/0 |",
      // access: INF-02's two passages (a strength, a gap); INF-01's two, one in each transcript (strengths).
      "| access    | 0                | 2 (1 case) 1/1/0 | 2 (1 case) 2/0/0 |",
      // roles: INF-03's two selections (a strength, a gap); INF-01's planning passage (a gap).
      "| roles     | 2 (1 case) 1/1/0 | 0                | 1 (1 case) 0/1/0 |"
    ]);
  });

  it("counts the distinct cases of a cell, and takes a variable name with a space", async () => {
    const trained = await run(["matrix", study, "--by", "pernah dilatih"]);
    expect(trained.code).toBe(0);
    expect(trained.out[2]).toMatch(/^\| dimension \| false +\| true +\|$/);
    // roles, trained: INF-01's gap and INF-03's strength and gap, from two cases.
    expect(trained.out).toContain("| roles     | 0                | 3 (2 cases) 1/2/0 |");
    const years = await run(["matrix", study, "--by", "lama bertugas"]);
    expect(years.out[2]).toMatch(/^\| dimension \| 5\.5 +\| 12 +\| \(no value\) +\|$/);
  });

  it("writes the long CSV with exactly its header, an empty value for the case without one", async () => {
    const file = join(outDir, "kelurahan.csv");
    const r = await run(["matrix", study, "--by", "kelurahan", "--out", file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf-8")).toBe(
      [
        "dimension,value,segments,cases,strengths,gaps,neutral",
        "trust,Kelurahan Selatan,0,0,0,0,0",
        "trust,Kelurahan Utara,1,1,1,0,0",
        "trust,,1,1,0,1,0",
        "access,Kelurahan Selatan,0,0,0,0,0",
        "access,Kelurahan Utara,2,1,2,0,0",
        "access,,2,1,1,1,0",
        "roles,Kelurahan Selatan,2,1,1,1,0",
        "roles,Kelurahan Utara,1,1,0,1,0",
        "roles,,0,0,0,0,0",
        ""
      ].join("\n")
    );
  });

  it("writes with --out x.md the table it prints; --by case has a column per case", async () => {
    const file = join(outDir, "cases.md");
    const r = await run(["matrix", study, "--by", "case", "--out", file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf-8")).toBe(r.out.join("\n") + "\n");
    expect(r.out[2]).toMatch(/^\| dimension \| INF-01 +\| INF-02 +\| INF-03 +\|$/);
    expect(r.out).toContain("| access    | 2 (1 case) 2/0/0 | 2 (1 case) 1/1/0 | 0                |");
  });

  it("refuses an unknown variable with a located usage error listing the variables there are (exit 2, nothing written)", async () => {
    const file = join(outDir, "never.csv");
    const r = await run(["matrix", study, "--by", "role", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.err[1]!.split("\n")[0]).toBe(
      'study: variables.csv:1: --by: no variable named "role"; the variables are: "peran", "kelurahan", "umur", "lama bertugas", "pernah dilatih", "tanggal wawancara", "mulai wawancara" (or --by case)'
    );
    expect(r.err.join("\n")).toMatch(/usage:[\s\S]*matrix <folder> --by <variable\|case>/);
    expect(existsSync(file)).toBe(false);
  });

  it("says a study without cases has none, and exits 1", async () => {
    const r = await run(["matrix", "tests/fixtures/study-mini", "--by", "case"]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual(["cases.csv:1: file: the study has no cases: a matrix compares cases (add cases.csv, case-sources.csv, variables.csv and case-values.csv, or import them from your QDA tool)"]);
    expect(r.err.at(-1)).toMatch(/has no cases; nothing to compare$/);
  });

  it("exits 1 with the problems of a study that does not validate, 2 on wrong usage", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "study-matrix-bad-")), "s");
    cpSync(study, broken, { recursive: true });
    rmSync(join(broken, "variables.csv"));
    const r = await run(["matrix", broken, "--by", "case"]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe('case-values.csv:2: variable: "peran" is not a variable name in variables.csv');
    for (const args of [["matrix", study], ["matrix", study, "--by", "peran", "--out", "x.txt"], ["matrix", "--by", "peran"], ["matrix", study, "--by"]]) {
      expect((await run(args)).code, args.join(" ")).toBe(2);
    }
    expect(readdirSync(outDir).sort()).toEqual(["cases.md", "kelurahan.csv", "study"]);
  });
});
