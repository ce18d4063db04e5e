/**
 * The units of an agreement comparison: the characters of a source text. Offsets are code points
 * into the file as written (as findings.csv counts them), so an emoji is one unit. A Windows line
 * end (CRLF) is one unit, not two: its `\n` is not counted, so a file saved with CRLF gives the
 * same figures as the same text with LF. What one coder coded with one code in one source is a
 * list of spans, merged so that overlapping selections of the same coder count each unit once.
 */
import type { CrossTable } from "./stats.js";

/** [start, end) in code points of the file, end exclusive. */
export type Span = readonly [number, number];

export interface UnitIndex {
  /** The text's code points. */
  chars: string[];
  /** `prefix[i]` = how many units lie in [0, i); one entry more than there are code points. */
  prefix: number[];
}

export function unitIndex(text: string): UnitIndex {
  const chars = Array.from(text);
  const prefix = [0];
  for (let i = 0; i < chars.length; i++) {
    const pairedLf = chars[i] === "\n" && chars[i - 1] === "\r";
    prefix.push(prefix[i]! + (pairedLf ? 0 : 1));
  }
  return { chars, prefix };
}

/** How many units the whole text holds. */
export function totalUnits(index: UnitIndex): number {
  return index.prefix[index.chars.length]!;
}

/** Units in [start, end). */
export function unitsBetween(index: UnitIndex, start: number, end: number): number {
  return end > start ? index.prefix[end]! - index.prefix[start]! : 0;
}

/** Sorted, non-overlapping, non-touching spans covering the same code points as `spans`. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Units covered by merged spans. */
export function unitsIn(index: UnitIndex, spans: readonly Span[]): number {
  return spans.reduce((n, [a, b]) => n + unitsBetween(index, a, b), 0);
}

/** The merged spans both lists cover. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (end > start) out.push([start, end]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** The 2×2 table of one code in one source: merged spans of coder A and coder B. */
export function crossTable(index: UnitIndex, a: readonly Span[], b: readonly Span[]): CrossTable {
  const both = unitsIn(index, intersect(a, b));
  const onlyA = unitsIn(index, a) - both;
  const onlyB = unitsIn(index, b) - both;
  return { both, onlyA, onlyB, neither: totalUnits(index) - both - onlyA - onlyB };
}

/** A maximal run of code points coded by exactly one coder. */
export interface Run {
  start: number;
  end: number;
  coder: "a" | "b";
}

/** The runs where exactly one of two merged span lists codes the text, in text order. */
export function disagreementRuns(a: readonly Span[], b: readonly Span[]): Run[] {
  const cuts = [...new Set([...a, ...b].flatMap(([s, e]) => [s, e]))].sort((x, y) => x - y);
  const covers = (list: readonly Span[], at: number) => list.some(([s, e]) => s <= at && at < e);
  const runs: Run[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]!;
    const end = cuts[k + 1]!;
    const inA = covers(a, start);
    const inB = covers(b, start);
    if (inA === inB) continue;
    const coder = inA ? "a" : "b";
    const last = runs[runs.length - 1];
    if (last && last.end === start && last.coder === coder) last.end = end;
    else runs.push({ start, end, coder });
  }
  return runs;
}
