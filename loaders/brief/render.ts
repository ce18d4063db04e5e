/**
 * The policy brief as static Markdown with inline SVG: rendered at build time (Plot in jsdom),
 * so it reads and prints fully without JavaScript. One source for both languages.
 */
import { JSDOM } from "jsdom";
import { escapeHtml as esc } from "../../src/shared/html.js";
import { assessmentChart } from "./assessmentChart.js";
import { stageStrip } from "./stageStrip.js";
import { formatNumber, t, type Lang } from "../../src/shared/i18n/index.js";
import type { MetricObservation, MetricsBundle } from "../metrics/bundle.js";
import type { StudyBundle } from "../study/bundle.js";
import { inferredCodes } from "../study/derive.js";
import { actorLabel, inferredNote } from "../../src/shared/inferred.js";


function svgOf(node: Element): string {
  // Plot returns a <figure> when a legend or title is present; keep it (the title is the caption).
  return node.outerHTML;
}

/** The finding's locator, as the brief prints it: id, section, item and offsets. */
function locator(lang: Lang, f: { id: string; section: string; item: string; start: number; end: number }): string {
  return `<span class="locator">${esc(f.id)} · ${t(lang, "brief.section")} ${esc(f.section)} (${esc(f.item)}), ${t(lang, "brief.chars")} ${f.start}–${f.end}</span>`;
}

const PLACES = ["Kota Surabaya", "Jawa Timur", "Indonesia"] as const;

/**
 * The brief's context figures, chosen by rule rather than by hand: every SSGI stunting
 * prevalence for Surabaya, Jawa Timur and Indonesia (one survey, so the years compare), and the
 * national prevalence targets of the RPJMN. Each keeps its source; conflicts are flagged.
 */
export function keyMetrics(metrics: Pick<MetricsBundle, "observations">): { surveys: MetricObservation[]; targets: MetricObservation[] } {
  const surveys = metrics.observations
    .filter((o) => o.indicator === "stunting-prevalence" && o.method === "ssgi" && (PLACES as readonly string[]).includes(o.geography))
    .sort((a, b) => PLACES.indexOf(a.geography as (typeof PLACES)[number]) - PLACES.indexOf(b.geography as (typeof PLACES)[number]) || a.period.localeCompare(b.period));
  const targets = metrics.observations.filter((o) => o.indicator === "target-stunting-prevalence" && o.geography === "Indonesia" && /RPJMN/.test(o.survey));
  return { surveys, targets };
}

