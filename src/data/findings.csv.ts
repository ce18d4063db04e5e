// Every coded finding of the study as CSV (for the evidence explorer and for download).
import { toCsv } from "../shared/csv.js";
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { loadStudy } from "../../loaders/study/load.js";
import { STUDY_TABLES } from "../../loaders/study/schema.js";

runEntry("findings.csv", () => toCsv(loadStudy(studyDir()).findings, STUDY_TABLES.findings.columns));
