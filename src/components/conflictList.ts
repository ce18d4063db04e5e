/**
 * Every conflict group, visible rather than resolved: its description and the disagreeing rows,
 * each with its value, source (publisher, date, link) and verbatim excerpt.
 */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { scrollingTable } from "./dataTable.js";
import { confidenceLabel, formatPeriod, formatValue, placeLabel, type Obs } from "./metricsFormat.js";
import { conflictAnchor, titleLink } from "./sourceNote.js";

function memberTable(lang: Lang, rows: readonly Obs[], caption: string): HTMLElement {
  const head = ["metrics.col.value", "metrics.col.place", "metrics.col.period", "metrics.col.survey", "metrics.col.confidence", "metrics.col.source", "metrics.source.excerpt", "metrics.col.id"] as const;
  return scrollingTable(
    el(
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
            el("th", { scope: "row", class: "num" }, formatValue(lang, o)),
            el("td", {}, placeLabel(lang, o.geography)),
            el("td", {}, formatPeriod(lang, o.period)),
            el("td", {}, o.survey),
            el("td", {}, confidenceLabel(lang, o.confidence)),
            el("td", {}, `${o.publisher}, ${formatPeriod(lang, o.date)}: `, titleLink(o, { lang })),
            el("td", {}, el("q", {}, o.excerpt)),
            el("td", {}, o.id)
          )
        )
      )
    ),
    caption
  );
}

export function conflictList(bundle: Pick<MetricsBundle, "observations" | "conflicts">, { lang }: { lang: Lang }): HTMLElement {
  const byId = new Map(bundle.observations.map((o) => [o.id, o]));
  return el(
    "div",
    { class: "metrics-conflicts", id: "conflicts" },
    el("p", {}, t(lang, "metrics.conflicts.intro")),
    bundle.conflicts.map((c) =>
      el(
        "section",
        { class: "metrics-conflict", id: conflictAnchor(c.id), "data-conflict": c.id },
        el("h3", {}, el("code", {}, c.id)),
        el("p", {}, pick(lang, c, "description")),
        memberTable(lang, c.observations.map((id) => byId.get(id)!).filter(Boolean), `${t(lang, "metrics.conflicts.values")}: ${c.id}`)
      )
    )
  );
}
