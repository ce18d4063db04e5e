/**
 * The files of an imported study folder: the codebook, the files our own export carries, the
 * tables (headers from the registry in loaders/study/schema.ts), the sources byte for byte with
 * a SOURCE.md, and a study.json to complete when the export carries none.
 */
import { createHash } from "node:crypto";
import { toCsv } from "../../../src/shared/csv.js";
import { STUDY_TABLES } from "../../study/schema.js";
import { CARRIED_FILES } from "../export.js";
import type { ImportedRows } from "./buildTables.js";
import type { CodebookFiles } from "./codebook.js";
import { slug } from "./names.js";
import type { BuildOptions, ImportInput } from "./types.js";

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Relative path → contents of every file of the imported study. */
export function studyFiles(
  input: ImportInput,
  codebookTexts: Record<string, string>,
  rows: ImportedRows,
  options: Pick<BuildOptions, "privateNames"> & { codebook: Pick<CodebookFiles, "framework"> }
): Record<string, string | Uint8Array> {
  const T = STUDY_TABLES;
  const files: Record<string, string | Uint8Array> = {};
  for (const [k, v] of Object.entries(codebookTexts)) files[k] = v;
  for (const f of CARRIED_FILES) if (input.carried[f] !== undefined && !f.startsWith("codebook/")) files[f] = input.carried[f];
  files["findings.csv"] = input.findingsCsv ?? toCsv(rows.findings, T.findings.columns);
  files["recommendations.csv"] = toCsv(rows.recommendations, T.recommendations.columns);
  files["excluded.csv"] = toCsv(rows.excluded, T.excluded.columns);
  files["actors.csv"] ??= toCsv([], T.actors.columns);
  files["channels.csv"] ??= toCsv([], T.channels.columns);
  if (options.privateNames?.length) files["private-names.txt"] = options.privateNames.join("\n") + "\n";
  for (const s of input.sources) files[`source/${s.file}`] = s.bytes;
  files["source/SOURCE.md"] ??= [
    "# Sources",
    "",
    `Imported by \`npm run study -- import\` from \`${input.inputName}\` (${input.tool}). Each file is the coded text as the export`,
    "holds it, byte for byte; the locators in the tables are offsets in Unicode code points into these files.",
    "",
    ...input.sources.map((s) => `- \`${s.file}\`: ${s.provenance} (${Array.from(s.text).length} code points; SHA-256 \`${sha256(s.bytes)}\`)`),
    ""
  ].join("\n");
  files["study.json"] ??= JSON.stringify(
    {
      id: slug(input.projectName, "imported-study"),
      title_id: input.projectName || input.inputName,
      title_en: input.projectName || input.inputName,
      place_id: "(belum diisi: tulis tempat studi di study.json)",
      place_en: "(not stated in the export: write the study's place in study.json)",
      framework: options.codebook.framework ?? { citation: "(the codebook's framework: write its citation in study.json)", isbn: null },
      coding_level_en: `Codings imported from ${input.tool} (${input.inputName}). What was coded (transcripts, field notes, a thesis chapter) is not stated in the export: describe it here.`,
      coding_level_id: `Pengodean diimpor dari ${input.tool} (${input.inputName}). Apa yang dikode (transkrip, catatan lapangan, bab tesis) tidak disebut dalam ekspor: jelaskan di sini.`,
      author: null,
      year: null,
      institution: null,
      sources: input.sources.map((s) => ({ file: s.file, title: s.title, provenance: s.provenance }))
    },
    null,
    2
  ) + "\n";
  return files;
}
