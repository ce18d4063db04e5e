import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildStudy, ImportError, parseMapFile, readCodebookFolder, readQdpx, reportMarkdown, TRANSLATION_PENDING, writeStudyFolder, type ImportOptions } from "../loaders/qda/import.js";
import { allCodes } from "../loaders/qda/qde.js";
import { sliceCodePoints } from "../loaders/study/locate.js";
import { loadStudy } from "../loaders/study/load.js";
import { TRANSCRIPT_CRLF } from "./fixtures/qda/generate.js";
import { problemsOf as importProblems } from "./helpers.js";

const FIX = "tests/fixtures/qda";
const OPTIONS: ImportOptions = { codebook: readCodebookFolder("data/study/codebook") };
const tmp = () => mkdtempSync(join(tmpdir(), "qda-import-"));
const enc = (s: string) => new TextEncoder().encode(s);

function importFixture(name: string, options: Partial<ImportOptions> = {}) {
  const bytes = new Uint8Array(readFileSync(join(FIX, name)));
  const { input, project } = readQdpx(bytes, name, options);
  const built = buildStudy(input, { ...OPTIONS, ...options });
  const out = join(tmp(), "study");
  const result = writeStudyFolder(built, out, { report: reportMarkdown(built.report) });
  return { input, project, built, out, result };
}

const problemsOf = (f: () => unknown) => importProblems(f, ImportError);

