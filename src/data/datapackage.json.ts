// The study's Frictionless descriptor (the files themselves are written to dist/downloads/ after the build).
import { runEntry } from "../../loaders/site/entry.js";
import { studyDir } from "../../loaders/site/env.js";
import { dataPackage } from "../../loaders/study/datapackage.js";
import { loadStudy } from "../../loaders/study/load.js";

runEntry("datapackage.json", () => dataPackage(loadStudy(studyDir())).find((f) => f.path === "datapackage.json")!.content);
