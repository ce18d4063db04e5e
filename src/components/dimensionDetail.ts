/**
 * A dimension's page body: the thesis's conclusion, strengths and gaps as quotations with
 * locators, the actors and stages its findings name, the recommendation that answers its
 * gaps, linked public figures (optional), and previous/next in codebook order.
 */
import { formatNumber, pick, t, type DictKey, type Lang } from "../i18n/index.js";
import type { DimensionRef, DimensionView } from "../../loaders/study/views.js";
import type { RelatedMetric } from "../../loaders/study/related.js";
import { el, explorerHref, quoteBlock, quoteList, tf, VALENCE_SYMBOL, type LinkOptions } from "./evidence.js";

export interface DimensionOptions extends LinkOptions {
  /** How many dimensions the codebook has (for "dimension n of total"). */
  total?: number;
}

function section(title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  return el("section", { class: `card ${cls}` }, el("h2", {}, title), ...children);
}

function idLinks(ids: readonly string[], root: string): (Node | string)[] {
  return ids.flatMap((id, i) => [i ? ", " : "", el("a", { href: explorerHref(id, root), "data-finding-link": id }, id)]);
}

/** The thesis's verdict and the finding that states it. */
export function verdictSection(view: DimensionView, { lang, root = "../" }: DimensionOptions): HTMLElement {
  const v = view.verdict;
  return section(
    t(lang, "dimension.conclusion"),
    "dimension-verdict",
    v
      ? el("p", { class: `verdict verdict-${v.rating}` }, tf(lang, "dimension.verdictLine", { text: pick(lang, v, "rating_text"), rating: t(lang, `rating.${v.rating}`) }))
      : el("p", { class: "empty" }, t(lang, "dimension.noVerdict")),
    v?.finding ? el("div", {}, el("p", { class: "help" }, t(lang, "dimension.verdictSource")), quoteBlock(v.finding, { lang, root })) : null
  );
}

export function evidenceSection(view: DimensionView, { lang, root = "../" }: DimensionOptions): HTMLElement {
  return el(
    "div",
    { class: "grid grid-cols-2 dimension-evidence" },
    section(`${VALENCE_SYMBOL.strength} ${t(lang, "dimension.strengths")} (${view.strengths.length})`, "evidence-strengths", quoteList(view.strengths, { lang, root, empty: t(lang, "dimension.noStrengths") })),
    section(`${VALENCE_SYMBOL.gap} ${t(lang, "dimension.gaps")} (${view.gaps.length})`, "evidence-gaps", quoteList(view.gaps, { lang, root, empty: t(lang, "dimension.noGaps") })),
    view.neutral.length ? section(`${VALENCE_SYMBOL.neutral} ${t(lang, "dimension.neutral")} (${view.neutral.length})`, "evidence-neutral", quoteList(view.neutral, { lang, root })) : null
  );
}

/** Actors named by the dimension's findings, and every codebook stage marked touched or not. */
export function actorsAndStages(view: DimensionView, { lang, root = "../" }: DimensionOptions): HTMLElement {
  const actors = view.actors.length
    ? el("ul", { class: "actor-list" }, view.actors.map((a) => el("li", { "data-actor": a.id }, el("strong", {}, pick(lang, a, "label")), " — ", idLinks(a.findings, root))))
    : el("p", { class: "empty" }, t(lang, "dimension.noActors"));
  const stages = el(
    "ul",
    { class: "stage-touch" },
    view.stages.map((s) =>
      el(
        "li",
        { "data-stage": s.id, "data-touched": s.findings.length ? "yes" : "no" },
        s.findings.length ? "● " : "○ ",
        el("strong", {}, pick(lang, s, "label")),
        " — ",
        s.findings.length ? idLinks(s.findings, root) : el("span", { class: "empty" }, t(lang, "dimension.notTouched"))
      )
    )
  );
  return el(
    "div",
    { class: "grid grid-cols-2" },
    section(t(lang, "dimension.actors"), "dimension-actors", actors),
    section(t(lang, "dimension.stages"), "dimension-stages", stages)
  );
}

export function recommendationSection(view: DimensionView, { lang, root = "../" }: DimensionOptions): HTMLElement {
  if (!view.recommendations.length) return section(t(lang, "dimension.recommendation"), "dimension-recommendation", el("p", { class: "empty" }, t(lang, "dimension.noRecommendation")));
  return section(
    t(lang, "dimension.recommendation"),
    "dimension-recommendation",
    el(
      "div",
      {},
      view.recommendations.map((r) =>
        el(
          "div",
          { class: "answering" },
          quoteBlock(r.quote, { lang, root }),
          r.actors.length ? el("p", {}, el("strong", {}, `${t(lang, "dimension.whoActs")}: `), r.actors.map((a) => pick(lang, a, "label")).join(", ")) : null,
          el("details", {}, el("summary", {}, `${t(lang, "dimension.answers")}: ${r.answers.map((q) => q.id).join(", ")}`), quoteList(r.answers, { lang, root }))
        )
      )
    )
  );
}

