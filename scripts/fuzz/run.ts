/**
 * `npm run fuzz [-- --seed N] [--runs N] [--family NAME] [--path P] [--no-save]`: feeds seeded,
 * reproducible malformed inputs to every loader (docs/fuzzing.md) and prints one line,
 * `fuzz: <N> inputs, <F> failures`; exits 1 on any failure. Each failure is printed to stderr
 * with its shrunk counterexample and saved into the bad-input corpus (tests/fixtures/bad/fuzz/).
 * Wrong usage (read with node:util parseArgs) exits 2 naming the option at fault, e.g.
 * `fuzz: --runs: expected at least 1 (got 0)`.
 */
import { fileURLToPath } from "node:url";
import { fork } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
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

export const USAGE = "usage: npm run fuzz -- [--seed N] [--runs N] [--family NAME] [--path P] [--no-save]";

/** Wrong usage of the command line: its message names the option at fault (`--runs: expected …`). */
export class UsageError extends Error {}

export type FuzzArgs = FuzzOptions & { save: boolean };

const OPTIONS = {
  seed: { type: "string" },
  runs: { type: "string" },
  family: { type: "string" },
  path: { type: "string" },
  "no-save": { type: "boolean" }
} as const;

/** Node's parseArgs error, said as `option: what was expected`. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${option}: unknown option (expected --seed N, --runs N, --family NAME, --path P or --no-save)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `${/'([^']*)'/.exec(error.message)?.[1] ?? "argument"}: unexpected argument (expected options only)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take/.test(error.message) ? `${option}: takes no value` : `${option}: expected a value (a value that starts with "-" is written ${option}=-1)`;
    default:
      return error.message;
  }
}

/** `--seed`'s or `--runs`' value as a whole number of at least `min`. */
function wholeNumber(option: string, value: string, min = Number.MIN_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`${option}: expected a whole number (got ${JSON.stringify(value)})`);
  if (n < min) throw new UsageError(`${option}: expected at least ${min} (got ${value})`);
  return n;
}

/** The command line (`process.argv.slice(2)`) as options; a UsageError names the option at fault. */
export function parseFuzzArgs(argv: string[]): FuzzArgs {
  let values: { seed?: string; runs?: string; family?: string; path?: string; "no-save"?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }));
  }
  const o: FuzzArgs = { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, save: !values["no-save"] };
  if (values.seed !== undefined) o.seed = wholeNumber("--seed", values.seed);
  if (values.runs !== undefined) o.runs = wholeNumber("--runs", values.runs, 1);
  if (values.family !== undefined) {
    if (!(values.family in FAMILIES)) throw new UsageError(`--family: expected one of: ${Object.keys(FAMILIES).join(", ")} (got ${JSON.stringify(values.family)})`);
    o.family = values.family;
  }
  if (values.path !== undefined) {
    if (!o.family) throw new UsageError("--path: replays one family's counterexample: give --family too");
    o.path = values.path;
  }
  return o;
}

/** Prints each failure (and saves it), then the one summary line; returns the exit code. */
function report(results: FamilyResult<any>[], options: FuzzArgs, extraInputs = 0, stuck?: { family: string; input: unknown; reason: string }): number {
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
  let options: FuzzArgs;
  try {
    options = parseFuzzArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`fuzz: ${error.message}\n${USAGE}`);
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
