/**
 * Codings exported as CSV, read into an ImportInput (see import.ts). Three shapes are recognised
 * by their header:
 * - Taguette's highlights export: `id,document,tag,content` (one row per highlight and tag; an
 *   untagged highlight has an empty tag; `content` is the highlight as plain text);
 * - QualCoder's coding report: a UTF-8 BOM, `File` (or `Case`,`Filename`), `Coder`, `Coded`, `Id`,
 *   `Codename`, `Coded_Memo`, then one `Category` column per level above the code (nearest first),
 *   then optional `FileVar_…`/`CaseVar_…` columns: its cases and variables are read by csv/cases.ts;
 * - our own format: a findings.csv-shaped file (docs/study-format.md), with its locators (csv/own.ts).
 *
 * Neither Taguette's nor QualCoder's CSV carries positions or the documents' text. With
 * `sourcesDir`, each coded text is found in its document (exactly, else with whitespace folded)
 * and located there (csv/locate.ts). A document not found there is replaced by an excerpts file
 * compiled from its coded texts, labelled as such in SOURCE.md and study.json: the study stays
 * valid and honest about what its source is.
 */
import { basename } from "node:path";
import { STUDY_TABLES } from "../study/schema.js";
import { csvCases, type CaseRow } from "./csv/cases.js";
import { placePassages, type Passage } from "./csv/locate.js";
import { readOwn, type SourcesOption } from "./csv/own.js";
import { decodeCsv, records } from "./csv/records.js";
import { ImportError, type CodeInfo, type ImportInput } from "./import.js";
import { collapse } from "./text.js";

export type CsvFormat = "taguette" | "qualcoder" | "own";

export interface CsvImportOptions extends SourcesOption {
  progress?: (message: string) => void;
}

interface Highlight {
  line: number;
  ref: string;
  document: string;
  caseName?: string;
  text: string;
  codes: string[];
  memo?: string;
  cells: readonly string[];
}

/** Which export a header row belongs to, or undefined. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | undefined {
  const h = header.map((c) => c.trim());
  if (h.join(",") === "id,document,tag,content") return "taguette";
  if ((h[0] === "File" || h[0] === "Case" || h[0] === "File/case") && h.includes("Coded") && h.includes("Codename")) return "qualcoder";
  const own: readonly string[] = STUDY_TABLES.findings.columns;
  if (h.length === own.length && own.every((c) => h.includes(c))) return "own";
  return undefined;
}

/** Reads a CSV export into an ImportInput. */
export function readCodingsCsv(bytes: Uint8Array, inputName: string, options: CsvImportOptions = {}): { input: ImportInput; format: CsvFormat } {
  const progress = options.progress ?? (() => undefined);
  const file = basename(inputName);
  const text = decodeCsv(bytes, file);
  const { header, rows } = records(text, file);
  const format = detectCsvFormat(header);
  if (!format) {
    throw new ImportError([{ file, line: 1, field: "header", message: `not a recognised export (expected Taguette's id,document,tag,content; QualCoder's coding report with File/Case, Coded, Codename; or a findings.csv); got ${header.join(",")}` }]);
  }
  progress(`reading ${file} as ${format === "own" ? "a findings table" : format === "taguette" ? "a Taguette highlights export" : "a QualCoder coding report"} (${rows.length} rows)`);
  const tool = format === "taguette" ? "Taguette (highlights CSV)" : format === "qualcoder" ? "QualCoder (coding report CSV)" : "a findings table (this site's format)";
  const skipped: ImportInput["skipped"] = [];

  if (format === "own") return { format, input: readOwn(text, file, tool, options) };

  // Highlights with their codes.
  const codes = new Map<string, CodeInfo>();
  const addCode = (path: string[]): string => {
    let parent: string | undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path.slice(0, i + 1).join("/");
      if (!codes.has(key)) codes.set(key, { key, name: path[i]!, path: path.slice(0, i + 1), isCodable: i === path.length - 1, parent });
      else if (i === path.length - 1) codes.get(key)!.isCodable = true;
      parent = key;
    }
    return path.join("/");
  };
  const highlights: Highlight[] = [];
  const col = (name: string) => header.indexOf(name);
  for (const { line, cells } of rows) {
    if (format === "taguette") {
      const [id = "", document = "", tag = "", content = ""] = cells;
      const key = tag.trim() ? addCode([tag.trim()]) : undefined;
      highlights.push({ line, ref: `${file}:${line} (highlight ${id})`, document, text: content, codes: key ? [key] : [], cells });
    } else {
      const get = (name: string) => (col(name) >= 0 ? cells[col(name)] ?? "" : "");
      const byCase = header[0] === "Case";
      const document = byCase ? get("Filename") : cells[0] ?? "";
      const id = get("Id");
      if (!id.startsWith("ctid:")) {
        skipped.push({ ref: `${file}:${line}`, reason: `not a text coding (${id || get("Coded")}): images and audio/video are not imported` });
        continue;
      }
      const categories = header.map((h, i) => (h === "Category" ? cells[i] ?? "" : "")).filter((c) => c.trim() !== "");
      const path = [...categories.reverse(), get("Codename")].map((s) => s.trim()).filter(Boolean);
      const key = path.length ? addCode(path) : undefined;
      highlights.push({ line, ref: `${file}:${line} (${id})`, document, caseName: byCase ? get("Case") : undefined, text: get("Coded"), codes: key ? [key] : [], memo: get("Coded_Memo") || undefined, cells });
    }
  }

  // One passage per distinct text in a document; its codes are the union of its rows' codes.
  const passages = new Map<string, Passage>();
  const passageOf = (h: Highlight) => `${h.document}\u0000${collapse(h.text)}`;
  for (const h of highlights) {
    const key = passageOf(h);
    const g = passages.get(key);
    if (g) {
      for (const c of h.codes) if (!g.codes.includes(c)) g.codes.push(c);
      g.refs.push(h.ref);
      if (h.memo && !g.memo) g.memo = h.memo;
    } else passages.set(key, { key, document: h.document, text: h.text, codes: [...h.codes], memo: h.memo, refs: [h.ref] });
  }
  const byDocument = new Map<string, Passage[]>();
  for (const g of passages.values()) {
    if (!collapse(g.text)) {
      skipped.push({ ref: g.refs[0]!, reason: "the highlight holds no text" });
      continue;
    }
    byDocument.set(g.document, [...(byDocument.get(g.document) ?? []), g]);
  }

  const placed = placePassages(byDocument, file, tool, options.sourcesDir);
  if (!placed.sources.length) throw new ImportError([{ file, line: 1, field: "file", message: "no coded text to import" }]);
  skipped.push(...placed.skipped);
  const caseRows: CaseRow[] = highlights.map((h) => ({ line: h.line, caseName: h.caseName, document: h.document, cells: h.cells, passage: passageOf(h) }));
  const cases = format === "qualcoder" ? csvCases({ file, header, rows: caseRows, spans: placed.spans, files: placed.files }) : undefined;
  if (cases?.problems.length) throw new ImportError(cases.problems);
  const facts = [`${highlights.length} coded rows, ${passages.size} distinct passages, ${byDocument.size} documents, ${codes.size} codes`, ...placed.facts, ...(cases?.facts ?? [])];
  return {
    format,
    input: {
      tool,
      inputName: file,
      projectName: file.replace(/\.csv$/i, ""),
      sources: placed.sources,
      codes: [...codes.values()],
      segments: placed.segments,
      carried: {},
      facts,
      skipped,
      cases: cases?.cases,
      variables: cases?.variables
    }
  };
}
