/** The importer's data: what a tool reader produces (`ImportInput`), the options, the report and the result. */
import type { SourceKind } from "../../../src/shared/i18n/index.js";
import { DataError } from "../../errors.js";
import type { Valence } from "../../study/schema.js";
import type { VariableType } from "../../study/variables.js";
import type { CrlfMode } from "../text.js";
import type { ZipLimits } from "../zip.js";
import type { CodebookFiles } from "./codebook.js";

export { TRANSLATION_PENDING } from "../../../src/shared/model/vocab.js";

/** Problems with an import's input; the project's one located error type. */
export class ImportError extends DataError {
  override name = "ImportError";
}

/** A code as the tool names it. `key` identifies it within the input (a GUID key, or a path). */
export interface CodeInfo {
  key: string;
  name: string;
  path: string[];
  guid?: string;
  isCodable: boolean;
  /** The key of the parent code, if any. */
  parent?: string;
}

/** A coded (or uncoded) span of a source, in our offsets. */
export interface Segment {
  /** Where it came from in the tool (a selection GUID, `file.csv:line (highlight 2)`): listed in the import report, never a locator. */
  ref: string;
  source: string;
  start: number;
  end: number;
  codes: string[];
  name?: string;
  description?: string;
}

export interface ImportSource {
  /** File name under source/. */
  file: string;
  title: string;
  /** A short name for locators ("I-01 kader, ¶3"): the document's name without its extension. */
  short?: string;
  provenance: string;
  /** The file's bytes as they will be written (verbatim from the export). */
  bytes: Uint8Array;
  /** The decoded text (BOM dropped), which offsets count into. */
  text: string;
}

/** A variable of the tool's cases, typed as REFI-QDA types it (for a CSV: inferred from its values). */
export interface ImportVariable {
  name: string;
  type: VariableType;
  description?: string;
  /** Where it came from, for messages. */
  ref: string;
}

/** A case as the tool defines it, in our terms. */
export interface ImportCase {
  /** The id our own export gave it (its description block), else one is made from the name. */
  id?: string;
  name: string;
  description?: string;
  /** Sources (file names under source/) the case covers whole. */
  sources: string[];
  /** Selections the case covers, in our offsets. */
  selections: { source: string; start: number; end: number }[];
  /** Values by variable name (a missing value has no entry), as the variable's type reads them. */
  values: { variable: string; value: string }[];
  /** Where it came from, for messages (`case <GUID> (project.qde:12)`). */
  ref: string;
}

export interface ImportInput {
  tool: string;
  inputName: string;
  projectName: string;
  sources: ImportSource[];
  codes: CodeInfo[];
  segments: Segment[];
  /** Study files carried by our own export (relative path → text). */
  carried: Record<string, string>;
  /** Facts about the input for the report (counts, line-end decisions…). */
  facts: string[];
  /** Segments or parts the reader could not use, with the reason. */
  skipped: { ref: string; reason: string }[];
  /** A findings table given whole (our own CSV format): written as is, instead of building one from segments. */
  findingsCsv?: string;
  /** The tool's cases and their variables (none when it has none). */
  cases?: ImportCase[];
  variables?: ImportVariable[];
}

export interface MapEntry {
  line: number;
  code: string;
  target: string;
  reason?: string;
}


/** How codes are mapped and tables made (`buildStudy`). */
export interface BuildOptions {
  /** The codebook's files (`readCodebookFolder`), used unless the import carries its own. */
  codebook: CodebookFiles;
  map?: MapEntry[];
  /** The mapping file's name, for messages. */
  mapFile?: string;
  /** The language of the coded texts: "en" fills text_en with the verbatim text; otherwise it is marked pending. */
  sourceLang?: "id" | "en";
  privateNames?: string[];
  /** What was coded (study.json `source_kind`) when the import writes study.json. */
  sourceKind?: SourceKind;
}

/** How an export is read (`readQdpx`). */
export interface ReadOptions {
  crlf?: "auto" | CrlfMode;
  progress?: (message: string) => void;
  limits?: Partial<ZipLimits>;
}

export type ImportOptions = BuildOptions & ReadOptions;

export type Target =
  | { kind: "dimension"; id: string }
  | { kind: "subcode"; id: string; dimension: string }
  | { kind: "stage"; id: string }
  | { kind: "actor"; id: string }
  | { kind: "valence"; id: Valence }
  | { kind: "recommendation"; id: "recommendation" }
  | { kind: "excluded"; id: string };

export interface ImportReport {
  tool: string;
  input: string;
  facts: string[];
  mapped: { code: string; target: Target; how: string }[];
  unmapped: { code: string; selections: number; reason: string }[];
  excluded: { ref: string; reason: string }[];
  counts: { findings: number; recommendations: number; excluded: number; pendingTranslations: number; defaultValence: number; cases: number; variables: number };
  notes: string[];
  /** Where each imported row comes from in the tool (`findings.csv F01` → `selection <GUID> (project.qde:12)`). */
  provenance: { row: string; ref: string }[];
}

export interface BuiltStudy {
  /** Relative path → contents. */
  files: Record<string, string | Uint8Array>;
  report: ImportReport;
  /** `findings.csv:<line>` → the segment it came from (for messages). */
  origins: Map<string, string>;
}
