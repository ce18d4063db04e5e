/**
 * Splits a source text at every boundary of its coded (and excluded) spans, so that a reading
 * view can highlight each piece with every layer that covers it: overlapping codings become
 * stacked layers on the pieces they share. Offsets are 0-based Unicode code points, end
 * exclusive (as in findings.csv); the pieces' texts join back to the source exactly, CRLF and
 * characters outside the BMP included.
 */
import type { Layer, Piece } from "../../src/shared/model/document.js";
export type { Layer, Piece };

/** Outer spans first: earlier start, then longer, then id (a stable order for equal spans). */
function outerFirst(a: Layer, b: Layer): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The text as pieces. Layers are clipped to the text; empty or reversed layers cover nothing.
 * Every piece is non-empty and the pieces are contiguous from 0 to the text's length.
 */
export function splitSpans(text: string, layers: readonly Layer[]): Piece[] {
  const chars = Array.from(text);
  const length = chars.length;
  const clipped = layers
    .map((l) => ({ id: l.id, start: Math.max(0, Math.min(l.start, length)), end: Math.max(0, Math.min(l.end, length)) }))
    .filter((l) => l.end > l.start)
    .sort(outerFirst);
  const cuts = new Set<number>([0, length]);
  for (const l of clipped) cuts.add(l.start).add(l.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({
      start,
      end,
      text: chars.slice(start, end).join(""),
      layers: clipped.filter((l) => l.start <= start && l.end >= end).map((l) => l.id)
    });
  }
  return pieces;
}

/**
 * A lane per layer so that overlapping layers never share one (the margin stripes stand side
 * by side): greedy interval colouring in start order, which uses the fewest lanes.
 */
export function assignLanes(layers: readonly Layer[]): Map<string, number> {
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  for (const l of [...layers].sort(outerFirst)) {
    let lane = laneEnds.findIndex((end) => end <= l.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = l.end;
    lanes.set(l.id, lane);
  }
  return lanes;
}
