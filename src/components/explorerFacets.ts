/**
 * The explorer's segments and facets, free of the DOM: the coded segments (findings and
 * recommendations) as one arquero table, the facet and full-text filter, and each facet's
 * values and counts.
 *
 * Arquero is passed in (`aq`) rather than imported: on the page it is Framework's browser
 * build (`npm:arquero`, the implicit `aq`), because the package's Node entry, which a bare
 * import in a component resolves to, reads files with `node:fs`; under vitest it is the
 * installed package.
 */
import type * as Aq from "arquero";
import type { ColumnTable } from "arquero";
import { fold, searchTerms } from "./explorerSearch.js";
import type { ExplorerState } from "./explorerState.js";

export const SEGMENT_KINDS = ["finding", "recommendation"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** What a coded segment is everywhere: its id, its locator, its dimension and both texts. */
interface Coded {
  id: string;
  source: string;
  section: string;
  item: string;
  start: number;
  end: number;
  /** A dimension id, or "" for a cross-cutting statement. */
  dimension: string;
  text_id: string;
  text_en: string;
}

/** One coded segment of the source, with its locator, its codes and both texts. */
export interface Segment extends Coded {
  kind: SegmentKind;
  subcodes: string[];
  /** `strength`, `gap` or `neutral` for findings; "" for recommendations. */
  valence: string;
  actors: string[];
  stages: string[];
  /** For a recommendation: the gap findings it answers. */
  answers: string[];
  /** The id and both texts, folded for search (see `fold`). */
  search: string;
}

/** The facets the explorer filters on, in the order the controls show them. */
export const FACETS = ["kind", "dimension", "subcode", "valence", "actor", "stage"] as const;
export type Facet = (typeof FACETS)[number];

/** The facet value meaning "no dimension" (cross-cutting); ids cannot start with `_`, so it never collides. */
export const NO_DIMENSION = "_none";

/** A coded row as the site's study dataset holds it (site/study.json): typed, lists as arrays. */
export interface CodedRow extends Coded {
  subcodes?: readonly string[];
  valence?: string;
  actors?: readonly string[];
  stages?: readonly string[];
  answers?: readonly string[];
}

/** The segments of the study's findings and recommendations, as the study dataset types them (no CSV round trip). */
export function segmentsOf(study: { findings: readonly CodedRow[]; recommendations: readonly CodedRow[] }): Segment[] {
  const base = (r: CodedRow, kind: SegmentKind): Segment => ({
    id: r.id,
    kind,
    source: r.source,
    section: r.section,
    item: r.item,
    start: r.start,
    end: r.end,
    dimension: r.dimension,
    subcodes: [...(r.subcodes ?? [])],
    valence: r.valence ?? "",
    actors: [...(r.actors ?? [])],
    stages: [...(r.stages ?? [])],
    answers: [...(r.answers ?? [])],
    text_id: r.text_id,
    text_en: r.text_en,
    search: fold([r.id, r.text_id, r.text_en].join("\n"))
  });
  return [...study.findings.map((r) => base(r, "finding")), ...study.recommendations.map((r) => base(r, "recommendation"))];
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

