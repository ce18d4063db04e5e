/**
 * The two voices of every page (docs/coding-notes.md, "Two voices"). What the study says — its
 * sentences, verdicts, saran and its own conclusion — stands in `studySays`; what our coding adds
 * — counts, the stage frame, actor × stage cells, channels, links from a saran to findings,
 * headings and summaries we wrote — stands in `ours`, which carries the same visible mark
 * everywhere ("Analisis kami" / "Our analysis", a dashed frame: not colour alone) and its method
 * in one line on demand. A page's tests find every derived element inside an `ours` mark.
 */
import { t, type DictKey, type Lang } from "../shared/i18n/index.js";
import { voiceLabel, type Voice } from "../shared/voice.js";
import { el, type Child } from "./dom.js";

export type { Voice };

/** The visible mark of a voice: a label, and for our analysis its method in one line, on demand (as src/shared/voice.ts writes it in static pages). */
export function voiceMark(lang: Lang, voice: Voice, method?: string): HTMLElement {
  const label = el("span", { class: "voice-label" }, voiceLabel(lang, voice));
  if (voice !== "ours" || !method) return el("p", { class: `voice-mark voice-${voice}` }, label);
  return el("details", { class: `voice-mark voice-${voice}` }, el("summary", {}, label, " ", el("span", { class: "voice-how" }, t(lang, "voice.how"))), el("p", { class: "voice-method" }, method));
}

/**
 * Our analysis: a derived element with its mark and its method (a dictionary key, or words already
 * filled: a key whose words name the study's source, `{coded}` and the like, is filled by the caller).
 */
export function ours(lang: Lang, method: DictKey | { text: string }, ...children: Child[]): HTMLElement {
  const text = typeof method === "string" ? t(lang, method) : method.text;
  if (typeof method === "string" && /\{\w+\}/.test(text)) throw new Error(`ours: the method ${method} has placeholders to fill: pass its words filled ({ text: tw(…) })`);
  return el("section", { class: "voice voice-ours", "data-voice": "ours" }, voiceMark(lang, "ours", text), ...children);
}

/** What the study says, in its words, with its mark. */
export function studySays(lang: Lang, ...children: Child[]): HTMLElement {
  return el("section", { class: "voice voice-study", "data-voice": "study" }, voiceMark(lang, "study"), ...children);
}
