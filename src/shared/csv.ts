/** Writing tables as RFC 4180 CSV (what the site offers for download and DuckDB reads). */

/** One CSV field: lists joined with `;`, quoted when it holds a comma, quote, line break or edge space. */
export function cell(value: unknown): string {
  const s = value == null ? "" : Array.isArray(value) ? value.join(";") : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `rows` as CSV with the given columns, in that order; list values are joined with `;`. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(","));
  return lines.join("\n") + "\n";
}
