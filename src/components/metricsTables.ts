/** The page's closing tables: every observation (with a CSV download) and the rows left out. */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { scrollingTable } from "./dataTable.js";
import { conflictIndex, metricsFigure } from "./metricsFigure.js";

/** Each indicator with what it measures, in the page's language. */
export function indicatorList(bundle: Pick<MetricsBundle, "indicators">, { lang }: { lang: Lang }): HTMLElement {
  return el(
    "dl",
    { class: "metrics-indicators" },
    bundle.indicators.flatMap((i) => [el("dt", { "data-indicator": i.id }, pick(lang, i, "label")), el("dd", {}, pick(lang, i, "description"))])
  );
}

/** All observations in one downloadable table (including the indicators no chart draws). */
export function allObservations(bundle: Pick<MetricsBundle, "observations" | "conflicts">, { lang }: { lang: Lang }): HTMLElement {
  return metricsFigure(
    { lang, id: "metrics-all", title: t(lang, "metrics.all.title"), rows: bundle.observations, conflicts: conflictIndex(bundle.conflicts), indicatorColumn: true },
    () => ({ notes: [el("p", {}, t(lang, "metrics.all.intro"))] })
  );
}

/** The input rows left out, with their reasons in the page's language. */
export function droppedTable(bundle: Pick<MetricsBundle, "dropped">, { lang }: { lang: Lang }): HTMLElement {
  const head = ["metrics.dropped.line", "metrics.col.indicator", "metrics.col.place", "metrics.col.period", "metrics.col.value", "metrics.dropped.reason"] as const;
  return el(
    "div",
    { class: "metrics-dropped" },
    el("p", {}, t(lang, "metrics.dropped.intro")),
    scrollingTable(
      el(
        "table",
        { class: "metrics-table" },
        el("caption", {}, t(lang, "metrics.dropped.heading")),
        el("thead", {}, el("tr", {}, head.map((k) => el("th", { scope: "col" }, t(lang, k))))),
        el(
          "tbody",
          {},
          bundle.dropped.map((d) =>
            el(
              "tr",
              {},
              el("td", { class: "num" }, String(d.input_line)),
              el("td", {}, el("code", {}, d.indicator)),
              el("td", {}, d.geography),
              el("td", {}, d.year),
              el("td", { class: "num" }, d.value),
              el("td", {}, lang === "id" ? d.reason_id : d.reason)
            )
          )
        )
      ),
      t(lang, "metrics.dropped.heading")
    )
  );
}
