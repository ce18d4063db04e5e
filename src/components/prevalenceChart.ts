/**
 * Stunting prevalence over time for Indonesia, Jawa Timur and Kota Surabaya, one panel each,
 * every mark shaped by the survey (or city figure) it comes from, with the national targets as
 * short lines and the WHA target as a note (a cut in the number of children, not a prevalence).
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { formatNumber, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { mt } from "../shared/metricsText.js";
import { sourcedMark, confidenceLegend, conflictIndex, METHOD_SYMBOL, metricsFigure, seriesLegend, TARGET_SYMBOL } from "./metricsFigure.js";
import { fill, formatPeriod, formatValue, periodPosition, placeLabel, sideBySide, type Obs } from "./metricsFormat.js";
import { observationNote, sourceButton, type SourcePanel } from "./sourceNote.js";

/** The places with prevalence figures, one panel each, in the order the study's data first gives them. */
export function prevalencePlaces(observations: readonly Obs[]): string[] {
  return [...new Set(observations.filter((o) => o.indicator === "stunting-prevalence").map((o) => o.geography))];
}
/** Okabe–Ito colours; the panels, not the colours, say which place a mark belongs to. */
export const PLACE_COLORS = ["#0072B2", "#E69F00", "#009E73"];
/** The x axis ends here; a target beyond it is drawn at the edge with its year written out. */
export const X_DOMAIN: [number, number] = [2006, 2031];
const MARGIN = { left: 48, right: 110 };
const SERIES: Obs["method"][] = ["riskesdas", "psg", "ssgbi", "ssgi", "ski", "administrative"];

export interface PrevalenceRows {
  /** Survey and city prevalence values for the three places. */
  points: Obs[];
  /** National prevalence targets. */
  targets: Obs[];
  /** The WHA target rows (a reduction in number: shown as a note). */
  wha: Obs[];
}

/** The rows this chart shows, in data order. */
export function prevalenceRows(observations: readonly Obs[]): PrevalenceRows {
  return {
    points: observations.filter((o) => o.indicator === "stunting-prevalence"),
    targets: observations.filter((o) => o.indicator === "target-stunting-prevalence"),
    wha: observations.filter((o) => o.indicator === "target-stunting-number-reduction")
  };
}

/** The data's own caveat beside a figure given in text, in the page's language. */
function noteOf(lang: Lang, o: Obs): HTMLElement | null {
  return observationNote(o, { lang });
}

function targetList(lang: Lang, targets: readonly Obs[], panel: SourcePanel): HTMLElement {
  return el(
    "div",
    {},
    el("h4", {}, t(lang, "metrics.targets.heading")),
    el(
      "ul",
      { class: "metrics-facts" },
      targets.map((o) => el("li", { "data-id": o.id }, `${formatValue(lang, o)} · ${formatPeriod(lang, o.period)} · ${o.survey}`, sourceButton(o, { lang, panel }), noteOf(lang, o)))
    )
  );
}

function whaNote(lang: Lang, wha: readonly Obs[], panel: SourcePanel): HTMLElement {
  return el(
    "div",
    { class: "metrics-wha" },
    el("h4", {}, t(lang, "metrics.wha.heading")),
    el(
      "ul",
      { class: "metrics-facts" },
      wha.map((o) =>
        el(
          "li",
          { "data-id": o.id },
          `${fill(t(lang, "metrics.wha.item"), { value: formatNumber(lang, o.value), year: o.period })} — ${o.survey}`,
          sourceButton(o, { lang, panel }),
          noteOf(lang, o)
        )
      )
    )
  );
}

