/**
 * Pure helpers shared by the metrics components: value, period and place labels in either
 * language, the tooltip text of a mark, and where a period sits on a decimal-year axis.
 * No DOM here, so every function runs (and is tested) under Node.
 */
import { fillText, formatDate, formatNumber, LOCALES, t, type DictKey, type Lang } from "../shared/i18n/index.js";
import type { MetricConflict, MetricObservation } from "../shared/model/metrics.js";

export type Obs = MetricObservation;
export type { MetricConflict };

/** What the metrics pages count in words. */
export type MetricsNoun = "children" | "people" | "kelurahan" | "rows";

/**
 * A count in words, "1 child" / "923 children" / "923 anak": Intl.PluralRules picks the dictionary
 * form, as countText does for the study's own nouns (whose list lives in src/shared/i18n).
 */
export function metricsCount(lang: Lang, noun: MetricsNoun, n: number): string {
  const form = new Intl.PluralRules(LOCALES[lang]).select(n) === "one" ? "one" : "other";
  return fillText(t(lang, `metrics.noun.${noun}.${form}`), { n: formatNumber(lang, n) });
}

/** The value with its unit in the reader's conventions: `28,9%`, `923 anak`, `1 child`, `Rp 400.000 per bulan`. */
export function formatValue(lang: Lang, o: Pick<Obs, "value" | "unit">): string {
  const n = formatNumber(lang, o.value);
  switch (o.unit) {
    case "percent":
      return `${n}%`;
    case "percent-reduction-vs-2012":
      return `${n}% ${t(lang, "metrics.unit.percent-reduction-vs-2012")}`;
    case "idr-per-month":
    case "idr-per-activity":
      return `${formatNumber(lang, o.value, { style: "currency", currency: "IDR", maximumFractionDigits: 0 })} ${t(lang, `metrics.unit.${o.unit}`)}`;
    default:
      return metricsCount(lang, o.unit, o.value);
  }
}

/** The older data form of a title without a recorded headline: `[headline not recorded; URL slug] <slug>`. */
const NO_HEADLINE = /^\[headline not recorded(?:; URL slug)?\]\s*/;

/**
 * A source's title as the data gives it: its headline, or (where none was recorded) the URL's slug,
 * which is a title without spaces that the URL contains (docs/metrics-data.md). Only the slug is
 * data; the words saying "headline not recorded" are the interface's, in the reader's language.
 */
export function sourceTitle(o: Pick<Obs, "title" | "url">): { headline: string } | { slug: string } {
  if (NO_HEADLINE.test(o.title)) return { slug: o.title.replace(NO_HEADLINE, "") };
  if (o.title && !/\s/.test(o.title) && o.url.includes(o.title)) return { slug: o.title };
  return { headline: o.title };
}

/** The title as one line of text in the reader's language: the headline, or the marked slug. */
export function titleText(lang: Lang, o: Pick<Obs, "title" | "url">): string {
  const title = sourceTitle(o);
  return "slug" in title ? `${t(lang, "metrics.source.noHeadline")} ${title.slug}` : title.headline;
}

/** `2023-01` → "Januari 2023" / "January 2023"; `2021` → "2021". */
export function formatPeriod(lang: Lang, period: string): string {
  return formatDate(lang, period);
}

/** A place name; `A;B` (two kecamatan) → "A dan B"; "World" is translated. */
export function placeLabel(lang: Lang, geography: string): string {
  if (geography === "World") return t(lang, "metrics.geo.World");
  return geography.split(";").join(` ${t(lang, "metrics.geo.and")} `);
}

export function methodLabel(lang: Lang, method: Obs["method"]): string {
  return t(lang, `metrics.method.${method}` as DictKey);
}

export function confidenceLabel(lang: Lang, confidence: Obs["confidence"]): string {
  return t(lang, `metrics.confidence.${confidence}` as DictKey);
}

/** The indicator's label in the reader's language. */
export function indicatorLabel(lang: Lang, o: Pick<Obs, "indicator_label_en" | "indicator_label_id">): string {
  return lang === "id" ? o.indicator_label_id : o.indicator_label_en;
}

/** Fills `{name}` placeholders in a dictionary template. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/**
 * The mark's tooltip: place, period and value; the survey; publisher and date; the conflict
 * flag; how to open the full source. One line each.
 */
export function tooltipText(lang: Lang, o: Obs): string {
  const lines = [
    `${placeLabel(lang, o.geography)} · ${formatPeriod(lang, o.period)} · ${formatValue(lang, o)}`,
    `${o.survey} (${methodLabel(lang, o.method)}; ${t(lang, "metrics.col.confidence").toLowerCase()}: ${confidenceLabel(lang, o.confidence)})`,
    `${o.publisher}, ${formatPeriod(lang, o.date)}`
  ];
  if (o.conflict_group) lines.push(`⚠ ${t(lang, "metrics.tip.conflict")}`);
  lines.push(t(lang, "metrics.tip.click"));
  return lines.join("\n");
}

/** The same, on one line, for a screen reader's name of the mark. */
export function markLabel(lang: Lang, o: Obs): string {
  return tooltipText(lang, o).split("\n").join(". ");
}

/**
 * Where a period sits on a decimal-year axis: a month at its middle (`2023-01` → 2023.04),
 * a year given alone at mid-year (`2021` → 2021.5).
 */
export function periodPosition(period: string): number {
  const [y, m] = period.split("-").map(Number);
  return m ? y! + (m - 0.5) / 12 : y! + 0.5;
}

/**
 * Horizontal offsets that set apart rows drawn on top of each other: rows sharing a key (same
 * place and period) whose values lie within `near` of each other form a cluster, spread `step`
 * apart around the true position, in ascending order of value. Other rows get 0.
 */
export function sideBySide<T>(rows: readonly T[], key: (row: T) => string, step: number, value?: (row: T) => number, near = Infinity): number[] {
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => groups.set(key(r), [...(groups.get(key(r)) ?? []), i]));
  const offsets = rows.map(() => 0);
  for (const members of groups.values()) {
    const sorted = value ? [...members].sort((a, b) => value(rows[a]!) - value(rows[b]!)) : members;
    // Chain members whose consecutive values are closer than `near` into clusters.
    const clusters: number[][] = [];
    for (const i of sorted) {
      const last = clusters[clusters.length - 1];
      const previous = last?.[last.length - 1];
      if (last && previous !== undefined && (!value || value(rows[i]!) - value(rows[previous]!) < near)) last.push(i);
      else clusters.push([i]);
    }
    for (const cluster of clusters) cluster.forEach((i, k) => (offsets[i] = (k - (cluster.length - 1) / 2) * step));
  }
  return offsets;
}

/** Fill opacity per confidence: filled, half-filled, hollow. */
export const CONFIDENCE_FILL: Record<Obs["confidence"], number> = { high: 1, medium: 0.4, low: 0 };
