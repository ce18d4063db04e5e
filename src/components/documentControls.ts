/**
 * The document view's controls: colour by dimension or valence (with its key), filters by
 * dimension and valence that dim the other segments, search within the text (hits marked and
 * counted), and the English translations shown in the text. Plain form elements with listeners
 * (no inline handlers, so the page's CSP holds).
 */
import type { DocumentData } from "../shared/model/document.js";
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { CROSS_CUTTING_COLOR, RECOMMENDATION_COLOR, VALENCE_COLOR, VALENCE_SYMBOL, dimensionColor } from "../shared/palette.js";
import { CROSS_CUTTING, findHits, hitsWithin, matchesFilter, type SegmentFilter } from "./documentSearch.js";
import { visibleTextNodes } from "./documentSource.js";
import { el, tf } from "./evidence.js";

export interface ControlOptions {
  lang: Lang;
  /** The whole view: its `data-colour` switches the colours. */
  view: HTMLElement;
  /** The reading text, whose pieces are searched and dimmed. */
  text: HTMLElement;
}

let uid = 0;

function legendItem(colour: string, cue: string, label: string): HTMLElement {
  return el("li", {}, el("span", { class: "doc-swatch", style: `--c:${colour}`, "aria-hidden": "true" }, cue), label);
}

/** The colour key of both modes (CSS shows the one in use). */
function legend(doc: DocumentData, lang: Lang): HTMLElement {
  const dims = doc.dimensions.map((d, i) => legendItem(dimensionColor(i), String(d.order), pick(lang, d, "name")));
  const hasCross = doc.segments.some((s) => !s.dimension);
  const valences = (["strength", "gap", "neutral"] as const).map((v) => legendItem(VALENCE_COLOR[v]!, VALENCE_SYMBOL[v]!, t(lang, `valence.${v}`)));
  const hasRec = doc.segments.some((s) => s.kind === "recommendation");
  return el(
    "div",
    { class: "doc-legend" },
    el("p", { class: "doc-legend-title" }, t(lang, "document.legend")),
    el("ul", { class: "legend-list legend-dimension" }, dims, hasCross ? legendItem(CROSS_CUTTING_COLOR, "∗", t(lang, "document.crossCutting")) : null),
    el("ul", { class: "legend-list legend-valence" }, valences, hasRec ? legendItem(RECOMMENDATION_COLOR, "▸", t(lang, "document.recommendation")) : null),
    el("p", { class: "help doc-stripes-help" }, t(lang, "document.stripes")),
    doc.coders.map((c) => el("p", { class: "help doc-coder-help" }, tf(lang, "document.coderStripes", { name: c.name })))
  );
}

function select(label: string, options: [string, string][], onChange: (value: string) => void): HTMLElement {
  const id = `doc-select-${++uid}`;
  const input = el("select", { id }, options.map(([value, text]) => el("option", { value }, text)));
  input.addEventListener("change", () => onChange(input.value));
  return el("span", { class: "doc-field" }, el("label", { for: id }, label), " ", input);
}

/**
 * Marks the hits of `query` in the text as a reader sees it (documentSource.ts: hidden emphasis
 * marks left out, so "Co-Production Pada" finds "*Co-Production* Pada"; any white space, a joined
 * break included, matches a space of the query); returns how many there are. Each text node a hit
 * covers is split around it, so the pieces keep their emphasis and their characters; the marks
 * of the previous search are taken out first.
 */
