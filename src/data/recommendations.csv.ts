// Every coded recommendation of the study as CSV (for the evidence explorer and for download).
import { toCsv } from "../../loaders/csvout.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { recommendationSchema } from "../../loaders/study/schema.js";

const study = loadStudy(studyDir());
process.stdout.write(toCsv(study.recommendations, Object.keys(recommendationSchema.shape) as (keyof (typeof study.recommendations)[number] & string)[]));
