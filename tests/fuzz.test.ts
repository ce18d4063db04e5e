/**
 * A seeded 500-input slice of `npm run fuzz` (scripts/fuzz/, docs/fuzzing.md): the same property
 * over every loader family — study folders, metrics folders, .qdpx projects, coding CSVs — and the
 * harness's own checks: it fails on a crash, an unlocated problem, a slow run and a partial output.
 * The rendering family builds sites, so it runs in `npm run fuzz` only (its parts: fuzz-rendering.test.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataError } from "../loaders/errors.js";
import { judge, runFamily, unlocated, FuzzFailure, type Family } from "../scripts/fuzz/harness.js";
import { applyTextOp } from "../scripts/fuzz/mutate.js";
import { DEFAULT_RUNS, DEFAULT_SEED, FAMILIES, familySeed, fuzz, parseFuzzArgs, UsageError } from "../scripts/fuzz/run.js";
import { ANY_LOCATED, saveFailure } from "../scripts/fuzz/save.js";

const SEED = 20261201;

describe("the fuzz slice (500 inputs, fixed seed)", () => {
  it("ends every input in success or a located DataError", { timeout: 300_000 }, () => {
    const { results } = fuzz({ seed: SEED, runs: 500 });
    expect(results.map((r) => r.family)).toEqual(["study", "metrics", "qdpx", "csv-import"]);
    expect(results.reduce((n, r) => n + r.runs, 0)).toBe(500);
    for (const r of results) expect(r.failure, `${r.family}: ${r.failure?.reason}\n${JSON.stringify(r.failure?.counterexample)}`).toBeUndefined();
  });
});

/** A toy family whose loader misbehaves on inputs that hold a given letter. */
function toy(misbehave: (dir: string) => void): Family<string> {
  return {
    name: "toy",
    about: "a toy loader",
    arbitrary: fc.string({ minLength: 1, maxLength: 20 }),
    run(input, dir) {
      if (input.includes("x")) misbehave(dir);
      if (input.includes("y")) throw new DataError([{ file: "t.csv", line: 2, field: "y", message: "expected no y" }]);
      return [];
    },
    fixture: (input) => ({ command: "import", input: "t.csv", files: { "t.csv": new TextEncoder().encode(input) } })
  };
}

