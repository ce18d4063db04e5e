import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { relatedIndex, relatedMetrics } from "../loaders/metrics/links.js";
import { loadMetrics } from "../loaders/metrics/load.js";

const metrics = loadMetrics("tests/fixtures/metrics-mini");

describe("relatedMetrics", () => {
  it("gives the linked indicators of a dimension with their observations", () => {
    const related = relatedMetrics(metrics, "management-of-lay-actors");
    expect(related).toHaveLength(1);
    expect(related[0]!.indicator.id).toBe("ksh-cadre-count");
    expect(related[0]!.note_en).toMatch(/Kader Surabaya Hebat/);
    expect(related[0]!.observations.map((o) => [o.id, o.value])).toEqual([
      ["O077", 28848],
      ["O078", 27000]
    ]);
  });

  it("works on the bundle's joined rows too (sources come along)", () => {
    const bundle = metricsBundle(metrics);
    const [target] = relatedMetrics(bundle, "planning");
    expect(target!.observations.map((o) => o.publisher)).toEqual(["Kompas.com Lestari", "Harian SIB"]);
  });

  it("is empty for a dimension with no links", () => {
    expect(relatedMetrics(metrics, "leadership")).toEqual([]);
    expect(relatedIndex(metrics).leadership).toBeUndefined();
  });
});
