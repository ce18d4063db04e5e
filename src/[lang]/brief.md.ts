// The policy brief for one language (--lang=id|en), as static Markdown with build-time SVG charts.
import { briefMarkdown } from "../../loaders/brief/render.js";
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { loadBriefFigures, loadMetricsText } from "../../loaders/metrics/text.js";
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { hasMetrics, metricsDir, studyDir } from "../../loaders/site/env.js";
import { studyBundle } from "../../loaders/study/bundle.js";
import { loadStudy } from "../../loaders/study/load.js";

const lang = langArg("brief.md");
runEntry("brief.md", () => {
  const study = loadStudy(studyDir());
  // The study's own public figures, as its metrics/brief.json chooses them; none when it has none.
  const choice = hasMetrics() ? loadBriefFigures(metricsDir()) : undefined;
  const figures = choice ? { bundle: metricsBundle(loadMetrics(metricsDir(), { study }), loadMetricsText(metricsDir()) ?? null), choice } : undefined;
  return briefMarkdown(studyBundle(study), lang, figures);
});
