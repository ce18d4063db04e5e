/**
 * Positions in coded texts. Our locators count Unicode code points (not UTF-16 units) in the
 * source file as written. QDA tools disagree on one thing: whether a Windows line end (CRLF)
 * counts as one character or two. `toFileOffset` turns a tool's position into ours.
 */

export type CrlfMode = "one" | "two";

/** Code points of `text`. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/**
 * Maps positions counted with CRLF as one character to positions in the file (CRLF as two).
 * `map[i]` is the file offset of the i-th character of the LF-normalised text; the array has
 * one entry more than there are characters, for end positions.
 */
export function crlfOneMap(chars: readonly string[]): number[] {
  const map: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    map.push(i);
    if (chars[i] === "\r" && chars[i + 1] === "\n") i++; // the pair counts once, at its \r
  }
  map.push(chars.length);
  return map;
}

/** Folds whitespace runs to one space and trims (how our text fields hold a span). */
export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** For matching a tool's selection label against a span: whitespace and asterisks ignored, lower case. */
function comparable(s: string): string {
  return collapse(s.replace(/\*/g, "")).toLowerCase();
}

export interface PositionedText {
  chars: string[];
  oneMap?: number[];
  hasCrlf: boolean;
}

export function positioned(text: string): PositionedText {
  const chars = codePoints(text);
  const hasCrlf = text.includes("\r\n");
  return { chars, hasCrlf, oneMap: hasCrlf ? crlfOneMap(chars) : undefined };
}

/** The file offset (code points) of a tool position, or undefined when it is out of range. */
export function toFileOffset(t: PositionedText, position: number, mode: CrlfMode): number | undefined {
  if (position < 0) return undefined;
  if (mode === "one" && t.oneMap) return position < t.oneMap.length ? t.oneMap[position] : undefined;
  return position <= t.chars.length ? position : undefined;
}

export function span(t: PositionedText, start: number, end: number): string {
  return t.chars.slice(start, end).join("");
}

/**
 * Decides how a tool counted CRLF in one source. The selections' labels decide when the tool
 * wrote them (many tools label a selection with its text): the mode under which more labels
 * agree with the span wins. Without evidence, ATLAS.ti counts CRLF as one (QualCoder's importer
 * makes the same exception) and everyone else as two, which is what the standard's "characters
 * of the plain text" means for a file that holds CRLF.
 */
export function decideCrlf(
  t: PositionedText,
  selections: readonly { start: number; end: number; name?: string }[],
  origin: string | undefined
): { mode: CrlfMode; reason: string } {
  if (!t.hasCrlf) return { mode: "two", reason: "no CRLF line ends" };
  const score = (mode: CrlfMode) => {
    let agree = 0;
    let outOfRange = 0;
    for (const s of selections) {
      const a = toFileOffset(t, s.start, mode);
      const b = toFileOffset(t, s.end, mode);
      if (a === undefined || b === undefined) {
        outOfRange++;
        continue;
      }
      const label = comparable(s.name ?? "");
      if (label.length < 3) continue;
      const got = comparable(span(t, a, b));
      const probe = label.replace(/(\.\.\.|…)$/, "").slice(0, 40);
      if (got.startsWith(probe)) agree++;
    }
    return { agree, outOfRange };
  };
  const one = score("one");
  const two = score("two");
  if (one.outOfRange !== two.outOfRange) {
    const mode: CrlfMode = one.outOfRange < two.outOfRange ? "one" : "two";
    return { mode, reason: `positions fit the text only with CRLF counted as ${mode}` };
  }
  if (one.agree !== two.agree) {
    const mode: CrlfMode = one.agree > two.agree ? "one" : "two";
    return { mode, reason: `selection labels match the text with CRLF counted as ${mode} (${Math.max(one.agree, two.agree)} vs ${Math.min(one.agree, two.agree)})` };
  }
  if (/atlas/i.test(origin ?? "")) return { mode: "one", reason: "no evidence in the labels; ATLAS.ti counts CRLF as one character" };
  return { mode: "two", reason: "no evidence in the labels; CRLF counted as two characters, as written in the file" };
}
