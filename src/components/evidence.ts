/**
 * Shared pieces of the analysis pages (with the DOM builder of dom.ts): the quoted statement
 * with its locator. Every quotation is rendered by `quoteBlock`, so every statement on
 * these pages carries its finding id (linked to the evidence explorer) and its locator, a
 * short link to its place in the source's document view (offsets and file in the link's title).
 */
import { isUntranslated, t, type DictKey, type Lang, type SourceKind } from "../shared/i18n/index.js";
import type { Quote } from "../shared/model/views.js";
import { append, el, type Child } from "./dom.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { locatorText } from "../shared/locator.js";
import { documentPath } from "../shared/routes.js";

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
  /** What the study coded (site.json `source_kind`): picks the words for its source. */
  kind?: SourceKind;
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

/** What a locator needs: the source file (and its short name, when the data carries it), section, item, offsets. */
export type LocatorFields = Pick<Quote, "section" | "item" | "start" | "end" | "source"> & { source_name?: string };
export { locatorText };

/** The locator as a link to its place in the document view; the offsets and file in its title. */
export function locatorLink(q: LocatorFields & { id: string }, { lang, root = "./" }: LinkOptions): HTMLAnchorElement {
  const text = locatorText(q, lang);
  const title = tf(lang, "locator.open", { locator: text, start: q.start, end: q.end, file: q.source });
  return el("a", { class: "locator-link", href: `${root}${documentPath(q.source, q.id)}`, title }, text);
}

/** The locator line: the id (linked to the explorer) and the locator (linked to the document view). */
export function locatorLine(q: Quote & { source_name?: string }, options: LinkOptions): HTMLElement {
  return el("span", { class: "locator" }, idLink(q, options), " · ", locatorLink(q, options));
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
  if (isUntranslated(q.text_en)) return untranslatedQuote(q, options);
  const badge = valenceBadge(q, options);
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

/** The valence badge of a finding (symbol and word besides colour), unless the options turn it off. */
function valenceBadge(q: Quote, options: QuoteOptions): HTMLElement | null {
  return q.valence && options.valence !== false
    ? el("span", { class: `valence valence-${q.valence}`, style: `--valence:${VALENCE_COLOR[q.valence]}` }, `${VALENCE_SYMBOL[q.valence]} ${t(options.lang, `valence.${q.valence}`)}`)
    : null;
}

/** The "not yet translated" badge. */
export function untranslatedBadge(lang: Lang): HTMLElement {
  return el("span", { class: "untranslated-badge", "data-untranslated": "" }, t(lang, "analyses.untranslated"));
}

/**
 * A quotation whose translation is still pending (the importer's marker): shown once, in its own
 * language (`lang="id"`), labelled as the original with a visible badge, never passed off as English.
 */
export function untranslatedQuote(q: Quote, options: QuoteOptions): HTMLElement {
  const { lang } = options;
  const badge = valenceBadge(q, options);
  return el(
    "div",
    { class: `quote quote-untranslated${options.compact ? " quote-compact" : ""}`, id: `q-${q.id}`, [q.kind === "finding" ? "data-finding" : "data-recommendation"]: q.id },
    el("p", { class: "quote-meta" }, badge, badge ? " " : null, locatorLine(q, options), " ", untranslatedBadge(lang)),
    el(
      "blockquote",
      { lang: "id", class: "quote-first" },
      el("span", { class: "quote-label", lang }, `${lang === "en" ? t(lang, "analyses.untranslatedLabel") : t(lang, "analyses.verbatim")}: `),
      q.text_id
    )
  );
}

/** A list of quotations, or `empty` when there is none. */
export function quoteList(quotes: readonly Quote[], options: QuoteOptions & { empty?: string }): HTMLElement {
  if (!quotes.length) return el("p", { class: "empty" }, options.empty ?? "");
  return el("div", { class: "quote-list" }, quotes.map((q) => quoteBlock(q, options)));
}
