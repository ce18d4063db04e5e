/** Which rows each metrics chart draws (the pure selections behind prevalenceChart, countChart and cadreFacts). */
import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { metricsDir } from "../loaders/site/env.js";
import { FACT_INDICATORS, KSH_INDICATOR, MENTORING_INDICATORS, rowsOf, shortLabel } from "../src/components/cadreFacts.js";
import { countRows, isDated } from "../src/components/countChart.js";
import { prevalencePlaces, prevalenceRows, X_DOMAIN } from "../src/components/prevalenceChart.js";
import { periodPosition } from "../src/components/metricsFormat.js";

const bundle = metricsBundle(loadMetrics(metricsDir()));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("prevalenceChart rows", () => {
  const { points, targets, wha } = prevalenceRows(bundle.observations);

  it("draws the three places' prevalence, surveys and city figures", () => {
    expect(new Set(points.map((o) => o.geography))).toEqual(new Set(prevalencePlaces(bundle.observations)));
    expect(prevalencePlaces(bundle.observations)).toEqual(["Indonesia", "Jawa Timur", "Kota Surabaya"]);
    expect(points.every((o) => o.indicator === "stunting-prevalence" && o.unit === "percent")).toBe(true);
    expect(new Set(points.map((o) => o.method))).toEqual(new Set(["riskesdas", "psg", "ssgbi", "ssgi", "ski", "administrative"]));
    expect(points.find((o) => o.geography === "Kota Surabaya" && o.period === "2021")!.value).toBe(28.9);
  });

  it("draws every national target, the 2045 one beyond the axis", () => {
    expect(targets.map((o) => [o.period, o.value])).toEqual([
      ["2024", 14],
      ["2024", 14],
      ["2024", 20.1],
      ["2025", 18.8],
      ["2029", 14.2],
      ["2045", 5]
    ]);
    expect(targets.filter((o) => periodPosition(o.period) > X_DOMAIN[1]).map((o) => o.period)).toEqual(["2045"]);
  });

  it("keeps the WHA target (a cut in number) off the % axis, as a note", () => {
    expect(wha.map((o) => [o.period, o.value, o.unit])).toEqual([
      ["2025", 40, "percent-reduction-vs-2012"],
      ["2030", 40, "percent-reduction-vs-2012"]
    ]);
    expect(points.some((o) => o.unit !== "percent")).toBe(false);
  });
});

describe("countChart rows", () => {
  const rows = countRows(bundle.observations);
  it("draws only Surabaya's administrative counts, monthly where dated", () => {
    expect(rows.length).toBe(27);
    expect(rows.every((o) => o.geography === "Kota Surabaya" && o.method === "administrative" && o.unit === "children")).toBe(true);
    expect(rows.filter((o) => !isDated(o)).map((o) => o.period)).toEqual(["2020", "2021", "2021", "2022"]);
    expect(rows.some((o) => o.indicator === "stunted-children-mentored-count")).toBe(false);
  });
});

describe("cadreFacts rows", () => {
  it("covers the KSH estimates, the mentoring targets and the programme facts", () => {
    expect(ids(rowsOf(bundle.observations, [KSH_INDICATOR]))).toEqual(["O077", "O078", "O079"]);
    expect(ids(rowsOf(bundle.observations, MENTORING_INDICATORS))).toEqual(["O071", "O072", "O073", "O074", "O075", "O076", "O068"]);
    expect(ids(rowsOf(bundle.observations, FACT_INDICATORS))).toEqual(["O080", "O081", "O082", "O069", "O083", "O070"]);
  });

  it("shortens a label to what follows its colon", () => {
    expect(shortLabel("TPK mentoring targets: postpartum mothers")).toBe("postpartum mothers");
    expect(shortLabel("Stunted children mentored")).toBe("Stunted children mentored");
  });
});
