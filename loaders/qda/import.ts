/**
 * Turns codings from a QDA tool into a study folder (docs/study-format.md). The steps live in
 * loaders/qda/import/:
 *
 * - a tool reader makes an `ImportInput` (types.ts): source texts, codes and coded segments with
 *   offsets already in our terms (code points into the source file as written), and the tool's
 *   cases and variables — `readQdpx` (qdpx.ts, cases by qdpxCases.ts) for REFI-QDA projects,
 *   `readCodingsCsv` (../csv-import.ts, its steps in ../csv/) for CSV exports;
 * - the caller reads the codebook (`readCodebookFolder`, codebook.ts: the framework's, by default);
 * - `buildStudy` (build.ts, pure) maps codes to the codebook (mapCodes.ts), makes the tables
 *   (buildTables.ts, and the case tables in cases.ts) and the folder's files (studyFiles.ts), and
 *   reports everything it mapped, excluded and why, and where each row came from (report.ts);
 * - `writeStudyFolder` (write.ts) writes the result atomically after validating it with checkStudy.
 */
export { buildStudy } from "./import/build.js";
export { readCodebookFolder, type CodebookFiles } from "./import/codebook.js";
export { nameKey, parseMapFile } from "./import/mapCodes.js";
export { sourceFileName } from "./import/names.js";
export { decodeSource, readQdpx } from "./import/qdpx.js";
export { reportMarkdown } from "./import/report.js";
export {
  ImportError,
  TRANSLATION_PENDING,
  type BuildOptions,
  type BuiltStudy,
  type CodeInfo,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
  type ImportSource,
  type MapEntry,
  type ReadOptions,
  type Segment,
  type Target
} from "./import/types.js";
export { writeStudyFolder, type WriteResult } from "./import/write.js";
