import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { jsonOf, siteMembers } from "./artifact.js";
import { toArrowIpc } from "../loaders/arrowout.js";
import { participation } from "../loaders/study/derive.js";
import { loadStudy } from "../loaders/study/load.js";
import { actorSchema, channelSchema, findingSchema, recommendationSchema } from "../loaders/study/schema.js";
import { SQL_COLUMNS, SQL_TABLE_NAMES, sqlRows } from "../loaders/study/sqlTables.js";
import { entryOutput } from "./inProcess.js";

const study = loadStudy("tests/fixtures/study-mini");
const names = (name: keyof typeof SQL_COLUMNS) => SQL_COLUMNS[name].map((c) => c.name);

describe("the SQL tables", () => {
  it("are the five tables the explorer registers", () => {
    expect(SQL_TABLE_NAMES).toEqual(["findings", "recommendations", "actors", "channels", "participation"]);
  });

  it("keep every column of the study's tables, in the file's order", () => {
    expect(names("findings")).toEqual(Object.keys(findingSchema.shape));
    expect(names("recommendations")).toEqual(Object.keys(recommendationSchema.shape));
    expect(names("actors")).toEqual(Object.keys(actorSchema.shape));
    expect(names("channels")).toEqual(Object.keys(channelSchema.shape));
  });

  it("hold one row per record, lists joined with ';' and offsets as integers", () => {
    const findings = tableFromIPC(toArrowIpc(sqlRows(study, "findings"), SQL_COLUMNS.findings));
    expect(findings.numRows).toBe(study.findings.length);
    const f2 = findings.toArray().map((r) => r.toJSON()).find((r) => r.id === "F2")!;
    expect(f2.stages).toBe("co-design;co-commissioning");
    expect(f2.start).toBe(108);
    expect(String(findings.schema.fields.find((f) => f.name === "section")!.type)).toBe("Utf8");
  });

  it("compute participation from the findings (actor × stage)", () => {
    const rows = sqlRows(study, "participation");
    expect(rows).toEqual(participation(study));
    expect(rows).toHaveLength(study.actors.length * study.stages.length);
  });
});

describe("the site's archive (src/data/site.zip.ts)", () => {
  it("holds each table as an Arrow stream under sql/ (run in this process: tests/inProcess.ts)", async () => {
    const members = await siteMembers({ STUDY: "tests/fixtures/study-mini" });
    for (const name of SQL_TABLE_NAMES) {
      const out = members[`sql/${name}.arrow`];
      expect(out, name).toBeInstanceOf(Uint8Array);
      const table = tableFromIPC(out as Uint8Array);
      expect(table.schema.fields.map((f) => f.name), name).toEqual(names(name));
      expect(table.numRows, name).toBe(sqlRows(study, name).length);
    }
  });
});
