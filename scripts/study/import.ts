/** `import <file.qdpx|file.qde|file.csv> --out <folder>`: a QDA export as a study folder (docs/bring-your-own-study.md). */
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { readCodingsCsv } from "../../loaders/qda/csv-import.js";
import { buildStudy, parseMapFile, readCodebookFolder, readQdpx, reportMarkdown, writeStudyFolder, type ImportInput, type ImportOptions } from "../../loaders/qda/import.js";
import { SOURCE_KINDS, type SourceKind } from "../../src/shared/i18n/index.js";
import { crlfOption, type Command, type Values } from "./command.js";
import { DEFAULT_CODEBOOK, printProblems, readInput, UsageError, type Io } from "./io.js";

export const importCommand: Command = {
  usage: `import <file.qdpx|file.qde|file.csv> --out <folder> [--map <code-map.csv>] [--codebook <folder>]
                  [--sources <folder>] [--lang id|en] [--crlf auto|one|two] [--private-names <file>] [--force] [--keep-invalid]
                  [--source-kind ${SOURCE_KINDS.join("|")}]`,
  options: {
    out: { type: "string" },
    map: { type: "string" },
    codebook: { type: "string" },
    sources: { type: "string" },
    lang: { type: "string" },
    crlf: { type: "string" },
    "private-names": { type: "string" },
    "source-kind": { type: "string" },
    force: { type: "boolean" },
    "keep-invalid": { type: "boolean" }
  },
  positionals: [1, 1],
  run([file], values, io) {
    return importFile(file!, values, io);
  }
};

/** `--source-kind thesis-chapter|interviews|field-notes|documents`: what was coded (study.json `source_kind`). */
export function sourceKindOption(value: unknown): SourceKind | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(SOURCE_KINDS as readonly string[]).includes(value)) throw new UsageError(`--source-kind is one of ${SOURCE_KINDS.join(", ")}`);
  return value as SourceKind;
}

function importFile(file: string, values: Values, io: Io): number {
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError("import needs --out <folder>");
  const lang = (values.lang as string | undefined) ?? "id";
  if (lang !== "id" && lang !== "en") throw new UsageError("--lang is id or en");
  const crlf = crlfOption(values.crlf);
  const sourceKind = sourceKindOption(values["source-kind"]);
  if (!/\.(qdpx|qde|csv)$/i.test(file)) throw new UsageError(`${file}: expected a .qdpx, .qde or .csv file`);
  const progress = (m: string) => io.err(`import: ${m}`);
  const mapPath = values.map as string | undefined;
  const namesPath = values["private-names"] as string | undefined;
  const options: ImportOptions = {
    codebook: readCodebookFolder(typeof values.codebook === "string" ? resolve(values.codebook) : DEFAULT_CODEBOOK),
    sourceLang: lang,
    sourceKind,
    crlf,
    progress,
    map: mapPath !== undefined ? parseMapFile(new TextDecoder().decode(readInput(mapPath)), basename(mapPath)) : undefined,
    mapFile: mapPath !== undefined ? basename(mapPath) : undefined,
    privateNames: namesPath !== undefined ? readFileSync(namesPath, "utf-8").split(/\r?\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#")) : undefined
  };
  const bytes = readInput(file);
  const input: ImportInput = /\.csv$/i.test(file)
    ? readCodingsCsv(bytes, basename(file), { sourcesDir: values.sources as string | undefined, progress }).input
    : readQdpx(bytes, basename(file), options).input;
  progress(`mapping ${input.codes.length} codes and ${input.segments.length} segments to the codebook`);
  const built = buildStudy(input, options);
  if (input.findingsCsv) built.report.counts.findings = Math.max(0, input.findingsCsv.trim().split(/\r?\n/).length - 1);
  const report = reportMarkdown(built.report);
  for (const u of built.report.unmapped.filter((x) => x.selections > 0)) {
    io.err(`import: code "${u.code}" is not mapped (${u.selections} selection(s) go to excluded.csv): ${u.reason}`);
  }
  for (const e of built.report.excluded) io.err(`import: not a finding: ${e.ref}: ${e.reason}`);
  for (const n of built.report.notes) io.err(`import: note: ${n}`);
  progress(`validating and writing ${out}`);
  const result = writeStudyFolder(built, out, { force: values.force === true, keepInvalid: values["keep-invalid"] === true, report });
  printProblems(io, result.problems);
  if (!result.written) {
    io.err(`import: ${result.problems.length} problem(s); nothing was written${result.problems.some((p) => p.field !== "--out") ? " (fix them in your tool or files and import again, or pass --keep-invalid to write the folder and fix it by hand)" : ""}`);
    return 1;
  }
  const c = built.report.counts;
  io.err(`import: wrote ${out}: ${c.findings} findings, ${c.recommendations} recommendations, ${c.excluded} excluded, ${c.cases} cases, ${c.variables} variables; report in ${join(out, "import-report.md")}`);
  if (result.problems.length) {
    io.err(`import: the folder was written with ${result.problems.length} problem(s) (--keep-invalid); run validate after fixing them`);
    return 1;
  }
  return 0;
}
