/**
 * Where co-production happens: the study's findings per co-production stage, strengths
 * against gaps. The central conclusion — delivery yes, planning and decisions no — reads
 * off the bars; each bar is labelled with its count so colour is not the only carrier.
 */
import * as Plot from "@observablehq/plot";
import { t, type Lang } from "../../src/shared/i18n/index.js";
import type { StudyBundle } from "../study/bundle.js";
import { VALENCE_COLOR } from "../../src/shared/palette.js";

export interface StageStripOptions {
  lang: Lang;
  width?: number;
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

export function stageStrip(study: Pick<StudyBundle, "stages" | "findings">, { lang, width = 640, document }: StageStripOptions): HTMLElement | SVGSVGElement {
  const rows = stageCounts(study, lang).map((r) => ({ ...r, valenceLabel: t(lang, `valence.${r.valence}`), x: r.valence === "gap" ? -r.count : r.count }));
  return Plot.plot({
    ...(document ? { document } : {}),
    title: t(lang, "brief.stageTitle"),
    ariaLabel: t(lang, "brief.stageAlt"),
    width,
    height: 180,
    marginLeft: 130,
    x: { label: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`, tickFormat: Math.abs },
    y: { domain: study.stages.map((s) => (lang === "id" ? s.label_id : s.label_en)), label: null },
    color: { domain: [t(lang, "valence.strength"), t(lang, "valence.gap")], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.gap!], legend: true },
    marks: [
      Plot.barX(rows, { x: "x", y: "label", fill: "valenceLabel" }),
      Plot.text(rows, { x: (d: { x: number }) => d.x / 2, y: "label", text: (d: { count: number }) => (d.count ? String(d.count) : ""), fill: "white", fontWeight: "bold" }),
      Plot.ruleX([0])
    ]
  });
}
