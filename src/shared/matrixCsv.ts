/**
 * The dimension × case matrix as long CSV, one row per dimension and value, with exactly the
 * header `dimension,value,segments,cases,strengths,gaps,neutral` (dimension ids, `value` empty for
 * cases without one, whole numbers): what `npm run study -- matrix --out <file.csv>` writes and the
 * Compare cases page downloads.
 */
import { toCsv } from "./csv.js";
import type { Matrix, MatrixRow } from "./model/compare.js";

export const MATRIX_CSV_COLUMNS = ["dimension", "value", "segments", "cases", "strengths", "gaps", "neutral"] as const satisfies readonly (keyof MatrixRow)[];

export function matrixCsv(m: Pick<Matrix, "rows">): string {
  return toCsv(m.rows, MATRIX_CSV_COLUMNS);
}
