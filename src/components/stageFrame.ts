/**
 * The stages the coding uses, each with what it means and where the frame comes from: a lens of
 * the co-production literature that we apply to the study's sentences, shown as our method.
 */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { el } from "./dom.js";

export interface StageDefinition {
  id: string;
  label_id: string;
  label_en: string;
  description_id: string;
  description_en: string;
  reference: string;
}

export function stageFrame(data: { stages: readonly StageDefinition[] }, { lang }: { lang: Lang }): HTMLElement | null {
  if (!data.stages.length) return null;
  return el(
    "details",
    { class: "card stage-frame" },
    el("summary", {}, t(lang, "stages.frameTitle")),
    el(
      "dl",
      {},
      data.stages.flatMap((s) => [
        el("dt", { "data-stage": s.id }, pick(lang, s, "label")),
        pick(lang, s, "description") ? el("dd", {}, pick(lang, s, "description")) : null,
        s.reference ? el("dd", { class: "small" }, s.reference) : null
      ])
    )
  );
}
