/**
 * Reading CSV tables with located errors: csv-parse for the syntax (with line numbers),
 * a zod object schema for each row, and the header checked against the schema's columns.
 */
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse";
import { z } from "zod";
import type { Problem } from "./errors.js";

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
export const MAX_CSV_BYTES = 64 * 1024 * 1024;

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const shown = typeof raw === "string" ? (raw.length > 60 ? `${raw.slice(0, 57)}…` : raw) : String(raw);
  return `${issue.message} (got ${JSON.stringify(shown)})`;
}

/**
 * Parses `text` (the contents of `file`) into rows typed by `schema`. Never throws for bad
 * input: every syntax, header and value problem is returned with its line and field.
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
  let lastLine = 1;
  let records: { record: Record<string, string>; info: Info }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => {
        const seen = new Set<string>();
        for (const column of header) {
          if (seen.has(column)) problems.push({ file, line: 1, field: column, message: "duplicate column" });
          seen.add(column);
          if (!expected.includes(column)) {
            problems.push({ file, line: 1, field: column || "(empty)", message: `unknown column (expected: ${expected.join(", ")})` });
          }
        }
        for (const column of expected) {
          if (!seen.has(column)) problems.push({ file, line: 1, field: column, message: "missing column" });
        }
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
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ line, value: result.data });
    } else {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "row");
        problems.push({ file, line, field, message: describeIssue(issue, record[field]) });
      }
    }
  }
  return { rows, problems };
}
