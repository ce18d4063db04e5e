/**
 * Ties between the study and the metrics: for each dimension id, the indicators linked to it in
 * dimension-links.csv (with the link's note) and the observations of those indicators. Pure: it
 * works on the loaded tables or on the bundle in metrics.json, so dimension pages can show
 * "related metrics".
 */
import type { DimensionLink, Indicator } from "./schema.js";


import type { RelatedIndicator } from "../../src/shared/model/metrics.js";
export type { RelatedIndicator };

/** One linked indicator with its rows resolved. */
export interface RelatedMetric<O> {
  indicator: Indicator;
  note_en: string;
  note_id: string;
  observations: O[];
}

interface Linkable<O> {
  links: readonly DimensionLink[];
  indicators: readonly Indicator[];
  observations: readonly O[];
}

/** The indicators linked to `dimension`, in dimension-links.csv order, each with its observations in file order. */
export function relatedMetrics<O extends { id: string; indicator: string }>(data: Linkable<O>, dimension: string): RelatedMetric<O>[] {
  const indicator = new Map(data.indicators.map((i) => [i.id, i]));
  return data.links
    .filter((l) => l.dimension === dimension && indicator.has(l.indicator))
    .map((l) => ({
      indicator: indicator.get(l.indicator)!,
      note_en: l.note_en,
      note_id: l.note_id,
      observations: data.observations.filter((o) => o.indicator === l.indicator)
    }));
}

/** Every linked dimension → its related indicators with observation ids (the `related` field of metrics.json). */
export function relatedIndex<O extends { id: string; indicator: string }>(data: Linkable<O>): Record<string, RelatedIndicator[]> {
  const index: Record<string, RelatedIndicator[]> = {};
  for (const dimension of new Set(data.links.map((l) => l.dimension))) {
    index[dimension] = relatedMetrics(data, dimension).map((r) => ({
      indicator: r.indicator.id,
      note_en: r.note_en,
      note_id: r.note_id,
      observations: r.observations.map((o) => o.id)
    }));
  }
  return index;
}
