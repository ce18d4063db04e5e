/**
 * Cases and variables from REFI-QDA projects, both ways tools write them, on the synthetic interview
 * study (tests/fixtures/interviews): NVivo's `<Case>` elements over sources or selections, and
 * MAXQDA's variable values on each text source.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildStudy, ImportError, readCodebookFolder, readQdpx, writeStudyFolder } from "../loaders/qda/import.js";
import { loadStudy } from "../loaders/study/load.js";
import { interviewsQdpx } from "./fixtures/interviews/make.js";
import { problemsOf } from "./helpers.js";

const FIX = "tests/fixtures/interviews";
const CODEBOOK = readCodebookFolder(`${FIX}/codebook`);

function importBytes(bytes: Uint8Array, name: string, privateNames?: string[]) {
  const built = buildStudy(readQdpx(bytes, name).input, { codebook: CODEBOOK, privateNames });
  const parent = mkdtempSync(join(tmpdir(), "qda-cases-"));
  const out = join(parent, "study");
  const result = writeStudyFolder(built, out);
  return { built, parent, out, result };
}
const importFixture = (name: string) => importBytes(new Uint8Array(readFileSync(join(FIX, name))), name);

const valuesOf = (study: ReturnType<typeof loadStudy>, id: string) => Object.fromEntries(study.caseValues!.filter((v) => v.case === id).map((v) => [v.variable, v.value]));

describe("<Case> elements (NVivo, ATLAS.ti, QualCoder)", () => {
  const { out, result, built } = importFixture("interviews.qdpx");
  const study = result.written ? loadStudy(out) : undefined;

  it("become cases, each with the sources it covers whole: one case over two transcripts", () => {
    expect(result).toEqual({ written: true, problems: [] });
    expect(study!.cases!.map((c) => [c.id, c.name])).toEqual([["INF-01", "INF-01"], ["INF-02", "INF-02"], ["INF-03", "INF-03"]]);
    expect(study!.caseSources!.filter((s) => s.case === "INF-01")).toEqual([
      { case: "INF-01", source: "i-01-kader.txt", start: null, end: null },
      { case: "INF-01", source: "i-04-kader.txt", start: null, end: null }
    ]);
    expect(built.report.counts).toMatchObject({ cases: 3, variables: 7 });
  });

  it("or the selections they cover, at those selections' places", () => {
    const spans = study!.caseSources!.filter((s) => s.case === "INF-03");
    expect(spans.map((s) => [s.source, s.start, s.end])).toEqual([["i-03-bidan.txt", 58, 118], ["i-03-bidan.txt", 125, 183]]);
    const text = Array.from(study!.sources["i-03-bidan.txt"]!);
    expect(text.slice(58, 118).join("")).toBe("Kader membantu saya mencatat hasil penimbangan setiap bulan.");
  });

  it("keep a variable of each type, named with spaces, and leave a missing value out", () => {
    expect(study!.variables!.map((v) => [v.name, v.type])).toEqual([
      ["peran", "text"], ["kelurahan", "text"], ["umur", "integer"], ["lama bertugas", "float"], ["pernah dilatih", "boolean"], ["tanggal wawancara", "date"], ["mulai wawancara", "datetime"]
    ]);
    expect(valuesOf(study!, "INF-01")).toEqual({ peran: "kader", kelurahan: "Kelurahan Utara", umur: "34", "lama bertugas": "5.5", "pernah dilatih": "true", "tanggal wawancara": "2024-03-12", "mulai wawancara": "2024-03-12T09:30:00+07:00" });
    expect(valuesOf(study!, "INF-02")).not.toHaveProperty("kelurahan");
    expect(valuesOf(study!, "INF-02")).not.toHaveProperty("lama bertugas");
    expect(valuesOf(study!, "INF-02")["pernah dilatih"]).toBe("false");
  });

  it("are counted in the report, which no longer says cases are left out", () => {
    const facts = built.report.facts.join("\n");
    expect(facts).toMatch(/3 case\(s\) and 7 variable\(s\) are imported/);
    expect(facts).toMatch(/memos and project notes are not copied into the study; cases and variables are/);
    expect(facts).not.toMatch(/cases, variables and memos are not copied/);
  });
});

describe("variable values on a <TextSource> (MAXQDA's document variables)", () => {
  const { out, result } = importFixture("interviews-maxqda.qdpx");
  const study = result.written ? loadStudy(out) : undefined;

  it("make each such source a case of its own, named after the document and covering it whole", () => {
    expect(result).toEqual({ written: true, problems: [] });
    expect(study!.cases!.map((c) => [c.id, c.name])).toEqual([["I-01-kader", "I-01 kader"], ["I-02-ibu", "I-02 ibu"], ["I-03-bidan", "I-03 bidan"], ["I-04-kader", "I-04 kader"]]);
    expect(study!.caseSources!.map((s) => [s.case, s.source, s.start])).toEqual([
      ["I-01-kader", "i-01-kader.txt", null], ["I-02-ibu", "i-02-ibu.txt", null], ["I-03-bidan", "i-03-bidan.txt", null], ["I-04-kader", "i-04-kader.txt", null]
    ]);
    expect(valuesOf(study!, "I-02-ibu")).toEqual({ peran: "ibu balita", umur: "27", "pernah dilatih": "false", "tanggal wawancara": "2024-03-14", "mulai wawancara": "2024-03-14T10:00:00+07:00" });
    expect(valuesOf(study!, "I-03-bidan")["lama bertugas"]).toBe("12");
  });
});

describe("a case's name or value that trips the privacy guard", () => {
  it("stops the import with a located, masked error, and nothing is written", () => {
    const bytes = interviewsQdpx({ caseName: (id) => (id === "INF-02" ? "Siti Aminah" : id) });
    const { result, parent, out } = importBytes(bytes, "private.qdpx", ["Siti Aminah"]);
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(["cases.csv:3: name"]);
    expect(result.problems[0]!.message).toMatch(/contains a name listed in private-names\.txt \(Sit\*\*\*\*\).*\[from case 1A7E0006-0000-4000-8000-000000000002 \(project\.qde:\d+\)\]/);
    expect(result.problems.map((p) => p.message).join("\n")).not.toContain("Siti Aminah");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("values that do not read as their type", () => {
  it("are located in project.qde", () => {
    const xml = `<Project name="v" xmlns="urn:QDA-XML:project:1.0">
<Variables><Variable guid="00000000-0000-4000-8000-000000000001" name="umur" typeOfVariable="Integer"/></Variables>
<Cases><Case guid="00000000-0000-4000-8000-000000000002" name="INF-09"><VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-000000000001"/><IntegerValue>dua</IntegerValue></VariableValue></Case></Cases>
<Sources><TextSource guid="00000000-0000-4000-8000-000000000003" name="t"><PlainTextContent>abc</PlainTextContent></TextSource></Sources></Project>`;
    expect(problemsOf(() => readQdpx(new TextEncoder().encode(xml), "v.qde"), ImportError)).toEqual([
      { file: "v.qde", line: 3, field: "VariableValue", message: 'a value of the integer variable "umur" does not read as integer (got "dua")' }
    ]);
  });
});
