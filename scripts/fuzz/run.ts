/**
 * `npm run fuzz [-- --seed N] [--runs N] [--family NAME] [--path P] [--renders N] [--pages N]
 * [--all-pages] [--no-save]`: feeds seeded, reproducible malformed inputs to every loader, and
 * builds and checks in Chromium studies whose every text is random (the rendering family,
 * rendering.ts) (docs/fuzzing.md); prints one line, `fuzz: <N> inputs, <F> failures`; exits 1 on
 * any failure. Each failure is printed to stderr, a loader's with its shrunk counterexample, saved
 * into the bad-input corpus (tests/fixtures/bad/fuzz/), a rendering run's with its seed, fields and
 * texts, its study saved under tests/fixtures/bad/fuzz/rendering/<seed>/.
 * Wrong usage (read with node:util parseArgs) exits 2 naming the option at fault, e.g.
 * `fuzz: --runs: expected at least 1 (got 0)`.
 */
import { fileURLToPath } from "node:url";
import { fork } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeCases } from "../../tests/fixtures/bad/make.js";
import { csvImportFamily } from "./csvimport.js";
import { runFamily, watchInputs, type Family, type FamilyResult } from "./harness.js";
import { metricsFamily } from "./metrics.js";
import { qdpxFamily } from "./qdpx.js";
import { describeRun, groupProblems, saveRun } from "./renderReport.js";
import { DEFAULT_PAGES, renderRun, type RenderRun } from "./rendering.js";
import { saveFailure } from "./save.js";
import { studyFamily } from "./study.js";

export const DEFAULT_SEED = 20261201;
export const DEFAULT_RUNS = 10_000;

/** The loader families: fast-check properties over malformed files, run in a watched child process. */
export const FAMILIES: Record<string, () => Family<any>> = { study: studyFamily, metrics: metricsFamily, qdpx: qdpxFamily, "csv-import": csvImportFamily };
/** The rendering family: random study texts built into pages and checked in Chromium (rendering.ts). */
export const RENDERING = "rendering";
export const FAMILY_NAMES = [...Object.keys(FAMILIES), RENDERING];
export const DEFAULT_RENDERS = 1;

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

/** Runs every loader family (or one); `runs` inputs in all, shared evenly. */
export function fuzz(options: FuzzOptions): { results: FamilyResult<any>[]; families: Family<any>[] } {
  if (options.family === RENDERING) return { results: [], families: [] };
  const names = Object.keys(FAMILIES).filter((name) => !options.family || name === options.family);
  if (!names.length) throw new Error(`no family named ${options.family} (expected one of: ${Object.keys(FAMILIES).join(", ")})`);
  const families = names.map((name) => FAMILIES[name]!());
  const results = families.map((family, i) => {
    const numRuns = Math.floor(options.runs / families.length) + (i < options.runs % families.length ? 1 : 0);
    return runFamily(family, { seed: familySeed(options.seed, family.name), numRuns, limitMs: options.limitMs, path: options.path });
  });
  return { results, families };
}

export const USAGE = "usage: npm run fuzz -- [--seed N] [--runs N] [--family NAME] [--path P] [--renders N] [--pages N] [--all-pages] [--no-save]";

/** Wrong usage of the command line: its message names the option at fault (`--runs: expected …`). */
export class UsageError extends Error {}

export type FuzzArgs = FuzzOptions & {
  save: boolean;
  /** Rendering runs (one build each), from seeds seed, seed + 1, … */
  renders: number;
  /** Routes sampled per rendering run, each in both languages. */
  pages: number;
  /** Check every page of each rendering run. */
  allPages: boolean;
};

const OPTIONS = {
  seed: { type: "string" },
  runs: { type: "string" },
  family: { type: "string" },
  path: { type: "string" },
  renders: { type: "string" },
  pages: { type: "string" },
  "all-pages": { type: "boolean" },
  "no-save": { type: "boolean" }
} as const;

