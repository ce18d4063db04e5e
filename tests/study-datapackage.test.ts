import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { TABLES, dataPackage } from "../loaders/study/datapackage.js";
import { loadStudy } from "../loaders/study/load.js";

const study = loadStudy("data/study");
const files = dataPackage(study);
const descriptor = JSON.parse(files.find((f) => f.path === "datapackage.json")!.content) as {
  licenses: unknown[];
  resources: { name: string; path: string; schema: { fields: { name: string; type: string; description: string }[] } }[];
};

describe("data package", () => {
  it("describes every study table with typed, described fields", () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    for (const r of descriptor.resources) for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).not.toBe("");
  });

  it("writes each CSV with the header its schema declares and every row", () => {
    for (const r of descriptor.resources) {
      const file = files.find((f) => f.path === r.path);
      expect(file, r.path).toBeDefined();
      const [header, ...rows] = parse(file!.content) as string[][];
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      const table = TABLES.find((t) => t.name === r.name)!;
      expect(rows).toHaveLength(table.rows(study).length);
    }
  });

  it("round-trips the findings' text and locators exactly", () => {
    const rows = parse(files.find((f) => f.path === "findings.csv")!.content, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.id, Number(r.start), Number(r.end), r.text_id])).toEqual(study.findings.map((f) => [f.id, f.start, f.end, f.text_id]));
  });

  it("ships the source text it quotes", () => {
    expect(files.find((f) => f.path === "source/bab-v.txt")?.content).toBe(study.sources["bab-v.txt"]);
  });
});
