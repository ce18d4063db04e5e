/**
 * The study.json a new study starts with, when `import` finds none in the export and when `init`
 * makes an empty study: every field present, the study's own words as placeholders that
 * `validate` flags (`[fill in] …`, loaders/study/placeholders.ts), unknowns `null`, and the
 * codebook's framework (its citation and ISBN; the framework asset's note too, never another
 * study's notes). And prose/README.md explaining the optional prose files. Nothing here names any
 * study: a student's words replace these.
 */
import type { SourceKind } from "../../src/shared/i18n/index.js";
import { PROSE_NAMES } from "../../src/shared/prose.js";
import { placeholder } from "./placeholders.js";

export interface StudyDefaultsInput {
  id: string;
  /** The project's name in the tool (a hint in the title placeholders), if any. */
  projectName?: string;
  /** Where the codings come from (`import`): the input file and the tool. */
  imported?: { inputName: string; tool: string };
  sources: readonly { file: string; title: string; short?: string; provenance: string }[];
  /** The codebook's framework (`CodebookFiles.framework`), if any. */
  framework?: unknown;
  /** Whether `framework` is the framework's own asset (framework.json): its note is copied too. */
  frameworkAsset?: boolean;
  sourceKind?: SourceKind;
}

/** The framework's citation and ISBN, and the asset's note: notes of another study belong to the study that wrote them. */
export function frameworkOf(framework: unknown, asset = false): Record<string, string | null> {
  const f = (framework ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof f[k] === "string" && f[k] ? (f[k] as string) : undefined);
  return {
    citation: text("citation") ?? placeholder("the citation of the codebook's framework"),
    isbn: text("isbn") ?? null,
    ...(asset ? { note_en: text("note_en") ?? null, note_id: text("note_id") ?? null } : {})
  };
}

export function defaultStudyJson(input: StudyDefaultsInput): Record<string, unknown> {
  const kind = input.sourceKind;
  const project = input.projectName ? ` (project: "${input.projectName}")` : "";
  const proyek = input.projectName ? ` (nama proyek: "${input.projectName}")` : "";
  const from = input.imported;
  return {
    id: input.id,
    site: {
      title_id: placeholder("nama situs dalam bahasa Indonesia"),
      title_en: placeholder("the site's name in English"),
      short_name: placeholder("a short name for the sidebar"),
      overview_title_id: null,
      overview_title_en: null,
      brief_title_id: null,
      brief_title_en: null
    },
    source_kind: kind ?? (from ? "documents" : null),
    title_id: placeholder(`judul penelitian sebagaimana tertulis di sumbernya${proyek}`),
    title_en: placeholder(`the study's title in English${project}`),
    place_id: placeholder("tempat penelitian, mis. Puskesmas X, Kelurahan Y, Kota Z"),
    place_en: placeholder("where the study was done, e.g. Puskesmas X, Kelurahan Y, Z City"),
    framework: frameworkOf(input.framework, input.frameworkAsset),
    coding_level_en: placeholder(`what was coded (interview transcripts, field notes, documents) and how${from ? ` (codings imported from ${from.tool}, ${from.inputName})` : ""}.`),
    coding_level_id: placeholder(`apa yang dikode (transkrip wawancara, catatan lapangan, dokumen) dan bagaimana caranya${from ? ` (pengodean diimpor dari ${from.tool}, ${from.inputName})` : ""}.`),
    author: null,
    year: null,
    institution: null,
    conclusion: null,
    sources: input.sources.map((s) => ({ file: s.file, title: s.title, ...(s.short ? { short: s.short } : {}), provenance: s.provenance }))
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
    `study.json: every field that starts with "[fill in]" waits for your study's own words (the site's name, the title, the place, what was coded); \`npm run study -- validate\` counts those left. Once your findings are coded, name in conclusion the findings that state your study's own conclusion (and its qualification, if it states one).`,
    "prose/: write the brief's opening (programme.id.md, programme.en.md) and key messages (key-messages.id.md, key-messages.en.md); see prose/README.md."
  ];
}
