/**
 * A study's cases and variables through export and import: every case, what it covers and every
 * value come back unchanged (the synthetic interview study, tests/fixtures/interviews).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportStudy, qdpxBytes } from "../loaders/qda/export.js";
import { buildStudy, readCodebookFolder, readQdpx, writeStudyFolder } from "../loaders/qda/import.js";
import { parseQde } from "../loaders/qda/qde.js";
import { loadStudy, type Study } from "../loaders/study/load.js";

const FIX = "tests/fixtures/interviews";
const hasXmllint = (process.env.PATH ?? "").split(delimiter).some((d) => existsSync(join(d, "xmllint")));

function importQdpx(bytes: Uint8Array, name: string): Study {
  const built = buildStudy(readQdpx(bytes, name).input, { codebook: readCodebookFolder(`${FIX}/codebook`) });
  const out = join(mkdtempSync(join(tmpdir(), "qda-export-cases-")), "study");
  const result = writeStudyFolder(built, out);
  expect(result.problems).toEqual([]);
  return loadStudy(out);
}

const casesOf = (s: Study) => ({ cases: s.cases, caseSources: s.caseSources, variables: s.variables, caseValues: s.caseValues });

describe("export -> import keeps every case and value", () => {
  const original = importQdpx(new Uint8Array(readFileSync(`${FIX}/interviews.qdpx`)), "interviews.qdpx");
  const exported = exportStudy(original, original.dir);

  it("writes <Variables> and <Cases> that a REFI-QDA reader sees", () => {
    const project = parseQde(exported.xml);
    expect(project.problems).toEqual([]);
    expect(project.variables.map((v) => [v.name, v.type])).toEqual([
      ["peran", "Text"], ["kelurahan", "Text"], ["umur", "Integer"], ["lama bertugas", "Float"], ["pernah dilatih", "Boolean"], ["tanggal wawancara", "Date"], ["mulai wawancara", "DateTime"]
    ]);
    expect(project.cases.map((c) => [c.name, c.sources.length, c.selections.length, c.values.length])).toEqual([["INF-01", 2, 0, 7], ["INF-02", 1, 0, 5], ["INF-03", 0, 2, 7]]);
    expect(project.cases[0]!.values.find((v) => v.element === "FloatValue")!.value).toBe("5.5");
    expect(exported.counts).toMatchObject({ cases: 3, variables: 7 });
  });

  it("reads back the same cases, sources, selections, variables and values", () => {
    const back = importQdpx(qdpxBytes(exported), "back.qdpx");
    expect(casesOf(back)).toEqual(casesOf(original));
    expect(back.findings).toEqual(original.findings);
  });

  it("keeps a case's selection that no finding has, its id, its note and a value with a line break", () => {
    const dir = original.dir;
    writeFileSync(join(dir, "cases.csv"), 'id,name,description\nINF-01,Informan satu,"kader, dua wawancara"\nINF-02,INF-02,\nINF-03,INF-03,\nK-9,Kelompok ibu,\n');
    writeFileSync(join(dir, "case-sources.csv"), readFileSync(join(dir, "case-sources.csv"), "utf-8") + "K-9,i-02-ibu.txt,0,62\n");
    writeFileSync(join(dir, "case-values.csv"), readFileSync(join(dir, "case-values.csv"), "utf-8") + 'K-9,peran,"ibu balita\ndan kader"\n');
    const changed = loadStudy(dir);
    const back = importQdpx(qdpxBytes(exportStudy(changed, dir)), "back.qdpx");
    expect(casesOf(back)).toEqual(casesOf(changed));
    // The uncoded selection only the case covers is not a finding.
    expect(back.findings).toEqual(changed.findings);
    expect(back.excluded).toEqual(changed.excluded);
  });

  it.runIf(hasXmllint)("validates against the REFI-QDA 1.0 schema (xmllint)", () => {
    const dir = mkdtempSync(join(tmpdir(), "qda-export-cases-xsd-"));
    writeFileSync(join(dir, "project.qde"), exported.xml);
    const result = spawnSync("xmllint", ["--noout", "--schema", "tests/fixtures/qda/Project-mrt2019.xsd", join(dir, "project.qde")], { encoding: "utf-8" });
    expect(result.stderr).toMatch(/validates/);
  });
});
