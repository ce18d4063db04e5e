/**
 * What the overview says when a study has not got a part yet (a new study from `npm run study --
 * init`, or one without stage tags): a plain sentence of what is missing and how to add it, marked
 * `data-empty`, instead of an empty chart; and `noChart()`, for a card with nothing to show, which
 * the stylesheet hides with its card.
 */
import { tw, type Lang, type SourceKind } from "../shared/i18n/index.js";
import type { OverviewView } from "../shared/model/views.js";
import { el } from "./dom.js";

export type EmptyPart = "findings" | "stages";

export function emptyState(lang: Lang, part: EmptyPart, kind?: SourceKind): HTMLElement {
  return el("p", { class: "empty-state", "data-empty": part }, tw(lang, `empty.${part}`, kind));
}

/** A chart's place when there is nothing to draw and nothing to say: hidden, with its card. */
export function noChart(): HTMLElement {
  return el("div", { "data-chart-empty": "" });
}

/** How many findings the overview holds, cross-cutting statements included. */
export function findingCount(view: Pick<OverviewView, "dimensions" | "crossCutting">): number {
  return view.dimensions.reduce((n, d) => n + d.strengths.length + d.gaps.length + d.neutral.length, view.crossCutting.length);
}

/** Whether any finding is tagged with a stage (counted or not). */
export function hasStageTags(view: Pick<OverviewView, "stages">): boolean {
  return view.stages.some((s) => s.strengths.length + s.gaps.length + s.neutral.length + s.internal.length + s.inferred.length + s.restatements.length > 0);
}
