/**
 * One definition per table: each column's zod schema (how a cell is read and checked), its type
 * and its description, plus the table's description and primary key. The zod object schema, the
 * CSV header, the data package's fields, the data dictionary and the SQL columns are all derived
 * from it (loaders/study/schema.ts holds the study's tables), so a column is added in one place.
 */
import { z } from "zod";
import type { ColumnSpec } from "./arrowout.js";
import { idList, whole, wholeOrEmpty } from "./fields.js";

/** `string`: text or an id; `integer`: a whole number; `list`: `;`-separated ids (a string in the file). */
export type FieldType = "string" | "integer" | "list";

/**
 * What a text column holds besides text, where it is more than words for the reader:
 * `ref`, the name of something else (a file under source/, a table's file name), never shown as
 * the study's words; `verbatim`, text that must stand at the row's offsets in its source.
 * Every other text column is the study's words, shown to readers (and so covered by the
 * every-field hostile-text test, scripts/fuzz/studyTexts.ts).
 */
export type FieldRole = "ref" | "verbatim";

export interface FieldDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  type: FieldType;
  description: string;
  role?: FieldRole;
}

/** A text or id column, read by `schema`. */
export const str = <S extends z.ZodType>(schema: S, description: string, role?: FieldRole): FieldDef<S> => ({ schema, type: "string", description, ...(role ? { role } : {}) });
/** A whole-number column. */
export const int = (description: string) => ({ schema: whole(), type: "integer", description }) satisfies FieldDef;
/** A whole-number column that may be empty (null). */
export const optInt = (description: string) => ({ schema: wholeOrEmpty(), type: "integer", description }) satisfies FieldDef;
/** A `;`-separated list of ids. */
export const list = (description: string) => ({ schema: idList(), type: "list", description }) satisfies FieldDef;

/**
 * A column a file may leave out (one added to a table after studies were written): a row of a
 * file without it has no such key, and the reader (csv.ts) does not ask for it. Its description
 * says so.
 */
export function optionalColumn<S extends z.ZodType>(def: FieldDef<S>): FieldDef<z.ZodOptional<S>> {
  return { ...def, schema: def.schema.optional(), description: `${def.description} (optional column)` };
}

/** "a, b or c": the allowed values of a column, for its description. */
export function orList(values: readonly string[]): string {
  return values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}

export interface TableSpec<F extends Record<string, FieldDef>> {
  name: string;
  description: string;
  /** The same in Indonesian, for the Indonesian data page. */
  description_id?: string;
  primaryKey?: readonly string[];
  fields: F;
}

export interface TableDef<F extends Record<string, FieldDef> = Record<string, FieldDef>> extends TableSpec<F> {
  /** The schema every row of the table's CSV is read with. */
  schema: z.ZodObject<{ [K in keyof F]: F[K]["schema"] }>;
  /** The columns in file order (the CSV header). */
  columns: (keyof F & string)[];
}

export function defineTable<const F extends Record<string, FieldDef>>(spec: TableSpec<F>): TableDef<F> {
  const shape = Object.fromEntries(Object.entries(spec.fields).map(([name, f]) => [name, f.schema]));
  return { ...spec, schema: z.object(shape) as TableDef<F>["schema"], columns: Object.keys(spec.fields) as (keyof F & string)[] };
}

/** A Frictionless field descriptor: lists are strings whose description says how they are separated. */
export interface PackageField {
  name: string;
  type: "string" | "integer";
  description: string;
}

export function packageFields(table: TableDef): PackageField[] {
  return Object.entries(table.fields).map(([name, f]) =>
    f.type === "list"
      ? { name, type: "string", description: `${f.description} (ids separated by ;)` }
      : { name, type: f.type, description: f.description }
  );
}

/** The table's columns as Arrow/SQL columns: whole numbers as integers, everything else (lists joined) as text. */
export function sqlColumns(table: TableDef): ColumnSpec[] {
  return Object.entries(table.fields).map(([name, f]) => ({ name, type: f.type === "integer" ? "int" : "text" }));
}
