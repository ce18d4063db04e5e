/**
 * Locators: offsets are 0-based Unicode code points into a source file, end exclusive.
 * A segment's text equals the located span after removing Markdown emphasis asterisks
 * and folding whitespace runs to one space.
 */

export function normalizeSegment(s: string): string {
  return s.replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

/** The code points of the source last asked for (many segments are located in one source in a row). */
let cached: { source: string; chars: string[] } | undefined;
function codePointsOf(source: string): string[] {
  if (cached?.source !== source) cached = { source, chars: Array.from(source) };
  return cached.chars;
}

/** The span [start, end) of `source`, counted in code points. */
export function sliceCodePoints(source: string, start: number, end: number): string {
  return codePointsOf(source).slice(start, end).join("");
}

/** Checks a locator; returns the problem (field and message) or undefined when it holds. */
export function locate(
  source: string,
  start: number,
  end: number,
  text: string
): { field: "start" | "end" | "text"; message: string } | undefined {
  const length = codePointsOf(source).length;
  if (end <= start) return { field: "end", message: `expected end > start (start ${start}, end ${end})` };
  if (end > length) return { field: "end", message: `offset ${end} is past the end of the source (${length} code points)` };
  const span = normalizeSegment(sliceCodePoints(source, start, end));
  const want = normalizeSegment(text);
  if (span === want) return undefined;
  const shown = span.length > 80 ? `${span.slice(0, 77)}…` : span;
  return { field: "text", message: `text does not match the source at ${start}-${end} (the source has "${shown}")` };
}
