/** A CSV export's bytes as text (UTF-8 only) and its records, each with the line it starts on. */
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse";
import { MAX_CSV_BYTES } from "../../csv.js";
import { decodeUtf8 } from "../../utf8.js";
import { ImportError } from "../import/types.js";

export function decodeCsv(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportError([{ file, line: 1, field: "file", message: `the file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MiB` }]);
  const decoded = decodeUtf8(bytes, file, "save or export the CSV as UTF-8");
  if ("problem" in decoded) throw new ImportError([decoded.problem]);
  return decoded.text;
}

export function records(text: string, file: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
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
