import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import {
  fill,
  formatPeriod,
  formatValue,
  markLabel,
  metricsCount,
  periodPosition,
  placeLabel,
  sideBySide,
  sourceTitle,
  titleText,
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

describe("counts in words", () => {
  it("pick the singular or plural by the language's plural rules", () => {
    expect(metricsCount("en", "children", 1)).toBe("1 child");
    expect(metricsCount("en", "children", 2)).toBe("2 children");
    expect(metricsCount("en", "people", 1)).toBe("1 person");
    expect(metricsCount("en", "people", 28848)).toBe("28,848 people");
    expect(metricsCount("en", "rows", 1)).toBe("1 row");
    expect(metricsCount("id", "children", 1)).toBe("1 anak");
    expect(metricsCount("id", "rows", 1280)).toBe("1.280 baris");
    expect(formatValue("en", { value: 1, unit: "children" })).toBe("1 child");
    expect(formatValue("en", { value: 1, unit: "kelurahan" })).toBe("1 kelurahan");
  });

  it("reach a mark's tooltip", () => {
    const one = { ...obs("O077"), value: 1 };
    expect(tooltipText("en", one).split("\n")[0]).toBe("Kota Surabaya · January 2022 · 1 person");
  });
});

describe("source titles", () => {
  const url = "https://surabayatv.tv/2023/02/09/rawit-dukung-program-zero-stunting-di-kota-surabaya/";
  it("tell a URL slug (no spaces, found in the URL) from a headline", () => {
    expect(sourceTitle({ title: "rawit-dukung-program-zero-stunting-di-kota-surabaya", url })).toEqual({ slug: "rawit-dukung-program-zero-stunting-di-kota-surabaya" });
    expect(sourceTitle({ title: "Global Targets 2030", url })).toEqual({ headline: "Global Targets 2030" });
    expect(sourceTitle({ title: "Stunting", url })).toEqual({ headline: "Stunting" });
    // The older data form, marker and slug in one cell.
    expect(sourceTitle({ title: "[headline not recorded; URL slug] rawit-dukung", url })).toEqual({ slug: "rawit-dukung" });
  });

  it("mark a slug as 'headline not recorded' in the reader's language", () => {
    expect(titleText("id", { title: "rawit-dukung", url })).toBe("[judul tidak tercatat; potongan alamat URL] rawit-dukung");
    expect(titleText("en", { title: "rawit-dukung", url })).toBe("[headline not recorded; URL slug] rawit-dukung");
    expect(titleText("id", { title: "Global Targets 2030", url })).toBe("Global Targets 2030");
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
