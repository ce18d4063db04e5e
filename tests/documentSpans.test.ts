import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assignLanes, emphasisSpans, joinsLines, sourceLayout, splitSpans } from "../loaders/study/documentSpans.js";

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

describe("emphasisSpans", () => {
  const spans = (text: string) => emphasisSpans(Array.from(text)).map((s) => Array.from(text).slice(s.start, s.end).join(""));

  it("finds *…* around words, asterisks included, in code points", () => {
    expect(emphasisSpans(Array.from("Implementasi *Co-Production* Pada"))).toEqual([{ start: 13, end: 28 }]);
    expect(spans("pelaksanaan *co-production* telah; (*kader*), *dua kata*.")).toEqual(["*co-production*", "*kader*", "*dua kata*"]);
    expect(emphasisSpans(Array.from("😀 *x* 😀"))).toEqual([{ start: 2, end: 5 }]);
  });

  it("leaves lone, doubled, spaced and in-word asterisks as the text's own", () => {
    for (const text of ["2 * 3 * 4", "a*b*c", "*open only", "close only*", "**", "**bold**", "* x *", "*", "", "*\n*"]) expect(spans(text), text).toEqual([]);
  });

  it("never runs over a line break, pairs a closing asterisk with the nearest opening one, and never nests", () => {
    expect(spans("*awal\nakhir*")).toEqual([]);
    expect(spans("*a *b* c*")).toEqual(["*b*"]);
    expect(spans("*tanpa akhir, lalu *co-production* dan *baik*.")).toEqual(["*co-production*", "*baik*"]);
  });
});

describe("joinsLines", () => {
  it("joins a break inside a sentence: the line before does not end one, the next is no heading or item", () => {
    expect(joinsLines("Perencanaan telah mencakup pengelolaan sumber", "daya manusia, anggaran, dan sarana prasarana.")).toBe(true);
    expect(joinsLines("pelatihan kolaboratif formal belum tersedia,", "sehingga kemampuan kerja sama")).toBe(true);
    expect(joinsLines("tujuh dimensi manajemen menurut Cepiku (2020)", "Program Pendampingan berjalan")).toBe(true);
    expect(joinsLines("telah menunjukkan penerapan *co-production*", "yang relatif baik.")).toBe(true);
    expect(joinsLines("Para kader datang setiap", "bulan")).toBe(true);
  });

  it("keeps the break after a sentence's end, before an item, around a heading and before a speaker's label", () => {
    const kept: [string, string][] = [
      ["memerlukan penguatan lebih lanjut.", "1. Pengaturan Kelembagaan, program telah"],
      ["memerlukan penguatan antara lain :", "1. Pengaturan Kelembagaan"],
      ["Kesehatan, katanya.\u201d", "Kader juga menggunakan"],
      ["telah berjalan selesai.*", "Berikutnya"],
      ["peningkatan pendampingan dalam Program Pendampingan", "2. Perencanaan, proses perencanaan"],
      ["kader dan masyarakat perlu diperluas agar", "b) pelatihan teknis"],
      ["kader dan masyarakat perlu diperluas agar", "- pelatihan teknis"],
      ["5.1 Kesimpulan", "Berdasarkan hasil penelitian mengenai"],
      ["BAB V", "KESIMPULAN DAN SARAN"],
      ["KESIMPULAN DAN SARAN", "5.1 Kesimpulan"],
      ["Latar Belakang", "Stunting masih menjadi masalah"],
      ["Para kader datang", "ke rumah warga."],
      ["dalam penurunan stunting dan", "5.2 Saran"],
      ["dalam penurunan stunting dan", "BAB VI"],
      ["P: bagaimana kader bekerja di lapangan", "Kader: kami datang ke rumah"],
      ["", "daya manusia"],
      ["pengelolaan sumber", "  "]
    ];
    for (const [before, after] of kept) expect(joinsLines(before, after), `${before} | ${after}`).toBe(false);
  });
});

describe("sourceLayout", () => {
  const text = readFileSync("data/study/source/bab-v.txt", "utf-8");
  const chars = Array.from(text);
  const { emphasis, joins } = sourceLayout(text);

  it("finds the chapter's emphasis and joins exactly its breaks inside a sentence", () => {
    expect(emphasis).toHaveLength(text.match(/\*co-production\*/giu)!.length);
    for (const e of emphasis) expect(chars.slice(e.start, e.end).join("").toLowerCase()).toBe("*co-production*");
    const around = (s: { start: number; end: number }) => [chars.slice(0, s.start).join("").split(/\s/u).at(-1), chars.slice(s.end).join("").split(/\s/u)[0]];
    expect(joins.map(around)).toEqual([
      ["sumber", "daya"],
      ["tersedia,", "sehingga"],
      ["intensif", "dengan"],
      ["diskusi", "dalam"]
    ]);
    expect(joins.map((j) => chars.slice(j.start, j.end).join(""))).toEqual(["\n\n", "\n\n", "\n\n", "\n\n"]);
  });

  it("joins the breaks of a hard-wrapped text, CRLF included, and keeps its paragraphs and speakers apart", () => {
    const wrapped = "Para kader datang setiap bulan\r\nke rumah warga.\r\n\r\nKader: kami mencatat berat\nbadan balita\n\nP: setiap bulan?";
    const shown = (t: string) => {
      const cs = Array.from(t);
      let out = "";
      let at = 0;
      for (const j of sourceLayout(t).joins) (out += cs.slice(at, j.start).join("") + " "), (at = j.end);
      return out + cs.slice(at).join("");
    };
    expect(shown(wrapped)).toBe("Para kader datang setiap bulan ke rumah warga.\r\n\r\nKader: kami mencatat berat badan balita\n\nP: setiap bulan?");
  });

  it("gives sorted, disjoint spans: emphasis on one line, joins of white space with a break and text on both sides (300 seeded random texts)", () => {
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = ["a", "B", " ", "*", "*", "\n", "\r\n", ".", "1. ", "😀", ":", ","];
    for (let run = 0; run < 300; run++) {
      const text = Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]).join("");
      const cs = Array.from(text);
      const layout = sourceLayout(text);
      for (const spans of [layout.emphasis, layout.joins]) for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      for (const e of layout.emphasis) {
        const inner = cs.slice(e.start, e.end);
        expect([inner[0], inner.at(-1), inner.length >= 3, inner.some((c) => /[\r\n]/u.test(c))]).toEqual(["*", "*", true, false]);
      }
      for (const j of layout.joins) {
        expect(cs.slice(j.start, j.end).join("")).toMatch(/^\s*[\r\n]\s*$/u);
        expect([/\S/u.test(cs[j.start - 1] ?? ""), /\S/u.test(cs[j.end] ?? "")]).toEqual([true, true]);
        expect(layout.emphasis.some((e) => e.start < j.end && j.start < e.end)).toBe(false);
      }
    }
  });
});
