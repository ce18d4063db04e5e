/**
 * The source of a figure, one click away: a details panel (title, URL link, publisher, date,
 * verbatim excerpt, note, conflict) that a chart mark or a "source" button fills when clicked
 * or activated from the keyboard.
 */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { el } from "./dom.js";
import { untranslatedBadge } from "./evidence.js";

/**
 * The data's own caveat on a figure, in the page's language: the Indonesian note on Indonesian
 * pages; where only the English one exists, it is shown in English, marked so and badged.
 */
export function observationNote(o: { note: string; note_id: string }, { lang, tag = "div" }: { lang: Lang; tag?: "div" | "p" }): HTMLElement | null {
  if (!o.note && !o.note_id) return null;
  const own = lang === "id" ? o.note_id : o.note;
  const text = own ? el("span", {}, own) : el("span", { lang: lang === "id" ? "en" : "id" }, lang === "id" ? o.note : o.note_id);
  return el(tag, { class: tag === "div" ? "metrics-fact-note" : null }, `${t(lang, "metrics.source.note")}: `, text, own ? null : [" ", untranslatedBadge(lang)]);
}
import {
  confidenceLabel,
  formatPeriod,
  formatValue,
  indicatorLabel,
  markLabel,
  methodLabel,
  placeLabel,
  sourceTitle,
  type MetricConflict,
  type Obs
} from "./metricsFormat.js";

/**
 * The source's title in the reader's language: its headline, or the URL slug marked "headline not
 * recorded" (the mark in the page's language, the slug as the data gives it); a link when there is a URL.
 */
export function titleLink(o: Pick<Obs, "title" | "url">, { lang }: { lang: Lang }): HTMLElement {
  const title = sourceTitle(o);
  const content = "slug" in title ? [el("span", { class: "metrics-no-headline" }, t(lang, "metrics.source.noHeadline")), " ", title.slug] : [title.headline];
  return o.url ? el("a", { href: o.url, target: "_blank", rel: "noopener noreferrer" }, content) : el("span", {}, content);
}

/** The anchor id of a conflict group in the page's conflict list. */
export function conflictAnchor(group: string): string {
  return `conflict-${group}`;
}

/** Everything about one figure's source, as a block of HTML. */
export function sourceNote(o: Obs, { lang, conflicts }: { lang: Lang; conflicts?: ReadonlyMap<string, MetricConflict> }): HTMLElement {
  const conflict = o.conflict_group ? conflicts?.get(o.conflict_group) : undefined;
  return el(
    "div",
    { class: "metrics-source-note", "data-source-of": o.id },
    el("h4", {}, `${placeLabel(lang, o.geography)} · ${formatPeriod(lang, o.period)}: ${formatValue(lang, o)}`),
    el(
      "p",
      {},
      `${indicatorLabel(lang, o)} — ${o.survey} (${methodLabel(lang, o.method)}); ${t(lang, "metrics.col.confidence").toLowerCase()}: ${confidenceLabel(lang, o.confidence)}`
    ),
    el(
      "dl",
      {},
      el("dt", {}, t(lang, "metrics.source.publisher")),
      el("dd", {}, o.publisher),
      el("dt", {}, t(lang, "metrics.source.date")),
      el("dd", {}, formatPeriod(lang, o.date)),
      el("dt", {}, t(lang, "metrics.source.title")),
      el("dd", {}, titleLink(o, { lang })),
      el("dt", {}, "URL"),
      el("dd", {}, el("a", { href: o.url, target: "_blank", rel: "noopener noreferrer" }, o.url))
    ),
    el("p", { class: "metrics-excerpt-label" }, `${t(lang, "metrics.source.excerpt")}:`),
    el("blockquote", { class: "metrics-excerpt" }, o.excerpt),
    observationNote(o, { lang, tag: "p" }),
    o.conflict_group
      ? el(
          "p",
          {},
          `⚠ ${t(lang, "metrics.source.conflict")} `,
          el("a", { href: `#${conflictAnchor(o.conflict_group)}`, title: conflict ? pick(lang, conflict, "description") : null }, o.conflict_group)
        )
      : null
  );
}

export interface SourcePanel {
  element: HTMLElement;
  /** Shows the source of `o` and marks it as selected. */
  show(o: Obs): void;
}

/** An empty panel (with a prompt) that announces each source it shows to screen readers. */
export function sourcePanel({ lang, conflicts, label }: { lang: Lang; conflicts?: ReadonlyMap<string, MetricConflict>; label: string }): SourcePanel {
  const element = el("div", { class: "metrics-source", role: "region", "aria-live": "polite", "aria-label": `${t(lang, "metrics.col.source")}: ${label}` }, el("p", {}, t(lang, "metrics.source.prompt")));
  return {
    element,
    show(o) {
      element.replaceChildren(sourceNote(o, { lang, conflicts }));
      const root = element.closest(".metrics-figure");
      root?.querySelectorAll(".is-selected").forEach((n) => n.classList.remove("is-selected"));
      root?.querySelectorAll(`[data-obs="${o.id}"]`).forEach((n) => n.classList.add("is-selected"));
    }
  };
}

/** Makes a chart mark a keyboard-reachable button that opens its source in `panel`. */
export function bindMark(mark: Element, o: Obs, { lang, panel }: { lang: Lang; panel: SourcePanel }): void {
  mark.setAttribute("data-obs", o.id);
  mark.setAttribute("tabindex", "0");
  mark.setAttribute("role", "button");
  mark.setAttribute("aria-label", markLabel(lang, o));
  mark.addEventListener("click", () => panel.show(o));
  mark.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      panel.show(o);
    }
  });
}

/** A small "source" button beside a figure given in text. */
export function sourceButton(o: Obs, { lang, panel }: { lang: Lang; panel: SourcePanel }): HTMLButtonElement {
  const name = `${t(lang, "metrics.source.show")}: ${markLabel(lang, o)}`;
  const button = el("button", { type: "button", class: "metrics-source-button", "data-obs": o.id, "aria-label": name, title: markLabel(lang, o) }, t(lang, "metrics.source.show"));
  button.addEventListener("click", () => panel.show(o));
  return button;
}
