import { describe, expect, it } from "vitest";
import { CROSS_CUTTING, findHits, hitsWithin, matchesFilter } from "../src/components/documentSearch.js";

describe("findHits", () => {
  it("finds every occurrence ignoring case, with white space runs matching any run", () => {
    expect(findHits("Kader dan kader;\nKADER", "kader")).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
      { start: 17, end: 22 }
    ]);
    expect(findHits("tahap\r\n  perencanaan", " Tahap perencanaan ")).toEqual([{ start: 0, end: 20 }]);
  });

  it("treats the query as text, not a pattern, and finds nothing for an empty query", () => {
    expect(findHits("a.b axb (c)", "a.b")).toEqual([{ start: 0, end: 3 }]);
    expect(findHits("(c)", "(c)")).toEqual([{ start: 0, end: 3 }]);
    expect(findHits("abc", "   ")).toEqual([]);
  });

  it("reports UTF-16 ranges of the searched string (an emoji before a hit shifts it by two)", () => {
    const text = "😀 kader";
    const [hit] = findHits(text, "kader");
    expect(text.slice(hit!.start, hit!.end)).toBe("kader");
  });
});

describe("hitsWithin", () => {
  it("clips hits to a piece, relative to its start", () => {
    expect(hitsWithin([{ start: 3, end: 8 }, { start: 20, end: 22 }], 5, 10)).toEqual([{ start: 0, end: 3 }]);
    expect(hitsWithin([{ start: 3, end: 8 }], 8, 10)).toEqual([]);
  });
});

describe("matchesFilter", () => {
  const finding = { kind: "finding", dimension: "planning", valence: "gap" };
  const cross = { kind: "finding", dimension: "", valence: "strength" };
  const rec = { kind: "recommendation", dimension: "planning", valence: null };
  it("keeps everything without a filter and narrows by dimension, valence or both", () => {
    expect([finding, cross, rec].map((s) => matchesFilter(s, { dimension: "", valence: "" }))).toEqual([true, true, true]);
    expect([finding, cross, rec].map((s) => matchesFilter(s, { dimension: "planning", valence: "" }))).toEqual([true, false, true]);
    expect([finding, cross, rec].map((s) => matchesFilter(s, { dimension: CROSS_CUTTING, valence: "" }))).toEqual([false, true, false]);
    expect([finding, cross, rec].map((s) => matchesFilter(s, { dimension: "", valence: "recommendation" }))).toEqual([false, false, true]);
    expect([finding, cross, rec].map((s) => matchesFilter(s, { dimension: "planning", valence: "gap" }))).toEqual([true, false, false]);
  });
});
