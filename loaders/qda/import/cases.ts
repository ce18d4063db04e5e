/**
 * The case tables an import writes (cases.csv, case-sources.csv, variables.csv, case-values.csv;
 * docs/study-format.md) from the cases and variables a tool reader found. A case keeps the id our
 * own export gave it; any other case gets one made from its name (letters, digits, - and _), made
 * unique. Nothing is written when the tool has neither cases nor variables.
 */
import type { Case, CaseSource, CaseValue, Variable } from "../../study/schema.js";
import type { ImportInput } from "./types.js";

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** An id for a case named `name`: the name with every run of other characters turned into "-", unique among `taken`. */
export function caseId(name: string, taken: Set<string>, preferred?: string): string {
  if (preferred && ID.test(preferred) && !taken.has(preferred)) {
    taken.add(preferred);
    return preferred;
  }
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^[-_]+|-+$/g, "")
      .slice(0, 60) || "case";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface CaseTables {
  cases: Case[];
  caseSources: CaseSource[];
  variables: Variable[];
  caseValues: CaseValue[];
  /** `<table>.csv#<n>` → where the table's n-th row came from. */
  origins: Map<string, string>;
}

/** The rows of the four case tables, or undefined when the input has no cases and no variables. */
export function caseTables(input: Pick<ImportInput, "cases" | "variables">): CaseTables | undefined {
  const inputCases = input.cases ?? [];
  const inputVariables = input.variables ?? [];
  if (!inputCases.length && !inputVariables.length) return undefined;
  const out: CaseTables = { cases: [], caseSources: [], variables: [], caseValues: [], origins: new Map() };
  for (const v of inputVariables) {
    out.variables.push({ name: v.name, type: v.type, description: v.description ?? "" });
    out.origins.set(`variables.csv#${out.variables.length}`, v.ref);
  }
  const taken = new Set<string>();
  // Ids our own export carries are kept first, so a made-up id never takes one of them.
  const ids = new Map<number, string>();
  inputCases.forEach((c, i) => {
    if (c.id && ID.test(c.id) && !taken.has(c.id)) ids.set(i, caseId(c.name, taken, c.id));
  });
  inputCases.forEach((c, i) => {
    const id = ids.get(i) ?? caseId(c.name, taken);
    out.cases.push({ id, name: c.name, description: c.description ?? "" });
    out.origins.set(`cases.csv#${out.cases.length}`, c.ref);
    for (const source of c.sources) {
      out.caseSources.push({ case: id, source, start: null, end: null });
      out.origins.set(`case-sources.csv#${out.caseSources.length}`, c.ref);
    }
    for (const s of c.selections) {
      out.caseSources.push({ case: id, source: s.source, start: s.start, end: s.end });
      out.origins.set(`case-sources.csv#${out.caseSources.length}`, c.ref);
    }
    for (const v of c.values) {
      out.caseValues.push({ case: id, variable: v.variable, value: v.value });
      out.origins.set(`case-values.csv#${out.caseValues.length}`, c.ref);
    }
  });
  return out;
}
