/**
 * The document view (as in QDA tools): a source text whole, shown as written (documentSource.ts:
 * emphasis in italics, a line break inside a sentence as a space, every character kept), each
 * coded segment highlighted (colour by dimension or by valence, with a number or symbol and an
 * underline style as the cues besides colour), a margin of code stripes on the left edge
 * (overlapping segments side by side), excluded sentences with their reasons in the page's
 * language, and a details panel for the selected segment.
 * Each segment begins with a tag button whose id is the segment's id (`#F12`). Controls (colour,
 * filters, search, translations) are in documentControls.ts, the details in documentPanel.ts.
 */
import type { DocExcluded, DocSegment, DocumentData } from "../shared/model/document.js";
import { isUntranslated } from "../shared/model/vocab.js";
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { RECOMMENDATION_COLOR, VALENCE_COLOR, VALENCE_SYMBOL, dimensionColor } from "../shared/palette.js";
import { documentControls } from "./documentControls.js";
import { segmentPanel } from "./documentPanel.js";
import { sourceNodes, sourceRuns } from "./documentSource.js";
import { el, untranslatedBadge } from "./evidence.js";

export interface DocumentViewOptions {
  lang: Lang;
  /** Relative path from the page to its language's root ("../" below documents/). */
  root: string;
}

/** The segment's colours in both modes and its cues. */
export function segmentStyle(doc: DocumentData, seg: DocSegment): { dim: string; val: string; number: string; symbol: string } {
  const index = doc.dimensions.findIndex((d) => d.id === seg.dimension);
  return {
    dim: dimensionColor(index),
    val: seg.kind === "recommendation" ? RECOMMENDATION_COLOR : VALENCE_COLOR[seg.valence ?? "neutral"]!,
    number: index < 0 ? "∗" : String(doc.dimensions[index]!.order),
    symbol: seg.kind === "recommendation" ? "▸" : VALENCE_SYMBOL[seg.valence ?? "neutral"]!
  };
}

function tagLabel(doc: DocumentData, seg: DocSegment, lang: Lang): string {
  const dim = doc.dimensions.find((d) => d.id === seg.dimension);
  const kind = seg.kind === "finding" && seg.valence ? t(lang, `valence.${seg.valence}`) : t(lang, "document.recommendation");
  return `${kind}, ${dim ? pick(lang, dim, "name") : t(lang, "document.crossCutting")}`;
}

function tag(doc: DocumentData, seg: DocSegment, lang: Lang): HTMLButtonElement {
  const st = segmentStyle(doc, seg);
  return el(
    "button",
    {
      type: "button",
      class: "doc-tag",
      id: seg.id,
      "data-seg": seg.id,
      "data-kind": seg.kind,
      "aria-expanded": "false",
      "aria-controls": "doc-panel",
      style: `--dim-c:${st.dim};--val-c:${st.val}`
    },
    seg.id,
    " ",
    // The cue of the current colour mode is shown (and read); the other is display: none.
    el("span", { class: "cue-dim" }, st.number),
    el("span", { class: "cue-val" }, st.symbol),
    el("span", { class: "sr-only" }, `: ${tagLabel(doc, seg, lang)}`)
  );
}

/**
 * Why a sentence is not coded, in the page's language; where the study wrote the reason in the
 * other language only, that one, marked with its language and the "not yet translated" badge.
 */
export function excludedNote(x: DocExcluded, lang: Lang): HTMLElement {
  const other: Lang = lang === "id" ? "en" : "id";
  const own = pick(lang, x, "reason");
  const reason = own ? own : [el("span", { lang: other }, pick(other, x, "reason")), " ", untranslatedBadge(lang)];
  return el("span", { class: "doc-excluded-note", lang }, ` [${t(lang, "document.excluded")}: `, reason, "]");
}

