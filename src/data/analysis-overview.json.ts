// The overview page's view: the study header, one card per dimension, findings per stage (loaders/study/views.ts).
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { overviewPayload } from "../../loaders/site/payloads.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("analysis-overview.json", () => JSON.stringify(overviewPayload(loadStudy(studyDir()))));
