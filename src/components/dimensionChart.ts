/**
 * The dimensions at a glance (the overview's interactive chart; the policy brief keeps the
 * static assessmentChart.ts): strengths (right), neutral descriptions (right, after the
 * strengths) and gaps (left) per dimension as diverging bars, every bar labelled with its
 * symbol and count. Each row's label — the dimension and the study's own verdict — stands above
 * its bars at every width, so the verdict is read before the counts. A table alternative follows.
 */
import * as Plot from "@observablehq/plot";
import { countText, t, tw, pick, type Lang, type SourceKind } from "../shared/i18n/index.js";
import type { DimensionCard } from "../shared/model/views.js";
import { el, tableAlt } from "./evidence.js";
import { ours } from "./voice.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";

export interface DimensionChartOptions {
  lang: Lang;
  width?: number;
  /** What the study coded (site.json `source_kind`). */
  kind?: SourceKind;
}

export interface DimensionBar {
  dimension: string;
  valence: "strength" | "neutral" | "gap";
  x1: number;
  x2: number;
  count: number;
}

/** The bars of the chart: one per dimension and valence with at least one finding. */
export function dimensionBars(dimensions: readonly DimensionCard[], lang: Lang): DimensionBar[] {
  return dimensions.flatMap((d) => {
    const name = pick(lang, d, "name");
    const s = d.strengths.length;
    const n = d.neutral.length;
    const g = d.gaps.length;
    const bars: DimensionBar[] = [
      { dimension: name, valence: "strength", x1: 0, x2: s, count: s },
      { dimension: name, valence: "neutral", x1: s, x2: s + n, count: n },
      { dimension: name, valence: "gap", x1: -g, x2: 0, count: g }
    ];
    return bars.filter((b) => b.count > 0);
  });
}

function verdictLabel(d: DimensionCard, lang: Lang, kind?: SourceKind): string {
  return d.verdict ? `${pick(lang, d.verdict, "rating_text")}` : tw(lang, "overview.noVerdict", kind);
}

const total = (d: DimensionCard) => d.strengths.length + d.gaps.length + d.neutral.length;

/**
 * The right-hand label of a row: the study's verdict when it assesses its dimensions; otherwise
 * nothing, except "no findings" for a dimension without any (it draws no bar: zero is never a bar).
 */
function rowLabel(d: DimensionCard, lang: Lang, assessed: boolean, kind?: SourceKind): string {
  if (assessed) return verdictLabel(d, lang, kind);
  return total(d) ? "" : t(lang, "overview.noFindings");
}

export function dimensionChart(data: { dimensions: readonly DimensionCard[] }, { lang, width = 640, kind }: DimensionChartOptions): HTMLElement {
  const dims = data.dimensions;
  // A study without assessments gets no assessment column or labels that pretend to one.
  const assessed = dims.some((d) => d.verdict);
  const bars = dimensionBars(dims, lang);
  const valenceLabel = (v: string) => `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}` as "valence.gap")}`;
  const max = Math.max(1, ...bars.map((b) => Math.max(Math.abs(b.x1), Math.abs(b.x2))));
  // The dimension's name and verdict on their own lines above its bars (see barRows.ts): the verdict
  // first, then the counts; narrow screens keep fewer axis ticks.
  const narrow = width < NARROW_WIDTH;
  const nameOf = (d: DimensionCard) => pick(lang, d, "name");
  const rowText = (d: DimensionCard) => {
    const label = rowLabel(d, lang, assessed, kind);
    return label ? `${nameOf(d)} — ${label}` : nameOf(d);
  };
  const row = barRow(dims.map(rowText), width);
  const chart = Plot.plot({
    title: assessed ? tw(lang, "overview.chartTitle", kind) : t(lang, "overview.chartTitlePlain"),
    subtitle: t(lang, "overview.chartValues"),
    ariaLabel: assessed ? tw(lang, "overview.chartAlt", kind) : t(lang, "overview.chartAltPlain"),
    ariaDescription: dims
      .map((d) => `${pick(lang, d, "name")}: ${countText(lang, "strength", d.strengths.length)}, ${countText(lang, "gap", d.gaps.length)}, ${countText(lang, "neutral", d.neutral.length)}${rowLabel(d, lang, assessed, kind) ? `; ${rowLabel(d, lang, assessed, kind)}` : ""}`)
      .join(". "),
    width,
    height: 60 + dims.length * row.height,
    marginTop: 20,
    marginBottom: 40,
    marginLeft: 12,
    marginRight: 12,
    x: {
      domain: [-max - 0.5, max + 0.5],
      label: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`,
      labelAnchor: "center",
      tickFormat: (x: number) => (Number.isInteger(x) ? String(Math.abs(x)) : ""),
      ticks: Array.from({ length: 2 * max + 1 }, (_, i) => i - max).filter((x) => !narrow || x % Math.ceil(max / 3) === 0)
    },
    y: { domain: dims.map((d) => pick(lang, d, "name")), axis: null, padding: 0 },
    color: {
      domain: ["strength", "neutral", "gap"],
      range: [VALENCE_COLOR.strength!, VALENCE_COLOR.neutral!, VALENCE_COLOR.gap!],
      legend: true,
      tickFormat: valenceLabel
    },
    marks: [
      Plot.barX(bars, {
        x1: "x1",
        x2: "x2",
        y: "dimension",
        fill: "valence",
        insetTop: row.insetTop,
        insetBottom: row.insetBottom,
        title: (b: DimensionBar) => `${b.dimension}: ${countText(lang, b.valence, b.count)}`
      }),
      Plot.text(bars, {
        x: (b: DimensionBar) => (b.x1 + b.x2) / 2,
        y: "dimension",
        text: (b: DimensionBar) => `${VALENCE_SYMBOL[b.valence]}${b.count}`,
        fill: "white",
        fontWeight: "bold",
        dy: row.barCenter
      }),
      // The zero line runs through each row's bars only, never through its label.
      Plot.ruleX(dims, { x: () => 0, y: nameOf, insetTop: row.insetTop - 3, insetBottom: row.insetBottom - 3, ariaHidden: "true" }),
      Plot.text(dims, { y: nameOf, text: rowText, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, dx: -4, fontSize: 12, lineWidth: row.lineWidth })
    ]
  });
  chart.classList.add("dimension-chart");
  const table = tableAlt(
    lang,
    [t(lang, "overview.dimension"), valenceLabel("strength"), valenceLabel("gap"), valenceLabel("neutral"), ...(assessed ? [tw(lang, "overview.assessment", kind)] : [])],
    dims.map((d) =>
          el(
            "tr",
            { "data-row": d.id },
            el("th", { scope: "row" }, pick(lang, d, "name")),
            el("td", {}, d.strengths.length),
            el("td", {}, d.gaps.length),
            el("td", {}, d.neutral.length),
            assessed ? el("td", {}, verdictLabel(d, lang, kind)) : null
          )
        )
  );
  return ours(lang, { text: tw(lang, "overview.dimensionsMethod", kind) }, el("figure", { class: "analysis-figure" }, chart, table));
}
