import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStudy, ImportError, readCodebookFolder, type ImportInput } from "../loaders/qda/import.js";
import { parseCodebook } from "../loaders/qda/import/codebook.js";
import { problemsOf as importProblems } from "./helpers.js";

const DIR = "data/study/codebook";
const input = (carried: Record<string, string> = {}): ImportInput => ({
  tool: "test",
  inputName: "x.qdpx",
  projectName: "Project",
  sources: [{ file: "t.txt", title: "t", provenance: "test", bytes: new TextEncoder().encode("Perencanaan bersama.\n"), text: "Perencanaan bersama.\n" }],
  codes: [],
  segments: [],
  carried,
  facts: [],
  skipped: []
});

const problemsOf = (f: () => unknown) => importProblems(f, ImportError);

describe("readCodebookFolder", () => {
  it("reads the codebook's files and the framework of the study.json beside it", () => {
    const files = readCodebookFolder(DIR);
    expect(Object.keys(files.texts).sort()).toEqual(["codebook/dimensions.csv", "codebook/stages.csv", "codebook/subcodes.csv"]);
    expect(files.texts["codebook/dimensions.csv"]).toBe(readFileSync(`${DIR}/dimensions.csv`, "utf-8"));
    expect(files.framework).toEqual((JSON.parse(readFileSync("data/study/study.json", "utf-8")) as { framework: unknown }).framework);
  });

  it("leaves a missing folder's files out instead of failing: an import may carry its own", () => {
    expect(readCodebookFolder("no/such/folder")).toEqual({ dir: "no/such/folder", texts: {}, framework: undefined });
  });
});

describe("buildStudy with a codebook in memory (it reads no file)", () => {
  const files = readCodebookFolder(DIR);

  it("uses the given codebook whatever its folder", () => {
    const built = buildStudy(input(), { codebook: { ...files, dir: "no/such/folder" } });
    expect(built.files["codebook/dimensions.csv"]).toBe(files.texts["codebook/dimensions.csv"]);
    expect(JSON.parse(built.files["study.json"] as string).framework).toEqual(files.framework);
  });

  it("prefers the codebook an import carries", () => {
    const carried = { ...files.texts, "codebook/stages.csv": "id,order,label_en,label_id,description_en,description_id,reference\nonly,1,Only,Satu,,,\n" };
    const book = parseCodebook(carried, { dir: "no/such/folder", texts: {} });
    expect(book.stages.map((s) => s.id)).toEqual(["only"]);
  });

  it("names the missing file in the folder when neither has it", () => {
    expect(problemsOf(() => buildStudy(input(), { codebook: { dir: "cb", texts: {} } }))).toEqual([
      { file: "cb/dimensions.csv", line: 1, field: "file", message: "codebook file is missing (use --codebook <folder>)" }
    ]);
  });
});
