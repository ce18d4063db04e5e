/**
 * Cases and variables in QualCoder's coding report (CSV). With a `Case` first column (a report by
 * case), each distinct case name is a case, covering the passages of its rows; its variables are
 * the `CaseVar_<name>` columns and any column the report does not otherwise define. Without one (a
 * report by file), each document is a case of its own when the report has variable columns
 * (`FileVar_<name>` and unknown columns), named after the document (without its extension) and covering it whole. A
 * variable's name is its column's without the prefix; its type is the narrowest every value reads
 * as (integer, float, boolean, date, datetime, else text); an empty cell is a missing value.
 */
import type { Problem } from "../../errors.js";
import { inferType, normaliseValue } from "../../study/variables.js";
import { shortName } from "../import/names.js";
import type { ImportCase, ImportVariable } from "../import/types.js";

/** The columns QualCoder's coding report defines (any other column is a variable). */
export const REPORT_COLUMNS = ["File", "File/case", "Case", "Filename", "Coder", "Coded", "Id", "Codename", "Coded_Memo", "Category"];

/** A row of the report: its line, the case or document it belongs to, its cells, and the passage it coded (if placed). */
export interface CaseRow {
  line: number;
  caseName?: string;
  document: string;
  cells: readonly string[];
  passage?: string;
}

export interface CsvCaseInput {
  file: string;
  header: readonly string[];
  rows: readonly CaseRow[];
  /** Passage key → its span in our offsets. */
  spans: ReadonlyMap<string, { source: string; start: number; end: number }>;
  /** Document → its file under source/. */
  files: ReadonlyMap<string, string>;
}

export function csvCases(input: CsvCaseInput): { cases: ImportCase[]; variables: ImportVariable[]; facts: string[]; problems: Problem[] } {
  const { file, header } = input;
  const byCase = header[0] === "Case";
  const facts: string[] = [];
  const problems: Problem[] = [];
  const ignored = byCase ? /^FileVar_/ : /^CaseVar_/;
  const columns = header.flatMap((h, i) => (REPORT_COLUMNS.includes(h) ? [] : ignored.test(h) ? [] : [{ column: h, index: i, name: h.replace(/^(CaseVar|FileVar)_/, "").trim() }]));
  const left = header.filter((h) => !REPORT_COLUMNS.includes(h) && ignored.test(h));
  if (left.length) facts.push(`${left.length} column(s) describe ${byCase ? "files in a report by case" : "cases in a report by file"} and are not imported (${left.join(", ")})`);
  if (!byCase && !columns.length) return { cases: [], variables: [], facts, problems };
  const seenNames = new Set<string>();
  for (const c of columns) {
    if (!c.name || seenNames.has(c.name)) problems.push({ file, line: 1, field: c.column, message: c.name ? `a second column for the variable "${c.name}"` : "a variable column without a name" });
    seenNames.add(c.name);
  }

  // The units: cases by name, or documents.
  type Unit = { rows: CaseRow[]; values: Map<string, { value: string; line: number }> };
  const units = new Map<string, Unit>();
  for (const row of input.rows) {
    const key = byCase ? (row.caseName ?? "").trim() : row.document;
    if (!key) continue;
    const unit: Unit = units.get(key) ?? { rows: [], values: new Map() };
    units.set(key, unit);
    unit.rows.push(row);
    for (const c of columns) {
      const value = (row.cells[c.index] ?? "").trim();
      if (!value) continue;
      const first = unit.values.get(c.name);
      if (!first) unit.values.set(c.name, { value, line: row.line });
      else if (first.value !== value) problems.push({ file, line: row.line, field: c.column, message: `differs from the value of the same ${byCase ? "case" : "document"} on line ${first.line} (a ${byCase ? "case" : "document"} has one value of each variable)` });
    }
  }

  const variables: ImportVariable[] = columns.map((c) => ({
    name: c.name,
    type: inferType([...units.values()].map((u) => u.values.get(c.name)?.value ?? "")),
    ref: `${file}:1 (column ${c.column})`
  }));
  const cases: ImportCase[] = [];
  for (const [name, unit] of units) {
    const values = variables.flatMap((v) => {
      const found = unit.values.get(v.name);
      const value = found && normaliseValue(v.type, found.value);
      return value === undefined || value === "" ? [] : [{ variable: v.name, value }];
    });
    const ref = `${file}:${unit.rows[0]!.line} (${byCase ? "case" : "document"} of this row)`;
    if (byCase) {
      const selections = [...new Set(unit.rows.map((r) => r.passage).filter((p): p is string => !!p))].flatMap((p) => {
        const span = input.spans.get(p);
        return span ? [span] : [];
      });
      cases.push({ name, sources: [], selections, values, ref });
    } else {
      const source = input.files.get(name);
      cases.push({ name: shortName(name), sources: source ? [source] : [], selections: [], values, ref });
    }
  }
  facts.push(
    byCase
      ? `${cases.length} case(s) from the Case column, ${variables.length} variable(s) from its variable columns`
      : `${cases.length} document(s) with variable columns: each is a case named after its document, ${variables.length} variable(s)`
  );
  return { cases, variables, facts, problems };
}