function unitLabel(lang: Lang, unit: string): string {
  const key = `dimension.unit.${unit}` as DictKey;
  try {
    return t(lang, key);
  } catch {
    return unit;
  }
}

function confidenceLabel(lang: Lang, c: string): string {
  return c === "high" || c === "medium" || c === "low" ? t(lang, `dimension.confidence.${c}`) : c;
}

/** Public figures linked to the dimension, each observation with its source; "no linked metrics" when none. */
export function relatedMetrics(related: readonly RelatedMetric[] | undefined, { lang }: DimensionOptions): HTMLElement {
  const list = related ?? [];
  if (!list.length) return section(t(lang, "dimension.related"), "dimension-related", el("p", { class: "empty", "data-empty": "related" }, t(lang, "dimension.noRelated")));
  return section(
    t(lang, "dimension.related"),
    "dimension-related",
    el("p", { class: "help" }, t(lang, "dimension.relatedNote")),
    el(
      "div",
      {},
      list.map((m) =>
        el(
          "div",
          { class: "related-metric", "data-indicator": m.indicator },
          el("h3", {}, pick(lang, m, "label")),
          el("p", {}, pick(lang, m, "note")),
          el(
            "details",
            {},
            el("summary", {}, tf(lang, "dimension.observationsN", { n: m.observations.length })),
            el(
              "table",
              {},
              el(
                "thead",
                {},
                el(
                  "tr",
                  {},
                  (["dimension.period", "dimension.geography", "dimension.value", "dimension.source", "dimension.confidence"] as const).map((k) => el("th", { scope: "col" }, t(lang, k)))
                )
              ),
              el(
                "tbody",
                {},
                m.observations.map((o) =>
                  el(
                    "tr",
                    { "data-observation": o.id },
                    el("td", {}, o.period),
                    el("td", {}, o.geography.split(";").join(", ")),
                    el("td", { style: "text-align:right" }, `${formatNumber(lang, o.value)} ${unitLabel(lang, o.unit)}`),
                    el(
                      "td",
                      {},
                      `${o.source.id}: `,
                      o.source.url ? el("a", { href: o.source.url, rel: "noopener", target: "_blank" }, o.source.publisher) : o.source.publisher,
                      o.source.date ? ` (${o.source.date})` : ""
                    ),
                    el("td", {}, confidenceLabel(lang, o.confidence))
                  )
                )
              )
            )
          )
        )
      )
    )
  );
}

/** Previous and next dimension in codebook order. */
export function dimensionPager(view: Pick<DimensionView, "previous" | "next">, { lang }: DimensionOptions): HTMLElement {
  const link = (d: DimensionRef | null, key: "dimension.previous" | "dimension.next", rel: string) =>
    d ? el("a", { href: `./${encodeURIComponent(d.id)}`, rel, "data-pager": rel }, tf(lang, key, { name: pick(lang, d, "name") })) : el("span", {});
  return el("nav", { class: "pager-nav", "aria-label": t(lang, "dimension.pager") }, link(view.previous, "dimension.previous", "prev"), link(view.next, "dimension.next", "next"));
}

/** The dimension's heading facts: position in the codebook, the thesis's own name, the framework heading's reference. */
export function dimensionHeader(view: DimensionView, { lang, total }: DimensionOptions): HTMLElement {
  return el(
    "div",
    { class: "dimension-header" },
    el(
      "p",
      { class: "help" },
      total ? tf(lang, "dimension.position", { n: view.order, total }) : null,
      view.name_thesis_id ? [" · ", `${t(lang, "dimension.thesisName")}: `, el("em", { lang: "id" }, view.name_thesis_id)] : null,
      view.reference ? [" · ", `${t(lang, "dimension.heading")}: ${view.name_en} (${view.reference})`] : null
    ),
    el("p", {}, pick(lang, view, "description"))
  );
}

/** The whole page body in reading order. */
export function dimensionDetail(view: DimensionView, options: DimensionOptions): HTMLElement {
  return el(
    "div",
    { class: "dimension-detail", "data-dimension-page": view.id },
    dimensionHeader(view, options),
    verdictSection(view, options),
    evidenceSection(view, options),
    actorsAndStages(view, options),
    recommendationSection(view, options),
    relatedMetrics(view.related, options),
    dimensionPager(view, options)
  );
}
