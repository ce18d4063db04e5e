/**
 * The plain-table alternative of a chart: every row it draws, with place, period, value,
 * survey, kind, confidence, conflict and source (publisher, date, link), inside a <details>.
 */
import { t, type Lang } from "../shared/i18n/index.js";
import { el } from "./dom.js";
import { confidenceLabel, formatPeriod, formatValue, indicatorLabel, methodLabel, placeLabel, type Obs } from "./metricsFormat.js";
import { conflictAnchor, titleLink } from "./sourceNote.js";

export interface DataTableOptions {
  lang: Lang;
  /** What the table holds (its <caption> and the summary's text). */
  caption: string;
  /** Adds the indicator column (for tables that mix indicators). */
  indicator?: boolean;
  /** Open the <details> at first. */
  open?: boolean;
}

/** A table of the rows; each <tr> carries `data-id` = the observation id. */
export function dataTable(rows: readonly Obs[], { lang, caption, indicator = false }: Omit<DataTableOptions, "open">): HTMLTableElement {
  const head = [
    "metrics.col.place",
    "metrics.col.period",
    ...(indicator ? (["metrics.col.indicator"] as const) : []),
    "metrics.col.value",
    "metrics.col.survey",
    "metrics.col.method",
    "metrics.col.confidence",
    "metrics.col.conflict",
    "metrics.col.source",
    "metrics.col.id"
  ] as const;
  return el(
    "table",
    { class: "metrics-table" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, head.map((k) => el("th", { scope: "col" }, t(lang, k))))),
    el(
      "tbody",
      {},
      rows.map((o) =>
        el(
          "tr",
          { "data-id": o.id },
          el("th", { scope: "row" }, placeLabel(lang, o.geography)),
          el("td", {}, formatPeriod(lang, o.period)),
          indicator ? el("td", {}, indicatorLabel(lang, o)) : null,
          el("td", { class: "num" }, formatValue(lang, o)),
          el("td", {}, o.survey),
          el("td", {}, methodLabel(lang, o.method)),
          el("td", {}, confidenceLabel(lang, o.confidence)),
          el("td", {}, o.conflict_group ? el("a", { href: `#${conflictAnchor(o.conflict_group)}` }, o.conflict_group) : ""),
          el("td", {}, `${o.publisher}, ${formatPeriod(lang, o.date)}: `, titleLink(o, { lang })),
          el("td", {}, o.id)
        )
      )
    )
  );
}

/**
 * A table in a box that scrolls sideways on a narrow screen; the box takes the keyboard's focus
 * (and is named by the table's caption), so the columns out of sight can be reached without a mouse.
 */
export function scrollingTable(table: HTMLElement, label: string): HTMLElement {
  return el("div", { class: "metrics-table-wrap", tabindex: 0, role: "region", "aria-label": label }, table);
}

/** The table inside a <details> whose summary says what it is. */
export function tableAlternative(rows: readonly Obs[], options: DataTableOptions): HTMLDetailsElement {
  return el(
    "details",
    { class: "metrics-table-details", open: options.open ?? false },
    el("summary", {}, `${t(options.lang, "metrics.table")}: ${options.caption}`),
    scrollingTable(dataTable(rows, options), options.caption)
  );
}
