/**
 * A dimension's page body: the thesis's conclusion, strengths and gaps as quotations with
 * locators, the actors and stages its findings name, the recommendation that answers its
 * gaps, the linked public figures (optional, rendered by the metrics component), and
 * previous/next in codebook order.
 */
import { pick, t, tw, type Lang } from "../shared/i18n/index.js";
import { actorLabel } from "../shared/inferred.js";
import type { DimensionRef, DimensionView } from "../shared/model/views.js";
import { el, explorerHref, quoteBlock, quoteList, tf, type LinkOptions } from "./evidence.js";
import { ours, studySays } from "./voice.js";
import { VALENCE_SYMBOL } from "../shared/palette.js";

export interface DimensionOptions extends LinkOptions {
  /** How many dimensions the codebook has (for "dimension n of total"). */
  total?: number;
  /** The linked public figures, rendered (src/components/relatedMetrics.ts); optional. */
  related?: Node | null;
  /** Whether the study has public figures: without them the page has no related-figures block. */
  metrics?: boolean;
  /** Whether the study assesses its dimensions (assessments.csv has rows). */
  assessed?: boolean;
}

function section(title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  return el("section", { class: `card ${cls}` }, el("h2", {}, title), ...children);
}

/** A card in our voice: a derived part of the page, marked as ours with its method. */
function oursSection(lang: Lang, method: Parameters<typeof ours>[1], title: string, cls: string, ...children: (Node | null)[]): HTMLElement {
  return el("section", { class: `card ${cls}` }, el("h2", {}, title), ours(lang, method, ...children));
}

function idLinks(ids: readonly string[], root: string): (Node | string)[] {
  return ids.flatMap((id, i) => [i ? ", " : "", el("a", { href: explorerHref(id, root), "data-finding-link": id }, id)]);
}

/** The thesis's verdict and the finding that states it. */
export function verdictSection(view: DimensionView, { lang, root = "../", kind, assessed = true }: DimensionOptions): HTMLElement {
  const v = view.verdict;
  return section(
    tw(lang, "dimension.conclusion", kind),
    "dimension-verdict",
    studySays(
      lang,
      v
        ? el("p", { class: `verdict verdict-${v.rating}` }, tw(lang, "dimension.verdictLine", kind, { text: pick(lang, v, "rating_text") }))
        : el("p", { class: "empty", "data-empty": "verdict" }, assessed ? tw(lang, "dimension.noVerdict", kind) : t(lang, "dimension.notAssessed")),
      v?.finding ? el("div", {}, el("p", { class: "help" }, t(lang, "dimension.verdictSource")), quoteBlock(v.finding, { lang, root, valence: false })) : null
    )
  );
}

export function evidenceSection(view: DimensionView, { lang, root = "../", kind }: DimensionOptions): HTMLElement {
  // The study's sentences, grouped by our coding of each as a strength, a gap or a description.
  const method = { text: tw(lang, "dimension.evidenceMethod", kind) };
  return el(
    "div",
    { class: "grid grid-cols-2 dimension-evidence" },
    oursSection(lang, method, `${VALENCE_SYMBOL.strength} ${t(lang, "dimension.strengths")} (${view.strengths.length})`, "evidence-strengths", quoteList(view.strengths, { lang, root, empty: tw(lang, "dimension.noStrengths", kind) })),
    oursSection(lang, method, `${VALENCE_SYMBOL.gap} ${t(lang, "dimension.gaps")} (${view.gaps.length})`, "evidence-gaps", quoteList(view.gaps, { lang, root, empty: tw(lang, "dimension.noGaps", kind) })),
    view.neutral.length ? oursSection(lang, method, `${VALENCE_SYMBOL.neutral} ${t(lang, "dimension.neutral")} (${view.neutral.length})`, "evidence-neutral", quoteList(view.neutral, { lang, root })) : null
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
    oursSection(lang, "dimension.actorsMethod", t(lang, "dimension.actors"), "dimension-actors", actors),
    oursSection(lang, "dimension.actorsMethod", t(lang, "dimension.stages"), "dimension-stages", stages)
  );
}

