import { describe, expect, it } from "vitest";
import { addTables, cohenKappa, expectedAgreement, krippendorffAlpha, observedAgreement, percentAgreement, unitCount, weightedMean, type CrossTable } from "../loaders/agree/stats.js";

const t = (both: number, onlyA: number, onlyB: number, neither: number): CrossTable => ({ both, onlyA, onlyB, neither });

describe("agreement statistics on a 2×2 table", () => {
  it("computes po, pe, kappa and alpha as worked out by hand", () => {
    // both 11, A only 6, B only 0, neither 23; N = 40.
    // po = (11 + 23)/40 = 0.85; pA = 17/40, pB = 11/40; pe = (17·11 + 23·29)/1600 = 854/1600.
    // kappa = (40·34 − 854)/(1600 − 854) = 506/746 = 253/373.
    // alpha: n = 80, n1 = 2·11 + 6 = 28, n0 = 2·23 + 6 = 52; 1 − 79·6/(52·28) = 982/1456 = 491/728.
    const x = t(11, 6, 0, 23);
    expect(unitCount(x)).toBe(40);
    expect(observedAgreement(x)).toBeCloseTo(0.85, 12);
    expect(percentAgreement(x)).toBeCloseTo(85, 12);
    expect(expectedAgreement(x)).toBeCloseTo(854 / 1600, 12);
    expect(cohenKappa(x)).toBeCloseTo(253 / 373, 12);
    expect(krippendorffAlpha(x)).toBeCloseTo(491 / 728, 12);
  });

  it("gives kappa 0 and a slightly negative alpha when one coder never used the code", () => {
    // both 0, A only 5, neither 35: po = 35/40; pA = 5/40, pB = 0; pe = 0 + 35/40 = po, so kappa = 0.
    // alpha: n = 80, n1 = 5, n0 = 75: 1 − 79·5/(75·5) = −4/75.
    expect(cohenKappa(t(0, 5, 0, 35))).toBe(0);
    expect(krippendorffAlpha(t(0, 5, 0, 35))).toBeCloseTo(-4 / 75, 12);
  });

  it("defines kappa = 1 when pe = 1 (neither coder used the code, or both coded every unit) and leaves alpha undefined", () => {
    for (const x of [t(0, 0, 0, 40), t(40, 0, 0, 0)]) {
      expect(expectedAgreement(x)).toBe(1);
      expect(observedAgreement(x)).toBe(1);
      expect(cohenKappa(x)).toBe(1);
      expect(krippendorffAlpha(x)).toBeNull();
    }
  });

  it("gives −1 for complete disagreement with balanced marginals, and is symmetric in the coders", () => {
    // both 0, A only 10, B only 10, neither 0: po = 0, pA = pB = 1/2, pe = 1/2: kappa = −1.
    expect(cohenKappa(t(0, 10, 10, 0))).toBe(-1);
    // alpha: n = 40, n0 = n1 = 20: 1 − 39·20/400 = −0.95 (alpha corrects for the small sample).
    expect(krippendorffAlpha(t(0, 10, 10, 0))).toBeCloseTo(-0.95, 12);
    const x = t(7, 0, 13, 8);
    const y = t(7, 13, 0, 8);
    expect(cohenKappa(x)).toBeCloseTo(cohenKappa(y), 12);
    expect(krippendorffAlpha(x)).toBeCloseTo(krippendorffAlpha(y)!, 12);
  });

  it("adds tables and averages with weights", () => {
    expect(addTables(t(1, 2, 3, 4), t(10, 20, 30, 40))).toEqual(t(11, 22, 33, 44));
    // (40·0.5 + 60·1)/100 = 0.8
    expect(weightedMean([{ weight: 40, value: 0.5 }, { weight: 60, value: 1 }])).toBeCloseTo(0.8, 12);
  });
});
