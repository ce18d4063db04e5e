// The document view of every source text: pieces, coded segments, excluded sentences, second coders' segments, labels.
import { readCoders } from "../../loaders/agree/site.js";
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { documentViews } from "../../loaders/study/document.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("documents.json", () => {
  const study = loadStudy(studyDir());
  return JSON.stringify(documentViews(study, readCoders(studyDir(), study)));
});
