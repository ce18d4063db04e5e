/**
 * Reading CSV tables with located errors: csv-parse for the syntax (with line numbers),
 * a zod object schema for each row, and the header checked against the schema's columns.
 * A column whose schema accepts `undefined` (`optionalColumn` in table.ts) may be left out of a
 * file: its cells are then absent from the rows (a column added to a table after studies were written).
 */
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse";
import { z } from "zod";
import { oneLine, type Problem } from "./errors.js";
import { rowCheck } from "./fields.js";
import { MAX_FILE_BYTES, readUtf8File } from "./utf8.js";

export interface Row<T> {
  /** The 1-based line on which the record starts. */
  line: number;
  value: T;
}

export interface CsvResult<T> {
  rows: Row<T>[];
  problems: Problem[];
}

type Shape = z.ZodRawShape;

/** Largest table we accept, to fail clearly instead of exhausting memory. */
export const MAX_CSV_BYTES = MAX_FILE_BYTES;

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const shown = typeof raw === "string" ? (raw.length > 60 ? `${raw.slice(0, 57)}…` : raw) : String(raw);
  return `${issue.message} (got ${JSON.stringify(shown)})`;
}

/**
 * Parses `text` (the contents of `file`) into rows typed by `schema`. Never throws for bad
 * input: every syntax, header and value problem is returned with its line and field.
 * Well-formed files are read by a fast path (`scanPlainCsv`, the fields' fast checks) that gives
 * the same rows; csv-parse and zod read and word everything else.
 */
export function parseCsv<S extends Shape>(
  text: string,
  file: string,
  schema: z.ZodObject<S>
): CsvResult<z.output<z.ZodObject<S>>> {
  const problems: Problem[] = [];
  const rows: Row<z.output<z.ZodObject<S>>>[] = [];
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) {
    return { rows, problems: [{ file, line: 1, field: "file", message: `file is larger than ${MAX_CSV_BYTES} bytes` }] };
  }
  if (text.includes("\u0000")) {
    const line = text.slice(0, text.indexOf("\u0000")).split("\n").length;
    problems.push({ file, line, field: "encoding", message: "text contains NUL bytes: it looks like UTF-16 (save the file as UTF-8)" });
    return { rows, problems };
  }
  if (text.includes("\uFFFD")) {
    const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
    problems.push({ file, line, field: "encoding", message: "text is not valid UTF-8 (save the file as UTF-8)" });
    return { rows, problems };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return { rows, problems: [{ file, line: 1, field: "file", message: "file is empty: expected a header row" }] };
  }
  const expected = Object.keys(schema.shape);
  // A column whose schema takes an absent value (`.optional()`) may be left out of the file: a
  // column added to a table later (excluded.csv's reason_id, channels.csv's tie) leaves older studies readable.
  const optional = new Set(expected.filter((k) => (schema.shape[k] as z.ZodType)._zod.optin === "optional"));
  const validate = (record: Record<string, string>, line: number) => {
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ line, value: result.data });
    } else {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "row");
        problems.push({ file, line, field, message: describeIssue(issue, record[field]) });
      }
    }
  };

  // Well-formed files take the fast path; anything else (or anything it is not sure of) is
  // parsed again by csv-parse, whose errors the messages below are written for. Rows the
  // fields' fast checks accept skip zod (same output); zod words every problem.
  const fastRow = rowCheck(schema);
  let header: string[] | undefined;
  let at: number[] = [];
  const fast = scanPlainCsv(text, (fields, line) => {
    if (!header) {
      if (headerProblems(fields, expected, file, optional).length || fields.includes("__proto__")) return false;
      header = [...fields];
      at = (fastRow?.keys ?? []).map((key) => header!.indexOf(key));
      return true;
    }
    if (fields.length !== header.length) return false;
    const value = fastRow?.check(fields, at);
    if (value) {
      rows.push({ line, value: value as z.output<z.ZodObject<S>> });
      return true;
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < fields.length; i++) record[header[i]!] = fields[i]!;
    validate(record, line);
    return true;
  });
  if (fast && header) return { rows, problems };
  rows.length = 0;
  problems.length = 0;

  let lastLine = 1;
  let records: { record: Record<string, string>; info: Info }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => {
        problems.push(...headerProblems(header, expected, file, optional));
        return header;
      },
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      on_record: (record: { record: Record<string, string>; info: Info }) => {
        lastLine = record.info.lines;
        return record;
      }
    }) as { record: Record<string, string>; info: Info }[];
  } catch (error) {
    const e = error as Error & { code?: string; lines?: number };
    const line = e.code === "CSV_QUOTE_NOT_CLOSED" ? lastLine + 1 : e.lines ?? lastLine;
    const message =
      e.code === "CSV_QUOTE_NOT_CLOSED"
        ? "a quoted field opened on this line is never closed (expected a closing double quote)"
        : e.code === "CSV_RECORD_INCONSISTENT_COLUMNS"
          ? `wrong number of fields: expected ${expected.length} (${e.message})`
          : e.code === "CSV_INVALID_CLOSING_QUOTE"
            ? `text follows a closing quote (expected a comma or a line end after it; write a quote inside a quoted field as "")`
            : e.code === "INVALID_OPENING_QUOTE"
              ? `a quote inside an unquoted field (expected the whole field in quotes, with inner quotes doubled)`
              : e.message;
    problems.push({ file, line, field: "csv", message });
    return { rows: [], problems };
  }
  if (problems.length) return { rows: [], problems };
  let previousEnd = 1;
  for (const { record, info } of records) {
    const end = info.lines;
    const newlines = Object.values(record).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = Math.max(previousEnd + 1, end - newlines);
    previousEnd = end;
    validate(record, line);
  }
  return { rows, problems };
}

