// The stages × actors matrix: each participation cell with the findings that explain it (loaders/study/views.ts).
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { matrixView } from "../../loaders/study/views.js";

runEntry("analysis-stages.json", () => JSON.stringify(matrixView(loadStudy(studyDir()))));
