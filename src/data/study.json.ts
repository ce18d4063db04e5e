// The coded study with its computed views (participation, summaries, chains) as one JSON file.
import { studyDir } from "../../loaders/site/env.js";
import { studyBundle } from "../../loaders/study/bundle.js";
import { loadStudy } from "../../loaders/study/load.js";

const dir = studyDir();
console.error(`study: reading ${dir}`);
process.stdout.write(JSON.stringify(studyBundle(loadStudy(dir))));