export function markHits(text: HTMLElement, query: string): number {
  const pieces = [...text.querySelectorAll<HTMLElement>(".doc-piece")];
  for (const piece of pieces) {
    for (const mark of piece.querySelectorAll("mark.doc-hit")) mark.replaceWith(...mark.childNodes);
    piece.normalize();
  }
  const nodes = pieces.flatMap(visibleTextNodes);
  const hits = findHits(nodes.map((n) => n.data).join(""), query);
  let offset = 0;
  for (const node of nodes) {
    const parts = hitsWithin(hits, offset, offset + node.data.length);
    offset += node.data.length;
    // From the last part back, so that the node keeps the offsets of the parts before.
    for (const h of parts.reverse()) {
      const hit = node.splitText(h.start);
      hit.splitText(h.end - h.start);
      const mark = el("mark", { class: "doc-hit" });
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
  return hits.length;
}

/** Dims every segment the filter leaves out (pieces, tags, stripes); returns how many stay in full. */
export function applyFilter(doc: DocumentData, view: HTMLElement, filter: SegmentFilter): number {
  const kept = new Set(doc.segments.filter((s) => matchesFilter(s, filter)).map((s) => s.id));
  for (const node of view.querySelectorAll<HTMLElement>(".doc-piece.seg, .doc-tag, .doc-stripe, .doc-translation")) {
    const ids = (node.dataset.segs ?? node.dataset.seg ?? node.dataset.for ?? "").split(" ");
    node.classList.toggle("dimmed", !ids.some((id) => kept.has(id)));
  }
  view.dataset.filtered = filter.dimension || filter.valence ? "true" : "false";
  return kept.size;
}

export function documentControls(doc: DocumentData, { lang, view, text }: ControlOptions): HTMLElement {
  const name = `doc-colour-${++uid}`;
  const radio = (value: string, label: string, checked: boolean) => {
    const input = el("input", { type: "radio", name, value, checked });
    input.addEventListener("change", () => (view.dataset.colour = value));
    return el("label", { class: "doc-radio" }, input, ` ${label}`);
  };
  const colour = el(
    "fieldset",
    { class: "doc-colour" },
    el("legend", {}, t(lang, "document.colourBy")),
    radio("dimension", t(lang, "document.byDimension"), true),
    radio("valence", t(lang, "document.byValence"), false)
  );

  const filter: SegmentFilter = { dimension: "", valence: "" };
  const shown = el("p", { class: "doc-shown", role: "status" });
  const refilter = () => (shown.textContent = tf(lang, "document.shown", { n: applyFilter(doc, view, filter), total: doc.segments.length }));
  const all = t(lang, "document.all");
  const dimOptions: [string, string][] = [["", all], ...doc.dimensions.map((d): [string, string] => [d.id, `${d.order}. ${pick(lang, d, "name")}`])];
  if (doc.segments.some((s) => !s.dimension)) dimOptions.push([CROSS_CUTTING, t(lang, "document.crossCutting")]);
  const valOptions: [string, string][] = [["", all], ...(["strength", "gap", "neutral"] as const).map((v): [string, string] => [v, `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}`)}`])];
  if (doc.segments.some((s) => s.kind === "recommendation")) valOptions.push(["recommendation", `▸ ${t(lang, "document.recommendation")}`]);
  const filters = el(
    "fieldset",
    { class: "doc-filters" },
    el("legend", {}, t(lang, "document.filters")),
    select(t(lang, "document.dimension"), dimOptions, (v) => ((filter.dimension = v), refilter())),
    select(t(lang, "document.valence"), valOptions, (v) => ((filter.valence = v), refilter())),
    shown
  );

  const searchId = `doc-search-${++uid}`;
  const search = el("input", { type: "search", id: searchId, autocomplete: "off", spellcheck: "false" });
  const hits = el("span", { class: "doc-hits", role: "status" });
  search.addEventListener("input", () => {
    const n = markHits(text, search.value);
    hits.textContent = search.value.trim() ? tf(lang, "document.hits", { n }) : "";
  });
  const searchField = el("p", { class: "doc-search" }, el("label", { for: searchId }, t(lang, "document.search")), " ", search, " ", hits);

  const toggle = el("input", { type: "checkbox", checked: lang === "en" });
  const showTranslations = () => {
    for (const node of text.querySelectorAll<HTMLElement>(".doc-translation")) node.hidden = !toggle.checked;
  };
  toggle.addEventListener("change", showTranslations);
  showTranslations();
  refilter();

  return el(
    "div",
    { class: "doc-controls" },
    colour,
    legend(doc, lang),
    filters,
    searchField,
    el("p", { class: "doc-toggle" }, el("label", {}, toggle, ` ${t(lang, "document.translations")}`))
  );
}
