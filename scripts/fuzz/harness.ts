/**
 * The property every fuzzed input must hold, and the fast-check run of one input family.
 *
 * An input passes when its loader either succeeds or reports a located DataError: every problem
 * names a file, a line (≥ 1), a field and a message, and prints as one `file:line: field: message`
 * line. It fails on any other exception, on a run
 * using more than the time limit (2 s of CPU), on a DataError without problems or with an unlocated one, and
 * on a partial output (the family's run throws FuzzFailure when it finds one).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { DataError, formatProblem, type Problem } from "../../loaders/errors.js";

/** What a fixture in the bad-input corpus needs (see tests/fixtures/bad/make.ts). */
export interface Fixture {
  command: "validate" | "import" | "metrics";
  base?: string;
  input?: string;
  args?: string[];
  delete?: string[];
  files: Record<string, Uint8Array>;
}

export interface Family<T> {
  name: string;
  /** One line on what the family generates (docs and the fixture's `about`). */
  about: string;
  arbitrary: fc.Arbitrary<T>;
  /** Runs the loader on `input`, laid out under the empty folder `dir`; returns its problems (none: success). */
  run(input: T, dir: string): readonly Problem[];
  /** The input as a case of the bad-input corpus. */
  fixture(input: T): Fixture;
}

/** A failure the family's own checks found (a partial output, a success that is not one). */
export class FuzzFailure extends Error {
  override name = "FuzzFailure";
}

export const TIME_LIMIT_MS = 2000;

/** Why a problem is not located, or undefined when it is. */
export function unlocated(p: Problem): string | undefined {
  const blank = (s: unknown) => typeof s !== "string" || s.trim() === "";
  if (blank(p.file)) return "it names no file";
  if (!Number.isInteger(p.line) || p.line < 1) return `its line is ${p.line}`;
  if (blank(p.field)) return "it names no field";
  if (blank(p.message)) return "it has no message";
  if (/[\r\n]/.test(formatProblem(p))) return "it prints over several lines";
  return undefined;
}

/** Called with each input before it runs (the CLI's watchdog reports the input that hangs). */
let onInput: ((family: string, input: unknown) => void) | undefined;
export function watchInputs(callback: typeof onInput): void {
  onInput = callback;
}

/** Runs one input; returns why it failed, or undefined when it passed. */
export function judge<T>(family: Family<T>, input: T, limitMs = TIME_LIMIT_MS): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), `fuzz-${family.name}-`));
  onInput?.(family.name, input);
  // CPU time, not wall time: on a shared machine other processes must not make an input "slow".
  // A run that blocks without using the CPU is caught by the CLI's watchdog (run.ts).
  const started = process.cpuUsage();
  let problems: readonly Problem[];
  try {
    try {
      problems = family.run(input, dir);
    } catch (error) {
      if (!(error instanceof DataError)) {
        const e = error as Error;
        return e instanceof FuzzFailure ? e.message : `${e?.name ?? "thrown"}: ${e?.message ?? String(error)}`;
      }
      if (!error.problems.length) return "a DataError with no problem";
      problems = error.problems;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms > limitMs) return `took ${Math.round(ms)} ms of CPU time (limit ${limitMs} ms)`;
  for (const p of problems) {
    const why = unlocated(p);
    if (why) return `an unlocated problem (${why}): ${JSON.stringify(p)}`;
  }
  return undefined;
}

export interface FamilyResult<T> {
  family: string;
  /** Inputs generated and run (shrinking not counted). */
  runs: number;
  failure?: { reason: string; counterexample: T; seed: number; path: string; shrinks: number };
}

/** Runs `numRuns` inputs of a family from `seed`; on a failure, shrinks it to a small counterexample. */
export function runFamily<T>(family: Family<T>, options: { seed: number; numRuns: number; limitMs?: number; path?: string }): FamilyResult<T> {
  const property = fc.property(family.arbitrary, (input) => {
    const why = judge(family, input, options.limitMs);
    if (why) throw new FuzzFailure(why);
  });
  const details = fc.check(property, { seed: options.seed, numRuns: options.numRuns, ...(options.path ? { path: options.path } : {}) });
  if (!details.failed || !details.counterexample) return { family: family.name, runs: details.numRuns };
  const error = details.errorInstance as Error | undefined;
  return {
    family: family.name,
    runs: details.numRuns,
    failure: {
      reason: error?.message ?? "failed",
      counterexample: details.counterexample[0],
      seed: details.seed,
      path: details.counterexamplePath ?? "",
      shrinks: details.numShrinks
    }
  };
}
