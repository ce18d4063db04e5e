/**
 * The evidence explorer's logic, free of the DOM: the coded segments (findings and
 * recommendations) as one arquero table, the facet and full-text filter, and the view's
 * state in the URL (`?valence=gap&q=kader&id=F12`), so that a view can be shared and reopened.
 *
 * Arquero is passed in (`aq`) rather than imported: on the page it is Framework's browser
 * build (`npm:arquero`, the implicit `aq`), because the package's Node entry, which a bare
 * import in a component resolves to, reads files with `node:fs`; under vitest it is the
 * installed package.
 */
import type * as Aq from "arquero";
import type { ColumnTable } from "arquero";
import { pick, t, type DictKey, type Lang } from "../shared/i18n/index.js";

export const SEGMENT_KINDS = ["finding", "recommendation"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** One coded segment of the source, with its locator, its codes and both texts. */
export interface Segment {
  id: string;
  kind: SegmentKind;
  source: string;
  section: string;
  item: string;
  start: number;
  end: number;
  /** A dimension id, or "" for a cross-cutting statement. */
  dimension: string;
  subcodes: string[];
  /** `strength`, `gap` or `neutral` for findings; "" for recommendations. */
  valence: string;
  actors: string[];
  stages: string[];
  /** For a recommendation: the gap findings it answers. */
  answers: string[];
  text_id: string;
  text_en: string;
  /** The id and both texts, folded for search (see `fold`). */
  search: string;
}

/** The facets the explorer filters on, in the order the controls show them. */
export const FACETS = ["kind", "dimension", "subcode", "valence", "actor", "stage"] as const;
export type Facet = (typeof FACETS)[number];

/** The facet value meaning "no dimension" (cross-cutting); ids cannot start with `_`, so it never collides. */
export const NO_DIMENSION = "_none";

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

/** The query string for a state (`""` when nothing is set); `defaultExample` is left out of the URL. */
export function serializeState(state: Partial<ExplorerState>, defaultExample = ""): string {
  const p = new URLSearchParams();
  for (const key of KEYS) {
    const value = (state[key] ?? "").trim();
    if (!value) continue;
    if (key === "example" && value === defaultExample) continue;
    p.set(key, value);
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** Lower case without diacritics, so `ibu` finds `Ibu` and `kesehatan` finds `kesehatán`. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Search terms: words, or phrases in double quotes, folded; empty when the query is blank. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of fold(query).matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? "").replace(/\s+/g, " ").trim();
    if (term) terms.push(term);
  }
  return terms;
}

const list = (s: string | undefined): string[] => (s ? s.split(";").filter(Boolean) : []);
const whole = (s: string | undefined): number => {
  const n = Number(s);
  return Number.isInteger(n) ? n : NaN;
};

/**
 * The segments from the two CSV tables as the site serves them (src/data/findings.csv and
 * src/data/recommendations.csv, every cell a string, lists joined with `;`).
 */
export function segmentsFromRows(findings: readonly Record<string, string>[], recommendations: readonly Record<string, string>[]): Segment[] {
  const base = (r: Record<string, string>, kind: SegmentKind): Segment => ({
    id: r.id ?? "",
    kind,
    source: r.source ?? "",
    section: r.section ?? "",
    item: r.item ?? "",
    start: whole(r.start),
    end: whole(r.end),
    dimension: r.dimension ?? "",
    subcodes: list(r.subcodes),
    valence: r.valence ?? "",
    actors: list(r.actors),
    stages: list(r.stages),
    answers: list(r.answers),
    text_id: r.text_id ?? "",
    text_en: r.text_en ?? "",
    search: fold([r.id, r.text_id, r.text_en].join("\n"))
  });
  return [...findings.map((r) => base(r, "finding")), ...recommendations.map((r) => base(r, "recommendation"))];
}

/** The parts of arquero this module uses. */
export type Arquero = Pick<typeof Aq, "from" | "table">;

/** The segments as an arquero table (list columns stay arrays). */
export function segmentTable(segments: readonly Segment[], aq: Arquero): ColumnTable {
  return aq.from(segments as Segment[]);
}

/** Arquero expressions for each facet: `$.v` is the chosen value. */
const FACET_EXPR: Record<Facet, string> = {
  kind: "(d, $) => d.kind === $.v",
  dimension: "(d, $) => d.dimension === $.v",
  subcode: "(d, $) => op.includes(d.subcodes, $.v)",
  valence: "(d, $) => d.valence === $.v",
  actor: "(d, $) => op.includes(d.actors, $.v)",
  stage: "(d, $) => op.includes(d.stages, $.v)"
};

/**
 * The rows that match every chosen facet and contain every search term (in the id, the
 * Indonesian text or the English translation), in source order.
 */
export function filterSegments(table: ColumnTable, state: Partial<ExplorerState>): ColumnTable {
  let t = table;
  for (const facet of FACETS) {
    const value = state[facet];
    if (!value) continue;
    t = t.params({ v: facet === "dimension" && value === NO_DIMENSION ? "" : value }).filter(FACET_EXPR[facet]);
  }
  for (const term of searchTerms(state.q ?? "")) {
    t = t.params({ v: term }).filter("(d, $) => op.includes(d.search, $.v)");
  }
  return t;
}

/** How many segments carry each value of each facet (for the controls' labels). */
export function facetCounts(segments: readonly Segment[]): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const add = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  for (const s of segments) {
    add("kind", s.kind);
    add("dimension", s.dimension || NO_DIMENSION);
    for (const v of new Set(s.subcodes)) add("subcode", v);
    if (s.valence) add("valence", s.valence);
    for (const v of new Set(s.actors)) add("actor", v);
    for (const v of new Set(s.stages)) add("stage", v);
  }
  return counts;
}

