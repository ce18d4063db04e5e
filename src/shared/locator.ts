/**
 * A statement's place in its source, in words: "Bab V, 5.1 butir 2" — the source named as the
 * study names it (study.json `short`, else its title, else the file name), its section and item.
 * Pages (src/components/evidence.ts, as links) and the static brief write it the same way.
 */
import { fillText, t, type Lang } from "./i18n/index.js";
import { sourceId } from "./routes.js";

/** Where a statement stands in its source: the file, its short name, section and item, character offsets. */
export interface LocatorFields {
  source: string;
  /** The source's short name for locators (study.json `short`, else its `title`). */
  source_name?: string;
  section: string;
  item: string;
  start: number;
  end: number;
}

/** The item of a locator in words: "item 2", "introduction", "synthesis"; nothing for an empty item. */
export function itemText(item: string, lang: Lang): string {
  if (item === "intro") return t(lang, "analyses.item.intro");
  if (item === "synthesis") return t(lang, "analyses.item.synthesis");
  return item ? fillText(t(lang, "locator.item"), { item }) : "";
}

/** The short, readable locator in the page's language. */
export function locatorText(q: LocatorFields, lang: Lang): string {
  return fillText(t(lang, "locator.short"), { source: q.source_name ?? sourceId(q.source), section: q.section, item: itemText(q.item, lang) }).replace(/\s+$/, "");
}