describe("importing each tool family's export (synthetic fixtures)", () => {
  it("NVivo style: braces and lower-case GUIDs, a category, CRLF counted twice, an uncoded memo, an unmapped code", () => {
    const { project, built, out, result } = importFixture("nvivo-style.qdpx");
    expect(allCodes(project.codes)).toHaveLength(4);
    expect(allCodes(project.codes).filter((c) => !c.isCodable).map((c) => c.name)).toEqual(["Dimensi"]);
    expect(project.textSources).toHaveLength(1);
    expect(project.textSources[0]!.selections).toHaveLength(4);
    expect([project.users.length, project.cases.length, project.variables.length, project.notes.length]).toEqual([1, 1, 1, 1]);
    expect(project.cases[0]!.values).toMatchObject([{ variable: project.variables[0]!.guid, value: "kader", element: "TextValue" }]);
    expect(result).toEqual({ written: true, problems: [] });
    const study = loadStudy(out);
    expect(study.findings.map((f) => [f.dimension, f.text_id])).toEqual([
      ["planning", "Perencanaan dibuat oleh pemerintah kota"],
      ["communication-strategies", "Komunikasi lewat grup WhatsApp sangat cepat 👍 dan semua kader membalas."]
    ]);
    // After two CRLF line ends and with an emoji inside: the located span is the selected text.
    const f2 = study.findings[1]!;
    expect(sliceCodePoints(study.sources[f2.source]!, f2.start, f2.end)).toBe("Komunikasi lewat grup WhatsApp sangat cepat 👍 dan semua kader membalas.");
    expect(f2.text_en).toBe(`${TRANSLATION_PENDING} ${f2.text_id}`);
    expect(built.report.unmapped.find((u) => u.code === "Dimensi/Ekonomi keluarga")).toMatchObject({ selections: 1 });
    expect(study.excluded.map((e) => e.reason)).toEqual([
      "Selection without a code in the QDA project. Memo: perlu dicek lagi.",
      'Its codes are not mapped to a dimension: "Dimensi/Ekonomi keluarga".'
    ]);
    expect(readFileSync(join(out, "import-report.md"), "utf-8")).toMatch(/CRLF line ends counted as two/);
    // The source is copied byte for byte.
    expect(readFileSync(join(out, "source", study.meta.sources[0]!.file), "utf-8")).toBe(TRANSCRIPT_CRLF);
  });

  it("ATLAS.ti style: namespace 1:0, CRLF counted once, a quotation with a comment but no code, a sub-code", () => {
    const { project, out, built } = importFixture("atlas-style.qdpx");
    expect(project.version).toBe("1:0");
    expect(allCodes(project.codes)).toHaveLength(4);
    expect(project.textSources[0]!.selections).toHaveLength(4);
    expect(project.textSources[0]!.selections[3]!.codes).toEqual([]);
    expect(built.report.facts.join("\n")).toMatch(/counted as one character\(s\) \(selection labels match/);
    const study = loadStudy(out);
    expect(study.findings.map((f) => [f.dimension, f.subcodes.join(";"), f.text_id])).toEqual([
      ["planning", "", "kader belum diajak sejak awal."],
      ["communication-strategies", "", "sangat cepat 👍 dan semua kader membalas."],
      ["management-of-lay-actors", "incentives", "Kader menerima honor bulanan dari pemerintah kota."]
    ]);
    const f = study.findings[2]!;
    expect(sliceCodePoints(study.sources[f.source]!, f.start, f.end)).toBe("Kader menerima honor bulanan dari pemerintah kota.");
    expect(study.excluded[0]!.text).toBe("Ekonomi keluarga sasaran masih sulit.");
  });

  it("MAXQDA style: a lower-case sources/ folder and two sources", () => {
    const { project, out } = importFixture("maxqda-style.qdpx");
    expect(project.textSources.map((s) => s.name)).toEqual(["Catatan lapangan", "Wawancara INF-01"]);
    const study = loadStudy(out);
    expect(study.meta.sources.map((s) => s.file)).toEqual(["catatan-lapangan.txt", "wawancara-inf-01.txt"]);
    expect(study.findings.map((f) => [f.dimension, f.subcodes.join(";")])).toEqual([
      ["leadership", "participative-leadership"],
      ["accountability-and-performance-management", ""]
    ]);
    expect(study.excluded[0]!.text).toBe("Bagaimana komunikasi dengan kader? 🙂");
  });

  it("QualCoder style: namespace 0:4, inline PlainTextContent, a source file with a BOM, GUIDs in mixed forms", () => {
    const { project, out } = importFixture("qualcoder-style.qdpx");
    expect(project.version).toBe("0:4");
    expect(project.textSources.map((s) => [s.name, s.content !== undefined])).toEqual([["inline.txt", true], ["catatan.txt", false]]);
    const study = loadStudy(out);
    expect(study.findings.map((f) => f.text_id)).toEqual([
      "Perencanaan belum melibatkan warga.",
      "Tugas kader adalah mendampingi keluarga 👪 sasaran.",
      "Laporan bulanan"
    ]);
    expect(study.findings[1]!.subcodes).toEqual(["cadre-tasks"]);
    // The BOM is not counted: offsets start after it.
    const f3 = study.findings[2]!;
    expect(sliceCodePoints(study.sources[f3.source]!, f3.start, f3.end)).toBe("Laporan bulanan");
  });

  it("a mapping file maps or excludes codes, with its reason in the report", () => {
    const map = parseMapFile(readFileSync(join(FIX, "code-map.csv"), "utf-8"), "code-map.csv");
    const { built, out } = importFixture("nvivo-style.qdpx", { map, mapFile: "code-map.csv" });
    expect(built.report.unmapped.find((u) => u.code === "Dimensi/Ekonomi keluarga")!.reason).toBe(
      "excluded by the mapping file (code-map.csv:2): outside the framework: household economy is context"
    );
    expect(loadStudy(out).excluded[1]!.reason).toMatch(/excluded by the mapping file \(code-map\.csv:2\)/);
    expect(problemsOf(() => buildStudy(readQdpx(new Uint8Array(readFileSync(join(FIX, "nvivo-style.qdpx"))), "x.qdpx").input, { ...OPTIONS, map: [{ line: 4, code: "Perencanaan", target: "no-such-dimension" }], mapFile: "m.csv" }))).toEqual([
      { file: "m.csv", line: 4, field: "dimension", message: '"no-such-dimension" is not a dimension, sub-code, stage, actor, valence or "recommendation" id of the codebook' }
    ]);
  });
});

describe("the real REFI-QDA examples", () => {
  it("ATLAS.ti 23's .qdpx holds a codebook but no sources: nothing to import, said plainly", () => {
    const problems = problemsOf(() => readQdpx(new Uint8Array(readFileSync(join(FIX, "atlas-ti-23-target.qdpx"))), "atlas-ti-23-target.qdpx"));
    expect(problems[0]!.message).toMatch(/no text source/);
  });
  it("MAXQDA 24's project file alone: each of its 10 sources is reported missing, with its line", () => {
    const problems = problemsOf(() => readQdpx(new Uint8Array(readFileSync(join(FIX, "maxqda-24-paper-themes.project.qde"))), "maxqda-24-paper-themes.project.qde"));
    expect(problems).toHaveLength(10);
    expect(problems[0]).toMatchObject({ file: "maxqda-24-paper-themes.project.qde", line: 934, field: "TextSource.plainTextPath" });
    expect(problems[0]!.message).toMatch(/"ICLS 2024 3-10" \(internal:\/\/C5E4C960-5296-4FDE-8C63-DEABA4E17F92\.txt\) is not in the archive/);
  });
});

describe("hostile and broken imports fail clearly and write nothing", () => {
  const qde = (text: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project name="h" xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000001" name="Planning" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="00000000-0000-4000-8000-000000000002" name="t" plainTextPath="internal://t.txt"><PlainTextSelection guid="00000000-0000-4000-8000-000000000003" startPosition="0" endPosition="${Array.from(text).length}"><Coding guid="00000000-0000-4000-8000-000000000004"><CodeRef targetGUID="00000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;

  it.each([
    ["a path escaping the folder", () => zipSync({ "project.qde": enc(qde("x")), "../../t.txt": enc("x") }), /would be written outside/],
    ["an absolute path", () => zipSync({ "project.qde": enc(qde("x")), "/tmp/t.txt": enc("x") }), /absolute path/],
    ["a zip bomb", () => zipSync({ "project.qde": enc(qde("x")), "Sources/t.txt": new Uint8Array(32 * 1024 * 1024) }, { level: 9 }), /zip bomb/],
    ["a DTD", () => zipSync({ "project.qde": enc(`<!DOCTYPE p [<!ENTITY a "aaaa">]>${qde("x")}`), "Sources/t.txt": enc("x") }), /DTD/],
    ["a source that is not UTF-8", () => zipSync({ "project.qde": enc(qde("caf")), "Sources/t.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }), /not valid UTF-8/],
    ["no project.qde", () => zipSync({ "other.xml": enc("<x/>") }), /no project\.qde/],
    ["not a zip", () => enc("plain text"), /not a ZIP archive/]
  ])("%s", (_name, make, message) => {
    const problems = problemsOf(() => readQdpx(make(), "hostile.qdpx"));
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it("personal data in the coded text stops the import before anything is written", () => {
    const text = "Perencanaan oleh kota; hubungi 0812 3456 7890.";
    const bytes = zipSync({ "project.qde": enc(qde(text)), "Sources/t.txt": enc(text) });
    const built = buildStudy(readQdpx(bytes, "p.qdpx").input, OPTIONS);
    const parent = tmp();
    const out = join(parent, "study");
    const result = writeStudyFolder(built, out);
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(["findings.csv:2: text_id", "findings.csv:2: text_en", "source/t.txt:1: text"]);
    expect(result.problems[0]!.message).toMatch(/0812\*\*\*\*\).*\[from selection 00000000-0000-4000-8000-000000000003/);
    expect(result.problems.map((p) => p.message).join("\n")).not.toContain("3456 7890");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
    // --keep-invalid writes it for fixing by hand.
    expect(writeStudyFolder(built, out, { keepInvalid: true }).written).toBe(true);
    expect(existsSync(join(out, "findings.csv"))).toBe(true);
  });

  it("never overwrites a non-empty folder without --force", () => {
    const { out, built } = importFixture("atlas-style.qdpx");
    expect(writeStudyFolder(built, out).problems[0]!.message).toMatch(/exists and is not empty/);
    expect(writeStudyFolder(built, out, { force: true })).toEqual({ written: true, problems: [] });
    expect(readdirSync(join(out, ".."))).toEqual(["study"]);
  });
});

describe("ambiguous names are not guessed", () => {
  let built: ReturnType<typeof buildStudy>;
  beforeAll(() => {
    const xml = `<Project name="a" xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes>
<Code guid="00000000-0000-4000-8000-000000000001" name="Perencanaan" isCodable="true"/>
<Code guid="00000000-0000-4000-8000-000000000002" name="Leadership" isCodable="true"/>
</Codes></CodeBook><Sources><TextSource guid="00000000-0000-4000-8000-000000000009" name="s"><PlainTextContent>abc def</PlainTextContent>
<PlainTextSelection guid="00000000-0000-4000-8000-000000000003" startPosition="0" endPosition="3"><Coding guid="00000000-0000-4000-8000-000000000004"><CodeRef targetGUID="00000000-0000-4000-8000-000000000001"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`;
    const codebook = mkdtempSync(join(tmpdir(), "codebook-"));
    for (const f of ["dimensions.csv", "subcodes.csv", "stages.csv"]) {
      let text = readFileSync(join("data/study/codebook", f), "utf-8");
      // A sub-code labelled like a dimension makes the name ambiguous.
      if (f === "subcodes.csv") text += "planning-twin,leadership,Planning twin,Perencanaan,,\n";
      writeFileSync(join(codebook, f), text);
    }
    built = buildStudy(readQdpx(enc(xml), "a.qde").input, { codebook: readCodebookFolder(codebook) });
  });
  it("reports the ambiguity and excludes the selection with that reason", () => {
    expect(built.report.unmapped[0]!.reason).toMatch(/matches several codebook entries \(dimension planning, subcode planning-twin\)/);
    expect(built.report.counts.excluded).toBe(1);
  });
});
