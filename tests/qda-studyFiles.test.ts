import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ImportInput } from "../loaders/qda/import.js";
import { sourceFileName, slug } from "../loaders/qda/import/names.js";
import { studyFiles } from "../loaders/qda/import/studyFiles.js";
import { STUDY_TABLES } from "../loaders/study/schema.js";

const bytes = new TextEncoder().encode("Satu dua.\n");
const input = (carried: Record<string, string> = {}): ImportInput => ({
  tool: "Tool 1",
  inputName: "p.qdpx",
  projectName: "Proyek Contoh",
  sources: [{ file: "t.txt", title: "T", provenance: "from the test", bytes, text: "Satu dua.\n" }],
  codes: [],
  segments: [],
  carried,
  facts: [],
  skipped: []
});
const rows = { findings: [], recommendations: [], excluded: [], excludedReport: [], origins: new Map(), pendingCount: 0, defaultValence: 0 };
const codebook = { "codebook/dimensions.csv": "d", "codebook/subcodes.csv": "s", "codebook/stages.csv": "t" };

describe("studyFiles", () => {
  it("writes the codebook, the tables with the registry's headers, and each source byte for byte", () => {
    const files = studyFiles(input(), codebook, rows, { codebook: {} });
    for (const [k, v] of Object.entries(codebook)) expect(files[k]).toBe(v);
    for (const t of ["findings", "recommendations", "excluded", "actors", "channels"] as const) {
      expect(files[`${t}.csv`], t).toBe(`${STUDY_TABLES[t].columns.join(",")}\n`);
    }
    expect(files["source/t.txt"]).toBe(bytes);
    expect(files["private-names.txt"]).toBeUndefined();
  });

  it("describes each source in SOURCE.md with its length and SHA-256", () => {
    const md = studyFiles(input(), codebook, rows, { codebook: {} })["source/SOURCE.md"] as string;
    expect(md).toContain(`- \`t.txt\`: from the test (10 code points; SHA-256 \`${createHash("sha256").update(bytes).digest("hex")}\`)`);
  });

  it("generates a study.json to complete: every field present, the study's words as placeholders, unknowns null", () => {
    const meta = JSON.parse(studyFiles(input(), codebook, rows, { codebook: { framework: { citation: "C", note_en: "another study's note" } } })["study.json"] as string);
    expect(meta).toMatchObject({
      id: "proyek-contoh",
      title_en: '[fill in] the study\'s title in English (project: "Proyek Contoh")',
      place_id: "[fill in] tempat penelitian, mis. Puskesmas X, Kelurahan Y, Kota Z",
      framework: { citation: "C", isbn: null },
      source_kind: "documents",
      author: null,
      conclusion: null,
      sources: [{ file: "t.txt", title: "T", provenance: "from the test" }]
    });
    expect(meta.framework.note_en).toBeUndefined();
    expect(meta.coding_level_en).toBe("[fill in] what was coded (interview transcripts, field notes, documents) and how (codings imported from Tool 1, p.qdpx).");
    expect(Object.keys(meta)).toEqual(["id", "site", "source_kind", "title_id", "title_en", "place_id", "place_en", "framework", "coding_level_en", "coding_level_id", "author", "year", "institution", "conclusion", "sources"]);
    // The framework's own asset (framework.json) travels whole, its note included.
    const asset = JSON.parse(studyFiles(input(), codebook, rows, { codebook: { framework: { citation: "C", isbn: "1", note_en: "n", note_id: "c" }, frameworkAsset: true } })["study.json"] as string);
    expect(asset.framework).toEqual({ citation: "C", isbn: "1", note_en: "n", note_id: "c" });
  });

  it("keeps the files an import carries and the given private names", () => {
    const carried = { "study.json": "{}\n", "actors.csv": "carried actors\n", "source/SOURCE.md": "carried\n" };
    const files = studyFiles(input(carried), codebook, rows, { codebook: {}, privateNames: ["Nama"] });
    expect(files["study.json"]).toBe("{}\n");
    expect(files["actors.csv"]).toBe("carried actors\n");
    expect(files["source/SOURCE.md"]).toBe("carried\n");
    expect(files["private-names.txt"]).toBe("Nama\n");
  });
});

describe("source file names", () => {
  it("slugs a tool's source name and keeps each name unique", () => {
    const taken = new Set<string>();
    expect(sourceFileName("Wawancara Ibu #1.docx", taken)).toBe("wawancara-ibu-1.txt");
    expect(sourceFileName("wawancara ibu 1", taken)).toBe("wawancara-ibu-1-2.txt");
    expect(sourceFileName("…", taken)).toBe("source.txt");
    expect(slug("Éte", "x")).toBe("ete");
  });
});
