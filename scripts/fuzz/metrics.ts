/**
 * Metrics folders (docs/metrics-data.md): tests/fixtures/metrics-mini with a few edits, read by
 * loadMetrics and bundled by metricsBundle, as the build's metrics.json loader does. Dimension
 * links are checked against the default study's dimensions, as that loader does.
 */
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { DEFAULT_STUDY_DIR } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { folder, folderFixture, writeFolder, type FolderInput } from "./folder.js";
import type { Family } from "./harness.js";

const BASE = "tests/fixtures/metrics-mini";

export function metricsFamily(): Family<FolderInput> {
  const f = folder(BASE);
  const study = { dimensions: loadStudy(DEFAULT_STUDY_DIR).dimensions.map((d) => ({ id: d.id })) };
  return {
    name: "metrics",
    about: "a metrics folder with mutated files, read by the metrics loader",
    arbitrary: f.arbitrary,
    run(input, dir) {
      writeFolder(f, input, dir);
      JSON.stringify(metricsBundle(loadMetrics(dir, { study })));
      return [];
    },
    fixture: (input) => ({ command: "metrics", base: BASE, ...folderFixture(f, input) })
  };
}
