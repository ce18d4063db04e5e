/**
 * The policy brief as static Markdown with inline SVG: its charts are the site's own (the
 * dimension and stage charts of src/components/charts.ts, drawn at build time by
 * src/prerender/brief.ts and handed in as HTML), so it reads and prints fully without JavaScript. One source for both languages. It opens with
 * the study's lede and key messages and the recommendations, then gives the details. Every word
 * about the study comes from its folder (study.json, prose/, metrics/); a part the study lacks
 * (recommendations, assessments, a central conclusion, figures) reads as such, never as an empty shell.
 */
// Every study text goes into Markdown: escaped for Markdown and Framework, not only for HTML.
import { escapeMarkdown as esc, inertHtml, safeUrl } from "../../src/shared/html.js";
import { countText, formatNumber, t, tw, type Lang } from "../../src/shared/i18n/index.js";
import { mt } from "../../src/shared/metricsText.js";
import { proseHtml } from "../../src/shared/prose.js";
import type { BriefFigures } from "../metrics/text.js";
import { siteText, type SiteText } from "../study/site.js";
import type { MetricObservation, MetricsBundle } from "../metrics/bundle.js";
import type { StudyBundle } from "../study/bundle.js";
import type { OverviewView } from "../study/views.js";
import { inferredCodes } from "../study/derive.js";
import { actorLabel, inferredNote } from "../../src/shared/inferred.js";


/** The brief's two charts, drawn by the site's components (src/prerender/brief.ts), as HTML. */
export interface BriefCharts {
  dimensions: string;
  stages: string;
}

/** The finding's locator, as the brief prints it: id, section, item and offsets. */
function locator(lang: Lang, f: { id: string; section: string; item: string; start: number; end: number }): string {
  return `<span class="locator">${esc(f.id)} · ${t(lang, "brief.section")} ${esc(f.section)} (${esc(f.item)}), ${t(lang, "brief.chars")} ${f.start}–${f.end}</span>`;
}

/** The brief's figures, as the study chooses them (metrics/brief.json). Each keeps its source; conflicts are flagged. */
export function keyMetrics(metrics: Pick<MetricsBundle, "observations">, choice: BriefFigures): { surveys: MetricObservation[]; targets: MetricObservation[] } {
  const places = choice.places;
  const surveys = metrics.observations
    .filter((o) => o.indicator === choice.indicator && o.method === choice.method && places.includes(o.geography))
    .sort((a, b) => places.indexOf(a.geography) - places.indexOf(b.geography) || a.period.localeCompare(b.period));
  const targets = metrics.observations.filter((o) => o.indicator === choice.target_indicator && o.geography === choice.target_geography && o.survey.includes(choice.target_survey));
  return { surveys, targets };
}

export interface BriefFiguresInput {
  bundle: Pick<MetricsBundle, "observations" | "text">;
  choice: BriefFigures;
}

