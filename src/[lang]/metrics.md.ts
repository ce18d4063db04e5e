// The public-figures page (metrics.page.md) for one language, with its first chart drawn at build
// time (loaders/site/prerender.ts). Only built when the study has figures (src/shared/routes.ts).
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { asJson, metricsPayload } from "../../loaders/site/payloads.js";
import { prerenderPage } from "../../loaders/site/prerender.js";
import { loadStudy } from "../../loaders/study/load.js";
import { prevalenceChart } from "../components/prevalenceChart.js";

const lang = langArg("metrics.md");
runEntry("metrics.md", () => {
  const metrics = asJson(metricsPayload(loadStudy(studyDir())));
  return prerenderPage(new URL("./metrics.page.md", import.meta.url), lang, {
    prevalence: (width) => prevalenceChart(metrics, { lang, width })
  });
});
