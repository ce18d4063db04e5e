import { describe, expect, it } from "vitest";
import { sameGroups, summarizeQuery, type GroupRow, type QueryRun } from "../bench/query.js";

const rows: GroupRow[] = [
  { dimension: "dimension-1", stage: "stage-1", n: 10, gap_share: 0.3 },
  { dimension: "dimension-1", stage: "stage-2", n: 12, gap_share: 1 / 3 }
];

describe("sameGroups", () => {
  it("accepts the same table up to rounding and rejects any other", () => {
    expect(sameGroups(rows, rows.map((r) => ({ ...r, gap_share: r.gap_share + 1e-12 })))).toBe(true);
    expect(sameGroups(rows, rows.slice(0, 1))).toBe(false);
    expect(sameGroups(rows, rows.map((r, i) => (i ? { ...r, n: 13 } : r)))).toBe(false);
    expect(sameGroups(rows, [...rows].reverse())).toBe(false);
    expect(sameGroups(rows, rows.map((r) => ({ ...r, gap_share: r.gap_share + 0.01 })))).toBe(false);
  });
});

describe("summarizeQuery", () => {
  it("takes medians and checks the engines agree", () => {
    const run: QueryRun = {
      rows: 1000,
      duckdbLoadMs: 50,
      arqueroLoadMs: 40,
      duckdbMs: [9, 3, 5, 4, 100],
      arqueroMs: [30, 50, 40, 20, 45],
      duckdb: rows,
      arquero: rows
    };
    expect(summarizeQuery(1000, run)).toMatchObject({ segments: 1000, duckdbMedianMs: 5, arqueroMedianMs: 40, groups: 2, agree: true });
    expect(summarizeQuery(1000, { ...run, arquero: [] }).agree).toBe(false);
  });
});