function metricsSection({ bundle, choice }: BriefFiguresInput, lang: Lang): string {
  const { surveys, targets } = keyMetrics(bundle, choice);
  // One footnote per source, numbered in order of first use.
  const cited = [...new Map([...surveys, ...targets].map((o) => [o.source, o])).values()];
  const note = (o: MetricObservation) => `<sup>${cited.findIndex((c) => c.source === o.source) + 1}</sup>${o.conflict_group ? ` ${t(lang, "brief.conflict")}` : ""}`;
  const pct = (o: MetricObservation) => `${formatNumber(lang, o.value)} %`;
  const years = [...new Set(surveys.map((o) => o.period))].sort();
  const rows = choice.places.map((place) => {
    const cells = years.map((y) => surveys.filter((o) => o.geography === place && o.period === y).map((o) => `${pct(o)}${note(o)}`).join(" ") || "–");
    return `<tr><th scope="row">${esc(place)}</th>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  }).join("\n");
  const targetText = targets.map((o) => `${pct(o)} (${esc(o.period)})${note(o)}`).join(", ");
  const sources = cited
    .map((o) => {
      const href = safeUrl(o.url);
      return `<li>${esc(o.publisher)}, ${esc(o.date)}${href ? `, <a href="${esc(href)}">${esc(new URL(href).hostname)}</a>` : ""}</li>`;
    })
    .join("\n");
  return `### ${esc(t(lang, "brief.metricsTitle"))}

<p>${esc(mt(bundle, lang, "brief.metricsNote"))}</p>

<table class="brief-table brief-metrics">
<caption>${esc(mt(bundle, lang, "brief.metricsCaption"))}</caption>
<thead><tr><th scope="col">${t(lang, "brief.place")}</th>${years.map((y) => `<th scope="col">${esc(choice.method_label)} ${esc(y)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>

<p>${esc(mt(bundle, lang, "brief.targets"))}: ${targetText}.</p>

<ol class="brief-sources">
${sources}
</ol>`;
}

/** The opening paragraph: the study's own (prose/programme.<lang>.md), or a summary from the data. */
function lede(study: StudyBundle, site: SiteText, lang: Lang): string {
  const own = site.prose.programme?.[lang];
  if (own) return proseHtml(own);
  return `<p>${esc(tw(lang, "brief.lede", site.source_kind, { findings: countText(lang, "finding", study.findings.length), dimensions: countText(lang, "dimension", study.dimensions.length) }))}</p>`;
}

function recommendationsSection(study: StudyBundle, lang: Lang): string {
  const text = (row: { text_id: string; text_en: string }) => (lang === "id" ? row.text_id : row.text_en);
  const dimName = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const actorById = new Map(study.actors.map((a) => [a.id, a]));
  const inferred = inferredCodes(study, "recommendations.csv");
  const anyInferred = study.recommendations.some((r) => r.actors.some((a) => inferred.get(r.id)?.has(a)));
  const actorName = (r: { id: string }, a: string) => {
    const actor = actorById.get(a);
    return actor ? actorLabel(lang, { ...actor, inferred: inferred.get(r.id)?.has(a) ?? false }, true) : a;
  };
  if (!study.recommendations.length) {
    return `## ${esc(t(lang, "nav.recommendations"))}

<p class="brief-empty" data-empty="recommendations">${esc(t(lang, "recommendations.none"))} ${esc(t(lang, "recommendations.howToAdd"))} <a href="../${lang}/recommendations">${esc(t(lang, "recommendations.howToLink"))}</a>.</p>`;
  }
  const recs = study.recommendations
    .map(
      (r) => `<li><p><strong>${esc(dimName.get(r.dimension) ?? r.dimension)}.</strong> ${esc(text(r))}</p>
<p class="who">${t(lang, "brief.who")}: ${r.actors.map((a) => esc(actorName(r, a))).join(", ") || "–"} · ${t(lang, "brief.answers")}: ${r.answers.map(esc).join(", ") || "–"} · ${locator(lang, r)}</p></li>`
    )
    .join("\n");
  return `## ${esc(countText(lang, "recommendation", study.recommendations.length))}${anyInferred ? ` <small class="brief-note">${esc(inferredNote(lang))}</small>` : ""}

<ol class="brief-recs">
${recs}
</ol>`;
}

export function briefMarkdown(study: StudyBundle, overview: Pick<OverviewView, "dimensions">, lang: Lang, charts: BriefCharts, figures?: BriefFiguresInput): string {
  const other: Lang = lang === "id" ? "en" : "id";
  const site = siteText(study, !!figures);
  const kind = site.source_kind;
  const text = (row: { text_id: string; text_en: string }) => (lang === "id" ? row.text_id : row.text_en);
  const dimName = new Map(study.dimensions.map((d) => [d.id, lang === "id" ? d.name_id : d.name_en]));
  const siteTitle = lang === "id" ? site.title_id : site.title_en;
  const title = (lang === "id" ? site.brief_title_id : site.brief_title_en) ?? `${t(lang, "nav.brief")}: ${siteTitle}`;
  const assessed = site.has.assessments;
  const rows = overview.dimensions
    .map((d) => `<tr><th scope="row">${esc(dimName.get(d.id)!)}</th>${assessed ? `<td>${d.verdict ? esc(t(lang, `rating.${d.verdict.rating}`)) : "–"}</td>` : ""}<td>${d.strengths.length}</td><td>${d.gaps.length}</td></tr>`)
    .join("\n");
  const dimensionsTitle = tw(lang, assessed ? "brief.dimensionsTitle" : "brief.dimensionsTitlePlain", kind, { dimensions: countText(lang, "dimension", study.dimensions.length) });
  const central = site.central ? study.findings.find((f) => f.id === site.central!.finding) : undefined;
  const centralHeading = site.central ? ((lang === "id" ? site.central.heading_id : site.central.heading_en) ?? t(lang, "overview.centralTitle")) : "";
  const backing = (site.central?.backing ?? []).flatMap((id) => study.findings.filter((f) => f.id === id));
  const keyMessages = site.prose["key-messages"]?.[lang];
  return `---
title: ${JSON.stringify(`${t(lang, "nav.brief")} · ${siteTitle}`)}
toc: false
index: false
style: ../brief.css
---

<div class="brief">

# ${esc(title)}

<p class="brief-meta">${esc(lang === "id" ? study.meta.title_id : study.meta.title_en)} · <a href="../brief-${lang}.pdf">${t(lang, "brief.pdf")}</a> · <a href="../${other}/brief" hreflang="${other}" lang="${other}">${t(other, "nav.brief")}</a></p>

${lede(study, site, lang)}
${keyMessages ? `\n## ${esc(t(lang, "brief.keyMessages"))}\n\n<div class="brief-key">\n${proseHtml(keyMessages)}\n</div>\n` : ""}
${recommendationsSection(study, lang)}

## ${esc(t(lang, "brief.details"))}

### ${esc(dimensionsTitle)}

<div class="brief-grid">
<table class="brief-table brief-dimensions">
<thead><tr><th scope="col">${t(lang, "overview.dimension")}</th>${assessed ? `<th scope="col">${esc(tw(lang, "overview.assessment", kind))}</th>` : ""}<th scope="col">${t(lang, "valence.strength")}</th><th scope="col">${t(lang, "valence.gap")}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${inertHtml(charts.dimensions)}
</div>
${central ? `\n### ${esc(centralHeading)}\n\n${backing.length ? `<blockquote class="backing">${backing.map((f) => `<p data-finding="${esc(f.id)}">${esc(text(f))} ${locator(lang, f)}</p>`).join("")}</blockquote>\n\n<p data-finding="${esc(central.id)}">${esc(t(lang, "brief.problemSynthesis"))} “${esc(text(central))}” ${locator(lang, central)}</p>` : `<blockquote><p>${esc(text(central))}</p><footer>${locator(lang, central)}</footer></blockquote>`}\n` : ""}
${inertHtml(charts.stages)}

<p class="brief-note">${esc(t(lang, "brief.countsNote"))}</p>

${figures ? metricsSection(figures, lang) : ""}

<p class="brief-note">${esc(lang === "id" ? study.meta.coding_level_id : study.meta.coding_level_en)}</p>

</div>
`;
}
