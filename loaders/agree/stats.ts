/**
 * Agreement between two coders on one binary decision per unit (coded with a code, or not),
 * from the 2×2 table of counts. Pure functions; docs/agreement.md gives the formulas.
 */

/** Counts of units: coded by both, by coder A only, by coder B only, by neither. */
export interface CrossTable {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export const EMPTY_TABLE: CrossTable = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };

export function unitCount(t: CrossTable): number {
  return t.both + t.onlyA + t.onlyB + t.neither;
}

export function addTables(a: CrossTable, b: CrossTable): CrossTable {
  return { both: a.both + b.both, onlyA: a.onlyA + b.onlyA, onlyB: a.onlyB + b.onlyB, neither: a.neither + b.neither };
}

/** Observed agreement po: the share of units on which the coders agree (0..1). NaN without units. */
export function observedAgreement(t: CrossTable): number {
  return (t.both + t.neither) / unitCount(t);
}

/** Percentage agreement, 0..100. */
export function percentAgreement(t: CrossTable): number {
  return 100 * observedAgreement(t);
}

/** Expected (chance) agreement pe from each coder's own marginals: pA·pB + (1−pA)(1−pB). */
export function expectedAgreement(t: CrossTable): number {
  const n = unitCount(t);
  const a = (t.both + t.onlyA) / n;
  const b = (t.both + t.onlyB) / n;
  return a * b + (1 - a) * (1 - b);
}

/**
 * Cohen's kappa, (po − pe)/(1 − pe). When pe = 1 the formula is 0/0; pe = 1 happens only when
 * each coder put every unit in the same one category (pA = pB = 0: neither used the code;
 * pA = pB = 1: both coded everything), so po = 1 as well, and kappa is defined as 1 (complete
 * agreement), as NVivo reports it. Computed on counts to avoid rounding: (N·agree − Σ)/(N² − Σ).
 */
export function cohenKappa(t: CrossTable): number {
  const n = unitCount(t);
  const rowA = t.both + t.onlyA;
  const rowB = t.both + t.onlyB;
  const chance = rowA * rowB + (n - rowA) * (n - rowB);
  if (n * n === chance) return 1;
  return (n * (t.both + t.neither) - chance) / (n * n - chance);
}

/**
 * Krippendorff's alpha for nominal data, two coders, no missing values: 1 − Do/De over the
 * coincidence matrix of the 2N pairable values, which reduces to 1 − (n − 1)(b + c)/(n0·n1)
 * with n = 2N, n1 = 2·both + b + c and n0 = 2·neither + b + c. Undefined (null) when there is
 * no variation at all (De = 0: every value in one category), as Krippendorff leaves it.
 */
export function krippendorffAlpha(t: CrossTable): number | null {
  const n = 2 * unitCount(t);
  const disagree = t.onlyA + t.onlyB;
  const n1 = 2 * t.both + disagree;
  const n0 = 2 * t.neither + disagree;
  if (n1 === 0 || n0 === 0) return null;
  return 1 - ((n - 1) * disagree) / (n0 * n1);
}

/** The mean of `value` weighted by `weight` (NVivo's average across sources, weighted by source size). */
export function weightedMean(items: readonly { weight: number; value: number }[]): number {
  const total = items.reduce((s, i) => s + i.weight, 0);
  return items.reduce((s, i) => s + i.weight * i.value, 0) / total;
}
