/**
 * The study's public figures as the browser receives them (site/metrics.json): the rows of
 * metrics/ (loaders/metrics/schema.ts reads them with zod; a compile-time check there keeps these
 * types equal to what it reads), each observation joined with its source and indicator
 * (loaders/metrics/bundle.ts), drawn by src/components/metrics*.ts and the charts.
 */
import type { MetricsText } from "../metricsText.js";
import type { Confidence, Kind, Method, Unit } from "./vocab.js";

export interface Indicator {
  id: string;
  label_en: string;
  label_id: string;
  unit: Unit;
  kind: Kind;
  description_en: string;
  description_id: string;
}

export interface Observation {
  id: string;
  indicator: string;
  geography: string;
  period: string;
  value: number;
  unit: Unit;
  survey: string;
  method: Method;
  source: string;
  confidence: Confidence;
  conflict_group: string;
  note: string;
  note_id: string;
}

export interface Conflict {
  id: string;
  description_en: string;
  description_id: string;
}

export interface DimensionLink {
  dimension: string;
  indicator: string;
  note_en: string;
  note_id: string;
}

export interface Dropped {
  input_line: number;
  indicator: string;
  geography: string;
  year: string;
  value: string;
  reason: string;
  reason_id: string;
}

/** One linked indicator as stored in metrics.json: observation ids only, to keep the file small. */
export interface RelatedIndicator {
  indicator: string;
  note_en: string;
  note_id: string;
  observations: string[];
}

/** An observation with its source (publisher, title, date, url, excerpt) and its indicator's labels and kind. */
export interface MetricObservation extends Observation {
  publisher: string;
  title: string;
  date: string;
  url: string;
  excerpt: string;
  indicator_label_en: string;
  indicator_label_id: string;
  kind: Kind;
}

export interface MetricConflict extends Conflict {
  /** Ids of the observations that disagree, in file order. */
  observations: string[];
}

export interface MetricsBundle {
  indicators: Indicator[];
  observations: MetricObservation[];
  conflicts: MetricConflict[];
  links: DimensionLink[];
  related: Record<string, RelatedIndicator[]>;
  dropped: Dropped[];
  /** The study's words for its figures (metrics/text.json), or null when it gives none. */
  text: MetricsText | null;
}