export interface Codebook {
  dimensions: readonly { id: string }[];
  subcodes: readonly { id: string; dimension: string }[];
  stages: readonly { id: string }[];
  actors: readonly { id: string }[];
}

/**
 * Each facet's choices: "" (all) first, then the values the segments use, in codebook order
 * (sub-codes grouped by their dimension; cross-cutting after the dimensions).
 */
export function facetValues(segments: readonly Segment[], codebook: Codebook): Record<Facet, string[]> {
  const counts = facetCounts(segments);
  const used = (facet: Facet, order: readonly string[]) => ["", ...order.filter((v) => counts[facet].has(v))];
  const dimOrder = codebook.dimensions.map((d) => d.id);
  const subcodes = [...codebook.subcodes].sort((a, b) => dimOrder.indexOf(a.dimension) - dimOrder.indexOf(b.dimension));
  return {
    kind: used("kind", SEGMENT_KINDS),
    dimension: used("dimension", [...dimOrder, NO_DIMENSION]),
    subcode: used("subcode", subcodes.map((s) => s.id)),
    valence: used("valence", ["strength", "gap", "neutral"]),
    actor: used("actor", codebook.actors.map((a) => a.id)),
    stage: used("stage", codebook.stages.map((s) => s.id))
  };
}

export interface Piece {
  text: string;
  mark: boolean;
}

/**
 * `text` cut into pieces, marking every occurrence of a search term (matched on the folded
 * text, so marks land on the original characters, accents included).
 */
export function markTerms(text: string, terms: readonly string[]): Piece[] {
  if (!terms.length || !text) return [{ text, mark: false }];
  // Fold code point by code point, remembering where each folded character came from.
  let folded = "";
  const from: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let i = 0; i < f.length; i++) from.push(offset);
    folded += f;
    offset += ch.length;
  }
  from.push(text.length);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
      const a = from[i]!;
      const b = from[i + term.length] ?? text.length;
      for (let k = a; k < Math.max(b, a + 1); k++) marked[k] = true;
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    pieces.push({ text: text.slice(i, j), mark: marked[i]! });
    i = j;
  }
  return pieces;
}



/** Rows as CSV (RFC 4180, through arquero), with the given columns in that order. */
export function rowsToCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], aq: Arquero): string {
  const data = Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c] ?? null)]));
  return aq.table(data, columns as string[]).toCSV();
}

/** What the labels need from the study bundle (src/data/study.json). */
export interface LabelSource {
  dimensions: readonly { id: string; order: number; name_id: string; name_en: string }[];
  subcodes: readonly { id: string; dimension: string; label_id: string; label_en: string }[];
  stages: readonly { id: string; label_id: string; label_en: string }[];
  actors: readonly { id: string; label_id: string; label_en: string }[];
}

export interface Labels {
  facet(facet: Facet): string;
  dimension(id: string): string;
  /** The dimension's number in the codebook (1..n), or undefined. */
  dimensionOrder(id: string): number | undefined;
  subcode(id: string): string;
  stage(id: string): string;
  actor(id: string): string;
  valence(id: string): string;
  kind(id: string): string;
  /** The label of a value of any facet ("" is "all"). */
  value(facet: Facet, id: string): string;
}

const VALENCE_KEYS: Record<string, DictKey> = { strength: "valence.strength", gap: "valence.gap", neutral: "valence.neutral" };
const KIND_KEYS: Record<string, DictKey> = { finding: "explorer.kind.finding", recommendation: "explorer.kind.recommendation" };
const FACET_KEYS: Record<Facet, DictKey> = {
  kind: "explorer.facet.kind",
  dimension: "explorer.facet.dimension",
  subcode: "explorer.facet.subcode",
  valence: "explorer.facet.valence",
  actor: "explorer.facet.actor",
  stage: "explorer.facet.stage"
};

/** Labels in one language for every code, from the codebook (an unknown id is shown as itself). */
export function segmentLabels(study: LabelSource, lang: Lang): Labels {
  const byId = <T extends { id: string }>(rows: readonly T[], label: (r: T) => string) => {
    const m = new Map(rows.map((r) => [r.id, label(r)]));
    return (id: string) => m.get(id) ?? id;
  };
  const dimensionName = byId(study.dimensions, (d) => (lang === "id" ? d.name_id : d.name_en));
  const order = new Map(study.dimensions.map((d) => [d.id, d.order]));
  const labels: Labels = {
    facet: (f) => t(lang, FACET_KEYS[f]),
    dimension: (id) => (id === "" || id === NO_DIMENSION ? t(lang, "explorer.crossCutting") : dimensionName(id)),
    dimensionOrder: (id) => order.get(id),
    subcode: byId(study.subcodes, (s) => pick(lang, s, "label")),
    stage: byId(study.stages, (s) => pick(lang, s, "label")),
    actor: byId(study.actors, (a) => pick(lang, a, "label")),
    valence: (v) => (VALENCE_KEYS[v] ? t(lang, VALENCE_KEYS[v]) : v),
    kind: (k) => (KIND_KEYS[k] ? t(lang, KIND_KEYS[k]) : k),
    value: (facet, id) => {
      if (id === "") return t(lang, "explorer.all");
      switch (facet) {
        case "kind":
          return labels.kind(id);
        case "dimension":
          return labels.dimension(id);
        case "subcode":
          return labels.subcode(id);
        case "valence":
          return labels.valence(id);
        case "actor":
          return labels.actor(id);
        case "stage":
          return labels.stage(id);
      }
    }
  };
  return labels;
}

