/** A study table's registry entry (schema.ts): its definition plus where it is published; and the locator columns tables share. */
import { optionalText, text } from "../fields.js";
import { defineTable, int, str, type FieldDef, type TableDef, type TableSpec } from "../table.js";

/** Where a table goes besides the study folder. */
interface Published {
  /** A file of the data package (and the data dictionary). */
  packaged: boolean;
  /** A table of the evidence explorer's SQL cell. */
  sql: boolean;
}

export function studyTable<const F extends Record<string, FieldDef>, const P extends Published>(spec: TableSpec<F>, published: P): TableDef<F> & P {
  return { ...defineTable(spec), ...published };
}

/** The locator columns of a segment (findings, recommendations, excluded, case-sources). */
export const locator = {
  source: str(text("a file name under source/"), "file under source/ that holds the text", "ref"),
  section: str(text(), "section of the source: a heading number such as 5.1, or ¶<n> in an imported text (its n-th non-empty line)"),
  item: str(optionalText(), "numbered item, intro or synthesis; empty when the section says enough (imported texts)"),
  start: int("offset of the first character, 0-based, in Unicode code points"),
  end: int("offset after the last character (exclusive), in code points")
};
