/**
 * The Compare cases page's view in the URL (`?by=peran&pct=row&cell=planning|kader`), so a
 * supervisor can be sent exactly the comparison a student means: reading a query string
 * (falling back to the defaults for what is unknown or malformed) and writing one in a stable order.
 */
import type { CompareView } from "../shared/model/compare.js";
import { PERCENTS, cellKey, matrixKey, matrixOf, type Percent } from "./compareMatrix.js";

export interface CompareState {
  /** The variable's name, or BY_CASE. */
  by: string;
  percent: Percent;
  /** The open cell (`dimension|value`), or null. */
  cell: string | null;
}

export function parseCompareState(search: string, view: CompareView): CompareState {
  const p = new URLSearchParams(search);
  const m = matrixOf(view, p.get("by"));
  const pct = p.get("pct");
  const percent = (PERCENTS as readonly string[]).includes(pct ?? "") ? (pct as Percent) : "none";
  const cell = p.get("cell");
  const open = m.rows.some((r) => r.segments > 0 && cellKey(r) === cell) ? cell : null;
  return { by: matrixKey(m), percent, cell: open };
}

/** The query string of a state ("" for none): `by` always, `pct` and `cell` when set. */
export function compareSearch(state: CompareState): string {
  const p = new URLSearchParams({ by: state.by });
  if (state.percent !== "none") p.set("pct", state.percent);
  if (state.cell) p.set("cell", state.cell);
  return `?${p.toString()}`;
}
