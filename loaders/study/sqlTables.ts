/**
 * The tables the evidence explorer's SQL cell queries, with their column types: the coded
 * findings and recommendations (list columns joined with `;`), the actors, the channels and
 * the computed participation table. One table per entry point under src/data/sql/.
 */
import type { ColumnSpec } from "../arrowout.js";
import { participation } from "./derive.js";
import type { Study } from "./load.js";

const text = (name: string): ColumnSpec => ({ name, type: "text" });
const int = (name: string): ColumnSpec => ({ name, type: "int" });
const locator = [text("source"), text("section"), text("item"), int("start"), int("end")];

export const SQL_COLUMNS = {
  findings: [
    text("id"),
    ...locator,
    text("dimension"),
    text("subcodes"),
    text("valence"),
    text("actors"),
    text("stages"),
    text("text_id"),
    text("text_en")
  ],
  recommendations: [text("id"), ...locator, text("dimension"), text("answers"), text("actors"), text("text_id"), text("text_en")],
  actors: [text("id"), text("label_id"), text("label_en"), text("kind"), text("findings")],
  channels: [text("id"), text("from"), text("to"), text("channel"), text("label_id"), text("label_en"), text("dimension"), text("findings")],
  participation: [text("actor"), text("stage"), text("level"), int("strengths"), int("gaps"), int("neutral"), text("findings"), text("who"), text("inferred")]
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type SqlTableName = keyof typeof SQL_COLUMNS;
export const SQL_TABLE_NAMES = Object.keys(SQL_COLUMNS) as SqlTableName[];

/** The rows of one SQL table, as plain records (lists still arrays; `toArrowIpc` joins them). */
export function sqlRows(study: Study, name: SqlTableName): readonly object[] {
  switch (name) {
    case "findings":
      return study.findings;
    case "recommendations":
      return study.recommendations;
    case "actors":
      return study.actors;
    case "channels":
      return study.channels;
    case "participation":
      return participation(study);
  }
}
