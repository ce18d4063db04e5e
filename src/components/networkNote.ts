/**
 * The actors page's one-line "Our analysis" note: the network is our coding's, not a figure of
 * the study, and how it was built. One small function, so that a site-wide mark of our analysis
 * can take its place.
 */
import { t, tw, type Lang, type SourceKind } from "../shared/i18n/index.js";
import { el } from "./evidence.js";

export function ourAnalysisNote(lang: Lang, kind: SourceKind | undefined): HTMLElement {
  return el("p", { class: "analysis-note", "data-voice": "ours" }, el("strong", {}, t(lang, "actors.analysisTitle")), ": ", tw(lang, "actors.analysisNote", kind));
}
