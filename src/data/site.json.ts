// The study's own words for the site (loaders/study/site.ts): name, what was coded, the central
// conclusion's heading, its prose, and which optional parts (figures, assessments…) it has.
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { sitePayload } from "../../loaders/site/payloads.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("site.json", () => JSON.stringify(sitePayload(loadStudy(studyDir()))));
