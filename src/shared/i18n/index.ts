/**
 * The site's two languages and their dictionaries. Pages are written once and rendered
 * per language: `t(lang, key)` picks the string, `fmt(lang)` the number format.
 */
import { en } from "./en.js";
import { id, type DictKey } from "./id.js";

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "id";
export const LOCALES: Record<Lang, string> = { id: "id-ID", en: "en-GB" };

const dictionaries: Record<Lang, Record<DictKey, string>> = { id, en };

export type { DictKey };

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** The string for `key` in `lang`; throws on an unknown key so a gap never renders blank. */
export function t(lang: Lang, key: DictKey): string {
  const value = dictionaries[lang][key];
  if (value === undefined) throw new Error(`missing translation: ${lang}.${key}`);
  return value;
}

/** Numbers in the language's conventions (id-ID: 1.234,5; en-GB: 1,234.5). */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/** Dates in the language's conventions; `value` is an ISO date, year-month or year. */
export function formatDate(lang: Lang, value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

/** The text of a bilingual record field: `pick(lang, row, "label")` reads `label_id` or `label_en`. */
export function pick<F extends string>(lang: Lang, row: { [K in `${F}_${Lang}`]: string }, field: F): string {
  return row[`${field}_${lang}` as `${F}_${Lang}`];
}
