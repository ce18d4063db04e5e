/**
 * Small counts in words, as official writing spells them ("Empat saran penelitian", "the four
 * recommendations"): one to ten in each language, digits (Intl, the language's format) above.
 * Intl has no number spelling, so the ten words are written here; they are grammar, not any
 * study's count.
 */
import { formatNumber, type Lang } from "./index.js";

const WORDS: Record<Lang, readonly string[]> = {
  id: ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
};

export function spellCount(lang: Lang, n: number, { capital = false } = {}): string {
  const word = Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[lang][n]! : formatNumber(lang, n);
  return capital ? word.charAt(0).toLocaleUpperCase(lang) + word.slice(1) : word;
}
