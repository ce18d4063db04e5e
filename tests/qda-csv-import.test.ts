import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCsvFormat, readCodingsCsv } from "../loaders/qda/csv-import.js";
import { buildStudy, ImportError, readCodebookFolder, writeStudyFolder } from "../loaders/qda/import.js";
import { loadStudy } from "../loaders/study/load.js";
import { sliceCodePoints } from "../loaders/study/locate.js";
import { problemsOf as importProblems } from "./helpers.js";

const FIX = "tests/fixtures/qda";
const DOCS = `${FIX}/documents`;
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const enc = (s: string) => new TextEncoder().encode(s);

function importCsv(name: string, data: Uint8Array, sourcesDir?: string) {
  const { input, format } = readCodingsCsv(data, name, { sourcesDir });
  const built = buildStudy(input, { codebook: readCodebookFolder("data/study/codebook") });
  const out = join(mkdtempSync(join(tmpdir(), "qda-csv-")), "study");
  const result = writeStudyFolder(built, out);
  return { input, format, built, out, result };
}

const problemsOf = (f: () => unknown) => importProblems(f, ImportError);

describe("detectCsvFormat", () => {
  it("recognises the three shapes by their header", () => {
    expect(detectCsvFormat(["id", "document", "tag", "content"])).toBe("taguette");
    expect(detectCsvFormat(["File", "Coder", "Coded", "Id", "Codename", "Coded_Memo", "Category", "Category"])).toBe("qualcoder");
    expect(detectCsvFormat(["Case", "Filename", "Coder", "Coded", "Id", "Codename", "Coded_Memo"])).toBe("qualcoder");
    expect(detectCsvFormat(readFileSync("data/study/findings.csv", "utf-8").split("\n")[0]!.split(","))).toBe("own");
    expect(detectCsvFormat(["a", "b"])).toBeUndefined();
  });
});

describe("Taguette highlights", () => {
  it("locates each highlight in its document (CRLF file, emoji) and merges a highlight's tags", () => {
    const { format, input, out, result, built } = importCsv("taguette-highlights.csv", bytes(`${FIX}/taguette-highlights.csv`), DOCS);
    expect(format).toBe("taguette");
    expect(input.codes.map((c) => c.name)).toEqual(["perencanaan", "komunikasi strategis", "saluran komunikasi", "ekonomi"]);
    expect(input.segments).toHaveLength(4);
    expect(result.problems).toEqual([]);
    const study = loadStudy(out);
    const f2 = study.findings[1]!;
    // The locator names the paragraph; the highlight's id goes to the report.
    expect([f2.dimension, f2.subcodes, f2.section, f2.item]).toEqual(["communication-strategies", ["channels"], "¶5", ""]);
    expect(built.report.provenance[1]).toEqual({ row: "findings.csv F02", ref: "taguette-highlights.csv:3 (highlight 2), taguette-highlights.csv:4 (highlight 2)" });
    expect(sliceCodePoints(study.sources["wawancara-inf-01.txt"]!, f2.start, f2.end)).toBe("Komunikasi lewat grup WhatsApp sangat cepat 👍 dan semua kader membalas.");
    expect(f2.start).toBe(239);
    expect(built.report.unmapped.map((u) => [u.code, u.selections])).toEqual([["ekonomi", 1]]);
    expect(study.excluded.map((e) => e.reason)).toEqual(["Selection without a code in the QDA project.", 'Its codes are not mapped to a dimension: "ekonomi".']);
  });

  it("without the documents, compiles an excerpts source and says so", () => {
    const { out, input } = importCsv("taguette-highlights.csv", bytes(`${FIX}/taguette-highlights.csv`));
    const study = loadStudy(out);
    expect(study.meta.sources[0]).toMatchObject({ file: "wawancara-inf-01-excerpts.txt", title: "wawancara-inf-01 (coded excerpts only)" });
    expect(study.meta.sources[0]!.provenance).toMatch(/^Not the document/);
    expect(input.facts.join("\n")).toMatch(/full text not supplied/);
    expect(study.findings[0]!.text_id).toBe("Perencanaan dibuat oleh pemerintah kota, kader belum diajak sejak awal.");
  });
});

