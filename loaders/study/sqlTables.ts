/**
 * The tables the evidence explorer's SQL cell queries, with their column types: the coded
 * findings and recommendations (list columns joined with `;`), the actors, the channels and
 * the computed participation table. One table per entry point under src/data/sql/. Which tables
 * and their columns come from the registry in schema.ts (`STUDY_TABLES`, `sql: true`).
 */
import { sqlColumns } from "../table.js";
import type { ColumnSpec } from "../arrowout.js";
import { tableRows } from "./datapackage.js";
import type { Study } from "./load.js";
import { STUDY_TABLES, type SqlTableName, type StudyTableName } from "./schema.js";

export type { SqlTableName };

export const SQL_TABLE_NAMES = (Object.keys(STUDY_TABLES) as StudyTableName[]).filter((name): name is SqlTableName => STUDY_TABLES[name].sql);

export const SQL_COLUMNS = Object.fromEntries(SQL_TABLE_NAMES.map((name) => [name, sqlColumns(STUDY_TABLES[name])])) as unknown as Record<SqlTableName, readonly ColumnSpec[]>;

/** The rows of one SQL table, as plain records (lists still arrays; `toArrowIpc` joins them). */
export function sqlRows(study: Study, name: SqlTableName): readonly object[] {
  return tableRows(study, name);
}
