/**
 * How an inferred code is shown wherever it appears: an actor the coder added to a
 * recommendation (or a link the span does not state) carries a mark and a word, never
 * the plain look of an actor the text names (docs/coding-notes.md §8, data/study/inferred.csv).
 */
import { t, type Lang } from "./i18n/index.js";

export const INFERRED_MARK = "†";

/**
 * "Label" for a named actor, "Label † (inferred by the coder, …)" for an inferred one; with
 * `short`, "Label †" (the page then explains † once, with `inferredNote`).
 */
export function actorLabel(lang: Lang, actor: { label_id: string; label_en: string; inferred?: boolean }, short = false): string {
  const label = lang === "id" ? actor.label_id : actor.label_en;
  if (!actor.inferred) return label;
  return short ? `${label} ${INFERRED_MARK}` : `${label} ${INFERRED_MARK} (${t(lang, "analyses.inferred")})`;
}

/** The one-line explanation of † for a page that uses short labels. */
export function inferredNote(lang: Lang): string {
  return `${INFERRED_MARK} ${t(lang, "analyses.inferred")}`;
}
