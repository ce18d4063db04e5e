/**
 * The overview page's pieces: the study card (title, unknowns, what was coded), one
 * expandable entry per dimension with its quoted strengths and gaps, and the stage strip
 * that makes the central conclusion visible.
 */
import * as Plot from "@observablehq/plot";
import { countText, pick, t, tw, type Lang } from "../shared/i18n/index.js";
import type { DimensionCard, OverviewView, StageRow, StudyHeader } from "../shared/model/views.js";
import { el, quoteBlock, quoteList, tableAlt, tf, type LinkOptions } from "./evidence.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";

export interface OverviewOptions extends LinkOptions {
  width?: number;
}

/** The study's own words for its central conclusion (site.json `central`), when it names one. */
export interface CentralWords {
  gloss_id: string | null;
  gloss_en: string | null;
}

/** Title, place, author/year/institution (unknown where the source does not say), framework, coding level. */
export function studyCard(study: StudyHeader, { lang, kind }: OverviewOptions): HTMLElement {
  const unknown = t(lang, "overview.unknown");
  const label = tw(lang, "overview.thesis", kind);
  const row = (key: Parameters<typeof t>[1], value: string | null, attrs: Record<string, string> = {}) =>
    el("div", { class: "study-fact", ...attrs }, el("dt", {}, t(lang, key)), el("dd", value === null ? { class: "unknown" } : {}, value ?? unknown));
  return el(
    "section",
    { class: "card study-card", "aria-label": label },
    el(
      "dl",
      {},
      el("div", { class: "study-fact", "data-field": "title" }, el("dt", {}, label), el("dd", {}, pick(lang, study, "title"))),
      row("overview.author", study.author, { "data-field": "author" }),
      row("overview.year", study.year, { "data-field": "year" }),
      row("overview.institution", study.institution, { "data-field": "institution" }),
      row("overview.place", pick(lang, study, "place")),
      row("overview.framework", study.framework)
    ),
    el("p", { class: "coding-level" }, el("strong", {}, `${t(lang, "overview.coded")}: `), pick(lang, study, "coding_level"))
  );
}

function counts(d: DimensionCard, lang: Lang): string {
  return [
    `${VALENCE_SYMBOL.strength} ${tf(lang, "analyses.strengthsN", { n: d.strengths.length })}`,
    `${VALENCE_SYMBOL.gap} ${tf(lang, "analyses.gapsN", { n: d.gaps.length })}`,
    ...(d.neutral.length ? [`${VALENCE_SYMBOL.neutral} ${tf(lang, "analyses.neutralN", { n: d.neutral.length })}`] : [])
  ].join(" · ");
}

/** One `<details>` per dimension: verdict and counts in the summary; the quotations inside. */
export function dimensionGlance(data: { dimensions: readonly DimensionCard[] }, options: OverviewOptions): HTMLElement {
  const { lang, root = "./", kind } = options;
  // A study that assesses no dimension says so once per dimension, never "no verdict" as if one were missing.
  const assessed = data.dimensions.some((d) => d.verdict);
  return el(
    "div",
    { class: "dimension-glance" },
    el("p", { class: "help" }, t(lang, "overview.glanceHelp")),
    data.dimensions.map((d) => {
      const verdict = d.verdict ? tw(lang, "overview.verdict", kind, { rating: pick(lang, d.verdict, "rating_text") }) : assessed ? tw(lang, "overview.noVerdict", kind) : t(lang, "rating.not-assessed");
      const href = `${root}dimensions/${encodeURIComponent(d.id)}`;
      return el(
        "details",
        { class: "dimension-entry", "data-dimension": d.id },
        el(
          "summary",
          {},
          el("span", { class: "dimension-name" }, `${d.order}. ${pick(lang, d, "name")}`),
          " — ",
          el("span", { class: `verdict verdict-${d.verdict?.rating ?? "none"}` }, verdict),
          el("span", { class: "counts" }, ` (${counts(d, lang)})`)
        ),
        el("p", {}, el("a", { href, class: "dimension-link" }, `${t(lang, "overview.openPage")}: ${pick(lang, d, "name")} →`)),
        d.verdict?.finding ? quoteBlock(d.verdict.finding, { lang, root }) : null,
        el("h4", {}, `${VALENCE_SYMBOL.strength} ${t(lang, "dimension.strengths")}`),
        quoteList(d.strengths, { lang, root, kind, empty: tw(lang, "dimension.noStrengths", kind) }),
        el("h4", {}, `${VALENCE_SYMBOL.gap} ${t(lang, "dimension.gaps")}`),
        quoteList(d.gaps, { lang, root, kind, empty: tw(lang, "dimension.noGaps", kind) }),
        d.neutral.length ? [el("h4", {}, `${VALENCE_SYMBOL.neutral} ${t(lang, "dimension.neutral")}`), quoteList(d.neutral, { lang, root })] : null
      );
    })
  );
}

