/**
 * The cases and variables of a REFI-QDA project, in our terms. Tools write them in two ways:
 * `<Case>` elements that cover sources (`<SourceRef>`) or selections (`<SelectionRef>`) with
 * their `<VariableValue>`s (NVivo, ATLAS.ti, QualCoder), and `<VariableValue>`s on a
 * `<TextSource>` (MAXQDA's document variables): each such source becomes a case of its own,
 * named after the document (its name without the extension) and covering it whole. Values are read as their variable's type
 * (typed as REFI-QDA types it); an empty value is a missing one. A value that does not read as
 * its type is a located problem; a reference to something not imported (a PDF source, a selection
 * whose positions do not fit) is noted in the report.
 */
import type { Problem } from "../../errors.js";
import { normaliseValue, typeFromQda, type VariableType } from "../../study/variables.js";
import { parseMeta } from "../export.js";
import type { QdaProject, QdaVariableValue } from "../qde.js";
import { collapse } from "../text.js";
import { shortName } from "./names.js";
import type { ImportCase, ImportVariable } from "./types.js";

export interface QdaCaseInput {
  project: QdaProject;
  qdeName: string;
  /** Source GUID key → its file under source/ (the text sources imported). */
  sourceFiles: ReadonlyMap<string, string>;
  /** Selection GUID key → its span in our offsets (the selections whose positions fit). */
  selections: ReadonlyMap<string, { source: string; start: number; end: number }>;
}

export function qdaCases(input: QdaCaseInput): { cases: ImportCase[]; variables: ImportVariable[]; facts: string[]; problems: Problem[] } {
  const { project, qdeName } = input;
  const facts: string[] = [];
  const problems: Problem[] = [];
  const variables: ImportVariable[] = [];
  const byGuid = new Map<string, { name: string; type: VariableType }>();
  for (const v of project.variables) {
    const type = typeFromQda(v.type);
    if (!type) facts.push(`variable "${v.name}" has the type "${v.type}", which REFI-QDA does not define: read as text`);
    const variable = { name: v.name.trim(), type: type ?? "text" };
    byGuid.set(v.guid, variable);
    variables.push({ ...variable, description: v.description ? collapse(v.description) : undefined, ref: `variable ${v.guid} (${qdeName}:${v.line})` });
  }
  const values = (list: readonly QdaVariableValue[]): ImportCase["values"] => {
    const out: ImportCase["values"] = [];
    for (const vv of list) {
      const variable = byGuid.get(vv.variable);
      if (!variable) {
        problems.push({ file: qdeName, line: vv.line, field: "VariableRef.targetGUID", message: `refers to variable ${vv.variable}, which is not in <Variables>` });
        continue;
      }
      if (!vv.value.trim()) continue;
      const value = normaliseValue(variable.type, vv.value);
      if (value === undefined) {
        problems.push({ file: qdeName, line: vv.line, field: "VariableValue", message: `a value of the ${variable.type} variable "${variable.name}" does not read as ${variable.type} (got ${JSON.stringify(vv.value.trim())})` });
        continue;
      }
      out.push({ variable: variable.name, value });
    }
    return out;
  };

  const cases: ImportCase[] = [];
  let skippedRefs = 0;
  for (const c of project.cases) {
    const meta = parseMeta(c.description, ["case"]);
    const sources = c.sources.flatMap((g) => {
      const file = input.sourceFiles.get(g);
      if (!file) skippedRefs++;
      return file ? [file] : [];
    });
    const selections = c.selections.flatMap((g) => {
      const span = input.selections.get(g);
      if (!span) skippedRefs++;
      return span ? [span] : [];
    });
    cases.push({
      id: meta?.id,
      name: c.name?.trim() || meta?.id || c.guid,
      description: meta ? meta.description || undefined : c.description ? collapse(c.description) : undefined,
      sources,
      selections,
      values: values(c.values),
      ref: `case ${c.guid} (${qdeName}:${c.line})`
    });
  }
  if (skippedRefs) facts.push(`${skippedRefs} reference(s) from cases to sources or selections that were not imported (not text, or positions that do not fit) are left out`);
  // MAXQDA's document variables: a source with variable values is a case of its own.
  let documents = 0;
  for (const s of project.textSources) {
    const file = input.sourceFiles.get(s.guid);
    if (!s.values.length || !file) continue;
    documents++;
    cases.push({ name: shortName(s.name), sources: [file], selections: [], values: values(s.values), ref: `text source ${s.guid} (${qdeName}:${s.line})` });
  }
  if (documents) facts.push(`${documents} source(s) carry variable values of their own (document variables): each is a case named after its document`);
  if (cases.length || variables.length) facts.push(`${cases.length} case(s) and ${variables.length} variable(s) are imported (cases.csv, case-sources.csv, variables.csv, case-values.csv)`);
  return { cases, variables, facts, problems };
}
