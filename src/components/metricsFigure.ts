/**
 * The frame every metrics chart shares: title and subtitle, legends, the chart, notes, the
 * source panel its marks open, a CSV download of its rows and the table alternative.
 */
import type { RenderFunction } from "@observablehq/plot";
import { ours } from "./voice.js";
import * as d3 from "d3";
import { t, type Lang } from "../shared/i18n/index.js";
import { tableAlternative } from "./dataTable.js";
import { downloadCsv } from "./downloadCsv.js";
import { el } from "./dom.js";
import { CONFIDENCE_FILL, methodLabel, metricsCount, tooltipText, type MetricConflict, type Obs } from "./metricsFormat.js";
import { bindMark, sourcePanel, type SourcePanel } from "./sourceNote.js";

const SVG = "http://www.w3.org/2000/svg";

/** A target: a short horizontal bar (a filled shape, so it can be clicked like any mark). */
export const TARGET_SYMBOL: d3.SymbolType = {
  draw(context, size) {
    const w = Math.sqrt(size) * 2;
    context.rect(-w / 2, -2, w, 4);
  }
};

/** One symbol per source series; targets are short bars. */
export const METHOD_SYMBOL: Record<Obs["method"], d3.SymbolType> = {
  riskesdas: d3.symbolCircle,
  psg: d3.symbolSquare,
  ssgbi: d3.symbolDiamond,
  ssgi: d3.symbolTriangle,
  ski: d3.symbolStar,
  administrative: d3.symbolWye,
  target: TARGET_SYMBOL,
  programme: d3.symbolCircle
};

/** Area of a mark's symbol in px² (Plot's `r` 5). */
export const SYMBOL_SIZE = Math.PI * 25;

function swatch(draw: (svg: SVGSVGElement) => void): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "16");
  svg.setAttribute("viewBox", "-11 -8 22 16");
  svg.setAttribute("aria-hidden", "true");
  draw(svg);
  return svg;
}

function shape(svg: SVGSVGElement, symbol: d3.SymbolType, { fillOpacity = 1, color = "currentColor", dash = "" } = {}): void {
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d3.symbol(symbol, SYMBOL_SIZE)() ?? "");
  path.setAttribute("fill", color);
  path.setAttribute("fill-opacity", String(fillOpacity));
  path.setAttribute("stroke", color);
  path.setAttribute("stroke-width", "1.5");
  if (dash) path.setAttribute("stroke-dasharray", dash);
  svg.append(path);
}

/** Confidence (filled / half / hollow), and optionally the conflict ring and the target line. */
export function confidenceLegend(lang: Lang, { conflict = true, target = false } = {}): HTMLElement {
  const items: HTMLElement[] = (["high", "medium", "low"] as const).map((c) =>
    el("span", {}, swatch((svg) => shape(svg, d3.symbolCircle, { fillOpacity: CONFIDENCE_FILL[c] })), t(lang, `metrics.legend.${c}`))
  );
  if (conflict) {
    items.push(
      el(
        "span",
        {},
        swatch((svg) => {
          const ring = document.createElementNS(SVG, "circle");
          for (const [k, v] of Object.entries({ r: "7", fill: "none", stroke: "currentColor", "stroke-width": "1.5", "stroke-dasharray": "2.5 2" })) ring.setAttribute(k, v);
          svg.append(ring);
        }),
        t(lang, "metrics.legend.conflict")
      )
    );
  }
  if (target) {
    items.push(
      el(
        "span",
        {},
        swatch((svg) => shape(svg, TARGET_SYMBOL, { dash: "" })),
        t(lang, "metrics.legend.target")
      )
    );
  }
  return el("div", { class: "metrics-legend" }, el("strong", {}, t(lang, "metrics.legend.confidence")), items);
}

/** The symbol of each source series used. */
export function seriesLegend(lang: Lang, methods: readonly Obs["method"][]): HTMLElement {
  return el(
    "div",
    { class: "metrics-legend" },
    el("strong", {}, t(lang, "metrics.legend.series")),
    methods.map((m) => el("span", {}, swatch((svg) => shape(svg, METHOD_SYMBOL[m])), methodLabel(lang, m)))
  );
}

export interface FigureOptions {
  lang: Lang;
  /** The figure's element id (also the CSV's file name stem). */
  id: string;
  title: string;
  subtitle?: string;
  /** Every row the figure shows: downloaded as CSV and listed in the table. */
  rows: readonly Obs[];
  conflicts: ReadonlyMap<string, MetricConflict>;
  /** Adds an indicator column to the table. */
  indicatorColumn?: boolean;
}

export interface FigureBody {
  chart?: Node;
  legends?: Node[];
  notes?: Node[];
}

/** Builds the figure; `body` draws the chart with the panel its marks must open. */
export function metricsFigure(options: FigureOptions, body: (panel: SourcePanel) => FigureBody): HTMLElement {
  const { lang, id, title, subtitle, rows, conflicts } = options;
  const panel = sourcePanel({ lang, conflicts, label: title });
  const { chart, legends = [], notes = [] } = body(panel);
  // Public figures are not the study's: we collected and drew them, so each figure is marked as ours.
  return ours(lang, "metrics.oursMethod", el(
    "figure",
    { class: "metrics-figure", id, "data-chart": id },
    el("h3", {}, title),
    subtitle ? el("p", { class: "metrics-subtitle" }, subtitle) : null,
    legends,
    chart ?? null,
    notes.length ? el("div", { class: "metrics-notes" }, notes) : null,
    panel.element,
    el("div", { class: "metrics-actions" }, download(rows, lang, `${id}.csv`)),
    tableAlternative(rows, { lang, caption: title, indicator: options.indicatorColumn ?? false })
  ));
}

/**
 * The figure's CSV download, its row count in words ("1 row", "12 rows"): downloadCsv writes
 * the link and the file; the figure words its label with the plural rules.
 */
function download(rows: readonly Obs[], lang: Lang, filename: string): HTMLAnchorElement {
  const link = downloadCsv(rows, { lang, filename });
  link.textContent = `${t(lang, "metrics.download")} (${metricsCount(lang, "rows", rows.length)}, ${filename})`;
  return link;
}

/** The conflict groups by id, for the panels' links. */
export function conflictIndex(conflicts: readonly MetricConflict[]): Map<string, MetricConflict> {
  return new Map(conflicts.map((c) => [c.id, c]));
}

/**
 * What every mark of a metrics chart carries: its fill shows the observation's confidence, its
 * tooltip names the source, and clicking it (or Enter) opens the source panel. Spread into a dot mark.
 */
export function sourcedMark(rows: readonly Obs[], lang: Lang, panel: SourcePanel): { fillOpacity: number[]; title: string[]; render: RenderFunction } {
  return {
    fillOpacity: rows.map((o) => CONFIDENCE_FILL[o.confidence]),
    title: rows.map((o) => tooltipText(lang, o)),
    render: bindRows(rows, lang, panel)
  };
}

/**
 * A Plot render transform that makes each element the mark draws a button opening the source
 * of its row: Plot draws one element per index entry, in index order (index values point into
 * `data`, also within a facet).
 */
export function bindRows(data: readonly Obs[], lang: Lang, panel: SourcePanel): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (g) {
      const marks = [...g.children].filter((c) => c.tagName.toLowerCase() !== "title");
      marks.forEach((mark, k) => {
        const i = index[k];
        if (i !== undefined && data[i]) bindMark(mark, data[i], { lang, panel });
      });
    }
    return g;
  };
}
