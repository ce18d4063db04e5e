/**
 * `npm run study -- <command>`: bring your own study (docs/bring-your-own-study.md).
 *
 *   validate <folder>                         check a study folder; every problem as file:line: field: message
 *   import <file.qdpx|file.qde|file.csv> --out <folder> [options]
 *   export <folder> --out <file.qdpx>         write the study as a REFI-QDA project
 *   agree <file.qdpx> [<other.qdpx>]          agreement between two coders (docs/agreement.md)
 *
 * Exit codes: 0 done, 1 problems in the data (printed), 2 wrong usage.
 * Progress goes to stderr; a failed run writes nothing (output is written beside its target and
 * renamed into place only when complete and valid).
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DataError, formatProblem, type Problem } from "../loaders/errors.js";
import { loadStudy, validateStudy } from "../loaders/study/load.js";
import { isUntranslated, SOURCE_KINDS, TRANSLATION_PENDING, type SourceKind } from "../src/shared/i18n/index.js";
import { exportStudy, qdpxBytes } from "../loaders/qda/export.js";
import { buildStudy, ImportError, parseMapFile, readCodebookFolder, readQdpx, reportMarkdown, writeStudyFolder, type ImportInput, type ImportOptions } from "../loaders/qda/import.js";
import { readCodingsCsv } from "../loaders/qda/csv-import.js";
import { readAgreeProject } from "../loaders/agree/read.js";
import { codersInOne, codersInTwo } from "../loaders/agree/coders.js";
import { compareCoders } from "../loaders/agree/compare.js";
import { renderConsole, renderCsv, renderMarkdown } from "../loaders/agree/report.js";
import { readCoders } from "../loaders/agree/site.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_CODEBOOK = join(ROOT, "data/framework/codebook");
/** Largest input file read at all (the archive limits in zip.ts apply after this). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

const USAGE = `usage:
  npm run study -- validate <folder>
  npm run study -- import <file.qdpx|file.qde|file.csv> --out <folder> [--map <code-map.csv>] [--codebook <folder>]
                  [--sources <folder>] [--lang id|en] [--crlf auto|one|two] [--private-names <file>] [--force] [--keep-invalid]
                  [--source-kind thesis-chapter|interviews|field-notes|documents]
  npm run study -- export <folder> --out <file.qdpx>
  npm run study -- agree <file.qdpx> [<other.qdpx>] [--coders <nameA>,<nameB>] [--out <report.md|report.csv>] [--crlf auto|one|two]`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => process.stdout.write(l + "\n"), err: (l) => process.stderr.write(l + "\n") };

class UsageError extends Error {}

function parseArgs(args: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(["--out", "--map", "--codebook", "--sources", "--lang", "--crlf", "--private-names", "--coders", "--source-kind"]);
  const bare = new Set(["--force", "--keep-invalid"]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (valued.has(a)) {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      flags.set(a, v);
    } else if (bare.has(a)) flags.set(a, true);
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, flags };
}

function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const p of problems) io.out(formatProblem(p));
}

function validate(folder: string, io: Io): number {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`);
  io.err(`study: validating ${folder}`);
  const { study, problems } = validateStudy(folder);
  // Second coders (coders/*.csv) are checked against the valid study, as the site reads them.
  let coders = 0;
  if (study && !problems.length) {
    try {
      coders = readCoders(folder, study).length;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  printProblems(io, problems);
  if (problems.length) {
    io.err(`study: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${folder}`);
    return 1;
  }
  io.err(`study: ${folder} is valid (${study!.findings.length} findings, ${study!.recommendations.length} recommendations, ${study!.dimensions.length} dimensions${coders ? `, ${coders} second coder${coders === 1 ? "" : "s"}` : ""})`);
  // A warning, not an error: the site shows such text in its own language with a badge.
  const pending = [...study!.findings, ...study!.recommendations].filter((r) => isUntranslated(r.text_en)).length;
  if (pending) io.err(`study: warning: ${pending} segment${pending === 1 ? "" : "s"} lack an English translation (text_en starts with "${TRANSLATION_PENDING}")`);
  return 0;
}

/** `--source-kind thesis-chapter|interviews|field-notes|documents`: what was coded (study.json `source_kind`). */
function sourceKindFlag(value: string | true | undefined): SourceKind | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(SOURCE_KINDS as readonly string[]).includes(value)) throw new UsageError(`--source-kind is one of ${SOURCE_KINDS.join(", ")}`);
  return value as SourceKind;
}

