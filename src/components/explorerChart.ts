/**
 * The explorer's chart: the selected segments per dimension, by valence (findings) or as
 * recommendations. Wide: one panel per group, dimensions down the side. Narrow (phones): laid
 * out again, not scaled down — each dimension's label on its own lines above one stacked bar,
 * every part labelled with its count.
 */
import * as Plot from "@observablehq/plot";
import { ours } from "./voice.js";
import * as d3 from "d3";
import { t, type Lang } from "../shared/i18n/index.js";
import { RECOMMENDATION_COLOR, VALENCE_COLOR } from "../shared/palette.js";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";
import type { Labels } from "./explorerLabels.js";
import type { Segment } from "./explorerFacets.js";

export interface ExplorerChartOptions {
  lang: Lang;
  labels: Labels;
  /** The dimension facet's values ("" first), in codebook order. */
  dimensions: readonly string[];
  width: number;
}

const GROUPS = ["strength", "gap", "neutral", "recommendation"] as const;

/** The chart of the selected segments, marked as our analysis (what it counts, on demand). */
export function explorerChart(rows: readonly Pick<Segment, "valence" | "kind" | "dimension">[], options: ExplorerChartOptions): HTMLElement {
  return ours(options.lang, "explorer.chartMethod", drawExplorerChart(rows, options));
}

function drawExplorerChart(rows: readonly Pick<Segment, "valence" | "kind" | "dimension">[], { lang, labels, dimensions, width }: ExplorerChartOptions): SVGSVGElement | HTMLElement {
  const byGroup = d3.rollups(rows, (v) => v.length, (d) => d.valence || d.kind, (d) => d.dimension);
  const groupLabel = (g: string) => (g === "recommendation" ? labels.kind(g) : labels.valence(g));
  const bars = byGroup.flatMap(([g, dims]) => dims.map(([d, n]) => ({ g, d: labels.dimension(d), n })));
  const domain = dimensions.slice(1).map((d) => labels.dimension(d));
  const color = { domain: [...GROUPS], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.gap!, VALENCE_COLOR.neutral!, RECOMMENDATION_COLOR], legend: true, tickFormat: groupLabel };
  const title = (r: { g: string; d: string; n: number }) => `${groupLabel(r.g)} · ${r.d}: ${r.n}`;
  if (width < NARROW_WIDTH) {
    const shown = domain.filter((d) => bars.some((b) => b.d === d));
    const row = barRow(shown, width);
    const most = d3.max(d3.rollups(bars, (v) => d3.sum(v, (b) => b.n), (b) => b.d), ([, n]) => n) ?? 1;
    const stack = { x: "n", y: "d", z: "g", order: [...GROUPS] as string[] };
    return Plot.plot({
      title: t(lang, "explorer.chartTitle"),
      ariaLabel: t(lang, "explorer.chartAlt"),
      width,
      height: 60 + shown.length * row.height,
      marginTop: 20,
      marginBottom: 40,
      marginLeft: 8,
      marginRight: 16,
      x: { label: t(lang, "explorer.chartX"), grid: true, domain: [0, most], ticks: Math.min(most, 4), tickFormat: "d" },
      y: { domain: shown, axis: null, padding: 0 },
      color,
      marks: [
        Plot.barX(bars, Plot.stackX({ ...stack, fill: "g", insetTop: row.insetTop, insetBottom: row.insetBottom, title })),
        Plot.text(bars, Plot.stackX({ ...stack, text: "n", fill: "white", fontWeight: "bold", dy: row.barCenter })),
        Plot.text(shown, { y: (d: string) => d, text: (d: string) => d, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, fontSize: 12, lineWidth: row.lineWidth }),
        Plot.ruleX([0])
      ]
    });
  }
  const most = d3.max(bars, (b) => b.n) ?? 0;
  return Plot.plot({
    title: t(lang, "explorer.chartTitle"),
    ariaLabel: t(lang, "explorer.chartAlt"),
    width,
    marginLeft: 290,
    height: 60 + 22 * (dimensions.length - 1),
    x: { label: t(lang, "explorer.chartX"), grid: true, ticks: d3.ticks(0, most, Math.min(most, 5)).filter(Number.isInteger), tickFormat: "d" },
    y: { label: null, domain },
    fx: { label: null, domain: GROUPS.filter((g) => byGroup.some(([k]) => k === g)), tickFormat: groupLabel },
    color,
    marks: [Plot.barX(bars, { x: "n", y: "d", fx: "g", fill: "g", title, tip: true }), Plot.ruleX([0])]
  });
}
