/**
 * The study's own words for its public figures (`metrics/text.json` in the study folder): page
 * prose, chart titles and notes that name its places and programmes. The interface dictionaries
 * hold no study's words, so these travel with the figures, in both languages.
 */
import type { Lang } from "./i18n/index.js";

/** Every key a study's metrics/text.json must give, in both languages. */
export const METRICS_TEXT_KEYS = [
  "lead",
  "place.title",
  "place.text",
  "prevalence.subtitle",
  "prevalence.alt",
  "prevalence.methodNote",
  "count.heading",
  "count.title",
  "count.subtitle",
  "count.alt",
  "count.note",
  "cadre.heading",
  "cadre.intro",
  "ksh.title",
  "ksh.alt",
  "mentoring.title",
  "mentoring.alt",
  "facts.title",
  "related.note",
  "brief.metricsNote",
  "brief.metricsCaption",
  "brief.targets",
  "brief.caveatSurveys",
  "brief.caveatEffect"
] as const;

export type MetricsTextKey = (typeof METRICS_TEXT_KEYS)[number];
export type MetricsText = Record<Lang, Record<MetricsTextKey, string>>;

/** The study's text for `key` in `lang` ("" when the study gives none). */
export function mt(bundle: { text?: MetricsText | null }, lang: Lang, key: MetricsTextKey): string {
  return bundle.text?.[lang]?.[key] ?? "";
}
