// The worked example's page (findings-per-actor.page.md) with its chart drawn at build time
// (loaders/site/prerender.ts; docs/add-an-analysis.md).
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { asJson, studyPayload } from "../../loaders/site/payloads.js";
import { prerenderPage } from "../../loaders/site/prerender.js";
import { loadStudy } from "../../loaders/study/load.js";
import { actorFindings } from "../components/actorFindings.js";

const lang = langArg("findings-per-actor.md");
runEntry("findings-per-actor.md", () => {
  const study = asJson(studyPayload(loadStudy(studyDir())));
  return prerenderPage(new URL("./findings-per-actor.page.md", import.meta.url), lang, {
    "per-actor": (width) => actorFindings(study, { lang, width })
  });
});
