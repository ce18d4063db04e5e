/** `export <folder> --out <file.qdpx>`: a study as a REFI-QDA project that imports back unchanged. */
import { exportStudy, qdpxBytes } from "../../loaders/qda/export.js";
import { loadStudy } from "../../loaders/study/load.js";
import type { Command } from "./command.js";
import { outFile, requireFolder, UsageError, writeAtomically, type Io } from "./io.js";

export const exportCommand: Command = {
  usage: "export <folder> --out <file.qdpx>",
  options: { out: { type: "string" } },
  positionals: [1, 1],
  run([folder], values, io) {
    if (values.out === undefined) throw new UsageError("export needs --out <file.qdpx>");
    return exportFolder(folder!, outFile(values.out as string, /\.qdpx$/i, ".qdpx")!, io);
  }
};

function exportFolder(folder: string, out: string, io: Io): number {
  requireFolder(folder);
  io.err(`export: loading ${folder}`);
  const study = loadStudy(folder);
  io.err(`export: writing ${study.findings.length} findings, ${study.recommendations.length} recommendations and ${study.excluded.length} excluded segments`);
  const result = exportStudy(study, folder);
  const bytes = qdpxBytes(result);
  writeAtomically(out, bytes);
  const c = result.counts;
  io.err(`export: wrote ${out} (${bytes.length} bytes): ${c.codes} codes, ${c.sources} sources, ${c.selections} selections, ${c.codings} codings, ${c.notes} notes, ${c.cases} cases, ${c.variables} variables`);
  return 0;
}
