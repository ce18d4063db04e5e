// One view per codebook dimension (evidence, actors, stages, recommendations, linked metrics), in codebook order.
import { runEntry } from "../../loaders/site/entry.js";
import { metricsDir, studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { readRelated } from "../../loaders/study/related.js";
import { dimensionViews } from "../../loaders/study/views.js";

runEntry("analysis-dimensions.json", () => JSON.stringify(dimensionViews(loadStudy(studyDir()), readRelated(metricsDir()))));
