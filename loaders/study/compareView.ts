/**
 * The Compare cases page's data (src/shared/model/compare.ts): the matrix of every case variable
 * and the matrix by case, as `npm run study -- matrix` computes them (matrix.ts), with the
 * quotation of every segment a cell counts, so the page lists a cell's segments with their
 * locators. Null for a study without cases: it has no compare page.
 */
import type { CompareView } from "../../src/shared/model/compare.js";
import type { Study } from "./load.js";
import { caseMatrix, casesOfSegment } from "./matrix.js";
import { quoteIndex } from "./views.js";

export function compareView(study: Study): CompareView | null {
  const cases = study.cases ?? [];
  if (!cases.length) return null;
  const variables = (study.variables ?? []).map((v) => ({ name: v.name, type: v.type, description: v.description }));
  const matrices = [...variables.map((v) => caseMatrix(study, { kind: "variable", name: v.name })), caseMatrix(study, { kind: "case" })];
  const index = quoteIndex(study);
  const ids = new Set(matrices.flatMap((m) => m.rows.flatMap((r) => r.segmentIds)));
  const quotes = Object.fromEntries([...ids].map((id) => [id, index.get(id)!]));
  const values = (id: string) => Object.fromEntries((study.caseValues ?? []).filter((v) => v.case === id).map((v) => [v.variable, v.value]));
  const segmentCases = Object.fromEntries([...study.findings, ...study.recommendations].map((r) => [r.id, casesOfSegment(study, r)]));
  return { variables, cases: cases.map((c) => ({ id: c.id, name: c.name, values: values(c.id) })), matrices, quotes, segmentCases };
}
