/**
 * The charts drawn both at build time and live, one binding each: which component draws the chart
 * and from which of the site's named datasets (site, study, overview, metrics…). A page's template
 * names a chart once, in its live call —
 *   ${resize((width) => chart("dimensions", {overview, site}, {lang, width}))}
 * — and the drawing step (src/prerender/pages.ts) finds that call, draws the same binding from the
 * same datasets at a phone and a wide width, and writes the drawing just before it. The policy
 * brief and the og:images draw their charts from these bindings too, so each chart has one
 * implementation everywhere it appears.
 */
import type { Lang, SourceKind } from "../shared/i18n/index.js";
import { actorFindings } from "./actorFindings.js";
import { actorNetwork } from "./actorNetwork.js";
import { dimensionChart } from "./dimensionChart.js";
import { emptyState, findingCount, hasStageTags, noChart } from "./emptyState.js";
import type { NetworkData } from "./networkData.js";
import { channelKinds, kindLabeller } from "./networkLayout.js";
import { stageChart, studyConclusion } from "./overview.js";
import { live } from "./prerendered.js";
import { prevalenceChart } from "./prevalenceChart.js";

export interface ChartOptions {
  lang: Lang;
  width: number;
}

/** What the charts need of the site's words (site.json). */
export interface ChartSite {
  source_kind: SourceKind;
}

type Overview = Parameters<typeof dimensionChart>[0] & Parameters<typeof stageChart>[0] & Parameters<typeof studyConclusion>[0] & Parameters<typeof findingCount>[0];
type Study = NetworkData & Parameters<typeof actorFindings>[0] & { meta: { source_kind: SourceKind } };

export const CHARTS = {
  /** The study's own conclusion, qualification and verdicts, in its words (overview: the first screen, before the page's code). */
  // A study without findings yet says so here, once; its empty charts are left out.
  conclusion: ({ overview, site }: { overview: Overview; site: ChartSite }, { lang }: ChartOptions) =>
    findingCount(overview) ? (studyConclusion(overview, { lang, kind: site.source_kind }) ?? noChart()) : emptyState(lang, "findings", site.source_kind),
  /** Strengths and gaps per dimension with the study's verdicts (overview, brief, og:image). */
  dimensions: ({ overview, site }: { overview: Overview; site: ChartSite }, { lang, width }: ChartOptions) =>
    findingCount(overview) ? dimensionChart(overview, { lang, width, kind: site.source_kind }) : noChart(),
  /** Findings counted per stage, by the one counting rule (overview, brief, og:images); a note where no finding has a stage. */
  stages: ({ overview, site }: { overview: Overview; site?: ChartSite }, { lang, width }: ChartOptions) =>
    hasStageTags(overview) ? stageChart(overview, { lang, width }) : findingCount(overview) ? emptyState(lang, "stages", site?.source_kind) : noChart(),
  /** Actors and the channels between them (actors page). */
  network: ({ study }: { study: Study }, { lang, width }: ChartOptions) => actorNetwork(study, { lang, width, kind: study.meta.source_kind, kindLabel: kindLabeller(channelKinds(study.channels), lang) }),
  /** Stunting prevalence by survey (public-figures page). */
  prevalence: ({ metrics }: { metrics: Parameters<typeof prevalenceChart>[0] }, { lang, width }: ChartOptions) => prevalenceChart(metrics, { lang, width }),
  /** Findings per actor, the worked example (findings-per-actor page). */
  "per-actor": ({ study }: { study: Study }, { lang, width }: ChartOptions) => actorFindings(study, { lang, width })
} as const;

export type ChartId = keyof typeof CHARTS;
export type ChartData<K extends ChartId> = Parameters<(typeof CHARTS)[K]>[0];

/** Whether `id` names a chart. */
export function isChart(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

/** Draws the chart `id` from `data` (its named datasets). */
export function drawChart<K extends ChartId>(id: K, data: ChartData<K>, options: ChartOptions): HTMLElement {
  return (CHARTS[id] as (d: ChartData<K>, o: ChartOptions) => HTMLElement)(data, options);
}

/** The live chart in a page: drawn, and the build-time drawing of it removed in the same task. */
export function chart<K extends ChartId>(id: K, data: ChartData<K>, options: ChartOptions): HTMLElement {
  return live(id, drawChart(id, data, options));
}
