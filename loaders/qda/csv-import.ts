/**
 * Codings exported as CSV, read into an ImportInput (see import.ts). Three shapes are recognised
 * by their header:
 * - Taguette's highlights export: `id,document,tag,content` (one row per highlight and tag; an
 *   untagged highlight has an empty tag; `content` is the highlight as plain text);
 * - QualCoder's coding report: a UTF-8 BOM, `File` (or `Case`,`Filename`), `Coder`, `Coded`, `Id`,
 *   `Codename`, `Coded_Memo`, then one `Category` column per level above the code (nearest first),
 *   then optional `FileVar_…`/`CaseVar_…` columns;
 * - our own format: a findings.csv-shaped file (docs/study-format.md), with its locators.
 *
 * Neither Taguette's nor QualCoder's CSV carries positions or the documents' text. With
 * `sourcesDir`, each coded text is found in its document (exactly, else with whitespace folded)
 * and located there. A document not found there is replaced by an excerpts file compiled from its
 * coded texts, labelled as such in SOURCE.md and study.json: the study stays valid and honest
 * about what its source is.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse";
import type { Problem } from "../errors.js";
import { MAX_CSV_BYTES, parseCsv } from "../csv.js";
import { STUDY_TABLES } from "../study/schema.js";
import { decodeUtf8 } from "../utf8.js";
import { decodeSource, ImportError, sourceFileName, type CodeInfo, type ImportInput, type ImportSource, type Segment } from "./import.js";
import { collapse } from "./text.js";

export type CsvFormat = "taguette" | "qualcoder" | "own";

export interface CsvImportOptions {
  /** A folder with the documents' plain texts (`<document>` or `<document>.txt`). */
  sourcesDir?: string;
  progress?: (message: string) => void;
}

interface Highlight {
  line: number;
  ref: string;
  item: string;
  document: string;
  text: string;
  codes: string[];
  memo?: string;
}