/** The codebook's sub-codes of the dimension, each with what it captures (collapsed: the codebook, not the study's words). */
export function subcodeSection(view: DimensionView, { lang }: DimensionOptions): HTMLElement | null {
  if (!view.subcodes.length) return null;
  return el(
    "details",
    { class: "card dimension-subcodes" },
    el("summary", {}, t(lang, "dimension.subcodes")),
    el("dl", {}, view.subcodes.flatMap((s) => [el("dt", { "data-subcode": s.id }, pick(lang, s, "label")), pick(lang, s, "description") ? el("dd", {}, pick(lang, s, "description")) : null]))
  );
}

export function recommendationSection(view: DimensionView, { lang, root = "../", kind }: DimensionOptions): HTMLElement {
  if (!view.recommendations.length) return section(t(lang, "dimension.recommendation"), "dimension-recommendation", el("p", { class: "empty" }, tw(lang, "dimension.noRecommendation", kind)));
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
          studySays(lang, quoteBlock(r.quote, { lang, root, valence: false })),
          ours(
            lang,
            "recommendations.linksMethod",
            r.actors.length ? el("p", {}, el("strong", {}, `${t(lang, "dimension.whoActs")}: `), r.actors.map((a) => actorLabel(lang, a)).join(", ")) : null,
            el("details", {}, el("summary", {}, `${t(lang, "dimension.answers")}: ${r.answers.map((q) => q.id).join(", ")}`), quoteList(r.answers, { lang, root }))
          )
        )
      )
    )
  );
}

/**
 * The public figures linked to the dimension, as the metrics page's `relatedMetrics` renders them
 * (passed in as `related`); the named empty state "no linked metrics" when there is none.
 */
export function relatedSection(related: Node | null | undefined, { lang, metrics = true }: DimensionOptions): HTMLElement | null {
  if (!metrics) return null;
  if (related && related.childNodes.length) return el("div", { class: "dimension-related" }, related);
  return section(t(lang, "dimension.related"), "dimension-related", el("p", { class: "empty", "data-empty": "related" }, t(lang, "dimension.noRelated")));
}

/** Previous and next dimension in codebook order. */
export function dimensionPager(view: Pick<DimensionView, "previous" | "next">, { lang }: DimensionOptions): HTMLElement {
  const link = (d: DimensionRef | null, key: "dimension.previous" | "dimension.next", rel: string) =>
    d ? el("a", { href: `./${encodeURIComponent(d.id)}`, rel, "data-pager": rel }, tf(lang, key, { name: pick(lang, d, "name") })) : el("span", {});
  return el("nav", { class: "pager-nav", "aria-label": t(lang, "dimension.pager") }, link(view.previous, "dimension.previous", "prev"), link(view.next, "dimension.next", "next"));
}

/** The dimension's heading facts: position in the codebook, the thesis's own name, the framework heading's reference. */
export function dimensionHeader(view: DimensionView, { lang, total, kind }: DimensionOptions): HTMLElement {
  return el(
    "div",
    { class: "dimension-header" },
    el(
      "p",
      { class: "help" },
      total ? tf(lang, "dimension.position", { n: view.order, total }) : null,
      view.name_thesis_id ? [" · ", `${tw(lang, "dimension.thesisName", kind)}: `, el("em", { lang: "id" }, view.name_thesis_id)] : null,
      view.reference ? [" · ", `${t(lang, "dimension.heading")}: `, el("span", { lang: "en" }, view.name_en), ` (${(lang === "id" && view.reference_id) || view.reference})`] : null
    ),
    el("p", {}, pick(lang, view, "description")),
    view.note ? ours(lang, { text: tw(lang, "dimension.noteMethod", kind) }, el("p", { class: "dimension-note" }, pick(lang, view.note, "note"))) : null
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
    subcodeSection(view, options),
    recommendationSection(view, options),
    relatedSection(options.related, options),
    dimensionPager(view, options)
  );
}
