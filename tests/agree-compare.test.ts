import { describe, expect, it } from "vitest";
import { DataError, formatProblem } from "../loaders/errors.js";
import { codersInOne, codersInTwo } from "../loaders/agree/coders.js";
import { compareCoders, type AgreementRow, type Comparison } from "../loaders/agree/compare.js";
import { readAgreeProject } from "../loaders/agree/read.js";
import { coderA, coderB, TEXTS, twoCoders } from "./fixtures/agree/make.js";

const oneProject = () => compareCoders(...codersInOne(readAgreeProject(twoCoders(), "two-coders.qdpx")));
const twoProjects = () => compareCoders(...codersInTwo(readAgreeProject(coderA(), "coder-a.qdpx"), readAgreeProject(coderB(), "coder-b.qdpx")));

const find = (c: Comparison, code: string, source?: string): AgreementRow => {
  const r = c.rows.find((x) => x.code === code && x.source === source);
  if (!r) throw new Error(`no row ${code} ${source}`);
  return r;
};

/**
 * The figures worked out by hand (the fixture is described in tests/fixtures/agree/make.ts).
 * Units: rapat 40, transkrip 35 (36 code points, the CRLF counts once), grup 28 (an emoji is one); 103 in all.
 * For each row: [both, Ani only, Budi only, neither], agreement %, kappa, alpha.
 *   kappa = (N·(both+neither) − (rowA·rowB + (N−rowA)(N−rowB))) / (N² − the same), rowA = both + A only.
 *   alpha = 1 − (2N − 1)(b + c) / (n0·n1), n1 = 2·both + b + c, n0 = 2·neither + b + c.
 */
const EXPECTED: [code: string, source: string | undefined, table: [number, number, number, number], percent: number, kappa: number, alpha: number | null][] = [
  // Partisipasi, rapat: Ani [0,10)+[6,17) overlap → [0,17) = 17 units (not 21); Budi [6,17) = 11.
  // both 11, Ani only 6, neither 23. po = 34/40 = 85%. Σ = 17·11 + 23·29 = 854.
  // kappa = (40·34 − 854)/(1600 − 854) = 506/746 = 253/373 ≈ 0.6783. alpha = 1 − 79·6/(52·28) = 491/728 ≈ 0.6745.
  ["Dimensi/Partisipasi", "rapat.txt", [11, 6, 0, 23], 85, 253 / 373, 491 / 728],
  // Partisipasi, transkrip: neither coder used it there: kappa 1 by definition, alpha undefined.
  ["Dimensi/Partisipasi", "transkrip.txt", [0, 0, 0, 35], 100, 1, null],
  // Partisipasi, grup: only Budi, [0,7) "Grup WA". po = 21/28 = 75%; pe = 0·¼ + 1·¾ = ¾ = po, so kappa 0.
  // alpha = 1 − 55·7/(49·7) = −6/49.
  ["Dimensi/Partisipasi", "grup.txt", [0, 0, 7, 21], 75, 0, -6 / 49],
  // Partisipasi, all sources: kappa = (40·253/373 + 35·1 + 28·0)/103 = (10120/373 + 35)/103 ≈ 0.6032;
  // agreement = (40·85 + 35·100 + 28·75)/103 = 9000/103 ≈ 87.38%.
  // alpha pooled over [11, 6, 7, 79]: 1 − 205·13/(171·35) = 3320/5985 = 664/1197 ≈ 0.5547.
  ["Dimensi/Partisipasi", undefined, [11, 6, 7, 79], 9000 / 103, (10120 / 373 + 35) / 103, 664 / 1197],
  // Honor: only Ani used it, [18,23) "Honor" in rapat. po = 35/40 = 87.5%, pe = 35/40: kappa 0; alpha = 1 − 79·5/(75·5) = −4/75.
  ["Honor", "rapat.txt", [0, 5, 0, 35], 87.5, 0, -4 / 75],
  ["Honor", "transkrip.txt", [0, 0, 0, 35], 100, 1, null],
  ["Honor", "grup.txt", [0, 0, 0, 28], 100, 1, null],
  // Honor, all sources: kappa = (40·0 + 35·1 + 28·1)/103 = 63/103; agreement = (3500 + 3500 + 2800)/103 = 9800/103;
  // alpha pooled over [0, 5, 0, 98]: 1 − 205·5/(201·5) = −4/201.
  ["Honor", undefined, [0, 5, 0, 98], 9800 / 103, 63 / 103, -4 / 201],
  // Komunikasi, rapat: neither used it there.
  ["Komunikasi", "rapat.txt", [0, 0, 0, 40], 100, 1, null],
  // Komunikasi, transkrip (CRLF): Ani [0,21) = 20 units (its \n is not one), Budi [15,36) = 21 units.
  // both [15,21) = 6; Ani only [0,15) = 14; Budi only [21,36) = 15; neither 0. po = 6/35.
  // Σ = 20·21 + 15·14 = 630; kappa = (35·6 − 630)/(1225 − 630) = −420/595 = −12/17.
  // alpha = 1 − 69·29/(29·41) = −28/41.
  ["Komunikasi", "transkrip.txt", [6, 14, 15, 0], 600 / 35, -12 / 17, -28 / 41],
  // Komunikasi, grup (emoji): Ani [8,15) "cepat 👍" = 7 units; Budi [8,28) = 20. both 7, Budi only 13, neither 8.
  // po = 15/28; Σ = 7·20 + 21·8 = 308; kappa = (28·15 − 308)/(784 − 308) = 112/476 = 4/17.
  // alpha = 1 − 55·13/(29·27) = 68/783.
  ["Komunikasi", "grup.txt", [7, 0, 13, 8], 1500 / 28, 4 / 17, 68 / 783],
  // Komunikasi, all sources: kappa = (40·1 − 35·12/17 + 28·4/17)/103 = (40 − 308/17)/103 = 372/1751;
  // agreement = (40 + 6 + 15)/103 = 61/103; alpha pooled over [13, 14, 28, 48]: 1 − 205·42/(138·68) = 129/1564.
  ["Komunikasi", undefined, [13, 14, 28, 48], 6100 / 103, 372 / 1751, 129 / 1564]
];

