/**
 * The spans of a source text a reading view needs. `splitSpans` cuts the text at every boundary
 * of its coded (and excluded) spans, so that the view can highlight each piece with every layer
 * that covers it: overlapping codings become stacked layers on the pieces they share.
 * `sourceLayout` finds how the text is shown as written without changing a character of it: its
 * `*…*` emphasis, and the line breaks that fall inside a sentence (a page break of the original,
 * say), shown as a space. Offsets are 0-based Unicode code points, end exclusive (as in
 * findings.csv); the pieces' texts join back to the source exactly, CRLF and characters outside
 * the BMP included.
 */
import type { Layer, Piece, SourceLayout, Span } from "../../src/shared/model/document.js";
export type { Layer, Piece, SourceLayout, Span };

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

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/** An asterisk that can open emphasis: not inside a word, and followed by a character of it. */
function opens(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  return next !== undefined && next !== "*" && !SPACE.test(next) && (prev === undefined || (prev !== "*" && !WORD.test(prev)));
}

/** An asterisk that can close emphasis: right after a character of it, and not inside a word. */
function closes(chars: readonly string[], i: number): boolean {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  return prev !== undefined && prev !== "*" && !SPACE.test(prev) && (next === undefined || (next !== "*" && !WORD.test(next)));
}

/**
 * The text's `*…*` emphasis (both asterisks included): each asterisk that can close (at a word's
 * end) pairs with the nearest one before it on the same line that can open (at a word's start);
 * asterisks before a pair stay the text's own, so spans never nest or overlap. Hand-rolled rather
 * than a Markdown parser because the source is not Markdown: every other character (`#`, `_`,
 * `<b>`, a lone or doubled asterisk, `2 * 3`) is the text's own and stays as it is. Linear.
 */
export function emphasisSpans(chars: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < chars.length; i++) {
    if (LINE_BREAK.test(chars[i]!)) open = -1;
    if (chars[i] !== "*") continue;
    if (open >= 0 && i > open + 1 && closes(chars, i)) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (opens(chars, i)) open = i;
  }
  return spans;
}

/** Closing quotes, brackets and emphasis marks after a sentence's last word. */
const TRAILING = /[\s"'\u201d\u2019\u00bb)\]}*_]+$/u;
const SENTENCE_END = /[.!?:;\u2026]$/u;
/** A section number (5.1, 4.2.1) or a chapter's name (BAB V, Chapter 2) at the start of a line. */
const SECTION = /^(\d+(\.\d+)+\.?(\s|$)|(bab|chapter|bagian|part|lampiran|appendix)\s+([ivxlc]+|\d+)\b)/iu;
/** A numbered, lettered or bulleted item: "2. ", "b) ", "(iv) ", "- ", "• ". */
const ITEM = /^(\(?(\d{1,3}|[a-z]|[ivx]{1,5})[.)]|[-\u2013\u2014\u2022\u25aa\u25e6\u00b7*+])\s/iu;
/** A speaker's or a field's label: up to three words and a colon ("Kader:", "P:", "I-01 kader:"). */
const LABEL = /^[^\s:]{1,30}(\s[^\s:]{1,30}){0,2}:(\s|$)/u;

/** A heading: numbered as a section or chapter, in capitals only, or of three words or fewer. */
function isHeading(line: string): boolean {
  return SECTION.test(line) || (/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) || line.split(/\s+/u).length <= 3;
}

/**
 * Whether a line break between two lines of text (`before` ends where the break begins, `after`
 * starts where it ends) falls inside a sentence, so the reader should see one space: `before`
 * does not end a sentence (. ! ? : ; or …, before any closing quote or bracket), neither line is
 * a heading (see isHeading; a short `after` may be a sentence's last words, so its length does
 * not count), and `after` does not start a numbered or bulleted item or a speaker's label.
 * Blank lines count as one break. Anything less sure stays a break: a paragraph wrongly run into
 * a heading reads worse than a sentence cut by a break, as the file has it.
 */
export function joinsLines(before: string, after: string): boolean {
  const b = before.trim();
  const a = after.trim();
  if (!b || !a || SENTENCE_END.test(b.replace(TRAILING, ""))) return false;
  if (isHeading(b) || SECTION.test(a) || (/\p{Lu}/u.test(a) && !/\p{Ll}/u.test(a))) return false;
  return !ITEM.test(a) && !LABEL.test(a);
}

/** Each run of white space holding a line break, with text on both sides, that `joinsLines` joins. */
export function joinedBreaks(chars: readonly string[]): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i < chars.length; ) {
    if (!SPACE.test(chars[i]!)) {
      i++;
      continue;
    }
    let end = i;
    let lastBreak = -1;
    while (end < chars.length && SPACE.test(chars[end]!)) {
      if (LINE_BREAK.test(chars[end]!)) lastBreak = end;
      end++;
    }
    if (lastBreak >= 0) {
      let next = end;
      while (next < chars.length && !LINE_BREAK.test(chars[next]!)) next++;
      if (i > 0 && end < chars.length && joinsLines(chars.slice(lineStart, i).join(""), chars.slice(end, next).join(""))) spans.push({ start: i, end });
      lineStart = lastBreak + 1;
    }
    i = end;
  }
  return spans;
}

/** How a reading view shows `text` as written (see the module comment); the text itself is never changed. */
export function sourceLayout(text: string): SourceLayout {
  const chars = Array.from(text);
  return { emphasis: emphasisSpans(chars), joins: joinedBreaks(chars) };
}
