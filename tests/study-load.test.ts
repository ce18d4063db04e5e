import { describe, expect, it } from "vitest";
import { DataError, formatProblem } from "../loaders/errors.js";
import { loadStudy, readStudy, checkStudy } from "../loaders/study/load.js";
import { readFileSync, writeFileSync } from "node:fs";
import { parseCsv } from "../loaders/csv.js";
import { dimensionSchema } from "../loaders/study/schema.js";
import { join } from "node:path";
import { copyFixture, edit } from "./helpers.js";

const MINI = "tests/fixtures/study-mini";

function problemsOf(dir: string): string[] {
  try {
    loadStudy(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return error.problems.map(formatProblem);
  }
}

describe("loadStudy", () => {
  it("reads the fixture study into typed tables in codebook order", () => {
    const study = loadStudy(MINI);
    expect(study.dimensions.map((d) => d.id)).toEqual(["planning", "communication-strategies"]);
    expect(study.findings).toHaveLength(3);
    expect(study.findings[1]).toMatchObject({ id: "F2", valence: "gap", stages: ["co-design", "co-commissioning"], start: 108, end: 166 });
    expect(study.meta.author).toBeNull();
  });

  it("reads the Kalirungkut study with no problem", () => {
    const study = loadStudy("data/study");
    expect(study.dimensions).toHaveLength(7);
    expect(study.recommendations).toHaveLength(4);
  });

  it("reports a duplicate id with both lines", () => {
    const dir = copyFixture(MINI);
    edit(dir, "findings.csv", /^F3,/m, "F1,");
    expect(problemsOf(dir)).toContain('findings.csv:4: id: duplicate id "F1" (first on line 2)');
  });

  it("reports dangling references by file, line and field", () => {
    const dir = copyFixture(MINI);
    edit(dir, "recommendations.csv", ",planning,F2,", ",planning,F9,");
    edit(dir, "channels.csv", "puskesmas,kader", "puskesmas,nobody");
    const problems = problemsOf(dir);
    expect(problems).toContain('recommendations.csv:2: answers: "F9" is not an id in findings.csv');
    expect(problems).toContain('channels.csv:2: to: "nobody" is not an id in actors.csv (or "programme")');
  });

  it("refuses a recommendation that answers a strength", () => {
    const dir = copyFixture(MINI);
    edit(dir, "recommendations.csv", ",planning,F2,", ",planning,F1,");
    expect(problemsOf(dir)).toContain('recommendations.csv:2: answers: "F1" is a strength finding; expected a gap');
  });

  it("checks that each inferred code is a code of the row it names", () => {
    const dir = copyFixture(MINI);
    writeFileSync(
      join(dir, "inferred.csv"),
      "file,id,code,reason\nfindings.csv,F2,co-design,read from the item\nfindings.csv,F2,kader,not on F2\nfindings.csv,F99,co-design,no such finding\nassessments.csv,F2,co-design,wrong file\n"
    );
    expect(problemsOf(dir)).toEqual([
      'inferred.csv:3: code: "kader" is not an actor or stage of F2 in findings.csv',
      'inferred.csv:4: id: "F99" is not an id in findings.csv',
      'inferred.csv:5: file: "assessments.csv" is not findings.csv, recommendations.csv or channels.csv'
    ]);
  });

  it("refuses text that is not at its locator", () => {
    const dir = copyFixture(MINI);
    edit(dir, "findings.csv", "Namun masyarakat tidak dilibatkan", "Namun masyarakat telah dilibatkan");
    expect(problemsOf(dir)[0]).toMatch(/^findings\.csv:3: text_id: text does not match the source at 108-166/);
  });

  it("reports a missing file and a bad study.json", () => {
    const dir = copyFixture(MINI);
    edit(dir, "study.json", '"author": null,', '"author": 5,');
    const { problems } = readStudy(dir);
    expect(problems.map(formatProblem).some((p) => p.startsWith("study.json:") && p.includes(": author: "))).toBe(true);
  });

  it("refuses a source named outside source/ or naming a folder, without reading it", () => {
    for (const [name, expected] of [
      ["../study.json", /^study\.json:1: sources\.file: "\.\.\/study\.json" is outside source\//],
      ["/etc/hostname", /^study\.json:1: sources\.file: "\/etc\/hostname" is outside source\//],
      [".", /^source\/\.:1: file: expected a file, found a folder$/]
    ] as const) {
      const dir = copyFixture(MINI);
      edit(dir, "study.json", '"file": "mini.txt"', `"file": ${JSON.stringify(name)}`);
      expect(problemsOf(dir)).toEqual([expect.stringMatching(expected)]);
    }
  });

  it("checks cross-references separately from parsing", () => {
    const { study, rows, problems } = readStudy(MINI);
    expect(problems).toEqual([]);
    expect(checkStudy(study!, rows)).toEqual([]);
  });

  it("reads the study's own notes on dimensions, beside the framework's neutral descriptions", () => {
    const study = loadStudy("data/study");
    expect(study.dimensionNotes!.map((n) => n.dimension)).toEqual(study.dimensions.map((d) => d.id));
    expect(study.dimensionNotes![0]!.note_en).toMatch(/^As the thesis's conclusions treat it: /);
    for (const d of study.dimensions) expect(d.description_en, d.id).not.toMatch(/thesis|Surabaya|Kalirungkut/);
    // The descriptions are the framework's own (data/framework/codebook), which every new study starts from.
    const framework = parseCsv(readFileSync("data/framework/codebook/dimensions.csv", "utf-8"), "dimensions.csv", dimensionSchema).rows.map((r) => r.value);
    expect(study.dimensions.map((d) => [d.id, d.description_en, d.description_id])).toEqual(framework.map((d) => [d.id, d.description_en, d.description_id]));
    const dir = copyFixture(MINI);
    writeFileSync(join(dir, "codebook/dimension-notes.csv"), "dimension,note_en,note_id\nplanning,Our reading,Bacaan kami\nleadership,x,y\n");
    expect(problemsOf(dir)).toEqual(['codebook/dimension-notes.csv:3: dimension: "leadership" is not an id in codebook/dimensions.csv']);
  });

  it("reads null as absent for optional study.json fields, and allows a study without sources yet", () => {
    const dir = copyFixture(MINI);
    edit(dir, "study.json", '"author": null,', '"author": null, "conclusion": null, "source_kind": null, "site": { "title_id": "a", "title_en": "b", "short_name": "c", "brief_title_id": null, "brief_title_en": null },');
    const study = loadStudy(dir);
    expect([study.meta.conclusion, study.meta.source_kind, study.meta.site?.brief_title_id]).toEqual([undefined, undefined, undefined]);
  });

  it("names an unknown or retired study.json field at its line, and says what replaces central_problem", () => {
    const dir = copyFixture(MINI);
    edit(dir, "study.json", '"author": null,', '"author": null,\n  "central_problem": { "finding": "F2" },\n  "autor": "x",');
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^study\.json:\d+: central_problem: no longer read: name the findings that state the study's own conclusion in "conclusion"/);
    expect(problems[1]).toMatch(/^study\.json:\d+: autor: unknown field \(expected one of: id, site, source_kind, .*conclusion, sources\)$/);
    edit(dir, "study.json", /\s*"central_problem": \{[^}]*\},\s*"autor": "x",/, "");
    edit(dir, "study.json", '"author": null,', '"author": null, "conclusion": { "findings": ["F2"], "extra": 1 },');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^study\.json:\d+: conclusion\.extra: unknown field$/)]);
    edit(dir, "study.json", ', "extra": 1', ', "qualification": ["F9"]');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^study\.json:\d+: conclusion\.qualification: "F9" is not an id in findings\.csv$/)]);
  });
});
