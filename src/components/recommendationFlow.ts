/**
 * The recommendations (saran): each in the study's voice — quoted with its locator, under the
 * lever the study names for it — then, marked as our analysis, who would act and its chains as a
 * three-column flow (context findings → gap → recommendation): which findings a saran answers is
 * our link, not the study's. A compact linked list of the chains serves as the text alternative
 * and as the one-line trace.
 */
import { pick, t } from "../shared/i18n/index.js";
import { actorLabel } from "../shared/inferred.js";
import type { RecommendationView } from "../shared/model/views.js";
import { el, explorerHref, quoteBlock, quoteList, type LinkOptions } from "./evidence.js";
import { ours, studySays } from "./voice.js";

/** The first words of a quotation (the full text stands at the top of the same card). */
export function shorten(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))} …`;
}

/** The chains as plain text lines: "F04, F05 → F06 → R1". */
export function chainLines(views: readonly RecommendationView[], noContext: string): string[] {
  return views.flatMap((r) => r.chains.map((c) => `${c.context.length ? c.context.map((q) => q.id).join(", ") : noContext} → ${c.gap.id} → ${r.quote.id}`));
}

function ids(list: readonly { id: string }[], root: string, empty: string): (Node | string)[] {
  if (!list.length) return [empty];
  return list.flatMap((q, i) => [i ? ", " : "", el("a", { href: explorerHref(q.id, root), "data-finding-link": q.id }, q.id)]);
}

/** The linked list of every chain, for reading the whole trace at once. */
export function chainList(views: readonly RecommendationView[], { lang, root = "./" }: LinkOptions): HTMLElement {
  return ours(lang, "recommendations.linksMethod", el(
    "section",
    { class: "chain-list", "aria-label": t(lang, "recommendations.chainsAlt") },
    el("h2", {}, t(lang, "recommendations.chainsTitle")),
    el("p", { class: "help" }, t(lang, "recommendations.chainsAlt")),
    el(
      "ol",
      {},
      views.flatMap((r) =>
        r.chains.map((c) =>
          el(
            "li",
            { "data-chain": `${c.gap.id}>${r.quote.id}` },
            ids(c.context, root, t(lang, "recommendations.noContext")),
            " → ",
            el("a", { href: explorerHref(c.gap.id, root), "data-finding-link": c.gap.id }, c.gap.id),
            " → ",
            el("a", { href: `#rec-${r.quote.id}` }, r.quote.id)
          )
        )
      )
    )
  ));
}

export interface FlowOptions extends LinkOptions {
  /** The study's note on how it coded who acts (prose/recommendations-note.<lang>.md), if any. */
  note?: string | null;
}

/** One recommendation's card: quotation, dimension, actors, and its chains as a three-column flow. */
export function recommendationCard(r: RecommendationView, { lang, root = "./", note }: FlowOptions): HTMLElement {
  const dimension = r.dimension
    ? el("a", { href: `${root}dimensions/${encodeURIComponent(r.dimension.id)}` }, pick(lang, r.dimension, "name"))
    : el("span", {}, "—");
  return el(
    "section",
    { class: "card recommendation", id: `rec-${r.quote.id}`, "data-rec": r.quote.id },
    el("h2", {}, `${r.quote.id} · `, r.dimension ? pick(lang, r.dimension, "name") : ""),
    studySays(lang, quoteBlock(r.quote, { lang, root, valence: false }), el("dl", { class: "rec-facts" }, el("dt", {}, t(lang, "recommendations.dimension")), el("dd", {}, dimension))),
    ours(
      lang,
      "recommendations.linksMethod",
      el("dl", { class: "rec-facts" }, el("dt", {}, t(lang, "recommendations.actors")), el("dd", {}, r.actors.map((a) => actorLabel(lang, a)).join(", ") || "—")),
    r.chains.length
      ? el(
          "div",
          { class: "chains" },
          el(
            "div",
            { class: "chain-head", "aria-hidden": "true" },
            el("span", {}, t(lang, "recommendations.context")),
            el("span", {}, ""),
            el("span", {}, t(lang, "recommendations.gaps")),
            el("span", {}, ""),
            el("span", {}, t(lang, "recommendations.recommendation"))
          ),
          r.chains.map((c) =>
            el(
              "div",
              { class: "chain-row", "data-chain-row": `${c.gap.id}>${r.quote.id}` },
              el(
                "div",
                { class: "chain-context" },
                c.context.length
                  ? el(
                      "details",
                      {},
                      el("summary", {}, `${t(lang, "recommendations.context")}: `, c.context.map((q) => q.id).join(", ")),
                      quoteList(c.context, { lang, root, compact: true })
                    )
                  : el("p", { class: "empty" }, t(lang, "recommendations.noContext")),
                c.gap.dimension ? null : el("p", { class: "help" }, t(lang, "recommendations.crossCutting"))
              ),
              el("div", { class: "arrow", "aria-hidden": "true" }, "→"),
              el("div", { class: "chain-gap" }, quoteBlock(c.gap, { lang, root, compact: true })),
              el("div", { class: "arrow", "aria-hidden": "true" }, "→"),
              el("div", { class: "chain-rec" }, el("p", {}, el("a", { href: `#rec-${r.quote.id}` }, el("strong", {}, r.quote.id)), " ", shorten(pick(lang, r.quote, "text"))))
            )
          )
        )
      : el("p", { class: "empty" }, t(lang, "recommendations.noChains")),
      note ? el("p", { class: "help" }, note) : null
    )
  );
}

export function recommendationFlow(views: readonly RecommendationView[], options: FlowOptions): HTMLElement {
  const { lang } = options;
  if (!views.length) {
    return el(
      "section",
      { class: "card recommendation-flow", "data-empty": "recommendations" },
      el("p", { class: "empty" }, t(lang, "recommendations.none")),
      el("p", {}, t(lang, "recommendations.howToAdd"), " ", el("code", {}, "docs/study-format.md"), " — ", t(lang, "recommendations.howToLink"), ".")
    );
  }
  return el("div", { class: "recommendation-flow" }, chainList(views, options), views.map((r) => recommendationCard(r, options)));
}
