// The worked example's page (findings-per-actor.page.md) with its chart drawn at build time
// (loaders/site/prerender.ts; docs/add-an-analysis.md).
import { fileURLToPath } from "node:url";
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { asJson, studyPayload } from "../../loaders/site/payloads.js";
import { prerenderChart, prerenderPage } from "../../loaders/site/prerender.js";
import { loadStudy } from "../../loaders/study/load.js";
import { actorFindings } from "../components/actorFindings.js";
import { t } from "../shared/i18n/index.js";

const lang = langArg("findings-per-actor.md");
runEntry("findings-per-actor.md", () => {
  const study = asJson(studyPayload(loadStudy(studyDir())));
  return prerenderPage(fileURLToPath(new URL("./findings-per-actor.page.md", import.meta.url)), {
    "per-actor": () => prerenderChart("per-actor", (width) => actorFindings(study, { lang, width }), t(lang, "site.prerendered"))
  });
});
