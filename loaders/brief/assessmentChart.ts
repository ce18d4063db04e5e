/**
 * The seven dimensions at a glance: strengths and gaps per dimension as diverging bars,
 * each row labelled with the study's own assessment.
 */
import * as Plot from "@observablehq/plot";
import { t, tw, type Lang } from "../../src/shared/i18n/index.js";
import type { StudyBundle } from "../study/bundle.js";
import { VALENCE_COLOR } from "../../src/shared/palette.js";

export interface AssessmentChartOptions {
  lang: Lang;
  width?: number;
  /** A DOM document to render into (jsdom when rendering static SVG at build time). */
  document?: Document;
}

export function assessmentChart(study: Pick<StudyBundle, "dimensions" | "summaries" | "meta">, { lang, width = 640, document }: AssessmentChartOptions): HTMLElement | SVGSVGElement {
  const name = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const order = study.summaries.map((s) => name.get(s.dimension)!);
  const rows = study.summaries.flatMap((s) => [
    { dimension: name.get(s.dimension)!, valence: t(lang, "valence.strength"), count: s.strengths },
    { dimension: name.get(s.dimension)!, valence: t(lang, "valence.gap"), count: -s.gaps }
  ]);
  const ratings = study.summaries.map((s) => ({
    dimension: name.get(s.dimension)!,
    label: s.rating ? t(lang, `rating.${s.rating}`) : "",
    x: s.strengths
  }));
  return Plot.plot({
    ...(document ? { document } : {}),
    // The study's words for its source; a study without assessments has no assessment title.
    ...(study.summaries.some((s) => s.rating)
      ? { title: tw(lang, "overview.chartTitle", study.meta.source_kind), ariaLabel: tw(lang, "overview.chartAlt", study.meta.source_kind) }
      : { title: t(lang, "overview.chartTitlePlain"), ariaLabel: t(lang, "overview.chartAltPlain") }),
    width,
    marginLeft: 200,
    marginRight: 260,
    x: { label: `← ${t(lang, "valence.gap")} · ${t(lang, "valence.strength")} → (${t(lang, "overview.findings")})`, tickFormat: Math.abs },
    y: { domain: order, label: null },
    color: { domain: [t(lang, "valence.strength"), t(lang, "valence.gap")], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.gap!], legend: true },
    marks: [
      Plot.barX(rows, { x: "count", y: "dimension", fill: "valence", tip: true }),
      Plot.ruleX([0]),
      Plot.text(ratings, { x: "x", y: "dimension", text: "label", textAnchor: "start", dx: 6 })
    ]
  });
}