function expectFigures(c: Comparison): void {
  expect(c.rows).toHaveLength(EXPECTED.length);
  for (const [code, source, [both, onlyA, onlyB, neither], percent, kappa, alpha] of EXPECTED) {
    const r = find(c, code, source);
    const what = `${code} ${source ?? "all"}`;
    expect(r.table, what).toEqual({ both, onlyA, onlyB, neither });
    expect(r.percent, what).toBeCloseTo(percent, 10);
    expect(r.kappa, what).toBeCloseTo(kappa, 10);
    if (alpha === null) expect(r.alpha, what).toBeNull();
    else expect(r.alpha, what).toBeCloseTo(alpha, 10);
  }
}

describe("the coding comparison", () => {
  it("gives the hand-worked figures for one project coded by two users", () => {
    const c = oneProject();
    expect(c.coders).toEqual(["Ani", "Budi"]);
    expect(c.sources).toEqual([{ name: "rapat.txt", units: 40 }, { name: "transkrip.txt", units: 35 }, { name: "grup.txt", units: 28 }]);
    expectFigures(c);
  });

  it("gives the same figures for one project per coder (sources and codes matched by GUID, else by name, and said so)", () => {
    const one = oneProject();
    const two = twoProjects();
    expectFigures(two);
    expect(two.rows).toEqual(one.rows);
    expect(two.disagreements).toEqual(one.disagreements);
    expect(two.notes).toContain('source "grup.txt" matched by name (its GUIDs differ between coder-a.qdpx and coder-b.qdpx)');
    expect(two.notes).toContain('code "Komunikasi" matched by name (its GUIDs differ between coder-a.qdpx and coder-b.qdpx)');
  });

  it("lists the passages coded by one coder only, with code-point ranges and the text", () => {
    expect(oneProject().disagreements.map((d) => `${d.source} ${d.code} [${d.start},${d.end}) ${d.units} ${d.coder}: ${d.excerpt}`)).toEqual([
      "rapat.txt Dimensi/Partisipasi [0,6) 6 Ani: Kader",
      "grup.txt Dimensi/Partisipasi [0,7) 7 Budi: Grup WA",
      "rapat.txt Honor [18,23) 5 Ani: Honor",
      "transkrip.txt Komunikasi [0,15) 14 Ani: Tanya: kabar?",
      "transkrip.txt Komunikasi [21,36) 15 Budi: lewat grup WA.",
      "grup.txt Komunikasi [15,28) 13 Budi: semua balas."
    ]);
    expect(oneProject().notes).toContain("2 code(s) of the codebook were used by neither coder in the compared sources: not listed");
  });

  it("refuses two projects whose texts differ, naming the source and the first difference", () => {
    const changed = readAgreeProject(coderB({ grup: TEXTS.grup.replace("semua", "SEMUA") }), "coder-b.qdpx");
    try {
      compareCoders(...codersInTwo(readAgreeProject(coderA(), "coder-a.qdpx"), changed));
      throw new Error("expected a DataError");
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      expect(error.problems.map(formatProblem)).toEqual([
        'coder-b.qdpx/project.qde:19: TextSource: the text of "grup.txt" differs from "grup.txt" in coder-a.qdpx (28 vs 28 code points; first difference at code point 16: "SEMUA balas." here, "semua balas." there); both coders must code the same text'
      ]);
    }
  });
});
