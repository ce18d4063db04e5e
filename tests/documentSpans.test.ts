import { describe, expect, it } from "vitest";
import { assignLanes, splitSpans } from "../loaders/study/documentSpans.js";

describe("splitSpans", () => {
  it("cuts the text at every boundary; uncovered text is a piece without layers", () => {
    const pieces = splitSpans("abcdefghij", [{ id: "A", start: 2, end: 5 }]);
    expect(pieces).toEqual([
      { start: 0, end: 2, text: "ab", layers: [] },
      { start: 2, end: 5, text: "cde", layers: ["A"] },
      { start: 5, end: 10, text: "fghij", layers: [] }
    ]);
  });

  it("stacks overlapping and nested segments as layers, outermost first", () => {
    const pieces = splitSpans("0123456789", [
      { id: "B", start: 4, end: 8 },
      { id: "A", start: 1, end: 6 },
      { id: "C", start: 4, end: 5 }
    ]);
    expect(pieces.map((p) => [p.text, p.layers])).toEqual([
      ["0", []],
      ["123", ["A"]],
      ["4", ["A", "B", "C"]],
      ["5", ["A", "B"]],
      ["67", ["B"]],
      ["89", []]
    ]);
  });

  it("counts offsets in code points: an emoji is one, and the pieces keep it whole", () => {
    const text = "a😀b c";
    const pieces = splitSpans(text, [{ id: "E", start: 1, end: 3 }]);
    expect(pieces.map((p) => p.text)).toEqual(["a", "😀b", " c"]);
    expect(pieces[1]).toMatchObject({ start: 1, end: 3, layers: ["E"] });
  });

  it("keeps CRLF line ends verbatim, even when a segment ends between CR and LF", () => {
    const text = "Satu.\r\nDua.\r\n";
    const pieces = splitSpans(text, [{ id: "S", start: 0, end: 6 }]);
    expect(pieces.map((p) => p.text)).toEqual(["Satu.\r", "\nDua.\r\n"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  it("clips layers to the text and ignores empty ones; an empty text has no pieces", () => {
    expect(splitSpans("abc", [{ id: "X", start: 2, end: 99 }, { id: "Y", start: 2, end: 2 }]).map((p) => [p.text, p.layers])).toEqual([
      ["ab", []],
      ["c", ["X"]]
    ]);
    expect(splitSpans("", [{ id: "X", start: 0, end: 3 }])).toEqual([]);
  });

  it("always joins back to the text, and each layer covers exactly its span (200 seeded random cases)", () => {
    // A small seeded generator (fast-check is not a dependency of this project yet).
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = ["a", "b", " ", "\r", "\n", "😀", "é", "中"];
    for (let run = 0; run < 200; run++) {
      const text = Array.from({ length: next(30) }, () => alphabet[next(alphabet.length)]).join("");
      const length = Array.from(text).length;
      const layers = Array.from({ length: next(6) }, (_, i) => ({ id: `L${i}`, start: next(35), end: next(35) }));
      const pieces = splitSpans(text, layers);
      expect(pieces.map((p) => p.text).join("")).toBe(text);
      for (const p of pieces) expect(p.end).toBeGreaterThan(p.start);
      for (const l of layers) {
        const covered = pieces.filter((p) => p.layers.includes(l.id));
        const [s, e] = [Math.min(l.start, length), Math.min(l.end, length)];
        expect(covered.reduce((n, p) => n + p.end - p.start, 0)).toBe(Math.max(0, e - s));
      }
    }
  });
});

describe("assignLanes", () => {
  it("gives overlapping segments different lanes and reuses a lane once it is free", () => {
    const lanes = assignLanes([
      { id: "A", start: 0, end: 10 },
      { id: "B", start: 5, end: 15 },
      { id: "C", start: 12, end: 20 },
      { id: "D", start: 16, end: 18 }
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ A: 0, B: 1, C: 0, D: 1 });
  });
});
