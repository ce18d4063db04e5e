// The actors page (actors.page.md) for one language, with the network of every channel drawn at
// build time (loaders/site/prerender.ts); the page's filters apply once its code has loaded.
import { langArg, runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { asJson, studyPayload } from "../../loaders/site/payloads.js";
import { prerenderPage } from "../../loaders/site/prerender.js";
import { loadStudy } from "../../loaders/study/load.js";
import { actorNetwork } from "../components/actorNetwork.js";
import { channelKinds, kindLabeller } from "../components/networkLayout.js";

const lang = langArg("actors.md");
runEntry("actors.md", () => {
  const study = asJson(studyPayload(loadStudy(studyDir())));
  const kindLabel = kindLabeller(channelKinds(study.channels), lang);
  return prerenderPage(new URL("./actors.page.md", import.meta.url), lang, {
    network: (width) => actorNetwork(study, { lang, width, kindLabel })
  });
});
