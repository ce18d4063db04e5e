/**
 * "Related public figures" for a dimension page: the indicators dimension-links.csv ties to the
 * dimension (from metrics.json's `related` index), each with the link's note (what the figure is
 * context for, and what it is not) and its figures, every figure with its source and its own caveat,
 * all in the page's language. Returns an empty fragment when nothing is linked.
 */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import type { MetricsBundle } from "../shared/model/metrics.js";
import { el } from "./dom.js";
import { mt } from "../shared/metricsText.js";
import { formatPeriod, formatValue, placeLabel } from "./metricsFormat.js";
import { observationNote, titleLink } from "./sourceNote.js";

export interface RelatedOptions {
  lang: Lang;
  /** Link to the metrics page (e.g. "../metrics"), shown under the list. */
  metricsHref?: string;
}

export function relatedMetrics(bundle: Pick<MetricsBundle, "observations" | "indicators" | "related" | "text">, dimension: string, { lang, metricsHref }: RelatedOptions): Node {
  const related = bundle.related[dimension] ?? [];
  if (!related.length) return document.createDocumentFragment();
  const indicator = new Map(bundle.indicators.map((i) => [i.id, i]));
  const observation = new Map(bundle.observations.map((o) => [o.id, o]));
  return el(
    "section",
    { class: "metrics-related", "data-dimension": dimension },
    el("h2", {}, t(lang, "metrics.related.heading")),
    el("p", {}, mt(bundle, lang, "related.note")),
    related.map((r) => {
      const i = indicator.get(r.indicator);
      return el(
        "div",
        { class: "metrics-related-indicator", "data-indicator": r.indicator },
        el("h3", {}, i ? pick(lang, i, "label") : r.indicator),
        el("p", {}, pick(lang, r, "note")),
        el(
          "ul",
          { class: "metrics-facts" },
          r.observations
            .map((id) => observation.get(id))
            .filter((o) => o !== undefined)
            .map((o) =>
              el(
                "li",
                { "data-id": o.id },
                `${formatValue(lang, o)} · ${placeLabel(lang, o.geography)} · ${formatPeriod(lang, o.period)} — ${o.publisher}, ${formatPeriod(lang, o.date)}: `,
                titleLink(o, { lang }),
                // The figure's own caveat (e.g. "planned; payment not verified") travels with it.
                observationNote(o, { lang })
              )
            )
        )
      );
    }),
    metricsHref ? el("p", {}, el("a", { href: metricsHref }, t(lang, "metrics.related.more"))) : null
  );
}
