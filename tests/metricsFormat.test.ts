import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import {
  fill,
  formatPeriod,
  formatValue,
  markLabel,
  periodPosition,
  placeLabel,
  sideBySide,
  tooltipText
} from "../src/components/metricsFormat.js";

const bundle = metricsBundle(loadMetrics("tests/fixtures/metrics-mini"));
const obs = (id: string) => bundle.observations.find((o) => o.id === id)!;

describe("formatValue", () => {
  it("writes numbers in each language's conventions with the unit", () => {
    expect(formatValue("id", obs("O035"))).toBe("28,9%");
    expect(formatValue("en", obs("O035"))).toBe("28.9%");
    expect(formatValue("id", obs("O077"))).toBe("28.848 orang");
    expect(formatValue("en", obs("O077"))).toBe("28,848 people");
    expect(formatValue("en", { value: 923, unit: "children" })).toBe("923 children");
  });

  it("writes rupiah amounts as currency with their period", () => {
    const id = formatValue("id", { value: 400000, unit: "idr-per-month" });
    expect(id).toMatch(/^Rp\s?400\.000 per bulan$/);
    expect(formatValue("en", { value: 28500, unit: "idr-per-activity" })).toMatch(/^IDR\s?28,500 per activity$/);
  });

  it("says that the WHA target is a reduction in number", () => {
    expect(formatValue("en", { value: 40, unit: "percent-reduction-vs-2012" })).toBe("40% fewer stunted children than in 2012");
  });
});

describe("labels", () => {
  it("formats periods and places", () => {
    expect(formatPeriod("id", "2023-01")).toBe("Januari 2023");
    expect(formatPeriod("en", "2023-01")).toBe("January 2023");
    expect(formatPeriod("en", "2021")).toBe("2021");
    expect(placeLabel("id", "Kecamatan Rungkut;Kecamatan Sukolilo")).toBe("Kecamatan Rungkut dan Kecamatan Sukolilo");
    expect(placeLabel("id", "World")).toBe("Dunia");
    expect(placeLabel("en", "Kota Surabaya")).toBe("Kota Surabaya");
  });

  it("fills dictionary templates", () => {
    expect(fill("{value}% by {year}", { value: "40", year: "2030" })).toBe("40% by 2030");
    expect(fill("{missing}", {})).toBe("{missing}");
  });

  it("puts the publisher, the date and any conflict in a mark's tooltip", () => {
    const tip = tooltipText("en", obs("O004")).split("\n");
    expect(tip[0]).toBe("Indonesia · 2013 · 37.6%");
    expect(tip[2]).toBe("Kemenko PMK, September 2024");
    expect(tip).toContain("⚠ conflict: sources disagree");
    expect(tooltipText("id", obs("O035"))).not.toContain("konflik");
    expect(markLabel("id", obs("O035"))).toContain("ANTARA English, Januari 2023");
  });
});

describe("positions", () => {
  it("puts a month at its middle and a bare year at mid-year", () => {
    expect(periodPosition("2021")).toBe(2021.5);
    expect(periodPosition("2023-01")).toBeCloseTo(2023 + 0.5 / 12);
    expect(periodPosition("2023-12")).toBeCloseTo(2023 + 11.5 / 12);
  });

  it("sets rows of one key side by side, centred, in ascending order of value", () => {
    const rows = [
      { k: "a", v: 923 },
      { k: "a", v: 899 },
      { k: "a", v: 889 },
      { k: "b", v: 1 }
    ];
    expect(sideBySide(rows, (r) => r.k, 2)).toEqual([-2, 0, 2, 0]);
    expect(sideBySide(rows, (r) => r.k, 2, (r) => r.v)).toEqual([2, 0, -2, 0]);
  });

  it("only clusters values that lie near each other", () => {
    const rows = [
      { k: "x", v: 14 },
      { k: "x", v: 14 },
      { k: "x", v: 20.1 },
      { k: "x", v: 19.8 }
    ];
    expect(sideBySide(rows, (r) => r.k, 1, (r) => r.v, 2.5)).toEqual([-0.5, 0.5, 0.5, -0.5]);
  });
});
