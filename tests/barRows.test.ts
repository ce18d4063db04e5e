import { describe, expect, it } from "vitest";
import { barRow, wrappedLines } from "../src/shared/barRows.js";

describe("barRow", () => {
  it("gives a label that wraps more lines more room above its bar", () => {
    const one = barRow(["Short"], 320);
    const long = barRow(["A rather long label that cannot fit on one line of a phone screen at all"], 320);
    expect(long.insetTop).toBeGreaterThan(one.insetTop);
    expect(long.height - long.insetTop).toBe(one.height - one.insetTop);
    // The label starts at the top of the row; the bar's centre sits below the label lines.
    expect(one.labelTop).toBeCloseTo(-one.height / 2 + 3);
    expect(one.barCenter).toBeGreaterThan(one.labelTop + 12);
  });

  it("wraps to the chart's width with room to spare", () => {
    expect(barRow(["x"], 332).lineWidth).toBeCloseTo((316 / 12) * 0.85);
    expect(barRow(["x"], 40).lineWidth).toBe(8);
  });
});

describe("wrappedLines", () => {
  it("counts lines at word breaks, and splits a word longer than a line", () => {
    expect(wrappedLines("", 10)).toBe(1);
    expect(wrappedLines("aaa bbb ccc", 6)).toBe(2); // 10 characters a line
    expect(wrappedLines("aaaaaaaaaaaaaaaaaaaaaaaaa", 6)).toBe(3);
  });
});