/** Node's parseArgs error, said as `option: what was expected`. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${option}: unknown option (expected --seed N, --runs N, --family NAME, --path P, --renders N, --pages N, --all-pages or --no-save)`;
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
  let values: { seed?: string; runs?: string; family?: string; path?: string; renders?: string; pages?: string; "all-pages"?: boolean; "no-save"?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }));
  }
  const o: FuzzArgs = { seed: DEFAULT_SEED, runs: DEFAULT_RUNS, save: !values["no-save"], renders: DEFAULT_RENDERS, pages: DEFAULT_PAGES, allPages: !!values["all-pages"] };
  if (values.seed !== undefined) o.seed = wholeNumber("--seed", values.seed);
  if (values.runs !== undefined) o.runs = wholeNumber("--runs", values.runs, 1);
  if (values.family !== undefined) {
    if (!FAMILY_NAMES.includes(values.family)) throw new UsageError(`--family: expected one of: ${FAMILY_NAMES.join(", ")} (got ${JSON.stringify(values.family)})`);
    o.family = values.family;
  }
  if (values.path !== undefined) {
    if (!o.family) throw new UsageError("--path: replays one family's counterexample: give --family too");
    if (o.family === RENDERING) throw new UsageError("--path: the rendering family replays by --seed alone");
    o.path = values.path;
  }
  if (values.renders !== undefined) o.renders = wholeNumber("--renders", values.renders, o.family === RENDERING ? 1 : 0);
  if (values.pages !== undefined) o.pages = wholeNumber("--pages", values.pages, 1);
  return o;
}

/** Prints each failure (and saves it), then the one summary line; returns the exit code. */
function report(results: FamilyResult<any>[], options: FuzzArgs, extraInputs = 0, stuck?: { family: string; input: unknown; reason: string }, renders: RenderRun[] = []): number {
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
  for (const run of renders) {
    if (!run.problems.length) continue;
    failures++;
    for (const line of describeRun(run, options)) console.error(line);
    if (options.save) {
      const folder = saveRun(run, options);
      console.error(`  saved: ${folder}/ (its problems in ${folder}.json; build it with STUDY=${folder} npm run build -- --out <folder>)`);
    }
  }
  const total = results.reduce((n, r) => n + r.runs, extraInputs + renders.length);
  console.log(`fuzz: ${total} inputs, ${failures} failures`);
  return failures ? 1 : 0;
}

/** Wall-clock time after which the worker running the inputs is taken to hang. */
export const HANG_MS = 60_000;

/** What the loader families' child process gave: its results, or the input it was running when it hung or died. */
interface LoaderOutcome {
  results: FamilyResult<any>[];
  seen: number;
  stuck?: { family: string; input: unknown; reason: string };
  /** The child ended before its first input (not an input's fault). */
  ended?: string;
}

/**
 * Runs the loader families' inputs in a child process and watches it: an input that blocks (an
 * endless loop, a read that never returns) is reported as a hang with the input, instead of stalling.
 */
function runLoaders(options: FuzzArgs): Promise<LoaderOutcome> {
  return new Promise((resolveOutcome) => {
    // The child inherits tsx's loader flags (process.execArgv).
    const child = fork(fileURLToPath(import.meta.url), process.argv.slice(2), { env: { ...process.env, FUZZ_CHILD: "1" }, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let current: { family: string; input: unknown } | undefined;
    let seen = 0;
    let last = Date.now();
    let finished = false;
    const finish = (outcome: LoaderOutcome) => {
      finished = true;
      clearInterval(timer);
      resolveOutcome(outcome);
    };
    const timer = setInterval(() => {
      if (finished || Date.now() - last < HANG_MS) return;
      child.kill("SIGKILL");
      finish({ results: [], seen, ...(current ? { stuck: { ...current, reason: `no answer in ${HANG_MS / 1000} s (a hang)` } } : {}) });
    }, 1000);
    child.on("message", (m: { type: "input"; family: string; input: unknown } | { type: "done"; results: FamilyResult<unknown>[] }) => {
      last = Date.now();
      if (m.type === "input") {
        current = m;
        seen++;
      } else finish({ results: m.results, seen: 0 });
    });
    child.on("exit", (code, signal) => {
      if (finished) return;
      const reason = `the process ended (${signal ?? `exit code ${code}`}) while running this input`;
      if (current) finish({ results: [], seen, stuck: { ...current, reason } });
      else finish({ results: [], seen, ended: reason.replace(" while running this input", " before the first input") });
    });
  });
}

/** The rendering runs: seeds seed, seed + 1, … one build each. */
async function runRendering(options: FuzzArgs): Promise<RenderRun[]> {
  const runs: RenderRun[] = [];
  for (let i = 0; i < options.renders; i++) {
    const run = await renderRun(options.seed + i, { pages: options.pages, allPages: options.allPages, log: (line) => console.error(line) });
    const problems = groupProblems(run).length;
    console.error(`fuzz: rendering: seed ${run.seed}: ${problems ? `${problems} problem${problems === 1 ? "" : "s"}` : "no problem"} (build ${Math.round(run.buildMs / 1000)} s, ${run.pages.length} pages checked in ${Math.round(run.checkMs / 1000)} s)`);
    runs.push(run);
  }
  return runs;
}

async function cli(): Promise<void> {
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
  const loaders: LoaderOutcome = options.family === RENDERING ? { results: [], seen: 0 } : await runLoaders(options);
  if (loaders.ended) {
    console.error(`fuzz: ${loaders.ended}`);
    process.exitCode = 2;
    return;
  }
  const renders = options.family === undefined || options.family === RENDERING ? await runRendering(options) : [];
  try {
    process.exitCode = report(loaders.results, options, loaders.seen, loaders.stuck, renders);
  } finally {
    for (const run of renders) rmSync(run.work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void cli();
