/**
 * One definition per study table: the CSV headers (data package and importer), the data package's
 * fields, the data dictionary and the SQL columns all come from STUDY_TABLES in
 * loaders/study/schema.ts, so a column added there shows up everywhere.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { STUDY_TABLES } from "../loaders/study/schema.js";
import { text } from "../loaders/fields.js";
import { defineTable, str } from "../loaders/table.js";
import type { ImportInput } from "../loaders/qda/import.js";

const study = loadStudy("tests/fixtures/study-mini");

const emptyImport: ImportInput = { tool: "t", inputName: "x.qdpx", projectName: "p", sources: [], codes: [], segments: [], carried: {}, facts: [], skipped: [] };
const noRows = { findings: [], recommendations: [], excluded: [], excludedReport: [], origins: new Map(), pendingCount: 0, defaultValence: 0 };

/** Every place a table's columns appear, as the modules derive them now. */
async function columnsEverywhere(name: "actors" | "channels") {
  const { dataPackage } = await import("../loaders/study/datapackage.js");
  const { SQL_COLUMNS } = await import("../loaders/study/sqlTables.js");
  const { studyTablesMarkdown } = await import("../scripts/docs.js");
  const { studyFiles } = await import("../loaders/qda/import/studyFiles.js");
  const schema = await import("../loaders/study/schema.js");
  const files = dataPackage(study);
  const descriptor = JSON.parse(files.find((f) => f.path === "datapackage.json")!.content) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
  const header = (csv: string) => (parse(csv) as string[][])[0];
  const imported = studyFiles(emptyImport, {}, noRows, { codebook: {} });
  return {
    schema: Object.keys(schema.STUDY_TABLES[name].schema.shape),
    packageCsv: header(files.find((f) => f.path === `${name}.csv`)!.content),
    packageFields: descriptor.resources.find((r) => r.name === name)!.schema.fields.map((f) => f.name),
    sql: SQL_COLUMNS[name].map((c) => c.name),
    importCsv: header(imported[`${name}.csv`] as string),
    dictionary: studyTablesMarkdown().split("### ").find((s) => s.startsWith(`\`${name}.csv\``))!
  };
}

describe("the study table registry", () => {
  it("gives the same columns, in order, to the data package, the SQL tables and the importer's headers", async () => {
    for (const name of ["actors", "channels"] as const) {
      const all = await columnsEverywhere(name);
      const columns = STUDY_TABLES[name].columns;
      expect(all.schema, name).toEqual(columns);
      expect(all.packageCsv, name).toEqual(columns);
      expect(all.packageFields, name).toEqual(columns);
      expect(all.sql, name).toEqual(columns);
      expect(all.importCsv, name).toEqual(columns);
      for (const c of columns) expect(all.dictionary, `${name}.${c}`).toContain(`| \`${c}\` |`);
    }
  });

  it("types whole numbers as integers and lists as ;-separated strings everywhere", async () => {
    const { TABLES } = await import("../loaders/study/datapackage.js");
    const { SQL_COLUMNS } = await import("../loaders/study/sqlTables.js");
    const findings = TABLES.find((t) => t.name === "findings")!.fields;
    expect(findings.find((f) => f.name === "start")).toMatchObject({ type: "integer" });
    expect(findings.find((f) => f.name === "actors")).toMatchObject({ type: "string", description: "actors named (ids separated by ;)" });
    expect(SQL_COLUMNS.findings.find((c) => c.name === "start")).toEqual({ name: "start", type: "int" });
    expect(SQL_COLUMNS.findings.find((c) => c.name === "actors")).toEqual({ name: "actors", type: "text" });
  });

  it("shows a column added to one entry in the schema, the CSVs, the data package, the dictionary and the SQL table", async () => {
    vi.resetModules();
    vi.doMock("../loaders/study/schema.js", async (importOriginal) => {
      const real = await importOriginal<typeof import("../loaders/study/schema.js")>();
      const actors = real.STUDY_TABLES.actors;
      const extended = defineTable({ ...actors, fields: { ...actors.fields, district: str(text(), "district the actor works in") } });
      return { ...real, STUDY_TABLES: { ...real.STUDY_TABLES, actors: { ...extended, packaged: true, sql: true } } };
    });
    try {
      const all = await columnsEverywhere("actors");
      const expected = [...STUDY_TABLES.actors.columns, "district"];
      expect(all.schema).toEqual(expected);
      expect(all.packageCsv).toEqual(expected);
      expect(all.packageFields).toEqual(expected);
      expect(all.sql).toEqual(expected);
      expect(all.importCsv).toEqual(expected);
      expect(all.dictionary).toContain("| `district` | string | district the actor works in |");
      // The other tables are untouched.
      expect((await columnsEverywhere("channels")).packageFields).toEqual(STUDY_TABLES.channels.columns);
    } finally {
      vi.doUnmock("../loaders/study/schema.js");
      vi.resetModules();
    }
  });
});