/**
 * Reads the CSV file at `path` (named `file` in problems: the path inside its folder) into rows
 * typed by `schema`, decoded strictly as UTF-8 (loaders/utf8.ts). A missing file is a problem
 * unless `optional`. Never throws for bad input. The study, metrics and import readers all use it.
 */
export function readCsvFile<S extends Shape>(
  path: string,
  file: string,
  schema: z.ZodObject<S>,
  options: { optional?: boolean } = {}
): CsvResult<z.output<z.ZodObject<S>>> {
  const { text, problem } = readUtf8File(path, file, MAX_CSV_BYTES);
  if (problem) return { rows: [], problems: [problem] };
  if (text === undefined) return { rows: [], problems: options.optional ? [] : [{ file, line: 1, field: "file", message: "file is missing" }] };
  return parseCsv(text, file, schema);
}

/** Duplicate, unknown and missing columns of a header row (all reported on line 1); an `optional` column may be missing. */
function headerProblems(header: readonly string[], expected: readonly string[], file: string, optional: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // A quoted header cell may hold a line break, a colon or only spaces: quote it so the problem
  // stays one readable `file:line: field: message` line.
  const shown = (column: string) =>
    column === "" ? "(empty)" : /[\u0000-\u001f:]/.test(column) || column.trim() !== column ? `"${oneLine(column).replace(/:/g, "\\u003a")}"` : column;
  for (const column of header) {
    if (seen.has(column)) problems.push({ file, line: 1, field: shown(column), message: "duplicate column" });
    seen.add(column);
    if (!expected.includes(column)) {
      problems.push({ file, line: 1, field: shown(column), message: `unknown column (expected: ${expected.join(", ")})` });
    }
  }
  for (const column of expected) {
    if (!seen.has(column) && !optional.has(column)) problems.push({ file, line: 1, field: column, message: "missing column" });
  }
  return problems;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;

/**
 * A fast reader for the common case — `\n` line ends, fields either plain or wholly quoted
 * with inner quotes doubled — that calls `onRecord` with each record's fields and the line it
 * starts on, skipping empty lines, exactly as csv-parse does with the options used above.
 * The fields array is reused from record to record: copy it to keep it.
 * It gives up (returns false) at anything else: a carriage return anywhere, a quote inside a
 * plain field, text after a closing quote, an unclosed quote, or `onRecord` returning false.
 * Giving up is never an error: the caller then parses the same text with csv-parse.
 * (tests/csv.test.ts checks both readers against each other on generated files.)
 *
 * Why a second reader in front of csv-parse: measured with the loader part of `npm run bench`
 * (bench/loader.ts: 1 M synthetic segments, 415 MB in 7 files; CPU time of the loader process,
 * two runs each, Node 20 on 2 shared cores), reading with this fast path takes 7.8–7.9 s
 * (peak RSS 1.40 GB); csv-parse for every file, with the fields' fast checks, 30.8–31.4 s (about 4×,
 * 1.55 GB); csv-parse and zod alone 45.0–47.3 s (about 6×, 2.0 GB). csv-parse alone spends about
 * 7 s on each 62 MB shard, whatever its options (`info`, `columns`, arrays).
 */
export function scanPlainCsv(input: string, onRecord: (fields: string[], line: number) => boolean): boolean {
  if (input.includes("\r")) return false;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  let pos = 0;
  let line = 1;
  const fields: string[] = [];
  let nextLf = text.indexOf("\n");
  if (nextLf < 0) nextLf = n;
  while (pos < n) {
    if (text.charCodeAt(pos) === LF) {
      pos++;
      line++;
      continue;
    }
    const start = line;
    fields.length = 0;
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let value = "";
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return false;
          if (nextLf < from) {
            nextLf = text.indexOf("\n", from);
            if (nextLf < 0) nextLf = n;
          }
          while (nextLf < q) {
            line++;
            nextLf = text.indexOf("\n", nextLf + 1);
            if (nextLf < 0) nextLf = n;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        fields.push(value);
        const c = text.charCodeAt(pos);
        if (c === COMMA) {
          pos++;
          continue;
        }
        if (c === LF) {
          pos++;
          line++;
          break;
        }
        if (pos >= n) break;
        return false;
      }
      let end = pos;
      let c = 0;
      while (end < n) {
        c = text.charCodeAt(end);
        if (c === COMMA || c === LF) break;
        if (c === QUOTE) return false;
        end++;
      }
      fields.push(text.slice(pos, end));
      if (end >= n) {
        pos = n;
        break;
      }
      pos = end + 1;
      if (c === LF) {
        line++;
        break;
      }
    }
    if (!onRecord(fields, start)) return false;
  }
  return true;
}