/** A segment's English translation in the text; a pending one (the importer's marker) is only named as such. */
function translation(seg: DocSegment, lang: Lang): HTMLElement {
  const pending = isUntranslated(seg.text_en);
  const attrs = { class: "doc-translation", lang: pending ? lang : "en", "data-for": seg.id, hidden: true };
  return el("span", attrs, ` [${seg.id}: `, pending ? untranslatedBadge(lang) : seg.text_en, "]");
}

/** The reading text: pieces, each segment's tag at its start, excluded notes and translations at their ends. */
function readingText(doc: DocumentData, lang: Lang): HTMLElement {
  const byId = new Map(doc.segments.map((s) => [s.id, s]));
  const excluded = new Map(doc.excluded.map((x) => [x.id, x]));
  const second = new Set(doc.coders.flatMap((c) => c.segments.map((s) => s.id)));
  const root = el("div", { class: "doc-text", lang: "id" });
  for (const piece of doc.pieces) {
    for (const seg of doc.segments) if (seg.start === piece.start) root.append(tag(doc, seg, lang));
    const coded = piece.layers.flatMap((id) => byId.get(id) ?? []);
    const inner = coded.at(-1);
    const attrs: Record<string, string> = { class: "doc-piece", "data-start": String(piece.start), "data-end": String(piece.end) };
    if (coded.length) {
      const st = segmentStyle(doc, inner!);
      attrs.class += ` seg depth-${Math.min(coded.length, 3)}`;
      attrs["data-segs"] = coded.map((s) => s.id).join(" ");
      attrs["data-valence"] = inner!.kind === "recommendation" ? "recommendation" : (inner!.valence ?? "neutral");
      attrs.style = `--dim-c:${st.dim};--val-c:${st.val}`;
    }
    if (piece.layers.some((id) => excluded.has(id))) attrs.class += " excl";
    const others = piece.layers.filter((id) => second.has(id));
    if (others.length) attrs["data-coder"] = others.join(" ");
    // The file's characters, shown as written: emphasis in italics, a break inside a sentence as a space.
    root.append(el("span", attrs, sourceNodes(sourceRuns(piece.text, piece.start, doc))));
    for (const id of piece.layers) {
      const x = excluded.get(id);
      if (x && x.end === piece.end) root.append(excludedNote(x, lang));
    }
    for (const seg of doc.segments) {
      if (seg.end === piece.end) root.append(translation(seg, lang));
    }
  }
  return root;
}

/** Stripe lanes in all: the study's own, then a gap and the lanes of each second coder. */
export function totalLanes(doc: DocumentData): number {
  return doc.lanes + doc.coders.reduce((n, c) => n + 1 + c.lanes, 0);
}

/** The vertical extent of the pieces carrying layer `id` in `attr`, relative to the reading box. */
function extent(reading: HTMLElement, box: DOMRect, attr: "segs" | "coder", id: string): { top: number; height: number } | undefined {
  const rects = [...reading.querySelectorAll<HTMLElement>(`.doc-piece[data-${attr}]`)]
    .filter((p) => p.dataset[attr]!.split(" ").includes(id))
    .flatMap((p) => [...p.getClientRects()]);
  if (!rects.length) return undefined;
  const top = Math.min(...rects.map((r) => r.top)) - box.top;
  return { top, height: Math.max(2, Math.max(...rects.map((r) => r.bottom)) - box.top - top) };
}

/** Draws the margin stripes from the laid-out pieces (called again whenever the text reflows). */
function drawStripes(doc: DocumentData, reading: HTMLElement, stripes: HTMLElement): void {
  const box = reading.getBoundingClientRect();
  stripes.replaceChildren();
  for (const seg of doc.segments) {
    const at = extent(reading, box, "segs", seg.id);
    if (!at) continue;
    const st = segmentStyle(doc, seg);
    stripes.append(el("span", { class: "doc-stripe", "data-seg": seg.id, style: `top:${at.top}px;height:${at.height}px;left:${seg.lane * 6}px;--dim-c:${st.dim};--val-c:${st.val}` }));
  }
  // Second coders: dashed stripes to the right of the study's own, always coloured by dimension.
  let offset = doc.lanes + 1;
  for (const coder of doc.coders) {
    for (const seg of coder.segments) {
      const at = extent(reading, box, "coder", seg.id);
      if (!at) continue;
      const c = dimensionColor(doc.dimensions.findIndex((d) => d.id === seg.dimension));
      stripes.append(el("span", { class: "doc-stripe doc-stripe-coder", "data-coder": coder.name, style: `top:${at.top}px;height:${at.height}px;left:${(offset + seg.lane) * 6}px;--dim-c:${c};--val-c:${c}` }));
    }
    offset += coder.lanes + 1;
  }
}

