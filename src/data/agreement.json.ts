// Coder agreement per second coder (coders/<name>.csv) and dimension; no coders when the study has none.
import { agreementView, readCoders } from "../../loaders/agree/site.js";
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("agreement.json", () => {
  const study = loadStudy(studyDir());
  return JSON.stringify(agreementView(study, readCoders(studyDir(), study)));
});
