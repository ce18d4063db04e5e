import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { loadStudy, validateStudy } from "../loaders/study/load.js";
import { copyFixture } from "./helpers.js";

const MINI = "tests/fixtures/study-mini";

/** study-mini with cases: INF-01 covers the whole source, INF-02 a selection (F2's sentence). */
function withCases(files: Partial<Record<"cases.csv" | "case-sources.csv" | "variables.csv" | "case-values.csv", string>> = {}): string {
  const dir = copyFixture(MINI);
  const all = {
    "cases.csv": "id,name,description\nINF-01,Informan 01,kader\nINF-02,Informan 02,\n",
    "case-sources.csv": "case,source,start,end\nINF-01,mini.txt,,\nINF-02,mini.txt,108,166\n",
    "variables.csv": "name,type,description\nperan,Text,role\nlama bertugas,float,years of service\numur,INTEGER,\n",
    "case-values.csv": "case,variable,value\nINF-01,peran,kader\nINF-01,lama bertugas,5.5\nINF-02,peran,ibu balita\nINF-02,umur,27\n",
    ...files
  };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

const problems = (dir: string) => validateStudy(dir).problems.map(formatProblem);

describe("cases in a study folder", () => {
  it("are read with their sources, variables (types in any case, names with spaces) and values", () => {
    const study = loadStudy(withCases());
    expect(study.cases!.map((c) => c.id)).toEqual(["INF-01", "INF-02"]);
    expect(study.caseSources).toEqual([
      { case: "INF-01", source: "mini.txt", start: null, end: null },
      { case: "INF-02", source: "mini.txt", start: 108, end: 166 }
    ]);
    expect(study.variables!.map((v) => [v.name, v.type])).toEqual([["peran", "text"], ["lama bertugas", "float"], ["umur", "integer"]]);
    expect(study.caseValues).toHaveLength(4);
  });

  it("are optional: a study without the files has none", () => {
    const study = loadStudy(MINI);
    expect([study.cases, study.caseSources, study.variables, study.caseValues]).toEqual([[], [], [], []]);
  });

  it("locate every reference that names no case, variable or source", () => {
    const dir = withCases({
      "case-sources.csv": "case,source,start,end\nINF-09,mini.txt,,\nINF-01,other.txt,,\n",
      "case-values.csv": "case,variable,value\nINF-09,peran,kader\nINF-01,role,kader\n"
    });
    expect(problems(dir)).toEqual([
      'case-values.csv:2: case: "INF-09" is not an id in cases.csv',
      'case-values.csv:3: variable: "role" is not a variable name in variables.csv',
      'case-sources.csv:2: case: "INF-09" is not an id in cases.csv',
      'case-sources.csv:3: source: "other.txt" is not a source file listed in study.json'
    ]);
  });

  it("locate a value that does not read as its variable's type, a second value, and duplicate ids", () => {
    const dir = withCases({
      "cases.csv": "id,name,description\nINF-01,Informan 01,\nINF-01,Informan 01 lagi,\nINF-02,Informan 02,\n",
      "case-values.csv": "case,variable,value\nINF-01,umur,dua puluh\nINF-01,lama bertugas,\"5,5\"\nINF-01,peran,kader\nINF-01,peran,bidan\n"
    });
    expect(problems(dir)).toEqual([
      'cases.csv:3: id: duplicate id "INF-01" (first on line 2)',
      'case-values.csv:5: variable: case "INF-01" has a second value of "peran" (first on line 4)',
      'case-values.csv:2: value: expected a whole number such as 12 or -3 for the integer variable "umur" (got "dua puluh")',
      'case-values.csv:3: value: expected a number with a dot decimal such as 2.5 (no thousands separators) for the float variable "lama bertugas" (got "5,5")'
    ]);
  });

  it("locate an unknown type, an empty value and a bad selection", () => {
    const unknownType = withCases({ "variables.csv": "name,type,description\nperan,ordinal,\n" });
    expect(problems(unknownType)[0]).toBe('variables.csv:2: type: expected one of: text, integer, float, boolean, date, datetime (got "ordinal")');
    const empty = withCases({ "case-values.csv": "case,variable,value\nINF-01,peran,\n" });
    expect(problems(empty)).toEqual(['case-values.csv:2: value: expected a value (leave the row out when the case has none) (got "")']);
    const selection = withCases({ "case-sources.csv": "case,source,start,end\nINF-01,mini.txt,5,\nINF-01,mini.txt,50,40\nINF-02,mini.txt,400,999\n" });
    expect(problems(selection)).toEqual([
      "case-sources.csv:2: end: expected both start and end (a selection) or neither (the whole source)",
      "case-sources.csv:3: end: expected an end after the start (50)",
      "case-sources.csv:4: end: 999 is past the end of source/mini.txt (416 code points)"
    ]);
  });

  it("keep case names and values under the privacy guard: located, masked", () => {
    const dir = withCases({
      "cases.csv": "id,name,description\nINF-01,Siti Aminah,\nINF-02,Informan 02,hp 0812-3456-7890\n",
      "case-values.csv": "case,variable,value\nINF-01,peran,siti.a@contoh.co.id\n"
    });
    writeFileSync(join(dir, "private-names.txt"), "Siti Aminah\n");
    const found = problems(dir);
    expect(found.map((p) => p.replace(/: contains .*/, ""))).toEqual(["cases.csv:2: name", "cases.csv:3: description", "case-values.csv:2: value"]);
    expect(found.join("\n")).not.toMatch(/Siti Aminah|3456-7890|contoh\.co\.id/);
    expect(found[1]).toContain("(0812****)");
    writeFileSync(join(dir, "allow-private.csv"), "file,id,reason\ncases.csv,INF-02,a public office's number\ncase-values.csv,INF-01,test\n");
    expect(problems(dir)).toEqual([found[0]]);
  });
});