export function prevalenceChart(bundle: Pick<MetricsBundle, "observations" | "conflicts" | "text">, { lang, width = 760 }: { lang: Lang; width?: number }): HTMLElement {
  const { points, targets, wha } = prevalenceRows(bundle.observations);
  const places = prevalencePlaces(bundle.observations);
  const conflicts = conflictIndex(bundle.conflicts);
  const methods = SERIES.filter((m) => points.some((o) => o.method === m));
  return metricsFigure(
    { lang, id: "metrics-prevalence", title: t(lang, "metrics.prevalence.title"), subtitle: mt(bundle, lang, "prevalence.subtitle"), rows: [...points, ...targets, ...wha], conflicts },
    (panel) => {
      // Marks sharing a place and year (or a target value and year) are set apart by a few pixels.
      const perYear = (width - MARGIN.left - MARGIN.right) / (X_DOMAIN[1] - X_DOMAIN[0]);
      // Points and targets of one place and year that would overlap (values within 2.5 points) sit side by side.
      const marks = [...points, ...targets];
      const shifts = sideBySide(marks, (o) => `${o.geography}|${o.period}`, 16 / perYear, (o) => o.value, 2.5);
      const shift = shifts.slice(0, points.length);
      const px = points.map((o, i) => periodPosition(o.period) + shift[i]!);
      const tshift = shifts.slice(points.length);
      const offAxis = targets.map((o) => periodPosition(o.period) > X_DOMAIN[1]);
      const tx = targets.map((o, i) => (offAxis[i] ? X_DOMAIN[1] - 0.5 : periodPosition(o.period) + tshift[i]!));
      // One label per distinct target value and year, right of its bar; off-axis targets name their year.
      const labels = d3
        .groups(targets.map((o, i) => ({ o, x: tx[i]!, off: offAxis[i]! })), (d) => `${d.o.period}|${d.o.value}`)
        .map(([, ds]) => ({
          geography: ds[0]!.o.geography,
          value: ds[0]!.o.value,
          x: ds[0]!.off ? d3.min(ds, (d) => d.x)! : d3.max(ds, (d) => d.x)!,
          text: ds[0]!.off ? `${ds[0]!.o.period}: ${formatValue(lang, ds[0]!.o)} →` : formatValue(lang, ds[0]!.o),
          anchor: ds[0]!.off ? "end" : "start",
          below: false
        }));
      // A label just right of and just under another (18.8% in 2025 beside 20.1% in 2024) goes below its bar.
      for (const l of labels) {
        l.below = labels.some((m) => m !== l && m.x < l.x && l.x - m.x < 1.6 && m.value > l.value && m.value - l.value < 3);
      }
      const ringed = points.map((o, i) => ({ o, x: px[i]! })).filter((d) => d.o.conflict_group);
      const tringed = targets.map((o, i) => ({ o, x: tx[i]! })).filter((d) => d.o.conflict_group);
      const chart = Plot.plot({
        width,
        height: places.length * 180 + 50,
        marginLeft: MARGIN.left,
        marginRight: MARGIN.right,
        ariaLabel: mt(bundle, lang, "prevalence.alt"),
        x: { domain: X_DOMAIN, label: t(lang, "metrics.prevalence.x"), ticks: d3.range(2006, 2031, 2), tickFormat: (d: number) => String(d) },
        y: { domain: [0, 40], label: t(lang, "metrics.prevalence.y"), grid: true, ticks: [0, 10, 20, 30, 40], tickFormat: (d: number) => formatNumber(lang, d) },
        fy: { domain: places, label: null, tickFormat: (g: string) => placeLabel(lang, g) },
        color: { domain: places, range: PLACE_COLORS },
        symbol: { domain: methods, range: methods.map((m) => METHOD_SYMBOL[m]) },
        opacity: { type: "identity" },
        marks: [
          Plot.dot([...ringed, ...tringed], { fy: (d) => d.o.geography, x: "x", y: (d) => d.o.value, r: 10, stroke: "currentColor", strokeWidth: 1.2, strokeDasharray: "2.5 2", fill: "none", pointerEvents: "none", ariaHidden: "true" }),
          Plot.dot(targets, {
            fy: "geography",
            x: tx,
            y: "value",
            r: 5,
            symbol: TARGET_SYMBOL,
            stroke: "currentColor",
            fill: "currentColor",
            strokeWidth: 1,
            ...sourcedMark(targets, lang, panel)
          }),
          Plot.text(labels.filter((d) => d.anchor === "start" && !d.below), { fy: "geography", x: "x", y: "value", text: "text", textAnchor: "start", dx: 12, dy: -6, fontSize: 10, ariaHidden: "true" }),
          Plot.text(labels.filter((d) => d.anchor === "start" && d.below), { fy: "geography", x: "x", y: "value", text: "text", textAnchor: "start", dx: 12, dy: 9, fontSize: 10, ariaHidden: "true" }),
          Plot.text(labels.filter((d) => d.anchor === "end"), { fy: "geography", x: "x", y: "value", text: "text", textAnchor: "end", dx: -12, fontSize: 10, ariaHidden: "true" }),
          Plot.dot(points, {
            fy: "geography",
            x: px,
            y: "value",
            r: 5,
            symbol: "method",
            stroke: "geography",
            fill: "geography",
            strokeWidth: 1.5,
            ...sourcedMark(points, lang, panel)
          })
        ]
      });
      return {
        chart,
        legends: [seriesLegend(lang, methods), confidenceLegend(lang, { conflict: true, target: true })],
        notes: [
          el("p", {}, mt(bundle, lang, "prevalence.methodNote")),
          el("p", {}, t(lang, "metrics.prevalence.placement")),
          targetList(lang, targets, panel),
          whaNote(lang, wha, panel)
        ]
      };
    }
  );
}
