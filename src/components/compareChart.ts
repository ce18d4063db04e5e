/**
 * The Compare cases matrix as a chart, for reading at a glance and for the SVG/PNG downloads every
 * chart has: one stacked bar per dimension and value (or case), strength · description · gap, each
 * part labelled with its count and each row's label on its own lines above its bar, at every
 * width (so a phone gets the same chart, not a scaled-down one). The counts are the matrix's
 * (compareMatrix.ts); a row without segments says so in its label rather than drawing a zero.
 */
import * as Plot from "@observablehq/plot";
import { ours } from "./voice.js";
import { countText, pick, t, type Lang } from "../shared/i18n/index.js";
import type { CompareView, Matrix, MatrixRow } from "../shared/model/compare.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { barRow } from "../shared/barRows.js";
import { columnLabel, matrixLabel } from "./compareMatrix.js";
import { tf } from "./evidence.js";

const ORDER = ["strength", "neutral", "gap"] as const;
const FIELD = { strength: "strengths", neutral: "neutral", gap: "gaps" } as const;

interface Part {
  row: string;
  valence: (typeof ORDER)[number];
  count: number;
}

/** The chart, marked as our analysis as the matrix is (the same counts, the same method on demand). */
export function compareChart(view: CompareView, m: Matrix, options: { lang: Lang; width: number }): HTMLElement {
  return ours(options.lang, "compare.method", drawCompareChart(view, m, options));
}

function drawCompareChart(view: CompareView, m: Matrix, { lang, width }: { lang: Lang; width: number }): SVGSVGElement | HTMLElement {
  const dimension = new Map(m.dimensions.map((d) => [d.id, pick(lang, d, "name")]));
  const label = (r: MatrixRow) =>
    `${dimension.get(r.dimension)} × ${columnLabel(view, m, r.value, lang)}: ${countText(lang, "segment", r.segments)}${r.segments ? ` · ${countText(lang, "case", r.cases)}` : ""}`;
  const rows = m.rows.map((r) => ({ r, label: label(r) }));
  const parts: Part[] = rows.flatMap(({ r, label }) => ORDER.filter((v) => r[FIELD[v]] > 0).map((v) => ({ row: label, valence: v, count: r[FIELD[v]] })));
  const row = barRow(
    rows.map((x) => x.label),
    width
  );
  const max = Math.max(1, ...m.rows.map((r) => r.segments));
  const stack = { x: "count", y: "row", order: [...ORDER] as string[], insetTop: row.insetTop, insetBottom: row.insetBottom };
  const valenceLabel = (v: string) => `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}` as "valence.gap")}`;
  const chart = Plot.plot({
    title: tf(lang, "compare.caption", { by: matrixLabel(m, lang) }),
    ariaLabel: tf(lang, "compare.chartAlt", { by: matrixLabel(m, lang) }),
    width,
    height: 60 + rows.length * row.height,
    marginTop: 20,
    marginBottom: 40,
    marginLeft: 8,
    marginRight: 16,
    style: { fontSize: "12px" },
    x: { label: `${t(lang, "compare.segments")} →`, domain: [0, max], grid: true, ticks: Array.from({ length: max + 1 }, (_, i) => i).filter((i) => i % Math.ceil(max / 5) === 0), tickFormat: (x: number) => String(x) },
    y: { domain: rows.map((x) => x.label), axis: null, padding: 0 },
    color: { domain: [...ORDER], range: ORDER.map((v) => VALENCE_COLOR[v]!), legend: true, tickFormat: valenceLabel },
    marks: [
      Plot.barX(parts, Plot.stackX({ ...stack, fill: "valence", title: (p: Part) => `${p.row} — ${countText(lang, p.valence, p.count)}` })),
      Plot.text(parts, Plot.stackX({ ...stack, z: "valence", text: (p: Part) => `${VALENCE_SYMBOL[p.valence]}${p.count}`, fill: "white", fontWeight: "bold", dy: row.barCenter })),
      Plot.text(rows, { y: "label", text: "label", frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, fontSize: 12, lineWidth: row.lineWidth }),
      Plot.ruleX([0], { ariaHidden: "true" })
    ]
  });
  chart.classList.add("compare-chart");
  return chart;
}
