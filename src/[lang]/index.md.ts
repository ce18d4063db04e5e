// The overview page (index.page.md) for one language, with its two charts drawn at build time
// (loaders/site/prerender.ts) so a phone on a slow connection shows them before the page's code arrives.
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { asJson, overviewPayload, sitePayload } from "../../loaders/site/payloads.js";
import { prerenderPage } from "../../loaders/site/prerender.js";
import { loadStudy } from "../../loaders/study/load.js";
import { dimensionChart } from "../components/dimensionChart.js";
import { centralConclusion } from "../components/overview.js";

const lang = langArg("index.md");
runEntry("index.md", () => {
  const study = loadStudy(studyDir());
  const overview = asJson(overviewPayload(study));
  const site = asJson(sitePayload(study));
  const kind = site.source_kind;
  return prerenderPage(new URL("./index.page.md", import.meta.url), lang, {
    central: (width) => centralConclusion(overview, { lang, width, kind, words: site.central }),
    dimensions: (width) => dimensionChart(overview, { lang, width, kind })
  });
});