export interface StageBar {
  stage: string;
  valence: "strength" | "neutral" | "gap";
  count: number;
  ids: string[];
}

/** The stage strip's bars: per stage, strengths, neutral and gaps (zero counts dropped). */
export function stageBars(stages: readonly StageRow[], lang: Lang): StageBar[] {
  return stages.flatMap((s) => {
    const label = pick(lang, s, "label");
    const bars: StageBar[] = [
      { stage: label, valence: "strength", count: s.strengths.length, ids: s.strengths },
      { stage: label, valence: "neutral", count: s.neutral.length, ids: s.neutral },
      { stage: label, valence: "gap", count: s.gaps.length, ids: s.gaps }
    ];
    return bars.filter((b) => b.count > 0);
  });
}

/**
 * Findings per stage, stacked strength · neutral · gap, stages in codebook order; the stages
 * the central problem is tagged with are marked with ◆ and a label. A table alternative lists
 * the finding ids, each linked. The one stage chart: the overview, the brief and the og:images
 * draw it (src/components/charts.ts).
 */
export function stageChart(view: Pick<OverviewView, "stages" | "study">, options: OverviewOptions): HTMLElement {
  const { lang, root = "./", width = 640 } = options;
  const bars = stageBars(view.stages, lang);
  const central = view.study.central;
  const valenceLabel = (v: string) => `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}` as "valence.gap")}`;
  const max = Math.max(1, ...view.stages.map((s) => s.strengths.length + s.neutral.length + s.gaps.length));
  // Narrow screens: each stage's label (and the central mark) on its own lines above its bar,
  // so the bars keep the full width instead of margins wider than the screen.
  const narrow = width < NARROW_WIDTH;
  const stageLabel = (s: StageRow) => pick(lang, s, "label");
  const labelOf = (s: StageRow) => (narrow && s.central && central ? `${stageLabel(s)} ${tf(lang, "overview.centralMark", { id: central.id })}` : stageLabel(s));
  const row = barRow(view.stages.map(labelOf), width);
  const stack = { x: "count", y: "stage", order: ["strength", "neutral", "gap"], ...(narrow ? { insetTop: row.insetTop, insetBottom: row.insetBottom } : { inset: 0.5 }) };
  const chart = Plot.plot({
    title: t(lang, "overview.stagesTitle"),
    subtitle: t(lang, "overview.stagesNote"),
    ariaLabel: t(lang, "overview.stagesAlt"),
    ariaDescription: view.stages
      .map((s) => `${pick(lang, s, "label")}: ${s.strengths.length} ${t(lang, "valence.strength")}, ${s.neutral.length} ${t(lang, "valence.neutral")}, ${s.gaps.length} ${t(lang, "valence.gap")}${s.central && central ? ` (${tf(lang, "overview.centralMark", { id: central.id })})` : ""}`)
      .join(". "),
    width,
    ...(narrow ? { height: 60 + view.stages.length * row.height, marginTop: 20, marginBottom: 40 } : { height: 50 + view.stages.length * 36 }),
    marginLeft: narrow ? 8 : 220,
    marginRight: narrow ? 16 : 190,
    x: { label: `${t(lang, "overview.findings")} →`, domain: [0, max], grid: true },
    y: { domain: view.stages.map(stageLabel), label: narrow ? null : t(lang, "overview.stage"), tickSize: 0, ...(narrow ? { axis: null, padding: 0 } : {}) },
    color: { domain: ["strength", "neutral", "gap"], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.neutral!, VALENCE_COLOR.gap!], legend: true, tickFormat: valenceLabel },
    marks: [
      Plot.barX(bars, Plot.stackX({ ...stack, fill: "valence", title: (b: StageBar) => `${b.stage}: ${b.count} ${t(lang, `valence.${b.valence}`)} (${b.ids.join(", ")})` })),
      Plot.text(bars, Plot.stackX({ ...stack, z: "valence", text: (b: StageBar) => `${VALENCE_SYMBOL[b.valence]}${b.count}`, fill: "white", fontWeight: "bold", ...(narrow ? { dy: row.barCenter } : {}) })),
      narrow
        ? Plot.text(view.stages, { y: stageLabel, text: labelOf, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, fontSize: 12, lineWidth: row.lineWidth })
        : Plot.text(
            view.stages.filter((s) => s.central && central),
            { x: max, y: stageLabel, text: () => tf(lang, "overview.centralMark", { id: central?.id ?? "" }), textAnchor: "start", dx: 8, fontWeight: "bold" }
          ),
      Plot.ruleX([0], { ariaHidden: "true" })
    ]
  });
  chart.classList.add("stage-strip");
  const ids = (list: string[]) => list.flatMap((id, i) => [i ? ", " : "", el("a", { href: `${root}explorer?id=${encodeURIComponent(id)}`, "data-finding-link": id }, id)]);
  const table = tableAlt(
    lang,
    [t(lang, "overview.stage"), ...["strength", "neutral", "gap"].map((v) => valenceLabel(v))],
    view.stages.map((s) =>
      el(
        "tr",
        { "data-row": s.id },
        el("th", { scope: "row" }, pick(lang, s, "label"), s.central && central ? ` ${tf(lang, "overview.centralMark", { id: central.id })}` : ""),
        el("td", {}, `${s.strengths.length}: `, ids(s.strengths)),
        el("td", {}, `${s.neutral.length}: `, ids(s.neutral)),
        el("td", {}, `${s.gaps.length}: `, ids(s.gaps))
      )
    )
  );
  return el("figure", { class: "analysis-figure stage-figure" }, chart, table);
}

/** The central conclusion as the study states it (quoted, with its locator) above the stage chart. */
export function centralConclusion(view: Pick<OverviewView, "stages" | "study">, options: OverviewOptions & { words?: CentralWords | null }): HTMLElement {
  const { lang, root = "./", words } = options;
  const gloss = words ? (lang === "id" ? words.gloss_id : words.gloss_en) : null;
  const central = view.study.central;
  return el(
    "figure",
    { class: "analysis-figure central-conclusion" },
    // No central conclusion: no card heading that promises one; the stage chart stands on its own title.
    central ? el("h2", {}, t(lang, "overview.centralTitle")) : null,
    central ? [gloss ? el("p", { class: "gloss" }, gloss) : null, quoteBlock(central, { lang, root })] : null,
    ...stageChart(view, options).childNodes
  );
}

/** Cross-cutting statements (no dimension): introduction and synthesis, collapsed. */
export function crossCutting(view: Pick<OverviewView, "crossCutting">, options: OverviewOptions): HTMLElement {
  const { lang, root = "./" } = options;
  return el(
    "details",
    { class: "cross-cutting" },
    el("summary", {}, `${t(lang, "overview.crossCutting")} (${countText(lang, "finding", view.crossCutting.length)})`),
    quoteList(view.crossCutting, { lang, root })
  );
}
