/**
 * The document view's details of one coded segment: kind, codes, actors, stages, the source
 * text (shown as written, as in the reading text) and its English translation (or the "not yet
 * translated" badge while it is pending), its locator, and links to its dimension page and to
 * the evidence explorer. Every study text is inserted as text.
 */
import type { DocSegment, DocumentData, Label } from "../shared/model/document.js";
import { isUntranslated } from "../shared/model/vocab.js";
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { VALENCE_SYMBOL } from "../shared/palette.js";
import { sourceNodes, sourceRuns } from "./documentSource.js";
import type { Child } from "./dom.js";
import { el, explorerHref, locatorText, untranslatedBadge } from "./evidence.js";

export interface PanelOptions {
  lang: Lang;
  /** Relative path from the page to its language's root ("../" below documents/). */
  root: string;
}

function names(ids: readonly string[], labels: readonly Label[], lang: Lang): string {
  if (!ids.length) return "";
  return ids.map((id) => {
    const l = labels.find((x) => x.id === id);
    return l ? pick(lang, l, "label") : id;
  }).join(", ");
}

function entry(term: string, ...value: Child[]): HTMLElement {
  return el("div", {}, el("dt", {}, term), el("dd", {}, ...value));
}

/** The segment's source text, joined from the pieces it covers. */
export function segmentText(doc: DocumentData, seg: DocSegment): string {
  return doc.pieces.filter((p) => p.start >= seg.start && p.end <= seg.end).map((p) => p.text).join("");
}

/** The details of `seg` (a heading, a definition list, both texts, links). */
export function segmentPanel(doc: DocumentData, seg: DocSegment, { lang, root }: PanelOptions): HTMLElement {
  const dim = doc.dimensions.find((d) => d.id === seg.dimension);
  const none = t(lang, "document.none");
  const kind = t(lang, seg.kind === "finding" ? "document.finding" : "document.recommendation");
  const locator = { ...seg, source: doc.file, source_name: doc.name };
  return el(
    "div",
    { class: "doc-details" },
    el("h2", { id: "doc-panel-title", tabindex: -1 }, `${seg.id} · ${kind}`),
    el(
      "dl",
      {},
      entry(t(lang, "document.dimension"), dim ? pick(lang, dim, "name") : t(lang, "document.crossCutting")),
      seg.kind === "finding" ? entry(t(lang, "document.subcodes"), names(seg.subcodes, doc.subcodes, lang) || none) : null,
      seg.valence ? entry(t(lang, "document.valence"), `${VALENCE_SYMBOL[seg.valence] ?? ""} ${t(lang, `valence.${seg.valence}`)}`) : null,
      entry(t(lang, "document.actors"), names(seg.actors, doc.actors, lang) || none),
      seg.kind === "finding" ? entry(t(lang, "document.stages"), names(seg.stages, doc.stages, lang) || none) : null,
      seg.kind === "recommendation" ? entry(t(lang, "document.answers"), seg.answers.join(", ") || none) : null,
      entry(t(lang, "analyses.locator"), locatorText(locator, lang), el("br"), el("small", {}, `${t(lang, "analyses.chars")} ${seg.start}–${seg.end} · ${doc.file}`))
    ),
    el("p", { class: "quote-label" }, t(lang, "document.verbatim")),
    el("blockquote", { lang: "id", class: "doc-quote" }, sourceNodes(sourceRuns(segmentText(doc, seg), seg.start, doc))),
    el("p", { class: "quote-label" }, t(lang, "document.translation")),
    isUntranslated(seg.text_en) ? el("p", { class: "doc-quote" }, untranslatedBadge(lang)) : el("blockquote", { lang: "en", class: "doc-quote" }, seg.text_en),
    el(
      "p",
      { class: "doc-links" },
      dim ? el("a", { href: `${root}dimensions/${encodeURIComponent(dim.id)}` }, `${t(lang, "document.openDimension")}: ${pick(lang, dim, "name")}`) : null,
      dim ? " · " : null,
      seg.kind === "finding" ? el("a", { href: explorerHref(seg.id, root) }, t(lang, "document.openExplorer")) : null
    )
  );
}
