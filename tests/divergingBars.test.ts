// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { divergingBars, divergingPlot } from "../loaders/brief/divergingBars.js";

const options = { title: "T", ariaLabel: "A", xLabel: "x", strengthLabel: "strength", gapLabel: "gap" };

describe("divergingBars", () => {
  it("draws a wide and a narrow form, each row's label above its bars, whole", () => {
    const rows = [{ label: "Co-commissioning (penentuan bersama)", strengths: 1, gaps: 4 }, { label: "Co-delivery", strengths: 6, gaps: 1 }];
    const el = divergingBars(rows, options);
    expect(el.querySelectorAll(".brief-chart-wide svg, .brief-chart-narrow svg").length).toBeGreaterThanOrEqual(2);
    for (const part of el.querySelectorAll(".brief-chart-wide, .brief-chart-narrow")) {
      const text = [...part.querySelectorAll("text")].map((t) => t.textContent).join(" ");
      // Plot may wrap a label onto lines (tspans); the words all stay.
      expect(text.replace(/\s+/g, " ")).toContain("penentuan bersama)");
    }
  });

  it("draws no bar for a zero count, and none at all when every count is zero", () => {
    const svg = divergingPlot([{ label: "a", strengths: 0, gaps: 0 }, { label: "b", strengths: 2, gaps: 0 }], 320, options, true) as SVGSVGElement;
    const bars = svg.querySelectorAll('g[aria-label="bar"] rect');
    expect(bars.length).toBe(1);
    const none = divergingPlot([{ label: "a", strengths: 0, gaps: 0 }], 320, options, true) as SVGSVGElement;
    expect(none.querySelectorAll('g[aria-label="bar"] rect').length).toBe(0);
  });
});