describe("the harness", () => {
  it("passes success and located DataErrors", () => {
    const family = toy(() => undefined);
    expect(judge(family, "abc")).toBeUndefined();
    expect(judge(family, "y")).toBeUndefined();
  });

  it("fails a crash that is not a DataError, and shrinks it to the smallest input", () => {
    const r = runFamily(toy(() => { throw new TypeError("boom"); }), { seed: 1, numRuns: 500 });
    expect(r.failure?.reason).toBe("TypeError: boom");
    expect(r.failure?.counterexample).toBe("x");
  });

  it("fails an unlocated problem, an empty DataError and a slow run", () => {
    expect(judge(toy(() => { throw new DataError([{ file: "t.csv", line: 0, field: "f", message: "m" }]); }), "x")).toMatch(/unlocated.*line is 0/);
    expect(judge(toy(() => { throw new DataError([{ file: "t.csv", line: 1, field: "f", message: " " }]); }), "x")).toMatch(/no message/);
    expect(judge(toy(() => { throw new DataError([]); }), "x")).toBe("a DataError with no problem");
    const slow = toy(() => { const start = process.cpuUsage(); while (process.cpuUsage(start).user < 30_000); });
    expect(judge(slow, "x", 10)).toMatch(/^took \d+ ms of CPU time \(limit 10 ms\)$/);
  });

  it("fails a partial output and cleans its temporary folder", () => {
    let seen = "";
    const partial = toy((dir) => {
      seen = dir;
      throw new FuzzFailure("import failed but wrote its output folder (a partial output)");
    });
    expect(judge(partial, "x")).toMatch(/partial output/);
    expect(existsSync(seen)).toBe(false);
  });

  it("names the problem's missing part", () => {
    expect(unlocated({ file: "", line: 1, field: "f", message: "m" })).toBe("it names no file");
    expect(unlocated({ file: "a", line: 1, field: " ", message: "m" })).toBe("it names no field");
    expect(unlocated({ file: "a", line: 3, field: "f", message: "m" })).toBeUndefined();
  });

  it("saves a counterexample as a bad-input case with a located error to narrow", () => {
    const family = toy(() => { throw new RangeError("bad"); });
    const r = runFamily(family, { seed: 2, numRuns: 200 });
    const dir = mkdtempSync(join(tmpdir(), "fuzz-save-"));
    const path = saveFailure(family, r, 2, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    const saved = JSON.parse(readFileSync(path, "utf-8"));
    expect(saved).toMatchObject({ command: "import", input: "t.csv", error: ANY_LOCATED, found: "RangeError: bad", counterexample: r.failure!.counterexample });
    expect(saved.counterexample).toContain("x");
    expect(Buffer.from(saved.files["t.csv"], "base64").toString()).toBe(saved.counterexample);
    expect(saved.replay).toMatch(/^npm run fuzz -- --seed 2 --family toy --path \S+$/);
    rmSync(dir, { recursive: true, force: true });
  });

  it("is reproducible: a seed gives the same inputs, another seed others", () => {
    const family = FAMILIES.study!();
    const sample = (seed: number) => fc.sample(family.arbitrary, { seed: familySeed(seed, family.name), numRuns: 5 });
    expect(sample(SEED)).toEqual(sample(SEED));
    expect(sample(SEED + 1)).not.toEqual(sample(SEED));
    expect(familySeed(SEED, "study")).not.toBe(familySeed(SEED, "qdpx"));
  });

  it("mutates CSV text as documented", () => {
    expect(applyTextOp("a,b\nc,d\n", { op: "quote", index: 1, how: "unclosed" })).toBe('a,"b\nc,d\n');
    expect(applyTextOp("id,x\n1,2\n", { op: "header", kind: "dup", index: 0, to: "" })).toBe("id,id,x\n1,2\n");
    expect(applyTextOp("s,19,107\n", { op: "shift", index: 1, by: -2 })).toBe("s,19,105\n");
  });
});

describe("the command line", () => {
  it("reads --seed, --runs, --family, --path, --renders, --pages, --all-pages and --no-save, with defaults", () => {
    const defaults = { renders: 1, pages: 6, allPages: false };
    expect(parseFuzzArgs([])).toEqual({ seed: DEFAULT_SEED, runs: DEFAULT_RUNS, save: true, ...defaults });
    expect(parseFuzzArgs(["--seed", "7", "--runs=50", "--family", "qdpx", "--path", "3:1", "--no-save"])).toEqual({
      seed: 7,
      runs: 50,
      family: "qdpx",
      path: "3:1",
      save: false,
      ...defaults
    });
    expect(parseFuzzArgs(["--seed=-5"]).seed).toBe(-5);
    expect(parseFuzzArgs(["--family", "rendering", "--renders", "3", "--pages", "2", "--all-pages"])).toMatchObject({ family: "rendering", renders: 3, pages: 2, allPages: true });
    expect(parseFuzzArgs(["--renders", "0"]).renders).toBe(0);
  });

  it("names the option at fault and what it expected", () => {
    const usage = (argv: string[]) => {
      try {
        parseFuzzArgs(argv);
      } catch (error) {
        if (error instanceof UsageError) return error.message;
        throw error;
      }
      throw new Error("expected a UsageError");
    };
    expect(usage(["--runs", "0"])).toBe("--runs: expected at least 1 (got 0)");
    expect(usage(["--runs", "ten"])).toBe('--runs: expected a whole number (got "ten")');
    expect(usage(["--seed", "1.5"])).toBe('--seed: expected a whole number (got "1.5")');
    expect(usage(["--seed", "99999999999999999999"])).toBe('--seed: expected a whole number (got "99999999999999999999")');
    expect(usage(["--seed"])).toBe('--seed: expected a value (a value that starts with "-" is written --seed=-1)');
    expect(usage(["--seed", "-5"])).toBe('--seed: expected a value (a value that starts with "-" is written --seed=-1)');
    expect(usage(["--no-save=yes"])).toBe("--no-save: takes no value");
    expect(usage(["--sed", "1"])).toBe("--sed: unknown option (expected --seed N, --runs N, --family NAME, --path P, --renders N, --pages N, --all-pages or --no-save)");
    expect(usage(["study"])).toBe("study: unexpected argument (expected options only)");
    expect(usage(["--family", "csv"])).toBe('--family: expected one of: study, metrics, qdpx, csv-import, rendering (got "csv")');
    expect(usage(["--path", "1:2"])).toBe("--path: replays one family's counterexample: give --family too");
    expect(usage(["--family", "rendering", "--path", "1:2"])).toBe("--path: the rendering family replays by --seed alone");
    expect(usage(["--family", "rendering", "--renders", "0"])).toBe("--renders: expected at least 1 (got 0)");
    expect(usage(["--renders", "-1"])).toBe('--renders: expected a value (a value that starts with "-" is written --renders=-1)');
    expect(usage(["--renders=-1"])).toBe("--renders: expected at least 0 (got -1)");
    expect(usage(["--pages", "0"])).toBe("--pages: expected at least 1 (got 0)");
    expect(usage(["--all-pages=yes"])).toBe("--all-pages: takes no value");
  });

  it("exits 2 on wrong usage with the located message and the usage, and runs nothing", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/fuzz/run.ts", "--runs", "0"], { encoding: "utf-8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("fuzz: --runs: expected at least 1 (got 0)\nusage: npm run fuzz -- [--seed N] [--runs N] [--family NAME] [--path P] [--renders N] [--pages N] [--all-pages] [--no-save]\n");
    expect(r.stdout).toBe("");
  });
});

