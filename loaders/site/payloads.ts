/**
 * What the site's JSON data loaders write, as values: the data loader (src/data/*.json.ts) writes
 * one to a file for the browser, and a page loader draws its build-time charts from the same
 * value, passed through JSON as the browser receives it.
 */
import { metricsBundle, type MetricsBundle } from "../metrics/bundle.js";
import { loadMetrics } from "../metrics/load.js";
import { loadMetricsText } from "../metrics/text.js";
import { studyBundle } from "../study/bundle.js";
import type { Study } from "../study/load.js";
import { siteText } from "../study/site.js";
import { overviewView } from "../study/views.js";
import { hasMetrics, metricsDir } from "./env.js";

/** A value as the browser gets it from its JSON file (undefined fields dropped, dates as strings). */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const sitePayload = (study: Study) => siteText(study, hasMetrics());
export const overviewPayload = (study: Study) => overviewView(study);
export const studyPayload = (study: Study) => studyBundle(study);

/** The study's public figures, or an empty bundle when it has none; `log` hears what was read. */
export function metricsPayload(study: Study, log: (line: string) => void = () => {}): MetricsBundle {
  if (!hasMetrics()) return { indicators: [], observations: [], conflicts: [], links: [], related: {}, dropped: [], text: null };
  // The links name the study's own dimensions: checked strictly against it.
  const metrics = loadMetrics(metricsDir(), { study });
  const text = loadMetricsText(metricsDir()) ?? null;
  if (!text) log("metrics: no metrics/text.json: the metrics page's prose and chart titles are empty (docs/metrics-data.md)");
  log(`metrics: ${metrics.observations.length} observations, ${metrics.sources.length} sources, ${metrics.conflicts.length} conflict groups`);
  return metricsBundle(metrics, text);
}
