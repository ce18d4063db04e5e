/** What the study commands share: where they write, usage errors, reading an input file, writing atomically. */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, type Problem } from "../../loaders/errors.js";
import { ImportError } from "../../loaders/qda/import.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The framework's codebook (data/framework/), which import and init copy unless given another. */
export const DEFAULT_CODEBOOK = join(ROOT, "data/framework/codebook");
/** Largest input file read at all (the archive limits in zip.ts apply after this). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Where a command writes: `out` the result (stdout), `err` progress and warnings (stderr). */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: Io = { out: (l) => process.stdout.write(l + "\n"), err: (l) => process.stderr.write(l + "\n") };

/** Wrong usage: the message and the usage are printed, exit code 2. */
export class UsageError extends Error {}

export function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const p of problems) io.out(formatProblem(p));
}

export function requireFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`);
}

export function readInput(path: string): Uint8Array {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`${path} is not a file`);
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new ImportError([{ file: basename(path), line: 1, field: "file", message: `the file is ${Math.round(size / 1024 / 1024)} MiB; at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB are read` }]);
  return new Uint8Array(readFileSync(path));
}

/** `--out <file>` whose name ends as `pattern` says, in a folder that exists. */
export function outFile(out: string | undefined, pattern: RegExp, expected: string): string | undefined {
  if (out === undefined) return undefined;
  if (!pattern.test(out)) throw new UsageError(`--out must name a ${expected} file`);
  if (!existsSync(dirname(resolve(out)))) throw new UsageError(`--out: the folder ${dirname(out)} does not exist`);
  return out;
}

/** Writes `contents` beside `out`, then renames it into place: a failed write leaves nothing. */
export function writeAtomically(out: string, contents: string | Uint8Array): void {
  const target = resolve(out);
  const tmpDir = mkdtempSync(join(dirname(target), `.${basename(target)}.`));
  try {
    const tmp = join(tmpDir, basename(target));
    writeFileSync(tmp, contents);
    renameSync(tmp, target);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
