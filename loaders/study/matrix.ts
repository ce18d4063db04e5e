/**
 * The framework's dimensions (codebook order) against the cases: for each dimension and each value
 * of a case variable (or each case), how many coded segments, from how many distinct cases, and
 * their split by valence (`npm run study -- matrix`).
 *
 * A segment is a coded passage of one dimension: the findings of that dimension at one place
 * (source, start, end) count once. A passage coded with two dimensions is two findings at the same
 * offsets (the importer writes one per dimension): it counts once in each dimension, never twice in
 * one. Its valence is that of its first finding (findings.csv order), so a cell's strengths, gaps
 * and neutral add up to its segments. Findings without a dimension (cross-cutting statements) are
 * not counted.
 *
 * A segment belongs to a case when its source is one the case covers whole, or its span lies
 * within one of the case's selections (case-sources.csv); it may belong to several cases. It counts
 * in each column one of its cases falls in, once. A column is a value of the variable (cases
 * without a value of it make the column with the empty value, last) or, by case, one case.
 * Segments in no case are counted apart (`outside`).
 */
import type { Matrix, MatrixBy, MatrixColumn, MatrixRow, MatrixSegment } from "../../src/shared/model/compare.js";
import type { Study } from "./load.js";
import { compareValues, type VariableType } from "./variables.js";

export type { Matrix, MatrixBy, MatrixColumn, MatrixRow, MatrixSegment } from "../../src/shared/model/compare.js";

/** The coded segments: one per dimension and place, in findings.csv order. */
export function matrixSegments(study: Pick<Study, "findings">): MatrixSegment[] {
  const byKey = new Map<string, MatrixSegment>();
  for (const f of study.findings) {
    if (!f.dimension) continue;
    const key = `${f.dimension}\u0000${f.source}\u0000${f.start}\u0000${f.end}`;
    const seen = byKey.get(key);
    if (seen) seen.findings.push(f.id);
    else byKey.set(key, { id: f.id, dimension: f.dimension, source: f.source, start: f.start, end: f.end, valence: f.valence, findings: [f.id] });
  }
  return [...byKey.values()];
}

/** The cases a segment belongs to, in cases.csv order. */
export function casesOfSegment(study: Pick<Study, "cases" | "caseSources">, segment: Pick<MatrixSegment, "source" | "start" | "end">): string[] {
  const covers = (study.caseSources ?? []).filter(
    (c) => c.source === segment.source && (c.start === null || c.end === null || (c.start <= segment.start && segment.end <= c.end))
  );
  const ids = new Set(covers.map((c) => c.case));
  return (study.cases ?? []).map((c) => c.id).filter((id) => ids.has(id));
}

/** The variable names of a study, in variables.csv order. */
export function variableNames(study: Pick<Study, "variables">): string[] {
  return (study.variables ?? []).map((v) => v.name);
}

function columnsOf(study: Study, by: MatrixBy): { columns: MatrixColumn[]; type?: VariableType } {
  const cases = (study.cases ?? []).map((c) => c.id);
  if (by.kind === "case") return { columns: cases.map((id) => ({ value: id, cases: [id] })) };
  const variable = (study.variables ?? []).find((v) => v.name === by.name);
  if (!variable) throw new Error(`no variable named "${by.name}"`);
  const valueOf = new Map((study.caseValues ?? []).filter((v) => v.variable === by.name).map((v) => [v.case, v.value]));
  const values = [...new Set(cases.flatMap((id) => (valueOf.has(id) ? [valueOf.get(id)!] : [])))].sort((a, b) => compareValues(variable.type, a, b));
  const columns = values.map((value) => ({ value, cases: cases.filter((id) => valueOf.get(id) === value) }));
  const without = cases.filter((id) => !valueOf.has(id));
  if (without.length) columns.push({ value: "", cases: without });
  return { columns, type: variable.type };
}

/** The matrix of a (valid) study by a variable or by case. Throws for a variable the study does not have. */
export function caseMatrix(study: Study, by: MatrixBy): Matrix {
  const { columns, type } = columnsOf(study, by);
  const segments = matrixSegments(study).map((s) => ({ ...s, cases: casesOfSegment(study, s) }));
  const rows: MatrixRow[] = [];
  for (const d of study.dimensions) {
    for (const column of columns) {
      const inColumn = new Set(column.cases);
      const counted = segments.filter((s) => s.dimension === d.id && s.cases.some((c) => inColumn.has(c)));
      const caseIds = column.cases.filter((c) => counted.some((s) => s.cases.includes(c)));
      rows.push({
        dimension: d.id,
        value: column.value,
        segments: counted.length,
        cases: caseIds.length,
        strengths: counted.filter((s) => s.valence === "strength").length,
        gaps: counted.filter((s) => s.valence === "gap").length,
        neutral: counted.filter((s) => s.valence === "neutral").length,
        segmentIds: counted.map((s) => s.id),
        caseIds
      });
    }
  }
  return {
    by,
    type,
    dimensions: study.dimensions.map((d) => ({ id: d.id, name_en: d.name_en, name_id: d.name_id })),
    columns,
    rows,
    outside: segments.filter((s) => !s.cases.length).map((s) => s.id)
  };
}