describe("QualCoder coding report", () => {
  it("reads the BOM, repeated Category columns (nearest first) and skips image codings", () => {
    const { format, input, out } = importCsv("qualcoder-coding-report.csv", bytes(`${FIX}/qualcoder-coding-report.csv`), DOCS);
    expect(format).toBe("qualcoder");
    expect(input.codes.map((c) => c.path.join("/"))).toEqual([
      "Dimensi", "Dimensi/Kepemimpinan", "Dimensi/Kepemimpinan/Kepemimpinan partisipatif",
      "Akuntabilitas dan Pengukuran Kinerja", "Akuntabilitas dan Pengukuran Kinerja/Monitoring digital"
    ]);
    expect(input.skipped).toEqual([{ ref: "qualcoder-coding-report.csv:4", reason: "not a text coding (imid:3): images and audio/video are not imported" }]);
    const study = loadStudy(out);
    expect(study.findings.map((f) => [f.dimension, f.subcodes.join(";"), f.section, f.item])).toEqual([
      ["leadership", "participative-leadership", "¶2", ""],
      ["accountability-and-performance-management", "digital-monitoring", "¶3", ""]
    ]);
  });
});

describe("our own findings table", () => {
  it("imports a findings.csv with its sources; ids it cannot resolve stop the import, located", () => {
    const mini = readFileSync("tests/fixtures/study-mini/findings.csv", "utf-8");
    const withActors = importCsv("findings.csv", enc(mini), "tests/fixtures/study-mini/source");
    expect(withActors.format).toBe("own");
    expect(withActors.result.written).toBe(false);
    expect(withActors.result.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`)[0]).toBe('findings.csv:2: actors: "pemkot" is not an id in actors.csv');
    // Without actors (no actors.csv to name them), the table is written as it is.
    const noActors = mini.replace(/,(strength|gap),[^,]*,/g, ",$1,,");
    const clean = importCsv("findings.csv", enc(noActors), "tests/fixtures/study-mini/source");
    expect(clean.result).toEqual({ written: true, problems: [] });
    expect(readFileSync(join(clean.out, "findings.csv"), "utf-8")).toBe(noActors);
  });
  it("asks for the sources it needs, and locates bad rows", () => {
    expect(problemsOf(() => readCodingsCsv(bytes("tests/fixtures/study-mini/findings.csv"), "findings.csv"))[0]!.message).toMatch(/pass --sources/);
    const bad = readFileSync("tests/fixtures/study-mini/findings.csv", "utf-8").replace("strength", "strong");
    expect(problemsOf(() => readCodingsCsv(enc(bad), "mine.csv", { sourcesDir: "tests/fixtures/study-mini/source" }))[0]).toMatchObject({ file: "mine.csv", line: 2, field: "valence" });
  });
});

describe("broken CSV files", () => {
  it("refuses UTF-16 and non-UTF-8 files and unknown headers with a clear message", () => {
    expect(problemsOf(() => readCodingsCsv(new Uint8Array([0xff, 0xfe, 0x69, 0]), "x.csv"))[0]!.message).toMatch(/UTF-16/);
    expect(problemsOf(() => readCodingsCsv(new Uint8Array([0x69, 0x64, 0x0a, 0xe9]), "x.csv"))[0]).toMatchObject({ line: 2, field: "encoding" });
    expect(problemsOf(() => readCodingsCsv(enc("a,b\n1,2\n"), "x.csv"))[0]!.message).toMatch(/not a recognised export/);
    expect(problemsOf(() => readCodingsCsv(enc('id,document,tag,content\n1,d,t,"open\n'), "x.csv"))[0]!.field).toBe("csv");
  });
});
