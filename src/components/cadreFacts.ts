/**
 * The cadre system in numbers: the disagreeing counts of Kader Surabaya Hebat, the mentoring
 * targets the Tim Pendamping Keluarga report through the Sayang Warga app, and the honorarium,
 * zero-stunting kelurahan and other programme figures as a list — each with its source.
 */
import * as Plot from "@observablehq/plot";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";
import { formatNumber, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { mt } from "../shared/metricsText.js";
import { sourcedMark, confidenceLegend, conflictIndex, metricsFigure } from "./metricsFigure.js";
import { formatPeriod, formatValue, indicatorLabel, placeLabel, type Obs } from "./metricsFormat.js";
import { observationNote, sourceButton } from "./sourceNote.js";

const COLOR = "#009E73";
export const KSH_INDICATOR = "ksh-cadre-count";
export const MENTORING_INDICATORS = [
  "tpk-targets-catin",
  "tpk-targets-pus",
  "tpk-targets-pregnant-kek",
  "tpk-targets-pregnant-non-kek",
  "tpk-targets-postpartum",
  "tpk-targets-balita",
  "stunted-children-mentored-count"
] as const;
export const FACT_INDICATORS = [
  "ksh-monthly-honorarium",
  "cadre-honorarium-per-activity",
  "zero-stunting-kelurahan-count",
  "ksh-event-attendance",
  "bwse-t2-baduta-target-count"
] as const;

/** Rows of the given indicators, ordered as the indicator list, then as the data. */
export function rowsOf(observations: readonly Obs[], indicators: readonly string[]): Obs[] {
  return indicators.flatMap((i) => observations.filter((o) => o.indicator === i));
}

type Props = { lang: Lang; width?: number };
type Bundle = Pick<MetricsBundle, "observations" | "conflicts" | "text">;

/** "TPK mentoring targets: brides- and grooms-to-be" → "brides- and grooms-to-be" (the chart's title says the rest). */
export function shortLabel(label: string): string {
  const at = label.indexOf(": ");
  return at >= 0 ? label.slice(at + 2) : label;
}

/** The three KSH counts, one row per source. */
export function kshChart(bundle: Bundle, { lang, width = 760 }: Props): HTMLElement {
  const rows = rowsOf(bundle.observations, [KSH_INDICATOR]);
  const label = (o: Obs) => `${formatPeriod(lang, o.period)} · ${o.publisher}`;
  // Narrow screens: each source's label on its own lines above its dot (see barRows.ts).
  const narrow = width < NARROW_WIDTH;
  const row = barRow(rows.map(label), width, { bar: 20 });
  const at = narrow ? { dy: row.barCenter } : {};
  return metricsFigure({ lang, id: "metrics-ksh", title: mt(bundle, lang, "ksh.title"), rows, conflicts: conflictIndex(bundle.conflicts) }, (panel) => ({
    chart: Plot.plot({
      width,
      ...(narrow ? { height: 60 + rows.length * row.height, marginTop: 20, marginBottom: 40, marginLeft: 12 } : { height: 60 + rows.length * 44, marginLeft: Math.min(280, width * 0.4) }),
      marginRight: 60,
      ariaLabel: mt(bundle, lang, "ksh.alt"),
      x: { domain: [0, 50000], label: t(lang, "metrics.ksh.x"), grid: true, tickFormat: (d: number) => formatNumber(lang, d), ...(narrow ? { ticks: 3 } : {}) },
      y: { domain: rows.map(label), label: null, ...(narrow ? { type: "band", axis: null, padding: 0 } : {}) },
      opacity: { type: "identity" },
      marks: [
        ...(narrow ? [Plot.text(rows, { y: label, text: label, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, dx: -4, fontSize: 12, lineWidth: row.lineWidth })] : []),
        Plot.dot(rows.filter((o) => o.conflict_group), { ...at, x: "value", y: label, r: 10, stroke: "currentColor", strokeWidth: 1.2, strokeDasharray: "2.5 2", fill: "none", pointerEvents: "none", ariaHidden: "true" }),
        Plot.text(rows, { ...at, x: "value", y: label, text: (o: Obs) => formatNumber(lang, o.value), dx: 14, textAnchor: "start", ariaHidden: "true" }),
        Plot.dot(rows, {
          ...at,
          x: "value",
          y: label,
          r: 5,
          stroke: COLOR,
          fill: COLOR,
          strokeWidth: 1.5,
          ...sourcedMark(rows, lang, panel)
        })
      ]
    }),
    legends: [confidenceLegend(lang, { conflict: true })]
  }));
}

/** The TPK mentoring targets and the count of stunted children mentored, on a log axis. */
export function mentoringChart(bundle: Bundle, { lang, width = 760 }: Props): HTMLElement {
  const rows = rowsOf(bundle.observations, MENTORING_INDICATORS);
  const label = (o: Obs) => shortLabel(indicatorLabel(lang, o));
  // Narrow screens: each group's label on its own lines above its dot, as in the KSH chart (see barRows.ts).
  const narrow = width < NARROW_WIDTH;
  const row = barRow(rows.map(label), width, { bar: 20 });
  const at = narrow ? { dy: row.barCenter } : {};
  return metricsFigure({ lang, id: "metrics-mentoring", title: mt(bundle, lang, "mentoring.title"), rows, conflicts: conflictIndex(bundle.conflicts) }, (panel) => ({
    chart: Plot.plot({
      width,
      ...(narrow ? { height: 60 + rows.length * row.height, marginTop: 20, marginBottom: 40, marginLeft: 12, marginRight: 70 } : { height: 60 + rows.length * 44, marginLeft: 180, marginRight: 80 }),
      ariaLabel: mt(bundle, lang, "mentoring.alt"),
      x: {
        type: "log",
        domain: [100, 1000000],
        label: t(lang, "metrics.mentoring.x"),
        grid: true,
        ticks: narrow ? [100, 10000, 1000000] : [100, 1000, 10000, 100000, 1000000],
        tickFormat: (d: number) => formatNumber(lang, d)
      },
      y: { domain: rows.map(label), label: null, ...(narrow ? { type: "band", axis: null, padding: 0 } : {}) },
      opacity: { type: "identity" },
      marks: [
        narrow
          ? Plot.text(rows, { y: label, text: label, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, dx: -4, fontSize: 12, lineWidth: row.lineWidth })
          : Plot.axisY({ lineWidth: 14, tickSize: 0, fontSize: 11 }),
        Plot.ruleY(rows, { ...at, y: label, x1: 100, x2: "value", stroke: COLOR, strokeOpacity: 0.35, ariaHidden: "true" }),
        Plot.text(rows, { ...at, x: "value", y: label, text: (o: Obs) => formatNumber(lang, o.value), dx: 10, textAnchor: "start", ariaHidden: "true" }),
        Plot.dot(rows, {
          ...at,
          x: "value",
          y: label,
          r: 5,
          stroke: COLOR,
          fill: COLOR,
          strokeWidth: 1.5,
          ...sourcedMark(rows, lang, panel)
        })
      ]
    }),
    legends: [confidenceLegend(lang, { conflict: false })],
    notes: [el("p", {}, t(lang, "metrics.mentoring.note"))]
  }));
}

/** Honorarium, zero-stunting kelurahan, attendance and contest targets as a list with sources. */
export function programmeFacts(bundle: Bundle, { lang }: Props): HTMLElement {
  const rows = rowsOf(bundle.observations, FACT_INDICATORS);
  return metricsFigure({ lang, id: "metrics-facts", title: mt(bundle, lang, "facts.title"), rows, conflicts: conflictIndex(bundle.conflicts), indicatorColumn: true }, (panel) => ({
    notes: [
      el(
        "ul",
        { class: "metrics-facts" },
        rows.map((o) =>
          el(
            "li",
            { "data-id": o.id },
            el("strong", {}, indicatorLabel(lang, o)),
            `: ${formatValue(lang, o)} · ${placeLabel(lang, o.geography)} · ${formatPeriod(lang, o.period)} · ${o.survey}`,
            sourceButton(o, { lang, panel }),
            // The data's caveat (e.g. "planned … payment not verified") stays beside the figure.
            observationNote(o, { lang })
          )
        )
      )
    ]
  }));
}

/** The three cadre figures together, for the page's cadre section. */
export function cadreFacts(bundle: Bundle, props: Props): HTMLElement {
  return el("div", { class: "metrics-cadre" }, kshChart(bundle, props), mentoringChart(bundle, props), programmeFacts(bundle, props));
}
