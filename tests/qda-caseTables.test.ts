import { describe, expect, it } from "vitest";
import { caseId, caseTables } from "../loaders/qda/import/cases.js";

describe("caseId", () => {
  it("makes an id from the name, unique, keeping an id our export carried", () => {
    const taken = new Set<string>();
    expect(caseId("INF-01", taken)).toBe("INF-01");
    expect(caseId("INF 01", taken)).toBe("INF-01-2");
    expect(caseId("Ibu Sùri (kader)", taken)).toBe("Ibu-Suri-kader");
    expect(caseId("…", taken)).toBe("case");
    expect(caseId("anything", taken, "K-7")).toBe("K-7");
    expect(caseId("anything", taken, "K-7")).toBe("anything");
  });
});

describe("caseTables", () => {
  it("is nothing for an input without cases and variables", () => {
    expect(caseTables({})).toBeUndefined();
    expect(caseTables({ cases: [], variables: [] })).toBeUndefined();
  });

  it("writes the four tables, carried ids first, and says where each row came from", () => {
    const t = caseTables({
      variables: [{ name: "peran", type: "text", ref: "variable V (project.qde:3)" }],
      cases: [
        { name: "INF-01", sources: ["a.txt"], selections: [{ source: "b.txt", start: 3, end: 9 }], values: [{ variable: "peran", value: "kader" }], ref: "case A" },
        { id: "INF-01", name: "Kader satu", description: "dari ekspor", sources: [], selections: [], values: [], ref: "case B" }
      ]
    })!;
    expect(t.cases).toEqual([
      { id: "INF-01-2", name: "INF-01", description: "" },
      { id: "INF-01", name: "Kader satu", description: "dari ekspor" }
    ]);
    expect(t.caseSources).toEqual([
      { case: "INF-01-2", source: "a.txt", start: null, end: null },
      { case: "INF-01-2", source: "b.txt", start: 3, end: 9 }
    ]);
    expect(t.variables).toEqual([{ name: "peran", type: "text", description: "" }]);
    expect(t.caseValues).toEqual([{ case: "INF-01-2", variable: "peran", value: "kader" }]);
    expect(t.origins.get("cases.csv#2")).toBe("case B");
    expect(t.origins.get("case-sources.csv#2")).toBe("case A");
  });
});
