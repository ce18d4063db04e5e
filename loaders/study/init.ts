/**
 * The files of a new, empty study (`npm run study -- init <folder>`): the framework's codebook,
 * a study.json with every field present (the study's own words as `[fill in] …` placeholders that
 * `validate` counts, unknowns null, no sources yet), every table with its header only, an empty
 * private-names.txt, and a README.md saying what to fill in. Pure: the caller writes them.
 * The folder validates as it is (with warnings for the placeholders).
 */
import type { SourceKind } from "../../src/shared/i18n/index.js";
import { defaultStudyJson, PROSE_README } from "./defaults.js";
import { PLACEHOLDER } from "./placeholders.js";
import { STUDY_FILES } from "./read.js";
import { STUDY_TABLES, type StudyTableName } from "./schema.js";

export interface NewStudyInput {
  /** The study's id (study.json `id`): letters, digits, - and _. */
  id: string;
  /** The codebook to copy: `codebook/<name>.csv` → text, and its framework. */
  codebook: { texts: Record<string, string>; framework?: unknown; frameworkAsset?: boolean };
  sourceKind?: SourceKind;
}

/** A study id from a folder's name: lower case, letters, digits and -, else "my-study". */
export function studyIdFrom(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "my-study"
  );
}

/** Relative path → contents of every file of the new study. */
export function newStudyFiles(input: NewStudyInput): Record<string, string> {
  const files: Record<string, string> = {};
  const meta = defaultStudyJson({ id: input.id, sources: [], framework: input.codebook.framework, frameworkAsset: input.codebook.frameworkAsset, sourceKind: input.sourceKind });
  files["study.json"] = JSON.stringify(meta, null, 2) + "\n";
  for (const [name, text] of Object.entries(input.codebook.texts)) files[name] = text;
  // Every table with its header only (the codebook's own tables come from the codebook).
  for (const [key, file] of Object.entries(STUDY_FILES) as [Exclude<StudyTableName, "participation">, string][]) {
    files[file] ??= STUDY_TABLES[key].columns.join(",") + "\n";
  }
  files["private-names.txt"] = "# Names that must never appear in the study's text, one per line (the privacy guard refuses them).\n# This file never leaves the study: export does not write it.\n";
  files["source/SOURCE.md"] = "# Sources\n\nCopy each coded text here, verbatim, as a UTF-8 .txt file, and say where it comes from.\n";
  files["prose/README.md"] = PROSE_README;
  files["README.md"] = README(input.id);
  return files;
}

const README = (id: string) => `# ${id}: a new study

Made by \`npm run study -- init\`. It validates as it is (\`npm run study -- validate <this folder>\`), with a
warning for each kind of placeholder still to fill in: every value that starts with \`${PLACEHOLDER}\`. The format of
every file is in docs/study-format.md; the walkthrough in docs/bring-your-own-study.md.

## What to fill in

1. **Your texts**: copy each coded text (interview transcript, field notes…) into \`source/\` as a UTF-8 \`.txt\` file,
   verbatim, and list it in \`study.json\` under \`sources\`. Use pseudonyms only (\`INF-01\`); list the real names you
   replaced in \`private-names.txt\`, so the privacy guard can check none is left.
2. **study.json**, field by field:
   - \`id\`: a short id for the study (letters, digits, \`-\`).
   - \`site\`: the site's name in Indonesian and English (\`title_id\`, \`title_en\`) and a short name for the sidebar
     (\`short_name\`); \`overview_title_*\` and \`brief_title_*\` are optional headings (null: the defaults).
   - \`source_kind\`: what you coded, \`interviews\`, \`field-notes\`, \`documents\` or \`thesis-chapter\` (null: documents).
   - \`title_id\`, \`title_en\`: the study's title as its source states it, and in English.
   - \`place_id\`, \`place_en\`: where the study was done.
   - \`framework\`: the codebook's framework (filled in from the codebook: its citation, ISBN and a note).
   - \`coding_level_id\`, \`coding_level_en\`: what was coded and how.
   - \`author\`, \`year\`, \`institution\`: as your source states them; leave \`null\` what it does not (shown as unknown).
   - \`conclusion\`: null, or \`{ "findings": [...], "qualification": [...] }\`: the ids of the findings that state your
     study's own overall conclusion, and of those that state its qualification (its "but …"), if it states one.
   - \`sources\`: one entry per file under \`source/\`: \`{ "file": "…", "title": "…", "short": "…", "provenance": "…" }\`.
3. **Your codings**: \`findings.csv\` (each coded segment with its locator and codes), and as you have them
   \`recommendations.csv\`, \`actors.csv\`, \`channels.csv\`, \`excluded.csv\`, \`assessments.csv\`, \`inferred.csv\`. Or import
   them from your QDA tool instead: \`npm run study -- import <export> --out <another folder>\`.
4. **Cases** (optional): \`cases.csv\` (each informant, site or document you compare, under a pseudonym),
   \`case-sources.csv\` (the sources or selections each covers), \`variables.csv\` (name, type, description) and
   \`case-values.csv\` (each case's values). Then \`npm run study -- matrix <this folder> --by <variable>\`.
5. **The codebook** (\`codebook/\`): the framework's seven dimensions and four stages, described neutrally. Add your
   sub-codes to \`codebook/subcodes.csv\` and, if you like, your own reading of each dimension to
   \`codebook/dimension-notes.csv\`.
6. **Prose** (optional): see \`prose/README.md\`.
`;
