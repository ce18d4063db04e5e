/**
 * The registry entries (schema.ts, STUDY_TABLES) of a study's optional case tables: cases.csv,
 * case-sources.csv, variables.csv and case-values.csv (docs/study-format.md, "Cases and variables").
 */
import { id, oneOfAnyCase, optionalText, text } from "../fields.js";
import { optInt, orList, str } from "../table.js";
import { locator, studyTable } from "./studyTable.js";
import { VARIABLE_TYPES } from "./variables.js";

export const CASE_TABLES = {
  cases: studyTable(
    {
      name: "cases",
      description: "Optional: the cases, the units the study compares (an informant, a site, a document), each under a pseudonymous id and name",
      description_id: "Opsional: kasus, yaitu satuan yang dibandingkan studi (informan, lokasi, dokumen), masing-masing dengan id dan nama samaran",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "case id, a pseudonym such as INF-01"),
        name: str(text(), "the case's name as shown (a pseudonym, never a real name)"),
        description: str(optionalText(), "a note on the case (optional)")
      }
    },
    { packaged: true, sql: false }
  ),
  caseSources: studyTable(
    {
      name: "case-sources",
      description: "Optional: what each case covers, a whole source (start and end empty) or a selection of it; a segment belongs to a case when its source is one the case covers whole or its span lies within one of the case's selections",
      description_id: "Opsional: cakupan setiap kasus, seluruh sumber (start dan end kosong) atau sebagian darinya",
      fields: {
        case: str(id(), "case id"),
        source: locator.source,
        start: optInt("offset of the selection's first character, 0-based, in code points; empty for the whole source"),
        end: optInt("offset after the selection's last character (exclusive); empty for the whole source")
      }
    },
    { packaged: true, sql: false }
  ),
  variables: studyTable(
    {
      name: "variables",
      description: "Optional: the variables that describe cases, with their types",
      description_id: "Opsional: variabel yang menggambarkan kasus, beserta tipenya",
      primaryKey: ["name"],
      fields: {
        name: str(text(), "variable name (may contain spaces)"),
        type: str(oneOfAnyCase(VARIABLE_TYPES), `${orList(VARIABLE_TYPES)}, as REFI-QDA types variables`),
        description: str(optionalText(), "what the variable records (optional)")
      }
    },
    { packaged: true, sql: false }
  ),
  caseValues: studyTable(
    {
      name: "case-values",
      description: "Optional: each case's value of a variable; a case without a value of a variable has no row for it",
      description_id: "Opsional: nilai setiap kasus pada sebuah variabel; kasus tanpa nilai tidak punya baris",
      primaryKey: ["case", "variable"],
      fields: {
        case: str(id(), "case id"),
        variable: str(text(), "variable name, as in variables.csv"),
        value: str(
          text("a value (leave the row out when the case has none)"),
          "the value as its variable's type reads it: integer 12, float 2.5, boolean true or false, date 2024-05-31, datetime 2024-05-31T10:00:00+07:00, or text"
        )
      }
    },
    { packaged: true, sql: false }
  )
};
