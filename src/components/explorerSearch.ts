/**
 * The explorer's full-text search: folding (case and diacritics), search terms and phrases,
 * and marking the terms in a text.
 */

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