function tagOf(view: HTMLElement, id: string): HTMLElement | undefined {
  return [...view.querySelectorAll<HTMLElement>(".doc-tag")].find((b) => b.dataset.seg === id);
}

/** The whole view; a click or Enter on a tag (or a click on highlighted text) shows that segment's details. */
export function documentView(doc: DocumentData, { lang, root }: DocumentViewOptions): HTMLElement {
  const text = readingText(doc, lang);
  const stripes = el("div", { class: "doc-stripes", "aria-hidden": "true" });
  const reading = el("div", { class: "doc-reading", style: `--lanes:${totalLanes(doc)}` }, stripes, text);
  const body = el("div", { class: "doc-live", "aria-live": "polite" }, el("p", { class: "help" }, t(lang, "document.choose")));
  const panel = el("aside", { class: "doc-panel", id: "doc-panel", "aria-label": t(lang, "document.details"), "data-empty": "" }, body);
  const view = el("div", { class: "document-view", "data-colour": "dimension" });

  const select = (id: string | null): void => {
    const seg = doc.segments.find((s) => s.id === id);
    for (const b of view.querySelectorAll<HTMLElement>(".doc-tag")) b.setAttribute("aria-expanded", String(b.dataset.seg === seg?.id));
    for (const p of view.querySelectorAll<HTMLElement>(".doc-piece.seg, .doc-stripe")) {
      p.classList.toggle("selected", !!seg && (p.dataset.segs ?? p.dataset.seg ?? "").split(" ").includes(seg.id));
    }
    if (!seg) {
      panel.setAttribute("data-empty", "");
      body.replaceChildren(el("p", { class: "help" }, t(lang, "document.choose")));
      return;
    }
    panel.removeAttribute("data-empty");
    const close = el("button", { type: "button", class: "doc-close" }, t(lang, "document.close"));
    close.addEventListener("click", () => {
      select(null);
      tagOf(view, seg.id)?.focus();
    });
    body.replaceChildren(close, segmentPanel(doc, seg, { lang, root }));
  };

  view.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const tagged = target.closest<HTMLElement>(".doc-tag");
    if (tagged) return select(tagged.dataset.seg!);
    const piece = target.closest<HTMLElement>(".doc-piece.seg");
    if (piece) select(piece.dataset.segs!.split(" ").at(-1)!);
  });
  view.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hasAttribute("data-empty")) {
      const open = view.querySelector<HTMLElement>('.doc-tag[aria-expanded="true"]');
      select(null);
      open?.focus();
    }
  });

  const controls = documentControls(doc, { lang, view, text });
  view.append(controls, el("div", { class: "doc-body" }, reading, panel));
  // The stripes follow the text's layout: drawn once it is laid out and again on every reflow.
  if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => drawStripes(doc, reading, stripes)).observe(text);
  (view as HTMLElement & { selectSegment?: (id: string | null) => void }).selectSegment = select;
  return view;
}

/** Opens segment `id` of a rendered view, scrolls it into view and gives its tag the focus; false when there is none. */
export function focusSegment(view: HTMLElement, id: string): boolean {
  const tagEl = tagOf(view, id);
  if (!tagEl) return false;
  (view as HTMLElement & { selectSegment?: (id: string | null) => void }).selectSegment?.(id);
  tagEl.scrollIntoView({ block: "center" });
  tagEl.focus();
  return true;
}
