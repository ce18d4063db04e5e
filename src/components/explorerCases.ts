/**
 * The explorer's case facets: one per case variable (a role, a place…), for a study with cases. A
 * segment has a variable's value when one of its cases has it (which cases a segment belongs to
 * is the matrix's rule, loaders/study/matrix.ts, computed at build time: CompareView.segmentCases).
 * Choices travel in the URL as `v.<variable>=<value>` beside the other facets.
 */
import type { CompareView } from "../shared/model/compare.js";

/** The URL prefix of a case facet's parameter: `?v.peran=kader`. */
export const CASE_PARAM = "v.";

export interface CaseFacet {
  name: string;
  /** "" (all) first, then the values segments have, in the variable's own order (the matrix's columns). */
  values: string[];
  /** How many segments have each value. */
  counts: Map<string, number>;
}

/** The values of `variable` the cases of segment `id` have. */
export function segmentValues(compare: CompareView, id: string, variable: string): string[] {
  const values = (compare.segmentCases[id] ?? []).map((c) => compare.cases.find((x) => x.id === c)?.values[variable]);
  return [...new Set(values.filter((v): v is string => v !== undefined))];
}

export function caseFacets(compare: CompareView | null, segments: readonly { id: string }[]): CaseFacet[] {
  if (!compare) return [];
  return compare.variables.map((v) => {
    const counts = new Map<string, number>();
    for (const s of segments) for (const value of segmentValues(compare, s.id, v.name)) counts.set(value, (counts.get(value) ?? 0) + 1);
    const order = compare.matrices.find((m) => m.by.kind === "variable" && m.by.name === v.name)?.columns.map((c) => c.value) ?? [];
    return { name: v.name, values: ["", ...order.filter((value) => counts.has(value))], counts };
  });
}

/** The case facets' choices in a query string; unknown variables and values are dropped. */
export function parseCaseChoices(search: string, facets: readonly CaseFacet[]): Record<string, string> {
  const p = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const f of facets) {
    const value = p.get(`${CASE_PARAM}${f.name}`);
    if (value && f.values.includes(value)) out[f.name] = value;
  }
  return out;
}

/** The chosen case facets as URL parameters (none for "all"). */
export function caseParams(choices: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(choices).filter(([, v]) => v).map(([k, v]) => [`${CASE_PARAM}${k}`, v]));
}

/** Whether segment `id` has every chosen value. */
export function matchesCases(compare: CompareView | null, choices: Record<string, string>): (id: string) => boolean {
  const chosen = Object.entries(choices).filter(([, v]) => v);
  if (!compare || !chosen.length) return () => true;
  return (id) => chosen.every(([variable, value]) => segmentValues(compare, id, variable).includes(value));
}
