// The programme metrics as one JSON file: observations joined with their source and indicator,
// conflict groups, links to the study's dimensions (and the index per dimension), dropped rows,
// and the study's words for them. The figures live in the study folder (`<study>/metrics/`;
// `METRICS=<folder>` reads another one, loaders/site/env.ts); a study without figures gets an
// empty bundle, and its pages show no metrics page and no related figures.
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { metricsPayload } from "../../loaders/site/payloads.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("metrics.json", () => JSON.stringify(metricsPayload(loadStudy(studyDir()), (line) => console.error(line))));
