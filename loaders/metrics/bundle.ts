/**
 * The metrics as the site reads them (src/data/study/metrics.json): each observation joined with its
 * source and its indicator, the conflict groups with their members, the links to the study's
 * dimensions (and the index per dimension), and the rows left out with their reasons.
 */
import type { Metrics } from "./load.js";
import { relatedIndex, type RelatedIndicator } from "./links.js";
import type { MetricsText } from "../../src/shared/metricsText.js";
import type { MetricConflict, MetricObservation, MetricsBundle } from "../../src/shared/model/metrics.js";
export type { MetricConflict, MetricObservation, MetricsBundle };




/** Joins the checked tables (from `loadMetrics`, so every reference resolves). */
export function metricsBundle(metrics: Metrics, text: MetricsText | null = null): MetricsBundle {
  const source = new Map(metrics.sources.map((s) => [s.id, s]));
  const indicator = new Map(metrics.indicators.map((i) => [i.id, i]));
  const observations: MetricObservation[] = metrics.observations.map((o) => {
    const s = source.get(o.source);
    const i = indicator.get(o.indicator);
    if (!s || !i) throw new Error(`observation ${o.id}: unresolved source or indicator (load with loadMetrics first)`);
    return {
      ...o,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
      excerpt: s.excerpt,
      indicator_label_en: i.label_en,
      indicator_label_id: i.label_id,
      kind: i.kind
    };
  });
  const conflicts = metrics.conflicts.map((c) => ({
    ...c,
    observations: metrics.observations.filter((o) => o.conflict_group === c.id).map((o) => o.id)
  }));
  return {
    indicators: metrics.indicators,
    observations,
    conflicts,
    links: metrics.links,
    related: relatedIndex({ links: metrics.links, indicators: metrics.indicators, observations: metrics.observations }),
    dropped: metrics.dropped,
    text
  };
}
