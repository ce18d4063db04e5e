/** The importer's data: what a tool reader produces (`ImportInput`), the options, the report and the result. */
import type { SourceKind } from "../../../src/shared/i18n/index.js";
import { DataError } from "../../errors.js";
import type { Valence } from "../../study/schema.js";
import type { CrlfMode } from "../text.js";
import type { ZipLimits } from "../zip.js";
import type { CodebookFiles } from "./codebook.js";

export const TRANSLATION_PENDING = "[translation pending]";

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
  /** Where it came from: a selection GUID, or `file.csv:line`. */
  ref: string;
  /** A short human-readable id for `item` (GUID, highlight id…). */
  item: string;
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
  counts: { findings: number; recommendations: number; excluded: number; pendingTranslations: number; defaultValence: number };
  notes: string[];
}

export interface BuiltStudy {
  /** Relative path → contents. */
  files: Record<string, string | Uint8Array>;
  report: ImportReport;
  /** `findings.csv:<line>` → the segment it came from (for messages). */
  origins: Map<string, string>;
}
