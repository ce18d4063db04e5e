// The programme metrics as one JSON file: observations joined with their source and indicator,
// conflict groups, links to the study's dimensions (and the index per dimension), dropped rows,
// and the study's words for them. The figures live in the study folder (`<study>/metrics/`;
// `METRICS=<folder>` reads another one, loaders/site/env.ts); a study without figures gets an
// empty bundle, and its pages show no metrics page and no related figures.
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { loadMetricsText } from "../../loaders/metrics/text.js";
import { runEntry } from "../../loaders/site/entry.js";
import { hasMetrics, metricsDir, studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("metrics.json", () => {
  const study = loadStudy(studyDir());
  if (!hasMetrics()) return JSON.stringify({ indicators: [], observations: [], conflicts: [], links: [], related: {}, dropped: [], text: null });
  // The links name the study's own dimensions: checked strictly against it.
  const metrics = loadMetrics(metricsDir(), { study });
  const text = loadMetricsText(metricsDir()) ?? null;
  if (!text) console.error("metrics: no metrics/text.json: the metrics page's prose and chart titles are empty (docs/metrics-data.md)");
  console.error(`metrics: ${metrics.observations.length} observations, ${metrics.sources.length} sources, ${metrics.conflicts.length} conflict groups`);
  return JSON.stringify(metricsBundle(metrics, text));
});
