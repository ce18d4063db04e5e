/**
 * What `import` writes for the study's own words when the export carries none: study.json with
 * the site's name, what was coded (`source_kind`), the codebook's framework citation (never
 * another study's notes on it) and "fill this in" placeholders; and prose/README.md explaining
 * the optional prose files. Nothing here names any study: a student's words replace these.
 */
import { sourceWords, type SourceKind } from "../../src/shared/i18n/index.js";
import { PROSE_NAMES } from "../../src/shared/prose.js";

export interface StudyDefaultsInput {
  id: string;
  projectName: string;
  inputName: string;
  tool: string;
  sources: readonly { file: string; title: string; provenance: string }[];
  /** The codebook's framework (from the study.json beside the codebook), if any. */
  framework?: unknown;
  sourceKind?: SourceKind;
}

/** The framework's citation and ISBN only: notes belong to the study that wrote them. */
export function frameworkOf(framework: unknown): { citation: string; isbn: string | null } {
  const f = (framework ?? {}) as { citation?: unknown; isbn?: unknown };
  return {
    citation: typeof f.citation === "string" && f.citation ? f.citation : "(the codebook's framework: write its citation in study.json)",
    isbn: typeof f.isbn === "string" ? f.isbn : null
  };
}

export function defaultStudyJson(input: StudyDefaultsInput): Record<string, unknown> {
  const kind = input.sourceKind ?? "documents";
  const title = input.projectName || input.inputName;
  return {
    id: input.id,
    site: { title_id: title, title_en: title, short_name: title.slice(0, 40) },
    source_kind: kind,
    title_id: title,
    title_en: title,
    place_id: "(belum diisi: tulis tempat studi di study.json)",
    place_en: "(not stated in the export: write the study's place in study.json)",
    framework: frameworkOf(input.framework),
    coding_level_en: `Codings of ${sourceWords("en", kind).coded}, imported from ${input.tool} (${input.inputName}). Describe here what was coded and how.`,
    coding_level_id: `Pengodean ${sourceWords("id", kind).coded}, diimpor dari ${input.tool} (${input.inputName}). Jelaskan di sini apa yang dikode dan bagaimana.`,
    author: null,
    year: null,
    institution: null,
    sources: input.sources.map((s) => ({ file: s.file, title: s.title, provenance: s.provenance }))
  };
}

/** prose/README.md: how to give the brief its lede and key messages (the site shows none until then). */
export const PROSE_README = `# Prose of this study (optional)

Write each text in both languages, as \`<name>.id.md\` and \`<name>.en.md\` in this folder.
Paragraphs are separated by a blank line; lines starting with "- " are list items; lines starting
with "#" are notes to yourself and are not shown. Nothing else is markup. Names:

${PROSE_NAMES.map((n) => `- \`${n}\``).join("\n")}

\`programme\` opens the policy brief (what the programme is; cite finding ids for what the study
says). \`key-messages\` is a list of the brief's key messages. \`recommendations-note\` explains how
you coded who acts in a recommendation. See docs/study-format.md.
`;

/** Report notes for the words the student still has to write. */
export function defaultNotes(sourceKind: SourceKind | undefined): string[] {
  return [
    ...(sourceKind ? [] : ['study.json: source_kind was set to "documents"; set it to what you coded (thesis-chapter, interviews, field-notes or documents), or import with --source-kind.']),
    "study.json: write the site's name (site.title_id, site.title_en, site.short_name); add central_problem (a finding id and a heading in both languages) if your study names one.",
    "prose/: write the brief's opening (programme.id.md, programme.en.md) and key messages (key-messages.id.md, key-messages.en.md); see prose/README.md."
  ];
}
