// Every coded finding of the study as CSV (for the evidence explorer's SQL and for download).
import { toCsv } from "../../loaders/csvout.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { findingSchema } from "../../loaders/study/schema.js";

const study = loadStudy(studyDir());
process.stdout.write(toCsv(study.findings, Object.keys(findingSchema.shape) as (keyof (typeof study.findings)[number] & string)[]));
