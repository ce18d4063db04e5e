import { describe, expect, it } from "vitest";
import { crossTable, disagreementRuns, intersect, mergeSpans, totalUnits, unitIndex, unitsBetween, unitsIn } from "../loaders/agree/units.js";

describe("units: the characters of a source", () => {
  it("counts code points, not UTF-16 units: an emoji is one unit", () => {
    const text = "Grup WA cepat 👍 semua balas.";
    expect(text.length).toBe(29);
    const index = unitIndex(text);
    expect(totalUnits(index)).toBe(28);
    // [8,15) is "cepat 👍": 7 code points.
    expect(index.chars.slice(8, 15).join("")).toBe("cepat 👍");
    expect(unitsBetween(index, 8, 15)).toBe(7);
  });

  it("counts a CRLF line end as one unit (its \\n is not counted), a lone \\r or \\n as one", () => {
    const index = unitIndex("Tanya: kabar?\r\nJawab: lewat grup WA.");
    // 36 code points, one CRLF pair: 35 units. [0,15) holds 13 letters + \r + \n = 14 units.
    expect(totalUnits(index)).toBe(35);
    expect(unitsBetween(index, 0, 15)).toBe(14);
    expect(unitsBetween(index, 15, 36)).toBe(21);
    expect(totalUnits(unitIndex("a\rb\nc"))).toBe(5);
    expect(totalUnits(unitIndex(""))).toBe(0);
  });

  it("merges one coder's overlapping and touching spans so that each unit counts once", () => {
    expect(mergeSpans([[6, 17], [0, 10], [20, 20], [17, 18], [30, 35]])).toEqual([[0, 18], [30, 35]]);
    const index = unitIndex("x".repeat(40));
    // [0,10) and [6,17) overlap on 4 units: 17 units, not 21.
    expect(unitsIn(index, mergeSpans([[0, 10], [6, 17]]))).toBe(17);
  });

  it("intersects span lists and builds the 2×2 table", () => {
    expect(intersect([[0, 17]], [[6, 17], [20, 25]])).toEqual([[6, 17]]);
    const index = unitIndex("x".repeat(40));
    // A [0,17), B [6,17): both 11, A only 6, B only 0, neither 40 − 17 = 23.
    expect(crossTable(index, [[0, 17]], [[6, 17]])).toEqual({ both: 11, onlyA: 6, onlyB: 0, neither: 23 });
    expect(crossTable(index, [], [])).toEqual({ both: 0, onlyA: 0, onlyB: 0, neither: 40 });
  });

  it("finds the maximal runs coded by one coder only", () => {
    expect(disagreementRuns([[0, 21]], [[15, 36]])).toEqual([
      { start: 0, end: 15, coder: "a" },
      { start: 21, end: 36, coder: "b" }
    ]);
    // Adjacent pieces of the same coder join into one run; agreement leaves no run.
    expect(disagreementRuns([[0, 5], [5, 9]], [[20, 25]])).toEqual([
      { start: 0, end: 9, coder: "a" },
      { start: 20, end: 25, coder: "b" }
    ]);
    expect(disagreementRuns([[3, 8]], [[3, 8]])).toEqual([]);
  });

  it("agrees with a unit-by-unit count on random texts and spans (CRLF, emoji, overlaps)", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ["a", " ", "\r\n", "\n", "👍", "é"];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(30) }, () => pieces[random(pieces.length)]).join("");
      const chars = Array.from(text);
      const spans = () => Array.from({ length: random(4) }, () => {
        const s = random(chars.length + 1);
        return [s, s + random(chars.length + 1 - s)] as const;
      });
      const a = spans();
      const b = spans();
      // Brute force: a unit is a code point that is not the \n of a CRLF; coded if any span holds it.
      const count = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
      chars.forEach((c, i) => {
        if (c === "\n" && chars[i - 1] === "\r") return;
        const inA = a.some(([s, e]) => s <= i && i < e);
        const inB = b.some(([s, e]) => s <= i && i < e);
        count[inA && inB ? "both" : inA ? "onlyA" : inB ? "onlyB" : "neither"]++;
      });
      expect(crossTable(unitIndex(text), mergeSpans(a), mergeSpans(b)), JSON.stringify({ text, a, b })).toEqual(count);
    }
  });
});
