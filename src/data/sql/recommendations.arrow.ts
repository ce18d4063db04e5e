// The study's recommendations as an Arrow table with a fixed schema, for the evidence explorer's SQL (DuckDB-wasm).
import { toArrowIpc } from "../../../loaders/arrowout.js";
import { runEntry } from "../../../loaders/site/entry.js";
import { studyDir } from "../../../loaders/site/env.js";
import { loadStudy } from "../../../loaders/study/load.js";
import { SQL_COLUMNS, sqlRows } from "../../../loaders/study/sqlTables.js";

runEntry("sql/recommendations.arrow", () => toArrowIpc(sqlRows(loadStudy(studyDir()), "recommendations"), SQL_COLUMNS.recommendations));
