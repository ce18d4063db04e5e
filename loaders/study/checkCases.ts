/**
 * Checks a study's cases (docs/study-format.md, "Cases and variables"): unique case ids and
 * variable names, every case and variable a row names is defined, each value reads as its
 * variable's type, and each case's sources and selections lie in a source of the study.
 * Every problem is located (`file:line: field: message`).
 */
import type { Problem } from "../errors.js";
import { STUDY_FILES, type Study, type StudyRows } from "./read.js";
import { refs, unique } from "./refs.js";
import { checkValue, type VariableType } from "./variables.js";

export function checkCases(study: Study, rows: StudyRows): Problem[] {
  const problems: Problem[] = [];
  const F = STUDY_FILES;
  const cases = unique(rows.cases, F.cases, (v) => v.id, "id", problems);
  const variables = unique(rows.variables, F.variables, (v) => v.name, "name", problems);

  refs(rows.caseValues, F.caseValues, "case", (v) => [v.case], cases, F.cases, problems);
  for (const { line, value } of rows.caseValues) {
    if (!variables.has(value.variable)) problems.push({ file: F.caseValues, line, field: "variable", message: `"${value.variable}" is not a variable name in ${F.variables}` });
  }
  // One value per case and variable.
  const seen = new Map<string, number>();
  for (const { line, value } of rows.caseValues) {
    const key = `${value.case}\u0000${value.variable}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ file: F.caseValues, line, field: "variable", message: `case "${value.case}" has a second value of "${value.variable}" (first on line ${first})` });
    else seen.set(key, line);
  }
  // Each value reads as its variable's type.
  const typeOf = new Map<string, VariableType>(rows.variables.map((r) => [r.value.name, r.value.type]));
  for (const { line, value } of rows.caseValues) {
    const type = typeOf.get(value.variable);
    const wrong = type && checkValue(type, value.value);
    if (wrong) problems.push({ file: F.caseValues, line, field: "value", message: `${wrong} for the ${type} variable "${value.variable}" (got ${JSON.stringify(value.value)})` });
  }

  // What each case covers: a whole source, or a selection within one.
  refs(rows.caseSources, F.caseSources, "case", (v) => [v.case], cases, F.cases, problems);
  for (const { line, value } of rows.caseSources) {
    const text = study.sources[value.source];
    if (text === undefined) {
      problems.push({ file: F.caseSources, line, field: "source", message: `"${value.source}" is not a source file listed in study.json` });
      continue;
    }
    const { start, end } = value;
    if ((start === null) !== (end === null)) {
      problems.push({ file: F.caseSources, line, field: start === null ? "start" : "end", message: "expected both start and end (a selection) or neither (the whole source)" });
      continue;
    }
    if (start === null || end === null) continue;
    const length = Array.from(text).length;
    if (end <= start) problems.push({ file: F.caseSources, line, field: "end", message: `expected an end after the start (${start})` });
    else if (end > length) problems.push({ file: F.caseSources, line, field: "end", message: `${end} is past the end of source/${value.source} (${length} code points)` });
  }
  return problems;
}
