/**
 * The overview page's pieces: the study's own conclusion, qualification and verdicts (its voice),
 * the stage chart (ours), one expandable entry per dimension with its quoted strengths and gaps,
 * and the study card (title, unknowns, what was coded).
 */
import * as Plot from "@observablehq/plot";
import { countText, isUntranslated, pick, t, tw, type Lang } from "../shared/i18n/index.js";
import type { DimensionCard, OverviewView, Quote, StageRow, StudyHeader } from "../shared/model/views.js";
import { el, locatorLink, quoteBlock, quoteList, tableAlt, tf, type LinkOptions } from "./evidence.js";
import { ours, studySays } from "./voice.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";

export interface OverviewOptions extends LinkOptions {
  width?: number;
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
    `${VALENCE_SYMBOL.strength} ${countText(lang, "strength", d.strengths.length)}`,
    `${VALENCE_SYMBOL.gap} ${countText(lang, "gap", d.gaps.length)}`,
    ...(d.neutral.length ? [`${VALENCE_SYMBOL.neutral} ${countText(lang, "neutral", d.neutral.length)}`] : [])
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
 * Findings per stage that count as co-production evidence (the counting rule, computed in
 * loaders/study/evidence.ts: a lay actor named, the link stated, not a restatement), stacked
 * strength · neutral · gap, stages in codebook order; the stages our coding ties to the study's
 * qualification of its conclusion are marked ◆. A table alternative lists the finding ids, each
 * linked, and those that do not count with the reason. Our analysis, marked as ours. The one stage
 * chart: the overview, the brief and the og:images draw it (src/components/charts.ts).
 */
export function stageChart(view: Pick<OverviewView, "stages" | "conclusion">, options: OverviewOptions): HTMLElement {
  const { lang, root = "./", width = 640, kind } = options;
  const bars = stageBars(view.stages, lang);
  const qualification = view.conclusion?.qualification.map((q) => q.id) ?? [];
  const mark = qualification.length ? tf(lang, "overview.qualifiedMark", { ids: qualification.join(", ") }) : "";
  const marked = (s: StageRow) => s.qualified && mark !== "";
  const valenceLabel = (v: string) => `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}` as "valence.gap")}`;
  const max = Math.max(1, ...view.stages.map((s) => s.strengths.length + s.neutral.length + s.gaps.length));
  // Each stage's label (and its mark) on its own lines above its bar, at every width: the bars keep
  // the full width, and a long stage name never needs a margin wider than the screen or the page.
  const narrow = width < NARROW_WIDTH;
  const stageLabel = (s: StageRow) => pick(lang, s, "label");
  const labelOf = (s: StageRow) => (marked(s) ? `${stageLabel(s)} ${mark}` : stageLabel(s));
  const row = barRow(view.stages.map(labelOf), width);
  const stack = { x: "count", y: "stage", order: ["strength", "neutral", "gap"], insetTop: row.insetTop, insetBottom: row.insetBottom };
  const counts = (s: StageRow) => [countText(lang, "strength", s.strengths.length), countText(lang, "neutral", s.neutral.length), countText(lang, "gap", s.gaps.length)].join(", ");
  const chart = Plot.plot({
    title: t(lang, "overview.stagesTitle"),
    subtitle: t(lang, "overview.stagesNote"),
    ariaLabel: t(lang, "overview.stagesAlt"),
    ariaDescription: view.stages.map((s) => `${stageLabel(s)}: ${counts(s)}${marked(s) ? ` (${mark})` : ""}`).join(". "),
    width,
    height: 60 + view.stages.length * row.height,
    marginTop: 20,
    marginBottom: 40,
    marginLeft: 8,
    marginRight: 16,
    style: { fontSize: "12px" },
    // Counts are whole numbers: a tick for each (fewer when there are many), never 0.5.
    x: { label: `${t(lang, "overview.countedFindings")} →`, domain: [0, max], grid: true, ticks: Array.from({ length: max + 1 }, (_, i) => i).filter((i) => i % Math.ceil(max / (narrow ? 4 : 10)) === 0), tickFormat: (x: number) => String(x) },
    y: { domain: view.stages.map(stageLabel), axis: null, padding: 0 },
    color: { domain: ["strength", "neutral", "gap"], range: [VALENCE_COLOR.strength!, VALENCE_COLOR.neutral!, VALENCE_COLOR.gap!], legend: true, tickFormat: valenceLabel },
    marks: [
      Plot.barX(bars, Plot.stackX({ ...stack, fill: "valence", title: (b: StageBar) => `${b.stage}: ${countText(lang, b.valence, b.count)} (${b.ids.join(", ")})` })),
      Plot.text(bars, Plot.stackX({ ...stack, z: "valence", text: (b: StageBar) => `${VALENCE_SYMBOL[b.valence]}${b.count}`, fill: "white", fontWeight: "bold", dy: row.barCenter })),
      Plot.text(view.stages, { y: stageLabel, text: labelOf, frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, fontSize: 12, lineWidth: row.lineWidth }),
      Plot.ruleX([0], { ariaHidden: "true" })
    ]
  });
  chart.classList.add("stage-strip");
  const ids = (list: readonly string[]) => list.flatMap((id, i) => [i ? ", " : "", el("a", { href: `${root}explorer?id=${encodeURIComponent(id)}`, "data-finding-link": id }, id)]);
  const apart = (s: StageRow) =>
    (["internal", "inferred", "restatements"] as const).flatMap((why) => (s[why].length ? [el("div", { class: `not-counted not-counted-${why}` }, `${t(lang, `overview.notCounted.${why}`)}: `, ids(s[why]))] : []));
  const table = tableAlt(
    lang,
    [t(lang, "overview.stage"), ...["strength", "neutral", "gap"].map((v) => valenceLabel(v)), t(lang, "overview.notCountedTitle")],
    view.stages.map((s) =>
      el(
        "tr",
        { "data-row": s.id },
        el("th", { scope: "row" }, stageLabel(s), marked(s) ? ` ${mark}` : ""),
        el("td", {}, `${s.strengths.length}: `, ids(s.strengths)),
        el("td", {}, `${s.neutral.length}: `, ids(s.neutral)),
        el("td", {}, `${s.gaps.length}: `, ids(s.gaps)),
        el("td", {}, apart(s))
      )
    )
  );
  return ours(lang, { text: tw(lang, "overview.stagesMethod", kind) }, el("figure", { class: "analysis-figure stage-figure" }, chart, table));
}

/**
 * What the study itself concludes, in its words and in its voice: the sentences that state its
 * overall conclusion (study.json `conclusion.findings`), its qualification read as one sentence
 * (`conclusion.qualification`), then its verdict on each dimension. Each sentence keeps its
 * locator; nothing here is ours but the headings.
 */
export function studyConclusion(view: Pick<OverviewView, "conclusion" | "dimensions">, options: OverviewOptions): HTMLElement | null {
  const { lang, root = "./", kind } = options;
  const conclusion = view.conclusion;
  const verdicts = view.dimensions.filter((d) => d.verdict);
  if (!conclusion && !verdicts.length) return null;
  const sentence = (quotes: readonly Quote[]) =>
    el(
      "p",
      { class: "conclusion-sentence", lang: quotes.some((q) => isUntranslated(q.text_en)) ? "id" : lang },
      `“${joinClauses(quotes.map((q) => (lang === "en" && !isUntranslated(q.text_en) ? q.text_en : q.text_id)))}” `,
      el("span", { class: "locator" }, quotes.flatMap((q, i) => [i ? "; " : "", locatorLink(q, { lang, root })]))
    );
  return studySays(
    lang,
    el("h2", { class: "conclusion-title" }, tw(lang, "overview.conclusionTitle", kind)),
    conclusion ? conclusion.findings.map((q) => sentence([q])) : null,
    conclusion?.qualification.length ? [el("h3", {}, tw(lang, "overview.qualificationTitle", kind)), sentence(conclusion.qualification)] : null,
    verdicts.length
      ? [
          el("h3", {}, tw(lang, "overview.verdictsTitle", kind)),
          el(
            "ul",
            { class: "verdict-list" },
            verdicts.map((d) =>
              el(
                "li",
                { "data-dimension": d.id },
                el("a", { href: `${root}dimensions/${encodeURIComponent(d.id)}` }, pick(lang, d, "name")),
                ": ",
                el("span", { class: `verdict verdict-${d.verdict!.rating}` }, pick(lang, d.verdict!, "rating_text")),
                d.verdict!.finding ? [" ", el("span", { class: "locator" }, "(", locatorLink(d.verdict!.finding, { lang, root }), ")")] : null
              )
            )
          )
        ]
      : null
  );
}

/**
 * Clauses the study wrote as one sentence but we coded apart, read as one again: each ends where
 * the next begins, joined by a comma when the first has no closing punctuation.
 */
export function joinClauses(texts: readonly string[]): string {
  return texts.reduce((out, text) => (out === "" ? text : /[.!?;:,]$/.test(out) ? `${out} ${text}` : `${out}, ${text}`), "");
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
