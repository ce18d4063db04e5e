/**
 * The dimension × case matrix (matrix.ts) written out: long CSV (one row per dimension and value,
 * `dimension,value,segments,cases,strengths,gaps,neutral`, whole numbers) and a Markdown table to
 * read (one row per dimension, one column per value). Both are made from the same rows.
 */
import { MATRIX_CSV_COLUMNS, matrixCsv } from "../../src/shared/matrixCsv.js";
import type { Matrix, MatrixRow } from "./matrix.js";

export { MATRIX_CSV_COLUMNS, matrixCsv };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A cell: `3 (2 cases) 2/1/0` (segments, the cases they come from, strengths/gaps/neutral), or `0`. */
export function matrixCell(r: Pick<MatrixRow, "segments" | "cases" | "strengths" | "gaps" | "neutral">): string {
  return r.segments ? `${r.segments} (${plural(r.cases, "case")}) ${r.strengths}/${r.gaps}/${r.neutral}` : "0";
}

/** A value as a table header: `(no value)` for the empty one; `|` and line breaks kept from breaking the table. */
function header(value: string): string {
  return value === "" ? "(no value)" : value.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

/** The readable table, with a title line and a legend. */
export function matrixMarkdown(m: Matrix): string {
  const what = m.by.kind === "case" ? "case" : `${m.by.name} (${m.type})`;
  const cases = new Set(m.columns.flatMap((c) => c.cases)).size;
  const table = [
    ["dimension", ...m.columns.map((c) => header(c.value))],
    ...m.dimensions.map((d) => [d.id, ...m.columns.map((c) => matrixCell(m.rows.find((r) => r.dimension === d.id && r.value === c.value)!))])
  ];
  const widths = table[0]!.map((_h, i) => Math.max(3, ...table.map((row) => Array.from(row[i]!).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + " ".repeat(widths[i]! - Array.from(c).length)).join(" | ")} |`;
  return [
    `Coded segments per dimension and ${what}, ${plural(cases, "case")}`,
    "",
    line(table[0]!),
    line(widths.map((w) => "-".repeat(w))),
    ...table.slice(1).map(line),
    "",
    "Each cell: coded segments (the distinct cases they come from) strengths/gaps/neutral. A passage coded with two dimensions counts once in each.",
    ...(m.outside.length ? [`${plural(m.outside.length, "segment")} ${m.outside.length === 1 ? "belongs" : "belong"} to no case and ${m.outside.length === 1 ? "is" : "are"} not counted (${m.outside.join(", ")}).`] : []),
    ""
  ].join("\n");
}
