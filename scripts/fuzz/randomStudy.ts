/**
 * A study folder whose every text is seeded random text (randomText.ts), for the rendering family
 * of `npm run fuzz`: the base of scripts/fuzz/studyBase.ts (study-mini, public figures, prose, a
 * second coder) with every text rewritten by scripts/fuzz/studyTexts.ts. Field n (numbered in the
 * order rewriteStudyTexts meets them) carries the mark `«Rn.v»` in each of its values v, so a
 * failure can name its field. The same seed writes the same folder.
 */
import { writeStudyBase } from "./studyBase.js";
import { randomText, type Category } from "./randomText.js";
import { rewriteStudyTexts, type TextField, type TextKind } from "./studyTexts.js";

export interface RandomField extends TextField {
  /** The field's number, in its marks and payloads. */
  n: number;
}

/** One text written (or offered: a field whose schema refuses a text keeps its value). */
export interface WrittenText {
  n: number;
  kind: TextKind;
  text: string;
  categories: Category[];
}

export interface RandomStudy {
  seed: number;
  dir: string;
  /** Every field rewritten, with its number. */
  fields: RandomField[];
  /** Every text drawn, by field number. */
  texts: Map<number, WrittenText[]>;
}

const fieldKey = (at: TextField) => `${at.file}\u0000${at.field}`;

/** Writes the random study for `seed` into `dir` (emptied first). */
export function writeRandomStudy(dir: string, seed: number): RandomStudy {
  writeStudyBase(dir);
  const numbers = new Map<string, number>();
  const numberOf = (at: TextField) => {
    const key = fieldKey(at);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };
  // A value met again (a place named on many rows) gets the same text, so what was one stays one.
  const drawn = new Map<string, WrittenText>();
  const texts = new Map<number, WrittenText[]>();
  const fields = rewriteStudyTexts(dir, (at, value, kind) => {
    const n = numberOf(at);
    const key = `${fieldKey(at)}\u0000${kind}\u0000${value}`;
    let written = drawn.get(key);
    if (!written) {
      const list = texts.get(n) ?? [];
      const { text, categories } = randomText(seed, key, kind, n, list.length + 1);
      written = { n, kind, text, categories };
      drawn.set(key, written);
      list.push(written);
      texts.set(n, list);
    }
    return written.text;
  });
  const rewritten = fields.map((f) => ({ ...f, n: numberOf(f) }));
  // Only the fields that took a text (a field whose schema refused every text kept its value).
  const kept = new Set(rewritten.map((f) => f.n));
  for (const n of texts.keys()) if (!kept.has(n)) texts.delete(n);
  return { seed, dir, fields: rewritten, texts };
}
