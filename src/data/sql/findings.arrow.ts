// The study's findings as an Arrow table with a fixed schema, for the evidence explorer's SQL (DuckDB-wasm).
import { toArrowIpc } from "../../../loaders/arrowout.js";
import { runEntry } from "../../../loaders/site/entry.js";
import { studyDir } from "../../../loaders/site/env.js";
import { loadStudy } from "../../../loaders/study/load.js";
import { SQL_COLUMNS, sqlRows } from "../../../loaders/study/sqlTables.js";

runEntry("sql/findings.arrow", () => toArrowIpc(sqlRows(loadStudy(studyDir()), "findings"), SQL_COLUMNS.findings));
