/**
 * The dimension × case matrix on a small study whose counts are worked out by hand (in the comments
 * here and in tests/fixtures/matrix-study.ts).
 */
import { describe, expect, it } from "vitest";
import { caseMatrix, casesOfSegment, matrixSegments, variableNames } from "../loaders/study/matrix.js";
import { STUDY } from "./fixtures/matrix-study.js";

describe("matrixSegments", () => {
  it("counts a passage once per dimension, with its first finding's id and valence", () => {
    expect(matrixSegments(STUDY).map((s) => [s.id, s.dimension, s.valence, s.findings.join(";")])).toEqual([
      ["F1", "trust", "strength", "F1;F3"],
      ["F2", "access", "gap", "F2"],
      ["F4", "access", "strength", "F4"],
      ["F5", "access", "neutral", "F5"],
      ["F6", "access", "gap", "F6"],
      ["F7", "trust", "gap", "F7"],
      ["F8", "access", "neutral", "F8"]
    ]);
  });
});

describe("casesOfSegment", () => {
  it("finds the cases covering a segment's source whole or a selection around it", () => {
    expect(casesOfSegment(STUDY, { source: "b.txt", start: 42, end: 48 })).toEqual(["K2", "I1"]);
    expect(casesOfSegment(STUDY, { source: "b.txt", start: 45, end: 60 })).toEqual(["I1"]);
    expect(casesOfSegment(STUDY, { source: "b.txt", start: 30, end: 101 })).toEqual([]);
    expect(casesOfSegment(STUDY, { source: "c.txt", start: 0, end: 5 })).toEqual(["I1", "N1"]);
  });
});

describe("caseMatrix by a variable", () => {
  const m = caseMatrix(STUDY, { kind: "variable", name: "peran" });
  const cell = (dimension: string, value: string) => m.rows.find((r) => r.dimension === dimension && r.value === value)!;

  it("has the dimensions in codebook order and the values in order, the cases without a value last", () => {
    expect(m.columns).toEqual([
      { value: "ibu balita", cases: ["I1"] },
      { value: "kader", cases: ["K1", "K2"] },
      { value: "", cases: ["N1", "X"] }
    ]);
    expect(m.rows.map((r) => `${r.dimension}|${r.value}`)).toEqual(["trust|ibu balita", "trust|kader", "trust|", "access|ibu balita", "access|kader", "access|", "roles|ibu balita", "roles|kader", "roles|"]);
    expect(m.type).toBe("text");
  });

  it("counts by hand", () => {
    // trust: kader = F1 (F3 the same segment) from K1, a strength; ibu balita = F7 from I1; no value = F7 from N1.
    expect(cell("trust", "kader")).toMatchObject({ segments: 1, cases: 1, strengths: 1, gaps: 0, neutral: 0, segmentIds: ["F1"], caseIds: ["K1"] });
    expect(cell("trust", "ibu balita")).toMatchObject({ segments: 1, cases: 1, strengths: 0, gaps: 1, neutral: 0, segmentIds: ["F7"] });
    expect(cell("trust", "")).toMatchObject({ segments: 1, cases: 1, gaps: 1, segmentIds: ["F7"], caseIds: ["N1"] });
    // access: kader = F2 (K1), F4 (K2), F6 (K2) from two cases; ibu balita = F5, F6 from I1; F8 is no case's.
    expect(cell("access", "kader")).toMatchObject({ segments: 3, cases: 2, strengths: 1, gaps: 2, neutral: 0, segmentIds: ["F2", "F4", "F6"], caseIds: ["K1", "K2"] });
    expect(cell("access", "ibu balita")).toMatchObject({ segments: 2, cases: 1, strengths: 0, gaps: 1, neutral: 1, segmentIds: ["F5", "F6"] });
    expect(cell("access", "")).toMatchObject({ segments: 0, cases: 0, segmentIds: [] });
    for (const v of ["ibu balita", "kader", ""]) expect(cell("roles", v).segments).toBe(0);
    expect(m.outside).toEqual(["F8"]);
  });

  it("adds up: strengths, gaps and neutral make the segments in every cell", () => {
    for (const r of m.rows) expect(r.strengths + r.gaps + r.neutral, `${r.dimension}|${r.value}`).toBe(r.segments);
  });

  it("orders numbers by size, not as text", () => {
    expect(caseMatrix(STUDY, { kind: "variable", name: "umur" }).columns.map((c) => c.value)).toEqual(["9", "10", ""]);
  });
});

describe("caseMatrix by case", () => {
  it("has one column per case, in cases.csv order, and counts by hand", () => {
    const m = caseMatrix(STUDY, { kind: "case" });
    expect(m.columns.map((c) => c.value)).toEqual(["K1", "K2", "I1", "N1", "X"]);
    const counts = (dimension: string) => m.rows.filter((r) => r.dimension === dimension).map((r) => r.segments);
    expect(counts("trust")).toEqual([1, 0, 1, 1, 0]);
    expect(counts("access")).toEqual([1, 2, 2, 0, 0]);
    expect(m.rows.find((r) => r.dimension === "access" && r.value === "I1")).toMatchObject({ cases: 1, gaps: 1, neutral: 1 });
  });
});

describe("variableNames", () => {
  it("lists the variables in order; a study without variables has none", () => {
    expect(variableNames(STUDY)).toEqual(["peran", "umur"]);
    expect(variableNames({})).toEqual([]);
  });
});
