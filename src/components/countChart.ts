/**
 * Surabaya's administrative count of stunted children, 2018–2024, monthly where a source dates
 * it: a separate chart on its own (log) axis, so it is never read as survey prevalence.
 */
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { formatNumber, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { mt } from "../shared/metricsText.js";
import { sourcedMark, confidenceLegend, conflictIndex, metricsFigure } from "./metricsFigure.js";
import { periodPosition, sideBySide, type Obs } from "./metricsFormat.js";

export const COUNT_X: [number, number] = [2018, 2025];
const COLOR = "#009E73";
const SVG = "http://www.w3.org/2000/svg";

/** The place with administrative counts of stunted children (the one with most of them, if the data has several). */
export function countPlace(observations: readonly Obs[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of observations) if (o.indicator === "stunted-children-count" && o.method === "administrative") counts.set(o.geography, (counts.get(o.geography) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** That place's administrative counts of stunted children, in data order. */
export function countRows(observations: readonly Obs[]): Obs[] {
  const place = countPlace(observations);
  return observations.filter((o) => o.indicator === "stunted-children-count" && o.geography === place && o.method === "administrative");
}

/** Whether the source dates the count to a month (else it carries a year label only). */
export const isDated = (o: Obs): boolean => o.period.length > 4;

function shapeLegend(lang: Lang): HTMLElement {
  const item = (symbol: d3.SymbolType, label: string) => {
    const svg = document.createElementNS(SVG, "svg");
    for (const [k, v] of Object.entries({ width: "22", height: "16", viewBox: "-11 -8 22 16", "aria-hidden": "true" })) svg.setAttribute(k, v);
    const path = document.createElementNS(SVG, "path");
    for (const [k, v] of Object.entries({ d: d3.symbol(symbol, Math.PI * 25)() ?? "", fill: COLOR, stroke: COLOR })) path.setAttribute(k, v);
    svg.append(path);
    return el("span", {}, svg, label);
  };
  return el("div", { class: "metrics-legend" }, item(d3.symbolCircle, t(lang, "metrics.count.dated")), item(d3.symbolSquare, t(lang, "metrics.count.yearly")));
}

export function countChart(bundle: Pick<MetricsBundle, "observations" | "conflicts" | "text">, { lang, width = 760 }: { lang: Lang; width?: number }): HTMLElement {
  const rows = countRows(bundle.observations);
  const conflicts = conflictIndex(bundle.conflicts);
  return metricsFigure(
    { lang, id: "metrics-count", title: mt(bundle, lang, "count.title"), subtitle: mt(bundle, lang, "count.subtitle"), rows, conflicts },
    (panel) => {
      // Counts for the same period are set apart by a few pixels so each can be pointed at.
      const perYear = (width - 60 - 20) / (COUNT_X[1] - COUNT_X[0]);
      const shift = sideBySide(rows, (o) => o.period, 12 / perYear, (o) => o.value);
      const x = rows.map((o, i) => periodPosition(o.period) + shift[i]!);
      const ringed = rows.map((o, i) => ({ o, x: x[i]! })).filter((d) => d.o.conflict_group);
      const chart = Plot.plot({
        width,
        height: 380,
        marginLeft: 60,
        marginRight: 20,
        ariaLabel: mt(bundle, lang, "count.alt"),
        x: { domain: COUNT_X, label: t(lang, "metrics.count.x"), ticks: d3.range(COUNT_X[0], COUNT_X[1] + 1), tickFormat: (d: number) => String(d) },
        y: { type: "log", domain: [150, 20000], label: t(lang, "metrics.count.y"), grid: true, ticks: [200, 500, 1000, 2000, 5000, 10000, 20000], tickFormat: (d: number) => formatNumber(lang, d) },
        opacity: { type: "identity" },
        marks: [
          Plot.dot(ringed, { x: "x", y: (d) => d.o.value, r: 9, stroke: "currentColor", strokeWidth: 1.2, strokeDasharray: "2.5 2", fill: "none", pointerEvents: "none", ariaHidden: "true" }),
          Plot.dot(rows, {
            x,
            y: "value",
            r: 4.5,
            symbol: rows.map((o) => (isDated(o) ? d3.symbolCircle : d3.symbolSquare)),
            stroke: COLOR,
            fill: COLOR,
            strokeWidth: 1.5,
            ...sourcedMark(rows, lang, panel)
          })
        ]
      });
      return { chart, legends: [shapeLegend(lang), confidenceLegend(lang, { conflict: true })], notes: [el("p", {}, mt(bundle, lang, "count.note"))] };
    }
  );
}
