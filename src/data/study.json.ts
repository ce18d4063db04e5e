// The coded study with its computed views (participation, summaries, chains) as one JSON file.
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { studyPayload } from "../../loaders/site/payloads.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("study.json", () => JSON.stringify(studyPayload(loadStudy(studyDir()))));