/** Which export a header row belongs to, or undefined. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | undefined {
  const h = header.map((c) => c.trim());
  if (h.join(",") === "id,document,tag,content") return "taguette";
  if ((h[0] === "File" || h[0] === "Case") && h.includes("Coded") && h.includes("Codename")) return "qualcoder";
  const own: readonly string[] = STUDY_TABLES.findings.columns;
  if (h.length === own.length && own.every((c) => h.includes(c))) return "own";
  return undefined;
}

function decodeCsv(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportError([{ file, line: 1, field: "file", message: `the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MiB` }]);
  const decoded = decodeUtf8(bytes, file, "save or export the CSV as UTF-8");
  if ("problem" in decoded) throw new ImportError([decoded.problem]);
  return decoded.text;
}

function records(text: string, file: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  let parsed: { record: string[]; info: Info }[];
  try {
    parsed = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new ImportError([{ file, line: e.lines ?? 1, field: "csv", message: e.message }]);
  }
  const [first, ...rest] = parsed;
  if (!first) throw new ImportError([{ file, line: 1, field: "file", message: "the file is empty: expected a header row" }]);
  let previous = first.info.lines;
  const rows = rest.map(({ record, info }) => {
    const newlines = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = Math.max(previous + 1, info.lines - newlines);
    previous = info.lines;
    return { line, cells: record };
  });
  return { header: first.record.map((h) => h.replace(/^\uFEFF/, "")), rows };
}

/** Finds a document's text file in `dir`: exact name, name + .txt, or the name's stem + .txt, case-insensitively. */
function documentFile(dir: string, document: string): string | undefined {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  const stem = document.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  for (const want of [document, `${document}.txt`, `${stem}.txt`]) {
    const hit = names.find((n) => n === want) ?? names.find((n) => n.toLowerCase() === want.toLowerCase());
    if (hit) return join(dir, hit);
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every UTF-16 index at which `needle` stands in `hay`, exactly or with whitespace runs folded. */
function occurrences(hay: string, needle: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (let i = hay.indexOf(needle); needle && i >= 0; i = hay.indexOf(needle, i + 1)) out.push({ index: i, length: needle.length });
  if (out.length) return out;
  const words = collapse(needle).split(" ").filter(Boolean);
  if (!words.length) return out;
  const re = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  for (const m of hay.matchAll(re)) out.push({ index: m.index ?? 0, length: m[0].length });
  return out;
}

const cpLength = (s: string) => Array.from(s).length;

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
  const facts: string[] = [];
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
      highlights.push({ line, ref: `${file}:${line} (highlight ${id})`, item: `highlight ${id}`, document, text: content, codes: key ? [key] : [] });
    } else {
      const get = (name: string) => (col(name) >= 0 ? cells[col(name)] ?? "" : "");
      const document = header[0] === "Case" ? get("Filename") : get("File");
      const id = get("Id");
      if (!id.startsWith("ctid:")) {
        skipped.push({ ref: `${file}:${line}`, reason: `not a text coding (${id || get("Coded")}): images and audio/video are not imported` });
        continue;
      }
      const categories = header.map((h, i) => (h === "Category" ? cells[i] ?? "" : "")).filter((c) => c.trim() !== "");
      const path = [...categories.reverse(), get("Codename")].map((s) => s.trim()).filter(Boolean);
      const key = path.length ? addCode(path) : undefined;
      highlights.push({ line, ref: `${file}:${line} (${id})`, item: id, document, text: get("Coded"), codes: key ? [key] : [], memo: get("Coded_Memo") || undefined });
    }
  }
  if (header[0] === "Case") facts.push("rows are grouped by case; the case names are not copied into the study (informants appear only by pseudonymous ids)");
  const varColumns = header.filter((h) => /^(FileVar|CaseVar)_/.test(h));
  if (varColumns.length) facts.push(`${varColumns.length} variable column(s) not imported (${varColumns.join(", ")})`);

  // One segment per distinct text in a document; its codes are the union of its rows' codes.
  const groups = new Map<string, Highlight & { refs: string[] }>();
  for (const h of highlights) {
    const key = `${h.document}\u0000${collapse(h.text)}`;
    const g = groups.get(key);
    if (g) {
      for (const c of h.codes) if (!g.codes.includes(c)) g.codes.push(c);
      g.refs.push(h.ref);
      if (h.memo && !g.memo) g.memo = h.memo;
    } else groups.set(key, { ...h, codes: [...h.codes], refs: [h.ref] });
  }
  const byDocument = new Map<string, (Highlight & { refs: string[] })[]>();
  for (const g of groups.values()) {
    if (!collapse(g.text)) {
      skipped.push({ ref: g.ref, reason: "the highlight holds no text" });
      continue;
    }
    byDocument.set(g.document, [...(byDocument.get(g.document) ?? []), g]);
  }

  const sources: ImportSource[] = [];
  const segments: Segment[] = [];
  const taken = new Set<string>();
  const problems: Problem[] = [];
  for (const [document, list] of byDocument) {
    const path = options.sourcesDir && existsSync(options.sourcesDir) ? documentFile(options.sourcesDir, document) : undefined;
    if (path) {
      const raw = new Uint8Array(readFileSync(path));
      let text: string;
      try {
        text = decodeSource(raw, basename(path));
      } catch (error) {
        if (error instanceof ImportError) problems.push(...error.problems);
        continue;
      }
      const name = sourceFileName(document, taken);
      sources.push({ file: name, title: document, provenance: `Document "${document}" (${basename(path)}) coded in ${tool}; its coded passages are from ${file}.`, bytes: raw, text });
      const used = new Set<number>();
      // Code-point offset of every UTF-16 index (computed once per document).
      const cpAt = new Uint32Array(text.length + 1);
      for (let i = 0, cp = 0; i <= text.length; i++) {
        cpAt[i] = cp;
        const c = text.charCodeAt(i);
        if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
      }
      for (const g of list) {
        const found = occurrences(text, g.text);
        const pick = found.find((o) => !used.has(o.index)) ?? found[0];
        if (!pick) {
          skipped.push({ ref: g.refs.join(", "), reason: `its text was not found in ${basename(path)} (was the document changed after coding?)` });
          continue;
        }
        used.add(pick.index);
        if (found.length > 1) facts.push(`${g.ref}: the text stands ${found.length} times in "${document}"; occurrence ${found.indexOf(pick) + 1} was used`);
        const start = cpAt[pick.index]!;
        const end = cpAt[pick.index + pick.length]!;
        segments.push({ ref: g.refs.join(", "), item: g.item, source: name, start, end, codes: g.codes, description: g.memo });
      }
    } else {
      // No document text: an excerpts file compiled from the coded passages, said to be one.
      const name = sourceFileName(`${document}-excerpts`, taken);
      let body = "";
      for (const g of list) {
        const passage = g.text.replace(/\r\n?/g, "\n").trim();
        if (body) body += "\n\n";
        const start = cpLength(body);
        body += passage;
        segments.push({ ref: g.refs.join(", "), item: g.item, source: name, start, end: cpLength(body), codes: g.codes, description: g.memo });
      }
      body += "\n";
      const bytesOut = new TextEncoder().encode(body);
      sources.push({
        file: name,
        title: `${document} (coded excerpts only)`,
        provenance: `Not the document: the ${list.length} coded passages of "${document}" as ${file} gives them, one after another, separated by blank lines. The document's full text was not supplied (pass --sources <folder> to locate the passages in it).`,
        bytes: bytesOut,
        text: body
      });
      facts.push(`"${document}": full text not supplied; source/${name} holds its coded excerpts only`);
    }
  }
  if (problems.length) throw new ImportError(problems);
  if (!sources.length) throw new ImportError([{ file, line: 1, field: "file", message: "no coded text to import" }]);
  facts.unshift(`${highlights.length} coded rows, ${groups.size} distinct passages, ${byDocument.size} documents, ${codes.size} codes`);
  return {
    format,
    input: {
      tool,
      inputName: file,
      projectName: file.replace(/\.csv$/i, ""),
      sources,
      codes: [...codes.values()],
      segments,
      carried: {},
      facts,
      skipped
    }
  };
}

function readOwn(text: string, file: string, tool: string, options: CsvImportOptions): ImportInput {
  const parsed = parseCsv(text, "findings.csv", STUDY_TABLES.findings.schema);
  if (parsed.problems.length) throw new ImportError(parsed.problems.map((p) => ({ ...p, file })));
  const names = [...new Set(parsed.rows.map((r) => r.value.source))];
  const sources: ImportSource[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const path = options.sourcesDir ? join(options.sourcesDir, name) : undefined;
    if (!path || !existsSync(path)) {
      problems.push({ file, line: parsed.rows.find((r) => r.value.source === name)!.line, field: "source", message: `the source "${name}" is needed: pass --sources <folder> holding it` });
      continue;
    }
    const raw = new Uint8Array(readFileSync(path));
    try {
      sources.push({ file: name, title: name, provenance: `Copied from ${path} with the findings table ${file}.`, bytes: raw, text: decodeSource(raw, name) });
    } catch (error) {
      if (error instanceof ImportError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new ImportError(problems);
  return {
    tool,
    inputName: file,
    projectName: file.replace(/\.csv$/i, ""),
    sources,
    codes: [],
    segments: [],
    carried: {},
    facts: [`${parsed.rows.length} findings with their own locators, ${sources.length} source file(s)`],
    skipped: [],
    findingsCsv: text.replace(/^\uFEFF/, "")
  };
}
