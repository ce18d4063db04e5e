/**
 * The comparison of cases (npm run study -- matrix, the Compare cases page): the framework's
 * dimensions against the values of one case variable, or against the cases themselves. Computed
 * in loaders/study/matrix.ts (what a segment is and which cases it belongs to is defined there);
 * the page draws it from these shapes.
 */
import type { Quote } from "./views.js";
import type { Valence, VariableType } from "./vocab.js";

export type MatrixBy = { kind: "variable"; name: string } | { kind: "case" };

/** One coded segment: a dimension at one place. */
export interface MatrixSegment {
  /** The first finding's id (findings.csv order). */
  id: string;
  dimension: string;
  source: string;
  start: number;
  end: number;
  valence: Valence;
  /** Every finding of this dimension at this place. */
  findings: string[];
}

export interface MatrixColumn {
  /** The variable's value as written ("" for cases without one), or the case id. */
  value: string;
  /** The cases in this column. */
  cases: string[];
}

export interface MatrixRow {
  dimension: string;
  value: string;
  segments: number;
  cases: number;
  strengths: number;
  gaps: number;
  neutral: number;
  /** The segments counted in this cell (each segment's first finding id), for listing them. */
  segmentIds: string[];
  /** The distinct cases they come from. */
  caseIds: string[];
}

export interface Matrix {
  by: MatrixBy;
  /** The variable's type (by variable). */
  type?: VariableType;
  dimensions: { id: string; name_en: string; name_id: string }[];
  columns: MatrixColumn[];
  /** One row per dimension and column, dimensions in codebook order, columns in order. */
  rows: MatrixRow[];
  /** Segments that belong to no case (not in any cell). */
  outside: string[];
}

/** The Compare cases page's data: every variable's matrix, and the matrix by case. */
export interface CompareView {
  variables: { name: string; type: VariableType; description: string }[];
  /** The cases, each with its value of each variable it has one of. */
  cases: { id: string; name: string; values: Record<string, string> }[];
  /** Every finding's and recommendation's cases (by the same rule as a segment's), by id: the explorer's case facets. */
  segmentCases: Record<string, string[]>;
  /** One matrix per variable (variables.csv order), then the matrix by case. */
  matrices: Matrix[];
  /** Every counted segment's quotation (its first finding), with its locator, by id. */
  quotes: Record<string, Quote>;
}
