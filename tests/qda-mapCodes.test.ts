import { describe, expect, it } from "vitest";
import { studyGuid } from "../loaders/qda/export.js";
import { readCodebookFolder, ImportError, type CodeInfo } from "../loaders/qda/import.js";
import { parseCodebook } from "../loaders/qda/import/codebook.js";
import { nameKey, parseMapFile, resolveCodes, targetLabel } from "../loaders/qda/import/mapCodes.js";
import { problemsOf as importProblems } from "./helpers.js";

const problemsOf = (f: () => unknown) => importProblems(f, ImportError);
const book = parseCodebook({}, readCodebookFolder("tests/fixtures/study-mini/codebook"));
const code = (key: string, name: string, extra: Partial<CodeInfo> = {}): CodeInfo => ({ key, name, path: [name], isCodable: true, ...extra });

describe("nameKey", () => {
  it("ignores case and runs of whitespace", () => {
    expect(nameKey("  Co-Design\n of  Services ")).toBe(nameKey("co-design of services"));
  });
});

describe("parseMapFile", () => {
  it("reads code,dimension with an optional sub-code and reason", () => {
    expect(parseMapFile("code,dimension,subcode,reason\nA/B,dim-x,,\nC,-,,not a finding\n", "m.csv")).toEqual([
      { line: 2, code: "A/B", target: "dim-x", reason: undefined },
      { line: 3, code: "C", target: "-", reason: "not a finding" }
    ]);
  });

  it("refuses a file without the code and dimension columns", () => {
    expect(problemsOf(() => parseMapFile("name,target\nA,b\n", "m.csv"))).toEqual([{ file: "m.csv", line: 1, field: "header", message: "expected the columns code,dimension (got name,target)" }]);
  });
});

describe("resolveCodes", () => {
  const dimension = book.dimensions[0]!;

  it("maps by the codebook's names, by this site's GUIDs and by the mapping file, saying how", () => {
    const codes = [
      code("a", dimension.name_en),
      code("b", "renamed", { guid: studyGuid("dimension", dimension.id) }),
      code("c", "Kekuatan"),
      code("d", "whatever")
    ];
    const r = resolveCodes(codes, book, [{ line: 2, code: "whatever", target: dimension.id }], "m.csv");
    expect(r.targets.get("a")).toEqual([{ kind: "dimension", id: dimension.id }]);
    expect(r.how.get("a")).toBe("name");
    expect(r.how.get("b")).toBe("GUID of this site's export");
    expect(r.targets.get("c")).toEqual([{ kind: "valence", id: "strength" }]);
    expect(r.how.get("d")).toBe("m.csv:2");
  });

  it("leaves unknown names unmapped with the reason, and excludes codes the mapping file excludes", () => {
    const r = resolveCodes([code("x", "Nothing like it"), code("y", "Skip")], book, [{ line: 3, code: "Skip", target: "-", reason: "memo" }], "m.csv");
    expect(r.unresolved.get("x")).toMatch(/no dimension, sub-code, stage or actor is named "Nothing like it"/);
    expect(r.targets.get("y")).toEqual([]);
    expect(r.unresolved.get("y")).toBe("excluded by the mapping file (m.csv:3): memo");
  });

  it("counts a code nested under a dimension's code, whose own name matches nothing, for that dimension", () => {
    const codes = [code("p", dimension.name_en), code("q", "Rapat warga", { path: [dimension.name_en, "Rapat warga"], parent: "p" }), code("r", "Rapat warga lain", { path: ["Lain", "Rapat warga lain"], parent: "s" }), code("s", "Lain")];
    const r = resolveCodes(codes, book, undefined, "m.csv");
    expect(r.targets.get("q")).toEqual([{ kind: "dimension", id: dimension.id }]);
    expect(r.how.get("q")).toBe(`its parent code "${dimension.name_en}"`);
    expect(r.unresolved.has("r")).toBe(true);
  });

  it("refuses a mapping to an id the codebook does not have, on the mapping file's line", () => {
    expect(problemsOf(() => resolveCodes([code("x", "X")], book, [{ line: 4, code: "X", target: "no-such-id" }], "m.csv"))).toEqual([
      { file: "m.csv", line: 4, field: "dimension", message: `"no-such-id" is not a dimension, sub-code, stage, actor, valence or "recommendation" id of the codebook` }
    ]);
  });
});

describe("targetLabel", () => {
  it("names a target for the report", () => {
    expect(targetLabel({ kind: "stage", id: "co-design" })).toBe("stage co-design");
    expect(targetLabel({ kind: "recommendation", id: "recommendation" })).toBe("recommendation");
  });
});
