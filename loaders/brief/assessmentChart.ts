/**
 * The seven dimensions at a glance: strengths and gaps per dimension as diverging bars,
 * each row labelled with the dimension and the study's own assessment.
 */
import { t, tw, type Lang } from "../../src/shared/i18n/index.js";
import type { StudyBundle } from "../study/bundle.js";
import { divergingBars } from "./divergingBars.js";

export interface AssessmentChartOptions {
  lang: Lang;
  /** Ignored: the chart is drawn at the brief's two widths (see divergingBars.ts). */
  width?: number;
  /** A DOM document to render into (jsdom when rendering static SVG at build time). */
  document?: Document;
}

export function assessmentChart(study: Pick<StudyBundle, "dimensions" | "summaries" | "meta">, { lang, document }: AssessmentChartOptions): HTMLElement {
  // The study's words for its source; a study without assessments has no assessment title.
  const assessed = study.summaries.some((s) => s.rating);
  const name = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const rows = study.summaries.map((s) => ({
    label: `${name.get(s.dimension) ?? s.dimension}${s.rating ? ` — ${t(lang, `rating.${s.rating}`)}` : ""}`,
    strengths: s.strengths,
    gaps: s.gaps
  }));
  return divergingBars(rows, {
    title: assessed ? tw(lang, "overview.chartTitle", study.meta.source_kind) : t(lang, "overview.chartTitlePlain"),
    ariaLabel: assessed ? tw(lang, "overview.chartAlt", study.meta.source_kind) : t(lang, "overview.chartAltPlain"),
    xLabel: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`,
    strengthLabel: t(lang, "valence.strength"),
    gapLabel: t(lang, "valence.gap"),
    ...(document ? { document } : {})
  });
}
