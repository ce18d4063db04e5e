// The policy brief for one language (--lang=id|en), as static Markdown with build-time SVG charts.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { briefMarkdown } from "../../loaders/brief/render.js";
import { metricsBundle } from "../../loaders/metrics/bundle.js";
import { loadMetrics } from "../../loaders/metrics/load.js";
import { runEntry } from "../../loaders/site/entry.js";
import { DEFAULT_STUDY_DIR, metricsDir, studyDir } from "../../loaders/site/env.js";
import { studyBundle } from "../../loaders/study/bundle.js";
import { loadStudy } from "../../loaders/study/load.js";
import { isLang } from "../shared/i18n/index.js";

const { values } = parseArgs({ options: { lang: { type: "string" } } });
if (!isLang(values.lang)) throw new Error(`brief.md: expected --lang=id or --lang=en, got ${values.lang}`);
const lang = values.lang;
runEntry("brief.md", () => {
  const study = loadStudy(studyDir());
  // The public figures describe Surabaya's programme: they belong in the Kalirungkut study's brief only.
  const metrics = studyDir() === resolve(DEFAULT_STUDY_DIR) ? metricsBundle(loadMetrics(metricsDir(), { study })) : undefined;
  return briefMarkdown(studyBundle(study), lang, metrics);
});
