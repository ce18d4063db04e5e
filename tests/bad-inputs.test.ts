/**
 * The bad-input corpus (tests/fixtures/bad/): every malformed input gets a located error
 * (`file:line: field: message`) and a non-zero exit, and none leaves a partial output. The study
 * command and the metrics loader run in this process (scripts/study.ts `main`, tests/inProcess.ts);
 * the loader's exit in a child process is checked in tests/entrypoints.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../loaders/walk.js";
import { formatProblem } from "../loaders/errors.js";
import { main, type Io } from "../scripts/study.js";
import { problemsOf } from "./helpers.js";
import { loadEntry, withEnv } from "./inProcess.js";
import { CASES_DIR, writeCases, type CaseSpec } from "./fixtures/bad/make.js";

const LOCATED = /^[^\s:][^:]*:\d+: [^:]+: .+/;

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { code: await main(argv, io), out, err };
}

/** The case's input: its base folder with the case's files laid over it. */
function prepare(name: string, spec: CaseSpec): string {
  const dir = mkdtempSync(join(tmpdir(), `bad-${name}-`));
  if (spec.base) cpSync(spec.base, dir, { recursive: true });
  const files = join(CASES_DIR, name, "files");
  if (existsSync(files)) cpSync(files, dir, { recursive: true });
  for (const f of spec.delete ?? []) rmSync(join(dir, f));
  if (spec.generate) writeFileSync(join(dir, spec.generate.file), Buffer.alloc(spec.generate.size, "a"));
  return dir;
}

const names = readdirSync(CASES_DIR).sort();
const specOf = (name: string) => JSON.parse(readFileSync(join(CASES_DIR, name, "case.json"), "utf-8")) as CaseSpec;

describe("the bad-input corpus", () => {
  it("has at least 40 cases across study files, metrics files and imports", () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    const commands = new Set(names.map((n) => specOf(n).command));
    expect([...commands].sort()).toEqual(["import", "metrics", "validate"]);
  });

  it("is exactly what tests/fixtures/bad/make.ts writes", () => {
    const fresh = mkdtempSync(join(tmpdir(), "bad-corpus-"));
    writeCases(fresh);
    expect(filesUnder(fresh)).toEqual(filesUnder(CASES_DIR));
    for (const f of filesUnder(fresh)) expect(readFileSync(join(fresh, f)).equals(readFileSync(join(CASES_DIR, f))), f).toBe(true);
  });
});

describe.each(names.filter((n) => specOf(n).command === "validate"))("npm run study -- validate: %s", (name) => {
  it("exits 1 with the located error", async () => {
    const spec = specOf(name);
    const dir = prepare(name, spec);
    const { code, out } = await run(["validate", dir]);
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(0);
    for (const line of out) expect(line).toMatch(LOCATED);
    expect(out.some((l) => new RegExp(spec.error).test(l)), `${spec.error}\n${out.join("\n")}`).toBe(true);
  });
});

describe.each(names.filter((n) => specOf(n).command === "import"))("npm run study -- import: %s", (name) => {
  it("exits 1 with the located error and writes nothing", async () => {
    const spec = specOf(name);
    const input = join(CASES_DIR, name, "files", spec.input!);
    const out = join(mkdtempSync(join(tmpdir(), "bad-import-")), "study");
    const result = await run(["import", input, "--out", out, ...(spec.args ?? [])]);
    const lines = [...result.out, ...result.err];
    expect(result.code).toBe(1);
    expect(lines.some((l) => new RegExp(spec.error).test(l)), `${spec.error}\n${lines.join("\n")}`).toBe(true);
    expect(existsSync(out), "no partial output").toBe(false);
  });
});

describe.each(names.filter((n) => specOf(n).command === "metrics"))("site data loader (src/data/site.zip.ts, in this process) on public figures: %s", (name) => {
  it("fails with the located error, so the build writes no dataset", async () => {
    const spec = specOf(name);
    const dir = prepare(name, spec);
    const produce = await loadEntry("src/data/site.zip.ts");
    const lines = problemsOf(() => withEnv({ METRICS: dir }, produce)).map(formatProblem);
    for (const line of lines) expect(line).toMatch(LOCATED);
    expect(lines.some((l) => new RegExp(spec.error).test(l)), `${spec.error}\n${lines.join("\n")}`).toBe(true);
  });
});
