/**
 * The two voices' marks as HTML, for pages written as static Markdown at build time (the brief):
 * the same classes and words as the components' marks (src/components/voice.ts), so our analysis
 * is marked the same way everywhere. Every text is escaped for Markdown (html.ts).
 */
import { escapeMarkdown as esc } from "./html.js";
import { t, type Lang } from "./i18n/index.js";

export type Voice = "study" | "ours";

/** The label of a voice: "Menurut penelitian" / "◇ Analisis kami". */
export function voiceLabel(lang: Lang, voice: Voice): string {
  return voice === "ours" ? `◇ ${t(lang, "voice.ours")}` : t(lang, "voice.study");
}

/** A voice's mark as HTML; our analysis carries its method, in one line, on demand. */
export function voiceMarkHtml(lang: Lang, voice: Voice, method?: string): string {
  const label = `<span class="voice-label">${esc(voiceLabel(lang, voice))}</span>`;
  if (voice !== "ours" || !method) return `<p class="voice-mark voice-${voice}">${label}</p>`;
  return `<details class="voice-mark voice-ours"><summary>${label} <span class="voice-how">${esc(t(lang, "voice.how"))}</span></summary><p class="voice-method">${esc(method)}</p></details>`;
}

/** A section in a voice: its mark, then its HTML (already escaped). */
export function voiceSectionHtml(lang: Lang, voice: Voice, body: string, method?: string): string {
  return `<section class="voice voice-${voice}" data-voice="${voice}">\n${voiceMarkHtml(lang, voice, method)}\n${body}\n</section>`;
}
