/**
 * The registry entries (schema.ts, STUDY_TABLES) of the coder's notes on a study's codings, each
 * optional: the codes inferred rather than read (inferred.csv), the findings that restate earlier
 * ones (restatements.csv), and the segments the privacy guard lets through (allow-private.csv).
 */
import { id, text } from "../fields.js";
import { list, str } from "../table.js";
import { studyTable } from "./studyTable.js";

export const NOTE_TABLES = {
  inferred: studyTable(
    {
      name: "inferred",
      description: "Codes on a finding or recommendation (an actor or stage id) that the span does not state, and parties of a channel the text does not name: the coder's inferences, each with its reason",
      description_id: "Kode pada temuan atau saran (id aktor atau tahap) yang tidak dinyatakan teks, serta pihak saluran yang tidak disebut teks: simpulan pengode, masing-masing dengan alasannya",
      fields: {
        file: str(text(), "findings.csv, recommendations.csv or channels.csv", "ref"),
        id: str(id(), "finding, recommendation or channel id"),
        code: str(id(), "the inferred actor or stage id, or the inferred party of a channel"),
        reason: str(text("a reason"), "why it was inferred")
      }
    },
    { packaged: true, sql: false }
  ),
  restatements: studyTable(
    {
      name: "restatements",
      description: "Findings that restate earlier ones (a synthesis, a conclusion drawn from them, a prescription): shown with their words, never counted again as evidence",
      description_id: "Temuan yang mengulang temuan sebelumnya (sintesis, kesimpulan yang ditarik darinya, anjuran): ditampilkan dengan kata-katanya, tidak dihitung lagi sebagai bukti",
      primaryKey: ["finding"],
      fields: {
        finding: str(id(), "the finding that restates"),
        restates: list("the earlier findings it restates"),
        reason: str(text("a reason"), "why it is a restatement")
      }
    },
    { packaged: true, sql: false }
  ),
  allow: studyTable(
    {
      name: "allow-private",
      description: "Segments the privacy guard lets through, with the reason",
      description_id: "Segmen yang diloloskan penjaga privasi, beserta alasannya",
      fields: {
        file: str(text(), "the file that holds the segment", "ref"),
        id: str(id(), "the segment's id"),
        reason: str(text("a reason"), "why it is not personal data")
      }
    },
    { packaged: false, sql: false }
  )
};
