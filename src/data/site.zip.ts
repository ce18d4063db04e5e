// The site's datasets, one archive (loaders/site/siteData.ts, read from the build's artifact): each
// named dataset as `site/<name>.json` (site, study, overview, dimensions, stages, recommendations,
// documents, agreement, metrics, datapackage) and each table of the explorer's SQL cell as
// `site/sql/<table>.arrow`. Pages load one member each: FileAttachment("../data/site/overview.json").
import { strToU8, zipSync } from "fflate";
import { toArrowIpc } from "../../loaders/arrowout.js";
import { siteData } from "../../loaders/site/artifact.js";
import { runEntry } from "../../loaders/site/entry.js";
import { SQL_COLUMNS } from "../../loaders/study/sqlTables.js";

runEntry("site.zip", () => {
  const { datasets, sql } = siteData();
  const members: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries(datasets)) members[`${name}.json`] = strToU8(JSON.stringify(value));
  for (const [table, rows] of Object.entries(sql)) members[`sql/${table}.arrow`] = toArrowIpc(rows, SQL_COLUMNS[table as keyof typeof SQL_COLUMNS]);
  return zipSync(members, { level: 6 });
});
