/**
 * `npm run fuzz [-- --seed N] [--runs N] [--family NAME] [--path P] [--no-save]`: feeds seeded,
 * reproducible malformed inputs to every loader (docs/fuzzing.md) and prints one line,
 * `fuzz: <N> inputs, <F> failures`; exits 1 on any failure. Each failure is printed to stderr
 * with its shrunk counterexample and saved into the bad-input corpus (tests/fixtures/bad/fuzz/).
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { writeCases } from "../../tests/fixtures/bad/make.js";
import { csvImportFamily } from "./csvimport.js";
import { runFamily, type Family, type FamilyResult } from "./harness.js";
import { metricsFamily } from "./metrics.js";
import { qdpxFamily } from "./qdpx.js";
import { saveFailure } from "./save.js";
import { studyFamily } from "./study.js";

export const DEFAULT_SEED = 20261201;
export const DEFAULT_RUNS = 10_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FAMILIES: (() => Family<any>)[] = [studyFamily, metricsFamily, qdpxFamily, csvImportFamily];

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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fuzz(options: FuzzOptions): { results: FamilyResult<any>[]; families: Family<any>[] } {
  const families = FAMILIES.map((make) => make()).filter((f) => !options.family || f.name === options.family);
  if (!families.length) throw new Error(`no family named ${options.family} (expected one of: study, metrics, qdpx, csv-import)`);
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
    else if (a === "--runs") o.runs = int(next());
    else if (a === "--family") o.family = next();
    else if (a === "--path") o.path = next();
    else if (a === "--no-save") o.save = false;
    else throw new Error(`unknown option ${a} (expected --seed N, --runs N, --family NAME, --path P, --no-save)`);
  }
  return o;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`fuzz: ${(error as Error).message}`);
    process.exit(2);
  }
  const { results, families } = fuzz(options);
  let failures = 0;
  for (const [i, r] of results.entries()) {
    if (!r.failure) continue;
    failures++;
    const f = r.failure;
    console.error(`fuzz: FAIL ${r.family}: ${f.reason}`);
    console.error(`  counterexample (after ${f.shrinks} shrinks): ${JSON.stringify(f.counterexample)}`);
    console.error(`  replay: npm run fuzz -- --seed ${options.seed} --family ${r.family} --path ${f.path}`);
    if (options.save) console.error(`  saved: ${saveFailure(families[i]!, r, options.seed)}`);
  }
  if (failures && options.save) writeCases();
  const total = results.reduce((n, r) => n + r.runs, 0);
  console.log(`fuzz: ${total} inputs, ${failures} failures`);
  process.exitCode = failures ? 1 : 0;
}
