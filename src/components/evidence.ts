/**
 * Shared pieces of the analysis pages (with the DOM builder of dom.ts): the quoted statement
 * with its locator. Every quotation is rendered by `quoteBlock`, so every statement on
 * these pages carries its finding id (linked to the evidence explorer) and its section,
 * item and character offsets, inline.
 */
import { t, type DictKey, type Lang } from "../shared/i18n/index.js";
import type { Quote } from "../../loaders/study/views.js";
import { append, el, type Child } from "./dom.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";

export { append, el };

/** Fills `{name}` placeholders of a dictionary string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** `tf(lang, key, {n: 3})`: a dictionary string with its placeholders filled. */
export function tf(lang: Lang, key: DictKey, values: Record<string, string | number> = {}): string {
  return fill(t(lang, key), values);
}

/** The other language, for showing a quotation's second version. */
/** A chart's table alternative: a closed <details> with a table, its column headers and one row per item. */
export function tableAlt(lang: Lang, headers: readonly Child[], rows: readonly Child[]): HTMLDetailsElement {
  return el(
    "details",
    { class: "table-alt" },
    el("summary", {}, t(lang, "analyses.showTable")),
    el("table", {}, el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)))), el("tbody", {}, [...rows]))
  );
}

export interface LinkOptions {
  lang: Lang;
  /** Relative path from the page to its language's root ("./" for top pages, "../" below dimensions/). */
  root?: string;
}

/** The evidence explorer's address for one finding. */
export function explorerHref(id: string, root = "./"): string {
  return `${root}explorer?id=${encodeURIComponent(id)}`;
}

/** A finding id as a link to the evidence explorer; a recommendation id as plain, emphasised text. */
export function idLink(quote: Pick<Quote, "id" | "kind">, { lang, root = "./" }: LinkOptions): HTMLElement {
  if (quote.kind === "recommendation") return el("strong", { class: "quote-id" }, quote.id);
  const label = tf(lang, "analyses.openInExplorer", { id: quote.id });
  return el("a", { class: "quote-id", href: explorerHref(quote.id, root), title: label, "aria-label": label }, quote.id);
}

/** "section 5.1 · item 4 · characters 2401–2489 · bab-v.txt" in the page's language. */
export function locatorText(q: Pick<Quote, "section" | "item" | "start" | "end" | "source">, lang: Lang): string {
  const item = q.item === "intro" ? t(lang, "analyses.item.intro") : q.item === "synthesis" ? t(lang, "analyses.item.synthesis") : q.item;
  return `${t(lang, "analyses.section")} ${q.section} · ${t(lang, "analyses.item")} ${item} · ${t(lang, "analyses.chars")} ${q.start}–${q.end} · ${q.source}`;
}

/** The locator line: the id (linked) and section/item/offsets, visible, with the full locator as tooltip. */
export function locatorLine(q: Quote, options: LinkOptions): HTMLElement {
  const text = locatorText(q, options.lang);
  return el(
    "span",
    { class: "locator", title: `${t(options.lang, "analyses.locator")}: ${q.id} · ${text}` },
    idLink(q, options),
    " · ",
    text
  );
}


export interface QuoteOptions extends LinkOptions {
  /** Show the valence badge (default true for findings). */
  valence?: boolean;
  /** Element to wrap the quote in (default "blockquote" inside a "div"). */
  compact?: boolean;
}

/**
 * One quoted statement: the page language's version first (Indonesian verbatim on id pages,
 * our English translation on en pages), the other below, both labelled, then the locator.
 * Marked `data-finding` (or `data-recommendation`) with its id.
 */
export function quoteBlock(q: Quote, options: QuoteOptions): HTMLElement {
  const { lang } = options;
  const versions = [
    { l: "id" as const, text: q.text_id, label: t(lang, "analyses.verbatim") },
    { l: "en" as const, text: q.text_en, label: t(lang, "analyses.translation") }
  ];
  if (lang === "en") versions.reverse();
  const [first, second] = versions as [(typeof versions)[number], (typeof versions)[number]];
  const badge =
    q.valence && options.valence !== false
      ? el("span", { class: `valence valence-${q.valence}`, style: `--valence:${VALENCE_COLOR[q.valence]}` }, `${VALENCE_SYMBOL[q.valence]} ${t(lang, `valence.${q.valence}`)}`)
      : null;
  return el(
    "div",
    {
      class: `quote${options.compact ? " quote-compact" : ""}`,
      id: `q-${q.id}`,
      [q.kind === "finding" ? "data-finding" : "data-recommendation"]: q.id
    },
    el("p", { class: "quote-meta" }, badge, badge ? " " : null, locatorLine(q, options)),
    el("blockquote", { lang: first.l, class: "quote-first" }, el("span", { class: "quote-label" }, `${first.label}: `), first.text),
    el("blockquote", { lang: second.l, class: "quote-second" }, el("span", { class: "quote-label" }, `${second.label}: `), second.text)
  );
}

/** A list of quotations, or `empty` when there is none. */
export function quoteList(quotes: readonly Quote[], options: QuoteOptions & { empty?: string }): HTMLElement {
  if (!quotes.length) return el("p", { class: "empty" }, options.empty ?? "");
  return el("div", { class: "quote-list" }, quotes.map((q) => quoteBlock(q, options)));
}
