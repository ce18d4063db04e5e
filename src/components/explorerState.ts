/**
 * The evidence explorer's view in the URL (`?valence=gap&q=kader&id=F12`), so that a view can
 * be shared and reopened: reading a query string (dropping what is malformed or unknown) and
 * writing one in a stable order.
 */
import { FACETS, NO_DIMENSION, type Facet } from "./explorerFacets.js";

export interface ExplorerState {
  kind: string;
  dimension: string;
  subcode: string;
  valence: string;
  actor: string;
  stage: string;
  /** The full-text search. */
  q: string;
  /** The selected example query. */
  example: string;
  /** The SQL last run, when it is not the example's own. */
  sql: string;
  /** The finding or recommendation opened (`?id=F12`). */
  id: string;
}

export const EMPTY_STATE: ExplorerState = {
  kind: "",
  dimension: "",
  subcode: "",
  valence: "",
  actor: "",
  stage: "",
  q: "",
  example: "",
  sql: "",
  id: ""
};

/** Parameter order in the URL (stable, so the same view always gives the same address). */
const KEYS: readonly (keyof ExplorerState)[] = [...FACETS, "q", "id", "example", "sql"];

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const MAX_QUERY_LENGTH = 200;
export const MAX_SQL_LENGTH = 20_000;

type Raw = string | Record<string, string> | URLSearchParams;

function params(input: Raw): URLSearchParams {
  return input instanceof URLSearchParams ? input : new URLSearchParams(input);
}

/**
 * The state in a query string. Values that are not well-formed, or (when `known` is given)
 * not among a facet's known values, are dropped, so a stale or hand-edited link still opens.
 */
export function parseState(input: Raw, known: Partial<Record<Facet | "example", readonly string[]>> = {}): ExplorerState {
  const p = params(input);
  const state: ExplorerState = { ...EMPTY_STATE };
  for (const facet of FACETS) {
    const value = p.get(facet)?.trim() ?? "";
    const ok = facet === "dimension" && value === NO_DIMENSION ? true : ID.test(value);
    const allowed = known[facet];
    if (ok && (!allowed || allowed.includes(value))) state[facet] = value;
  }
  const example = p.get("example")?.trim() ?? "";
  if (ID.test(example) && (!known.example || known.example.includes(example))) state.example = example;
  const id = p.get("id")?.trim() ?? "";
  if (ID.test(id)) state.id = id;
  state.q = (p.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  state.sql = (p.get("sql") ?? "").trim().slice(0, MAX_SQL_LENGTH);
  return state;
}

/**
 * The query string for a state (`""` when nothing is set); `defaultExample` is left out of the URL.
 * `extra` parameters (the case facets, explorerCases.ts) come last, in their order.
 */
export function serializeState(state: Partial<ExplorerState>, defaultExample = "", extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const key of KEYS) {
    const value = (state[key] ?? "").trim();
    if (!value) continue;
    if (key === "example" && value === defaultExample) continue;
    p.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) p.set(key, value);
  const s = p.toString();
  return s ? `?${s}` : "";
}
