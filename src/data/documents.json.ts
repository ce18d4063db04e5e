// The document view of every source text: pieces, coded segments, excluded sentences, labels.
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { documentViews } from "../../loaders/study/document.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("documents.json", () => JSON.stringify(documentViews(loadStudy(studyDir()))));
