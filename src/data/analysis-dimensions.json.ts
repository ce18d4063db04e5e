// One view per codebook dimension (evidence, actors, stages, recommendations), in codebook order.
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { dimensionViews } from "../../loaders/study/views.js";

runEntry("analysis-dimensions.json", () => JSON.stringify(dimensionViews(loadStudy(studyDir()))));
