/**
 * Where co-production happens: the study's findings per co-production stage, strengths
 * against gaps. The central conclusion — delivery yes, planning and decisions no — reads
 * off the bars; each bar is labelled with its count so colour is not the only carrier.
 */
import { t, type Lang } from "../../src/shared/i18n/index.js";
import type { StudyBundle } from "../study/bundle.js";
import { divergingBars } from "./divergingBars.js";

export interface StageStripOptions {
  lang: Lang;
  document?: Document;
}

export interface StageCount {
  stage: string;
  label: string;
  valence: "strength" | "gap" | "neutral";
  count: number;
}

/** Findings per stage and valence, in codebook order (a finding with two stages counts in both). */
export function stageCounts(study: Pick<StudyBundle, "stages" | "findings">, lang: Lang): StageCount[] {
  return study.stages.flatMap((s) =>
    (["strength", "gap"] as const).map((valence) => ({
      stage: s.id,
      label: lang === "id" ? s.label_id : s.label_en,
      valence,
      count: study.findings.filter((f) => f.stages.includes(s.id) && f.valence === valence).length
    }))
  );
}

/** The stage chart in its wide and narrow forms (see divergingBars.ts). */
export function stageStrip(study: Pick<StudyBundle, "stages" | "findings">, { lang, document }: StageStripOptions & { width?: number }): HTMLElement {
  const counts = stageCounts(study, lang);
  const rows = study.stages.map((s) => {
    const of = (v: string) => counts.find((c) => c.stage === s.id && c.valence === v)?.count ?? 0;
    return { label: lang === "id" ? s.label_id : s.label_en, strengths: of("strength"), gaps: of("gap") };
  });
  return divergingBars(rows, {
    title: t(lang, "brief.stageTitle"),
    ariaLabel: t(lang, "brief.stageAlt"),
    xLabel: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`,
    strengthLabel: t(lang, "valence.strength"),
    gapLabel: t(lang, "valence.gap"),
    ...(document ? { document } : {})
  });
}
