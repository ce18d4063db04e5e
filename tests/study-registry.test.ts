/**
 * One definition per study table: the CSV headers (data package and importer), the data package's
 * fields, the data dictionary and the SQL columns all come from STUDY_TABLES in
 * loaders/study/schema.ts, so a column added there shows up everywhere.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it, vi } from "vitest";
import { loadStudy } from "../loaders/study/load.js";
import { STUDY_TABLES, type StudyTableName } from "../loaders/study/schema.js";
import { text } from "../loaders/fields.js";
import { defineTable, str } from "../loaders/table.js";
import type { ImportInput } from "../loaders/qda/import.js";

const study = loadStudy("tests/fixtures/study-mini");

const emptyImport: ImportInput = { tool: "t", inputName: "x.qdpx", projectName: "p", sources: [], codes: [], segments: [], carried: {}, facts: [], skipped: [] };
const noRows = { findings: [], recommendations: [], excluded: [], excludedReport: [], origins: new Map(), pendingCount: 0, defaultValence: 0 };

/** Every place a table's columns appear, as the modules derive them now (undefined where a table does not go). */
async function columnsEverywhere(name: StudyTableName) {
  const { dataPackage } = await import("../loaders/study/datapackage.js");
  const { SQL_COLUMNS } = await import("../loaders/study/sqlTables.js");
  const { studyTablesMarkdown } = await import("../scripts/docs.js");
  const { studyFiles } = await import("../loaders/qda/import/studyFiles.js");
  const { STUDY_TABLES: tables } = await import("../loaders/study/schema.js");
  const files = dataPackage(study);
  const descriptor = JSON.parse(files.find((f) => f.path === "datapackage.json")!.content) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
  const header = (csv: string | undefined) => (csv === undefined ? undefined : (parse(csv) as string[][])[0]);
  const imported = studyFiles(emptyImport, {}, noRows, { codebook: {} });
  const file = `${tables[name].name}.csv`;
  return {
    schema: Object.keys(tables[name].schema.shape),
    packageCsv: header(files.find((f) => f.path === file)?.content),
    packageFields: descriptor.resources.find((r) => r.name === tables[name].name)?.schema.fields.map((f) => f.name),
    sql: (SQL_COLUMNS as Partial<Record<string, readonly { name: string }[]>>)[name]?.map((c) => c.name),
    importCsv: header(imported[file] as string | undefined),
    dictionary: studyTablesMarkdown().split("### ").find((s) => s.startsWith(`\`${file}\``))
  };
}

const IMPORTED = ["findings", "recommendations", "excluded", "actors", "channels"];

describe("the study table registry", () => {
  it("gives the same columns, in order, to the data package, the dictionary, the SQL tables and the importer's headers", async () => {
    for (const name of Object.keys(STUDY_TABLES) as StudyTableName[]) {
      const t = STUDY_TABLES[name];
      const all = await columnsEverywhere(name);
      expect(all.schema, name).toEqual(t.columns);
      expect(all.packageCsv, name).toEqual(t.packaged ? t.columns : undefined);
      expect(all.packageFields, name).toEqual(t.packaged ? t.columns : undefined);
      expect(all.sql, name).toEqual(t.sql ? t.columns : undefined);
      expect(all.importCsv, name).toEqual(IMPORTED.includes(name) ? t.columns : undefined);
      if (t.packaged) for (const c of t.columns) expect(all.dictionary, `${name}.${c}`).toContain(`| \`${c}\` |`);
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