function metricsSection(metrics: Pick<MetricsBundle, "observations">, lang: Lang): string {
  const { surveys, targets } = keyMetrics(metrics);
  // One footnote per source, numbered in order of first use.
  const cited = [...new Map([...surveys, ...targets].map((o) => [o.source, o])).values()];
  const note = (o: MetricObservation) => `<sup>${cited.findIndex((c) => c.source === o.source) + 1}</sup>${o.conflict_group ? ` ${t(lang, "brief.conflict")}` : ""}`;
  const pct = (o: MetricObservation) => `${formatNumber(lang, o.value)} %`;
  const years = [...new Set(surveys.map((o) => o.period))].sort();
  const rows = PLACES.map((place) => {
    const cells = years.map((y) => surveys.filter((o) => o.geography === place && o.period === y).map((o) => `${pct(o)}${note(o)}`).join(" ") || "–");
    return `<tr><th scope="row">${esc(place)}</th>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  }).join("\n");
  const targetText = targets.map((o) => `${pct(o)} (${esc(o.period)})${note(o)}`).join(", ");
  const sources = cited.map((o) => `<li>${esc(o.publisher)}, ${esc(o.date)}, <a href="${esc(o.url)}">${esc(new URL(o.url).hostname)}</a></li>`).join("\n");
  return `## ${esc(t(lang, "brief.metricsTitle"))}

<p>${esc(t(lang, "brief.metricsNote"))}</p>

<table class="brief-table brief-metrics">
<caption>${esc(t(lang, "brief.metricsCaption"))}</caption>
<thead><tr><th scope="col">${t(lang, "brief.place")}</th>${years.map((y) => `<th scope="col">SSGI ${esc(y)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>

<p>${esc(t(lang, "brief.targets"))}: ${targetText}.</p>

<ol class="brief-sources">
${sources}
</ol>`;
}

export function briefMarkdown(study: StudyBundle, lang: Lang, metrics?: Pick<MetricsBundle, "observations">): string {
  const { document } = new JSDOM("<!DOCTYPE html><body></body>").window;
  const other: Lang = lang === "id" ? "en" : "id";
  const text = (row: { text_id: string; text_en: string }) => (lang === "id" ? row.text_id : row.text_en);
  const dimName = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const actorById = new Map(study.actors.map((a) => [a.id, a]));
  const inferred = inferredCodes(study, "recommendations.csv");
  const anyInferred = study.recommendations.some((r) => r.actors.some((a) => inferred.get(r.id)?.has(a)));
  const actorName = (r: { id: string }, a: string) => {
    const actor = actorById.get(a);
    return actor ? actorLabel(lang, { ...actor, inferred: inferred.get(r.id)?.has(a) ?? false }, true) : a;
  };
  const central = study.findings.find((f) => f.id === study.meta.central_problem?.finding);
  const backing = (study.meta.central_problem?.backing ?? []).flatMap((id) => study.findings.filter((f) => f.id === id));
  const rows = study.summaries
    .map((s) => `<tr><th scope="row">${esc(dimName.get(s.dimension)!)}</th><td>${s.rating ? esc(t(lang, `rating.${s.rating}`)) : "–"}</td><td>${s.strengths}</td><td>${s.gaps}</td></tr>`)
    .join("\n");
  const recs = study.recommendations
    .map(
      (r) => `<li><p><strong>${esc(dimName.get(r.dimension)!)}.</strong> ${esc(text(r))}</p>
<p class="who">${t(lang, "brief.who")}: ${r.actors.map((a) => esc(actorName(r, a))).join(", ")} · ${t(lang, "brief.answers")}: ${r.answers.map(esc).join(", ")} · ${locator(lang, r)}</p></li>`
    )
    .join("\n");
  return `---
title: ${JSON.stringify(`${t(lang, "nav.brief")} · ${t(lang, "site.title")}`)}
toc: false
index: false
style: ../brief.css
---

<div class="brief">

# ${esc(t(lang, "brief.title"))}

<p class="brief-meta">${esc(lang === "id" ? study.meta.title_id : study.meta.title_en)} · <a href="../brief-${lang}.pdf">${t(lang, "brief.pdf")}</a> · <a href="../${other}/brief" hreflang="${other}" lang="${other}">${t(other, "nav.brief")}</a></p>

<p>${esc(t(lang, "brief.programme"))}</p>

## ${esc(t(lang, "brief.dimensionsTitle"))}

<div class="brief-grid">
<table class="brief-table brief-dimensions">
<thead><tr><th scope="col">${t(lang, "overview.dimension")}</th><th scope="col">${t(lang, "overview.assessment")}</th><th scope="col">${t(lang, "valence.strength")}</th><th scope="col">${t(lang, "valence.gap")}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${svgOf(assessmentChart(study, { lang, width: 560, document }) as Element)}
</div>

## ${esc(t(lang, "brief.problemTitle"))}

<blockquote class="backing">${backing.map((f) => `<p data-finding="${esc(f.id)}">${esc(text(f))} ${locator(lang, f)}</p>`).join("")}</blockquote>

${central ? `<p data-finding="${esc(central.id)}">${esc(t(lang, "brief.problemSynthesis"))} “${esc(text(central))}” ${locator(lang, central)}</p>` : ""}

${svgOf(stageStrip(study, { lang, width: 560, document }) as Element)}

<p class="brief-note">${esc(t(lang, "brief.countsNote"))}</p>

## ${esc(t(lang, "brief.recommendationsTitle"))}${anyInferred ? ` <small class="brief-note">${esc(inferredNote(lang))}</small>` : ""}

<ol class="brief-recs">
${recs}
</ol>

${metrics ? metricsSection(metrics, lang) : ""}

<p class="brief-note">${esc(lang === "id" ? study.meta.coding_level_id : study.meta.coding_level_en)}</p>

</div>
`;
}
