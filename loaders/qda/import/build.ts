/** From an ImportInput to the files of a study folder and the report. */
import { buildRows } from "./buildTables.js";
import { caseTables } from "./cases.js";
import { parseCodebook } from "./codebook.js";
import { resolveCodes } from "./mapCodes.js";
import { importReport } from "./report.js";
import { studyFiles } from "./studyFiles.js";
import type { BuildOptions, BuiltStudy, ImportInput } from "./types.js";

/**
 * Maps codes, makes the study's tables and the report. Pure: reads and writes nothing (the caller
 * reads the codebook with `readCodebookFolder`; `writeStudyFolder` writes the result).
 */
export function buildStudy(input: ImportInput, options: BuildOptions): BuiltStudy {
  const book = parseCodebook(input.carried, options.codebook);
  const resolution = resolveCodes(input.codes, book, options.map, options.mapFile ?? "mapping file");
  const rows = buildRows(input, resolution, options);
  const cases = caseTables(input);
  const files = studyFiles(input, book.texts, rows, options, cases);
  const report = importReport(input, resolution, rows, options.sourceKind, cases);
  // Line numbers: one record per line (no text field holds a line break).
  const origins = new Map<string, string>();
  for (const [k, v] of [...rows.origins, ...(cases?.origins ?? [])]) {
    const [file, n] = k.split("#");
    origins.set(`${file}:${Number(n) + 1}`, v);
  }
  return { files, report, origins };
}
