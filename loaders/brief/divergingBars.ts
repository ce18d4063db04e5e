/**
 * The brief's diverging bars (gaps to the left, strengths to the right), drawn twice at build
 * time: a wide form for screens and print, and a narrow one for phones that the stylesheet
 * shows below 600 px — laid out again, not scaled down. Each row's label sits on its own lines
 * above its bars (src/shared/barRows.ts), so no label is clipped by a margin; counts stand at
 * the bars' ends; a zero count draws no bar.
 */
import * as Plot from "@observablehq/plot";
import { barRow } from "../../src/shared/barRows.js";
import { VALENCE_COLOR } from "../../src/shared/palette.js";

export interface DivergingRow {
  /** The row's label (drawn above its bars). */
  label: string;
  strengths: number;
  gaps: number;
}

export interface DivergingOptions {
  title: string;
  ariaLabel: string;
  xLabel: string;
  strengthLabel: string;
  gapLabel: string;
  document?: Document;
}

/** The widths the brief is drawn at: wide (screens and print) and narrow (phones). */
export const WIDE = 560;
export const NARROW = 320;

/** The chart at `width`; with `bare`, a lone SVG without title and legend (for og:image). */
export function divergingPlot(rows: readonly DivergingRow[], width: number, o: DivergingOptions, bare = false): SVGSVGElement | HTMLElement {
  const row = barRow(rows.map((r) => r.label), width);
  const max = Math.max(1, ...rows.flatMap((r) => [r.strengths, r.gaps]));
  const bars = rows.flatMap((r) => [
    ...(r.strengths > 0 ? [{ label: r.label, valence: o.strengthLabel, x: r.strengths, count: r.strengths }] : []),
    ...(r.gaps > 0 ? [{ label: r.label, valence: o.gapLabel, x: -r.gaps, count: r.gaps }] : [])
  ]);
  const barOptions = { y: "label", insetTop: row.insetTop, insetBottom: row.insetBottom };
  return Plot.plot({
    ...(o.document ? { document: o.document } : {}),
    ...(bare ? {} : { title: o.title }),
    ariaLabel: o.ariaLabel,
    width,
    // Axis text at 12 px like the labels: the narrow form is shown at its own size, never scaled down.
    style: { fontSize: "12px" },
    height: 60 + rows.length * row.height,
    marginTop: 20,
    marginBottom: 40,
    marginLeft: 28,
    marginRight: 28,
    x: { label: o.xLabel, domain: [-max, max], tickFormat: Math.abs, ticks: Math.min(max, width < 400 ? 4 : 8), labelAnchor: "center" },
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0 },
    color: { domain: [o.strengthLabel, o.gapLabel], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.gap!], legend: !bare },
    marks: [
      Plot.barX(bars, { ...barOptions, x: "x", fill: "valence" }),
      Plot.text(bars.filter((d) => d.x > 0), { y: "label", x: "x", text: "count", dy: row.barCenter, dx: 4, textAnchor: "start", fontSize: 12 }),
      Plot.text(bars.filter((d) => d.x < 0), { y: "label", x: "x", text: "count", dy: row.barCenter, dx: -4, textAnchor: "end", fontSize: 12 }),
      Plot.text(rows, { y: "label", text: "label", frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, dx: -20, fontSize: 12, lineWidth: row.lineWidth }),
      Plot.ruleX([0])
    ]
  });
}

/** The chart in both forms inside one element: `.brief-chart-wide` and `.brief-chart-narrow`. */
export function divergingBars(rows: readonly DivergingRow[], o: DivergingOptions): HTMLElement {
  const doc = o.document ?? globalThis.document;
  const wrap = doc.createElement("div");
  wrap.className = "brief-chart";
  for (const [width, name] of [[WIDE, "wide"], [NARROW, "narrow"]] as const) {
    const part = doc.createElement("div");
    part.className = `brief-chart-${name}`;
    part.append(divergingPlot(rows, width, o));
    wrap.append(part);
  }
  return wrap;
}
