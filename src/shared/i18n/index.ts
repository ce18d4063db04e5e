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

// Intl's formatters are costly to make and cheap to use: one per language and options, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Numbers in the language's conventions (id-ID: 1.234,5; en-GB: 1,234.5). */
export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${lang} ${JSON.stringify(options)}` : lang;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format.format(value);
}

/** Dates in the language's conventions; `value` is an ISO date, year-month or year. */
export function formatDate(lang: Lang, value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" } : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

// The study's vocabularies are defined in ../model/vocab.ts; these are re-exported where the interface reads them.
export { SOURCE_KINDS, TRANSLATION_PENDING, isUntranslated, type SourceKind } from "../model/vocab.js";
import type { SourceKind } from "../model/vocab.js";

/**
 * The words for a study's source, filling `{work}` ("the thesis", "the study"), `{Work}` (the
 * same, capitalised), `{label}` (the study card's label) and `{coded}` (what was coded: "the
 * conclusions chapter", "the interview transcripts"…) in dictionary strings.
 */
export function sourceWords(lang: Lang, kind: SourceKind = "documents"): Record<"work" | "Work" | "label" | "coded", string> {
  const work = t(lang, `source.${kind}.work` as DictKey);
  return { work, Work: work.charAt(0).toLocaleUpperCase(LOCALES[lang]) + work.slice(1), label: t(lang, `source.${kind}.label` as DictKey), coded: t(lang, `source.${kind}.coded` as DictKey) };
}

/** Fills `{name}` placeholders of a string. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A dictionary string in the words of the study's source (`kind`), other placeholders from `values`. */
export function tw(lang: Lang, key: DictKey, kind: SourceKind | undefined, values: Record<string, string | number> = {}): string {
  return fillText(t(lang, key), { ...sourceWords(lang, kind), ...values });
}

/** Nouns counted in text: "1 finding", "3 findings" (Intl.PluralRules picks the dictionary form). */
export type CountNoun = "finding" | "recommendation" | "dimension" | "segment" | "case" | "strength" | "gap" | "neutral";

export function countText(lang: Lang, noun: CountNoun, n: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  const form = rules.select(n) === "one" ? "one" : "other";
  return fillText(t(lang, `count.${noun}.${form}` as DictKey), { n: formatNumber(lang, n) });
}

/** The text of a bilingual record field: `pick(lang, row, "label")` reads `label_id` or `label_en`. */
export function pick<F extends string>(lang: Lang, row: { [K in `${F}_${Lang}`]: string }, field: F): string {
  return row[`${field}_${lang}` as `${F}_${Lang}`];
}
