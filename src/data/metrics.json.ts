// The programme metrics as one JSON file: observations joined with their source and indicator,
// conflict groups, links to the study's dimensions (and the index per dimension), dropped rows.
// `METRICS=<folder>` reads another metrics folder (loaders/site/env.ts).
import { resolve } from "node:path";
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { runEntry } from "../../loaders/site/entry.js";
import { DEFAULT_STUDY_DIR, metricsDir, studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("metrics.json", () => {
  const dir = studyDir();
  const study = loadStudy(dir);
  // The links name the Kalirungkut study's dimensions: checked strictly against it. Another study
  // (STUDY=…) may use other dimensions; its pages then simply find no related metrics.
  const strict = dir === resolve(DEFAULT_STUDY_DIR);
  const metrics = loadMetrics(metricsDir(), strict ? { study } : {});
  if (!strict) {
    const ids = new Set(study.dimensions.map((d) => d.id));
    const unused = metrics.links.filter((l) => !ids.has(l.dimension));
    if (unused.length) console.error(`metrics: ${unused.length} dimension links name dimensions this study does not have`);
  }
  console.error(`metrics: ${metrics.observations.length} observations, ${metrics.sources.length} sources, ${metrics.conflicts.length} conflict groups`);
  return JSON.stringify(metricsBundle(metrics));
});
