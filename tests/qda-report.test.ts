import { describe, expect, it } from "vitest";
import { TRANSLATION_PENDING, type ImportInput } from "../loaders/qda/import.js";
import { importReport, reportMarkdown } from "../loaders/qda/import/report.js";

const input: ImportInput = {
  tool: "Tool 1",
  inputName: "p.qdpx",
  projectName: "P",
  sources: [],
  codes: [
    { key: "a", name: "Planning", path: ["Dims", "Planning"], isCodable: true },
    { key: "b", name: "Odd", path: ["Odd"], isCodable: true }
  ],
  segments: [{ ref: "sel 1", source: "t.txt", start: 0, end: 3, codes: ["b"] }],
  carried: {},
  facts: ["1 source"],
  skipped: []
};
const resolution = {
  targets: new Map([["a", [{ kind: "dimension" as const, id: "planning" }]]]),
  how: new Map([["a", "name"]]),
  unresolved: new Map([["b", "no code is named Odd"]])
};
const rows = {
  findings: [],
  recommendations: [],
  excluded: [],
  excludedReport: [{ ref: "sel 1", reason: "Its codes are not mapped" }],
  origins: new Map(),
  pendingCount: 2,
  defaultValence: 1
};

describe("importReport", () => {
  const report = importReport(input, resolution, rows);

  it("lists mapped codes by path with how, and unmapped codes with their selections and reason", () => {
    expect(report.mapped).toEqual([{ code: "Dims/Planning", target: { kind: "dimension", id: "planning" }, how: "name" }]);
    expect(report.unmapped).toEqual([{ code: "Odd", selections: 1, reason: "no code is named Odd" }]);
  });

  it("notes pending translations, defaulted valences and a generated study.json", () => {
    expect(report.counts).toEqual({ findings: 0, recommendations: 0, excluded: 0, pendingTranslations: 2, defaultValence: 1, cases: 0, variables: 0 });
    expect(report.notes[0]).toContain(`"${TRANSLATION_PENDING} "`);
    expect(report.notes[1]).toMatch(/^1 segment\(s\) carry no valence code/);
    expect(report.notes[2]).toMatch(/^study.json was generated/);
    expect(importReport({ ...input, carried: { "study.json": "{}" } }, resolution, { ...rows, pendingCount: 0, defaultValence: 0 }).notes).toEqual([]);
  });

  it("reads as Markdown, one section per list", () => {
    const md = reportMarkdown(report);
    expect(md).toContain("From `p.qdpx` (Tool 1).");
    expect(md).toContain("- `Dims/Planning` → dimension planning (by name)");
    expect(md).toContain("- `Odd`: applied to 1 selection(s). no code is named Odd");
    expect(md).toContain("- sel 1: Its codes are not mapped");
    expect(md).toContain("- 0 cases and 0 variables (cases.csv, case-sources.csv, variables.csv, case-values.csv); memos and project notes are not copied into the study");
  });

  it("says where each finding comes from in the tool (the locators name only the source and paragraph)", () => {
    const finding = { id: "F01", source: "t.txt", section: "¶1", item: "", start: 0, end: 3, dimension: "planning", subcodes: [], valence: "gap" as const, actors: [], stages: [], text_id: "abc", text_en: "abc" };
    const withFinding = importReport(input, resolution, { ...rows, findings: [finding], origins: new Map([["findings.csv#1", "selection 7B00 (project.qde:12)"]]) });
    expect(withFinding.provenance).toEqual([{ row: "findings.csv F01", ref: "selection 7B00 (project.qde:12)" }]);
    expect(reportMarkdown(withFinding)).toMatch(/## Where each finding and recommendation comes from\n.*\n\n- findings.csv F01: selection 7B00 \(project.qde:12\)\n/);
  });
});
