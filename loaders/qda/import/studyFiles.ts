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
import type { CaseTables } from "./cases.js";
import type { CodebookFiles } from "./codebook.js";
import { slug } from "./names.js";
import { defaultStudyJson, PROSE_README } from "../../study/defaults.js";
import type { BuildOptions, ImportInput } from "./types.js";

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Relative path → contents of every file of the imported study. */
export function studyFiles(
  input: ImportInput,
  codebookTexts: Record<string, string>,
  rows: ImportedRows,
  options: Pick<BuildOptions, "privateNames" | "sourceKind"> & { codebook: Pick<CodebookFiles, "framework" | "frameworkAsset"> },
  cases?: CaseTables
): Record<string, string | Uint8Array> {
  const T = STUDY_TABLES;
  const files: Record<string, string | Uint8Array> = {};
  for (const [k, v] of Object.entries(codebookTexts)) files[k] = v;
  // The files our own export carries (the codebook's tables are the codebook's, above).
  for (const f of CARRIED_FILES) if (input.carried[f] !== undefined) files[f] ??= input.carried[f];
  files["findings.csv"] = input.findingsCsv ?? toCsv(rows.findings, T.findings.columns);
  files["recommendations.csv"] = toCsv(rows.recommendations, T.recommendations.columns);
  files["excluded.csv"] = toCsv(rows.excluded, T.excluded.columns);
  files["actors.csv"] ??= toCsv([], T.actors.columns);
  files["channels.csv"] ??= toCsv([], T.channels.columns);
  if (cases) {
    files["cases.csv"] = toCsv(cases.cases, T.cases.columns);
    files["case-sources.csv"] = toCsv(cases.caseSources, T.caseSources.columns);
    files["variables.csv"] = toCsv(cases.variables, T.variables.columns);
    files["case-values.csv"] = toCsv(cases.caseValues, T.caseValues.columns);
  }
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
  if (files["study.json"] === undefined) {
    // The study's own words: defaults and "fill this in" notes (loaders/study/defaults.ts).
    files["study.json"] = JSON.stringify(
      defaultStudyJson({
        id: slug(input.projectName, "imported-study"),
        projectName: input.projectName,
        imported: { inputName: input.inputName, tool: input.tool },
        sources: input.sources,
        framework: options.codebook.framework,
        frameworkAsset: options.codebook.frameworkAsset,
        sourceKind: options.sourceKind
      }),
      null,
      2
    ) + "\n";
    files["prose/README.md"] = PROSE_README;
  }
  return files;
}
