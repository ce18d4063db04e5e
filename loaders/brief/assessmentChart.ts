/**
 * The seven dimensions at a glance: strengths and gaps per dimension as diverging bars,
 * each row labelled with the dimension and the study's own assessment.
 */
import { t, type Lang } from "../../src/shared/i18n/index.js";
import type { StudyBundle } from "../study/bundle.js";
import { divergingBars } from "./divergingBars.js";

export interface AssessmentChartOptions {
  lang: Lang;
  /** Ignored: the chart is drawn at the brief's two widths (see divergingBars.ts). */
  width?: number;
  /** A DOM document to render into (jsdom when rendering static SVG at build time). */
  document?: Document;
}

export function assessmentChart(study: Pick<StudyBundle, "dimensions" | "summaries">, { lang, document }: AssessmentChartOptions): HTMLElement {
  const name = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const rows = study.summaries.map((s) => ({
    label: `${name.get(s.dimension) ?? s.dimension}${s.rating ? ` — ${t(lang, `rating.${s.rating}`)}` : ""}`,
    strengths: s.strengths,
    gaps: s.gaps
  }));
  return divergingBars(rows, {
    title: t(lang, "overview.chartTitle"),
    ariaLabel: t(lang, "overview.chartAlt"),
    xLabel: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`,
    strengthLabel: t(lang, "valence.strength"),
    gapLabel: t(lang, "valence.gap"),
    ...(document ? { document } : {})
  });
}
