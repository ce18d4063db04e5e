/**
 * Cases and variables from QualCoder's coding report (CSV), on the synthetic interview study
 * (tests/fixtures/interviews): a report by case (its Case column and CaseVar_ columns) and a
 * report by file (each document a case of its own, with its FileVar_ and unknown columns).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodingsCsv } from "../loaders/qda/csv-import.js";
import { buildStudy, ImportError, readCodebookFolder, writeStudyFolder } from "../loaders/qda/import.js";
import { loadStudy } from "../loaders/study/load.js";
import { codingReport } from "./fixtures/interviews/make.js";
import { problemsOf } from "./helpers.js";

const FIX = "tests/fixtures/interviews";
const enc = (s: string) => new TextEncoder().encode(s);

function importCsv(text: string, name = "report.csv", privateNames?: string[]) {
  const { input } = readCodingsCsv(enc(text), name, { sourcesDir: `${FIX}/sources` });
  const built = buildStudy(input, { codebook: readCodebookFolder(`${FIX}/codebook`), privateNames });
  const out = join(mkdtempSync(join(tmpdir(), "qda-csv-cases-")), "study");
  return { input, built, out, result: writeStudyFolder(built, out) };
}

describe("a coding report by case", () => {
  const { out, result, input } = importCsv(readFileSync(`${FIX}/coding-report-cases.csv`, "utf-8"), "coding-report-cases.csv");
  const study = result.written ? loadStudy(out) : undefined;

  it("makes each case of the Case column a case, covering its rows' passages, even across two transcripts", () => {
    expect(result).toEqual({ written: true, problems: [] });
    expect(study!.cases!.map((c) => c.id)).toEqual(["INF-01", "INF-02", "INF-03"]);
    const inf01 = study!.caseSources!.filter((s) => s.case === "INF-01");
    expect([...new Set(inf01.map((s) => s.source))]).toEqual(["i-01-kader.txt", "i-04-kader.txt"]);
    // Each covered span is a coded passage of that case's transcripts.
    for (const s of inf01) expect(study!.findings.some((f) => f.source === s.source && f.start === s.start && f.end === s.end)).toBe(true);
    expect(inf01).toHaveLength(3);
  });

  it("reads every CaseVar_ column as a variable, its type inferred, a missing value left out", () => {
    expect(study!.variables!.map((v) => [v.name, v.type])).toEqual([
      ["peran", "text"], ["kelurahan", "text"], ["umur", "integer"], ["lama bertugas", "float"], ["pernah dilatih", "boolean"], ["tanggal wawancara", "date"], ["mulai wawancara", "datetime"]
    ]);
    const inf02 = study!.caseValues!.filter((v) => v.case === "INF-02").map((v) => v.variable);
    expect(inf02).toEqual(["peran", "umur", "pernah dilatih", "tanggal wawancara", "mulai wawancara"]);
    expect(input.facts.join("\n")).toMatch(/3 case\(s\) from the Case column, 7 variable\(s\)/);
  });

  it("the browser test's smaller report has its cases too", () => {
    const small = importCsv(readFileSync(`${FIX}/coding-report.csv`, "utf-8"), "coding-report.csv");
    expect(small.result.written).toBe(true);
    const s = loadStudy(small.out);
    expect(s.findings).toHaveLength(3);
    expect(s.cases!.map((c) => c.id)).toEqual(["INF-01", "INF-02"]);
    expect(s.caseValues!.filter((v) => v.case === "INF-02").map((v) => v.variable)).toEqual(["peran", "umur"]);
  });
});

describe("a coding report by file", () => {
  it("makes each document a case of its own when the report has variable columns (FileVar_ and unknown ones)", () => {
    const byCase = codingReport({ variables: ["peran", "umur"] });
    const byFile = byCase
      .replace('"Case","Filename",', '"File",')
      .replace('"CaseVar_peran","CaseVar_umur"', '"FileVar_peran","jumlah anak"')
      .replace(/^"INF-0\d",/gm, "");
    const { result, out } = importCsv(byFile);
    expect(result.problems).toEqual([]);
    const study = loadStudy(out);
    expect(study.cases!.map((c) => [c.id, c.name])).toEqual([["I-01-kader", "I-01 kader"], ["I-02-ibu", "I-02 ibu"], ["I-03-bidan", "I-03 bidan"], ["I-04-kader", "I-04 kader"]]);
    expect(study.caseSources!.map((s) => [s.source, s.start])).toEqual([["i-01-kader.txt", null], ["i-02-ibu.txt", null], ["i-03-bidan.txt", null], ["i-04-kader.txt", null]]);
    expect(study.variables!.map((v) => [v.name, v.type])).toEqual([["peran", "text"], ["jumlah anak", "integer"]]);
  });

  it("has no cases without variable columns", () => {
    const plain = codingReport({ variables: [] }).replace('"Case","Filename",', '"File",').replace(/^"INF-0\d",/gm, "");
    const { result, out } = importCsv(plain);
    expect(result.written).toBe(true);
    expect(existsSync(join(out, "cases.csv"))).toBe(false);
    expect(loadStudy(out).cases).toEqual([]);
  });
});

describe("bad case columns", () => {
  it("locates a case whose rows disagree on a value, without echoing it", () => {
    const text = readFileSync(`${FIX}/coding-report-cases.csv`, "utf-8").replace(/("INF-01","I-04 kader\.txt",(?:"[^"]*",){6})"kader"/, '$1"bidan"');
    expect(problemsOf(() => readCodingsCsv(enc(text), "r.csv", { sourcesDir: `${FIX}/sources` }), ImportError)).toEqual([
      { file: "r.csv", line: 19, field: "CaseVar_peran", message: "differs from the value of the same case on line 2 (a case has one value of each variable)" }
    ]);
  });

  it("a case name that trips the privacy guard: located, masked, nothing written", () => {
    const { result, out } = importCsv(codingReport({ caseName: (id) => (id === "INF-03" ? "bu Rina 081234567890" : id) }), "p.csv");
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(["cases.csv:4: name"]);
    expect(result.problems[0]!.message).toMatch(/contains a phone number \(0812\*\*\*\*\)/);
    expect(existsSync(out)).toBe(false);
  });
});
