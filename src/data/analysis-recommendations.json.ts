// Each recommendation with its dimension, actors and finding → gap → recommendation chains (loaders/study/views.ts).
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { recommendationViews } from "../../loaders/study/views.js";

runEntry("analysis-recommendations.json", () => JSON.stringify(recommendationViews(loadStudy(studyDir()))));
