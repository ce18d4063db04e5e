/**
 * `npm run fuzz [-- --seed N] [--runs N] [--family NAME] [--path P] [--no-save]`: feeds seeded,
 * reproducible malformed inputs to every loader (docs/fuzzing.md) and prints one line,
 * `fuzz: <N> inputs, <F> failures`; exits 1 on any failure. Each failure is printed to stderr
 * with its shrunk counterexample and saved into the bad-input corpus (tests/fixtures/bad/fuzz/).
 */
import { fileURLToPath } from "node:url";
import { fork } from "node:child_process";
import { resolve } from "node:path";
import { writeCases } from "../../tests/fixtures/bad/make.js";
import { csvImportFamily } from "./csvimport.js";
import { runFamily, watchInputs, type Family, type FamilyResult } from "./harness.js";
import { metricsFamily } from "./metrics.js";
import { qdpxFamily } from "./qdpx.js";
import { saveFailure } from "./save.js";
import { studyFamily } from "./study.js";

export const DEFAULT_SEED = 20261201;
export const DEFAULT_RUNS = 10_000;

export const FAMILIES: Record<string, () => Family<any>> = { study: studyFamily, metrics: metricsFamily, qdpx: qdpxFamily, "csv-import": csvImportFamily };

/** A family's own seed: the run's seed mixed with the family's name, so --family replays it alone. */
export function familySeed(seed: number, name: string): number {
  let h = seed | 0;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) | 0;
  return h;
}

export interface FuzzOptions {
  seed: number;
  runs: number;
  family?: string;
  path?: string;
  limitMs?: number;
}

/** Runs every family (or one); `runs` inputs in all, shared evenly. */
export function fuzz(options: FuzzOptions): { results: FamilyResult<any>[]; families: Family<any>[] } {
  const names = Object.keys(FAMILIES).filter((name) => !options.family || name === options.family);
  if (!names.length) throw new Error(`no family named ${options.family} (expected one of: ${Object.keys(FAMILIES).join(", ")})`);
  const families = names.map((name) => FAMILIES[name]!());
  const results = families.map((family, i) => {
    const numRuns = Math.floor(options.runs / families.length) + (i < options.runs % families.length ? 1 : 0);
    return runFamily(family, { seed: familySeed(options.seed, family.name), numRuns, limitMs: options.limitMs, path: options.path });
  });
  return { results, families };
}

function parseArgs(argv: string[]): FuzzOptions & { save: boolean } {
  const o: FuzzOptions & { save: boolean } = { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, save: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (v: string) => {
      if (!/^-?\d+$/.test(v)) throw new Error(`${a} expects a whole number (got ${v})`);
      return Number(v);
    };
    if (a === "--seed") o.seed = int(next());
    else if (a === "--runs") {
      o.runs = int(next());
      if (o.runs < 1) throw new Error(`--runs expects at least 1 (got ${o.runs})`);
    }
    else if (a === "--family") o.family = next();
    else if (a === "--path") o.path = next();
    else if (a === "--no-save") o.save = false;
    else throw new Error(`unknown option ${a} (expected --seed N, --runs N, --family NAME, --path P, --no-save)`);
  }
  if (o.path && !o.family) throw new Error("--path replays one family's counterexample: give --family too");
  return o;
}

/** Prints each failure (and saves it), then the one summary line; returns the exit code. */
function report(results: FamilyResult<any>[], options: ReturnType<typeof parseArgs>, extraInputs = 0, stuck?: { family: string; input: unknown; reason: string }): number {
  let failures = 0;
  const save = (name: string, result: FamilyResult<unknown>) => {
    const make = FAMILIES[name];
    if (options.save && make) console.error(`  saved: ${saveFailure(make(), result, options.seed)}`);
  };
  for (const r of results) {
    if (!r.failure) continue;
    failures++;
    const f = r.failure;
    console.error(`fuzz: FAIL ${r.family}: ${f.reason}`);
    console.error(`  counterexample (after ${f.shrinks} shrinks): ${JSON.stringify(f.counterexample)}`);
    console.error(`  replay: npm run fuzz -- --seed ${options.seed} --family ${r.family} --path ${f.path}`);
    save(r.family, r);
  }
  if (stuck) {
    failures++;
    const reason = `${stuck.reason}; the input was not shrunk`;
    console.error(`fuzz: FAIL ${stuck.family}: ${reason}`);
    console.error(`  input: ${JSON.stringify(stuck.input)}`);
    save(stuck.family, { family: stuck.family, runs: 0, failure: { reason, counterexample: stuck.input, seed: options.seed, path: "", shrinks: 0 } });
  }
  if (failures && options.save) writeCases();
  const total = results.reduce((n, r) => n + r.runs, extraInputs);
  console.log(`fuzz: ${total} inputs, ${failures} failures`);
  return failures ? 1 : 0;
}

/** Wall-clock time after which the worker running the inputs is taken to hang. */
export const HANG_MS = 60_000;

/**
 * The CLI runs the inputs in a child process and watches it: an input that blocks (an endless
 * loop, a read that never returns) is reported as a hang with the input, instead of stalling.
 */
function cli(): void {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`fuzz: ${(error as Error).message}`);
    process.exit(2);
  }
  if (process.env.FUZZ_CHILD === "1") {
    watchInputs((family, input) => process.send!({ type: "input", family, input }));
    process.send!({ type: "done", results: fuzz(options).results }, () => process.disconnect());
    return;
  }
  // The child inherits tsx's loader flags (process.execArgv).
  const child = fork(fileURLToPath(import.meta.url), process.argv.slice(2), { env: { ...process.env, FUZZ_CHILD: "1" }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let current: { family: string; input: unknown } | undefined;
  let seen = 0;
  let last = Date.now();
  let finished = false;
  const finish = (code: number) => {
    finished = true;
    clearInterval(timer);
    process.exitCode = code;
  };
  const timer = setInterval(() => {
    if (finished || Date.now() - last < HANG_MS) return;
    child.kill("SIGKILL");
    finish(report([], options, seen, current && { ...current, reason: `no answer in ${HANG_MS / 1000} s (a hang)` }));
  }, 1000);
  child.on("message", (m: { type: "input"; family: string; input: unknown } | { type: "done"; results: FamilyResult<unknown>[] }) => {
    last = Date.now();
    if (m.type === "input") {
      current = m;
      seen++;
    } else finish(report(m.results, options));
  });
  child.on("exit", (code, signal) => {
    if (finished) return;
    const reason = `the process ended (${signal ?? `exit code ${code}`}) while running this input`;
    if (current) finish(report([], options, seen, { ...current, reason }));
    else {
      console.error(`fuzz: ${reason.replace(" while running this input", " before the first input")}`);
      finish(2);
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) cli();
