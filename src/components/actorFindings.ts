/**
 * The worked example of an analysis of your own (docs/add-an-analysis.md): how many findings name
 * each actor, by valence, as stacked bars (zero counts draw no bar) with a table alternative; the
 * named empty state when the study codes no actors.
 */
import * as Plot from "@observablehq/plot";
import { ours } from "./voice.js";
import { countText, pick, t, type Lang } from "../shared/i18n/index.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";
import { el, tableAlt } from "./evidence.js";
import { NARROW_WIDTH, barRow } from "../shared/barRows.js";

type Valence = "strength" | "neutral" | "gap";
const VALENCES: readonly Valence[] = ["strength", "neutral", "gap"];

interface StudyLike {
  actors: readonly { id: string; label_id: string; label_en: string }[];
  findings: readonly { valence: string; actors: readonly string[] }[];
}

export interface ActorCount {
  id: string;
  actor: string;
  counts: Record<Valence, number>;
}

/** Per actor, the findings that name it, by valence. */
export function actorCounts(study: StudyLike, lang: Lang): ActorCount[] {
  return study.actors.map((a) => ({
    id: a.id,
    actor: pick(lang, a, "label"),
    counts: Object.fromEntries(VALENCES.map((v) => [v, study.findings.filter((f) => f.valence === v && f.actors.includes(a.id)).length])) as Record<Valence, number>
  }));
}

export function actorFindings(study: StudyLike, { lang, width = 640 }: { lang: Lang; width?: number }): HTMLElement {
  const rows = actorCounts(study, lang);
  if (!rows.length) return el("p", { class: "empty", "data-empty": "actors" }, t(lang, "actorFindings.none"));
  const label = (v: string) => `${VALENCE_SYMBOL[v]} ${t(lang, `valence.${v}` as "valence.gap")}`;
  const bars = rows.flatMap((r) => VALENCES.map((v) => ({ actor: r.actor, valence: v, count: r.counts[v] }))).filter((b) => b.count > 0);
  // Narrow screens: each actor's name on its own lines above its bar (see barRows.ts), not a squeezed margin.
  // Also wherever the longest name would not fit the left margin (about 0.6 em per character at 12 px).
  const margin = Math.min(240, width / 2.5);
  const narrow = width < NARROW_WIDTH || Math.max(...rows.map((r) => r.actor.length)) * 7.2 > margin - 10;
  const row = barRow(rows.map((r) => r.actor), width);
  const chart = Plot.plot({
    title: t(lang, "actorFindings.chartTitle"),
    ariaLabel: t(lang, "actorFindings.chartAlt"),
    width,
    ...(narrow ? { height: 60 + rows.length * row.height, marginTop: 20, marginBottom: 40, marginLeft: 12, marginRight: 12 } : { height: 50 + rows.length * 30, marginLeft: margin }),
    x: { label: `${t(lang, "overview.findings")} →`, grid: true, ...(narrow ? { ticks: 4 } : {}) },
    y: { domain: rows.map((r) => r.actor), label: null, ...(narrow ? { axis: null, padding: 0 } : {}) },
    color: { domain: [...VALENCES], range: VALENCES.map((v) => VALENCE_COLOR[v]!), legend: true, tickFormat: label },
    marks: [
      ...(narrow ? [Plot.text(rows, { y: "actor", text: "actor", frameAnchor: "left", textAnchor: "start", lineAnchor: "top", dy: row.labelTop, dx: -4, fontSize: 12, lineWidth: row.lineWidth })] : []),
      Plot.barX(bars, Plot.stackX({ x: "count", y: "actor", fill: "valence", order: [...VALENCES], ...(narrow ? { insetTop: row.insetTop, insetBottom: row.insetBottom } : {}), title: (b: { actor: string; valence: "strength" | "gap" | "neutral"; count: number }) => `${b.actor}: ${countText(lang, b.valence, b.count)}` })),
      Plot.ruleX([0])
    ]
  });
  const table = tableAlt(
    lang,
    [t(lang, "actorFindings.actor"), ...VALENCES.map(label), t(lang, "actorFindings.total")],
    rows.map((r) => el("tr", { "data-row": r.id }, el("th", { scope: "row" }, r.actor), VALENCES.map((v) => el("td", {}, r.counts[v])), el("td", {}, VALENCES.reduce((s, v) => s + r.counts[v], 0))))
  );
  return ours(lang, "actorFindings.method", el("figure", { class: "analysis-figure actor-findings" }, chart, table));
}