function readInput(path: string): Uint8Array {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`${path} is not a file`);
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new ImportError([{ file: basename(path), line: 1, field: "file", message: `the file is ${Math.round(size / 1024 / 1024)} MiB; at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB are read` }]);
  return new Uint8Array(readFileSync(path));
}

function importCommand(file: string, flags: Map<string, string | true>, io: Io): number {
  const out = flags.get("--out");
  if (typeof out !== "string") throw new UsageError("import needs --out <folder>");
  const lang = flags.get("--lang") ?? "id";
  if (lang !== "id" && lang !== "en") throw new UsageError("--lang is id or en");
  const crlf = flags.get("--crlf") ?? "auto";
  if (crlf !== "auto" && crlf !== "one" && crlf !== "two") throw new UsageError("--crlf is auto, one or two");
  const progress = (m: string) => io.err(`import: ${m}`);
  const mapPath = flags.get("--map");
  const namesPath = flags.get("--private-names");
  const options: ImportOptions = {
    codebook: readCodebookFolder(typeof flags.get("--codebook") === "string" ? resolve(flags.get("--codebook") as string) : DEFAULT_CODEBOOK),
    sourceLang: lang,
    sourceKind: sourceKindFlag(flags.get("--source-kind")),
    crlf,
    progress,
    map: typeof mapPath === "string" ? parseMapFile(new TextDecoder().decode(readInput(mapPath)), basename(mapPath)) : undefined,
    mapFile: typeof mapPath === "string" ? basename(mapPath) : undefined,
    privateNames: typeof namesPath === "string" ? readFileSync(namesPath, "utf-8").split(/\r?\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#")) : undefined
  };
  const bytes = readInput(file);
  let input: ImportInput;
  if (/\.(qdpx|qde)$/i.test(file)) input = readQdpx(bytes, basename(file), options).input;
  else if (/\.csv$/i.test(file)) input = readCodingsCsv(bytes, basename(file), { sourcesDir: typeof flags.get("--sources") === "string" ? (flags.get("--sources") as string) : undefined, progress }).input;
  else throw new UsageError(`${file}: expected a .qdpx, .qde or .csv file`);
  progress(`mapping ${input.codes.length} codes and ${input.segments.length} segments to the codebook`);
  const built = buildStudy(input, options);
  if (input.findingsCsv) built.report.counts.findings = readStudyFindingsCount(input.findingsCsv);
  const report = reportMarkdown(built.report);
  for (const u of built.report.unmapped.filter((x) => x.selections > 0)) {
    io.err(`import: code "${u.code}" is not mapped (${u.selections} selection(s) go to excluded.csv): ${u.reason}`);
  }
  for (const e of built.report.excluded) io.err(`import: not a finding: ${e.ref}: ${e.reason}`);
  for (const n of built.report.notes) io.err(`import: note: ${n}`);
  progress(`validating and writing ${out}`);
  const result = writeStudyFolder(built, out, { force: flags.get("--force") === true, keepInvalid: flags.get("--keep-invalid") === true, report });
  printProblems(io, result.problems);
  if (!result.written) {
    io.err(`import: ${result.problems.length} problem(s); nothing was written${result.problems.some((p) => p.field !== "--out") ? " (fix them in your tool or files and import again, or pass --keep-invalid to write the folder and fix it by hand)" : ""}`);
    return 1;
  }
  const c = built.report.counts;
  io.err(`import: wrote ${out}: ${c.findings} findings, ${c.recommendations} recommendations, ${c.excluded} excluded; report in ${join(out, "import-report.md")}`);
  if (result.problems.length) {
    io.err(`import: the folder was written with ${result.problems.length} problem(s) (--keep-invalid); run validate after fixing them`);
    return 1;
  }
  return 0;
}

function readStudyFindingsCount(csv: string): number {
  return Math.max(0, csv.trim().split(/\r?\n/).length - 1);
}

function exportCommand(folder: string, flags: Map<string, string | true>, io: Io): number {
  const out = flags.get("--out");
  if (typeof out !== "string") throw new UsageError("export needs --out <file.qdpx>");
  if (!/\.qdpx$/i.test(out)) throw new UsageError("--out must name a .qdpx file");
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folder} is not a folder`);
  io.err(`export: loading ${folder}`);
  const study = loadStudy(folder);
  io.err(`export: writing ${study.findings.length} findings, ${study.recommendations.length} recommendations and ${study.excluded.length} excluded segments`);
  const result = exportStudy(study, folder);
  const bytes = qdpxBytes(result);
  writeAtomically(out, bytes);
  const c = result.counts;
  io.err(`export: wrote ${out} (${bytes.length} bytes): ${c.codes} codes, ${c.sources} sources, ${c.selections} selections, ${c.codings} codings, ${c.notes} notes`);
  return 0;
}

/** Writes `contents` beside `out`, then renames it into place: a failed write leaves nothing. */
function writeAtomically(out: string, contents: string | Uint8Array): void {
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

function agreeCommand(files: string[], flags: Map<string, string | true>, io: Io): number {
  for (const f of flags.keys()) if (!["--out", "--coders", "--crlf"].includes(f)) throw new UsageError(`agree does not take ${f}`);
  const out = flags.get("--out");
  if (typeof out === "string" && !/\.(md|csv)$/i.test(out)) throw new UsageError("--out must name a .md or .csv file");
  if (typeof out === "string" && !existsSync(dirname(resolve(out)))) throw new UsageError(`--out: the folder ${dirname(out)} does not exist`);
  const coders = flags.get("--coders");
  const chosen = typeof coders === "string" ? coders.split(",").map((s) => s.trim()) : undefined;
  if (chosen && (chosen.length !== 2 || chosen.some((s) => !s))) throw new UsageError("--coders takes two names separated by a comma: --coders <nameA>,<nameB>");
  const crlf = flags.get("--crlf") ?? "auto";
  if (crlf !== "auto" && crlf !== "one" && crlf !== "two") throw new UsageError("--crlf is auto, one or two");
  for (const f of files) if (!/\.(qdpx|qde)$/i.test(f)) throw new UsageError(`${f}: expected a .qdpx or .qde file`);
  const projects = files.map((f) => {
    io.err(`agree: reading ${f}`);
    return readAgreeProject(readInput(f), basename(f), crlf);
  });
  const pair = projects.length === 1 ? codersInOne(projects[0]!, chosen as [string, string] | undefined) : codersInTwo(projects[0]!, projects[1]!, chosen as [string, string] | undefined);
  const codings = (n: number) => `${n} coding${n === 1 ? "" : "s"}`;
  io.err(`agree: comparing ${pair[0].label} (${codings(pair[0].codings.length)}) with ${pair[1].label} (${codings(pair[1].codings.length)})`);
  const comparison = compareCoders(...pair);
  for (const line of renderConsole(comparison)) io.out(line);
  if (typeof out === "string") {
    writeAtomically(out, /\.csv$/i.test(out) ? renderCsv(comparison) : renderMarkdown(comparison));
    io.err(`agree: wrote ${out}`);
  }
  return 0;
}

export function main(argv: string[], io: Io = consoleIo): number {
  try {
    const [command, ...rest] = argv;
    const { positional, flags } = parseArgs(rest);
    if (command === "validate" && positional.length === 1 && flags.size === 0) return validate(positional[0]!, io);
    if (command === "import" && positional.length === 1) return importCommand(positional[0]!, flags, io);
    if (command === "export" && positional.length === 1) return exportCommand(positional[0]!, flags, io);
    if (command === "agree" && (positional.length === 1 || positional.length === 2)) return agreeCommand(positional, flags, io);
    throw new UsageError(command ? `cannot run "${argv.join(" ")}"` : "no command given");
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`study: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ImportError || error instanceof DataError) {
      printProblems(io, error.problems);
      io.err(`study: ${error.problems.length} problem(s); nothing was written`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
