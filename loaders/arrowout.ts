/**
 * Writing tables as Arrow IPC streams with an explicit schema, for DuckDB-wasm on the evidence
 * explorer. CSV would leave the column types to DuckDB's sniffer, which reads a section such as
 * `5.1` as a number (and `5.10` as 5.1) and an item `1` as an integer; Arrow states every type.
 */
import { Int32, Table, Utf8, tableToIPC, vectorFromArray } from "apache-arrow";

export type ColumnType = "text" | "int";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

export type Cell = string | number | readonly string[] | null | undefined;

/**
 * A cell as the SQL table stores it: lists are joined with `;`, and an empty text or an empty
 * list becomes NULL (so `string_split` never yields an empty id and `IS NULL` finds missing values).
 */
export function sqlValue(value: Cell, type: ColumnType): string | number | null {
  if (value == null) return null;
  if (type === "int") {
    const n = typeof value === "number" ? value : Number(value);
    if (!Number.isInteger(n)) throw new Error(`expected a whole number, got ${JSON.stringify(value)}`);
    return n;
  }
  const text = Array.isArray(value) ? value.join(";") : String(value);
  return text === "" ? null : text;
}

/** The rows as an Arrow table with exactly the given columns, in that order. */
export function toArrowTable<T extends object>(rows: readonly T[], columns: readonly ColumnSpec[]): Table {
  const vectors = Object.fromEntries(
    columns.map(({ name, type }) => {
      const values = rows.map((row) => sqlValue((row as Record<string, Cell>)[name], type));
      return [name, type === "int" ? vectorFromArray(values as (number | null)[], new Int32()) : vectorFromArray(values as (string | null)[], new Utf8())];
    })
  );
  return new Table(vectors);
}

/** The rows as an Arrow IPC stream (what DuckDB-wasm's `insertArrowFromIPCStream` reads). */
export function toArrowIpc<T extends object>(rows: readonly T[], columns: readonly ColumnSpec[]): Uint8Array {
  return tableToIPC(toArrowTable(rows, columns), "stream");
}
