/**
 * The document view's pure logic: text search (hits as ranges of the text, case-insensitive,
 * Unicode-aware) and the segment filter. No DOM here, so it is tested under Node.
 */

/** A hit as a range of UTF-16 indices into the searched string, end exclusive. */
export interface Hit {
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every non-overlapping occurrence of `query` (trimmed, runs of white space matching any run
 * of white space) in `text`, ignoring case. An empty query finds nothing.
 */
export function findHits(text: string, query: string): Hit[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
  const hits: Hit[] = [];
  for (const m of text.matchAll(pattern)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
}

/** The parts of [from, to) of the text that `hits` cover, relative to `from`. */
export function hitsWithin(hits: readonly Hit[], from: number, to: number): Hit[] {
  return hits
    .filter((h) => h.end > from && h.start < to)
    .map((h) => ({ start: Math.max(h.start, from) - from, end: Math.min(h.end, to) - from }));
}

/** The filter of the document view: "" means any. Valence "recommendation" picks recommendations. */
export interface SegmentFilter {
  dimension: string;
  valence: string;
}

/** Value of the dimension filter that picks cross-cutting statements (not a valid id). */
export const CROSS_CUTTING = "(none)";

export function matchesFilter(seg: { dimension: string; valence: string | null; kind: string }, filter: SegmentFilter): boolean {
  const dimension = seg.dimension || CROSS_CUTTING;
  const valence = seg.kind === "recommendation" ? "recommendation" : (seg.valence ?? "");
  return (!filter.dimension || filter.dimension === dimension) && (!filter.valence || filter.valence === valence);
}
