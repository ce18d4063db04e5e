/**
 * The policy brief as static Markdown with inline SVG, so it reads and prints fully without
 * JavaScript; one source for both languages. It speaks in the site's two voices: it opens with
 * what the study says — its own overall conclusion, its qualification and its verdicts, then its
 * saran, each with its locator — and only then gives our analysis, marked as ours: our summary,
 * the stage chart (the site's own, src/components/charts.ts, drawn by src/prerender/brief.ts and
 * handed in as HTML) with its counting rule, and public figures with their caveats. Every word
 * about the study comes from its folder (study.json, prose/, metrics/); a part the study lacks
 * reads as such, never as an empty shell.
 */
// Every study text goes into Markdown: escaped for Markdown and Framework, not only for HTML.
import { escapeMarkdown as esc, inertHtml, safeUrl } from "../../src/shared/html.js";
import { countText, formatNumber, pick, t, tw, type Lang, type SourceKind } from "../../src/shared/i18n/index.js";
import { spellCount } from "../../src/shared/i18n/numbers.js";
import { locatorText } from "../../src/shared/locator.js";
import { mt } from "../../src/shared/metricsText.js";
import { proseHtml } from "../../src/shared/prose.js";
import { voiceSectionHtml } from "../../src/shared/voice.js";
import type { BriefFigures } from "../metrics/text.js";
import { siteText, type SiteText } from "../study/site.js";
import type { MetricObservation, MetricsBundle } from "../metrics/bundle.js";
import type { StudyBundle } from "../study/bundle.js";
import type { OverviewView, Quote } from "../study/views.js";
import { inferredCodes } from "../study/derive.js";
import { actorLabel, inferredNote } from "../../src/shared/inferred.js";

/** The brief's chart, drawn by the site's components (src/prerender/brief.ts), as HTML. */
export interface BriefCharts {
  stages: string;
}

/** A statement's place, as the site writes it ("Bab V, 5.1 butir 2"), with its id. */
function locator(lang: Lang, q: { id: string; source: string; source_name?: string; section: string; item: string; start: number; end: number }): string {
  return `<span class="locator">(${esc(q.id)}, ${esc(locatorText(q, lang))})</span>`;
}

/**
 * Where the link to the brief's PDF goes once `npm run brief:pdf` has printed it (scripts/brief-pdf.ts
 * fills the slot in the built page): a site built without the PDF links to none.
 */
export const PDF_SLOT = '<span class="brief-pdf-slot"></span>';

const text = (lang: Lang, row: { text_id: string; text_en: string }) => (lang === "id" ? row.text_id : row.text_en);

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
  return `<h3>${esc(t(lang, "brief.metricsTitle"))}</h3>

<p>${esc(mt(bundle, lang, "brief.metricsNote"))}</p>

<table class="brief-table brief-metrics">
<caption>${esc(mt(bundle, lang, "brief.metricsCaption"))}</caption>
<thead><tr><th scope="col">${t(lang, "brief.place")}</th>${years.map((y) => `<th scope="col">${esc(choice.method_label)} ${esc(y)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>

<p>${esc(mt(bundle, lang, "brief.targets"))}: ${targetText}.</p>

<p class="brief-note">${esc(mt(bundle, lang, "brief.caveatSurveys"))} ${esc(mt(bundle, lang, "brief.caveatEffect"))}</p>

<ol class="brief-sources">
${sources}
</ol>`;
}

/** Our summary of the programme (prose/programme.<lang>.md), or a line from the data. */
function lede(study: StudyBundle, site: SiteText, lang: Lang): string {
  const own = site.prose.programme?.[lang];
  if (own) return proseHtml(own);
  return `<p>${esc(tw(lang, "brief.lede", site.source_kind, { findings: countText(lang, "finding", study.findings.length), dimensions: countText(lang, "dimension", study.dimensions.length) }))}</p>`;
}

/** What the study itself concludes: its conclusion, its qualification read as one sentence, its verdicts. */
function conclusionSection(overview: Pick<OverviewView, "conclusion" | "dimensions">, lang: Lang, kind: SourceKind): string {
  const c = overview.conclusion;
  const verdicts = overview.dimensions.filter((d) => d.verdict);
  if (!c && !verdicts.length) return "";
  const sentence = (qs: readonly Quote[]) => `<p class="conclusion-sentence">“${esc(joinClauses(qs.map((q) => text(lang, q))))}” ${qs.map((q) => locator(lang, q)).join(" ")}</p>`;
  const rows = verdicts
    .map((d) => `<tr><th scope="row">${esc(pick(lang, d, "name"))}</th><td>${esc(pick(lang, d.verdict!, "rating_text"))}</td><td>${d.verdict!.finding ? locator(lang, d.verdict!.finding) : ""}</td></tr>`)
    .join("\n");
  const body = [
    `<h2 id="conclusion">${esc(tw(lang, "brief.conclusionTitle", kind))}</h2>`,
    ...(c ? c.findings.map((q) => sentence([q])) : []),
    ...(c?.qualification.length ? [`<h3>${esc(tw(lang, "overview.qualificationTitle", kind))}</h3>`, sentence(c.qualification)] : []),
    ...(verdicts.length
      ? [
          `<h3>${esc(tw(lang, "brief.verdictsTitle", kind))}</h3>`,
          `<table class="brief-table brief-dimensions"><thead><tr><th scope="col">${esc(t(lang, "overview.dimension"))}</th><th scope="col">${esc(tw(lang, "overview.assessment", kind))}</th><th scope="col">${esc(t(lang, "analyses.locator"))}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`
        ]
      : [])
  ].join("\n");
  return voiceSectionHtml(lang, "study", body);
}

/** Clauses the study wrote as one sentence but we coded apart, read as one again. */
function joinClauses(texts: readonly string[]): string {
  return texts.reduce((out, s) => (out === "" ? s : /[.!?;:,]$/.test(out) ? `${out} ${s}` : `${out}, ${s}`), "");
}

/**
 * The study's saran, in its words, under its own lever; the actors who would act and the findings
 * a saran answers are our coding, said apart on each and marked as ours.
 */
function recommendationsSection(study: StudyBundle, lang: Lang, kind: SourceKind): string {
  const dimName = new Map(study.dimensions.map((d) => [d.id, pick(lang, d, "name")]));
  const actorById = new Map(study.actors.map((a) => [a.id, a]));
  const inferred = inferredCodes(study, "recommendations.csv");
  const anyInferred = study.recommendations.some((r) => r.actors.some((a) => inferred.get(r.id)?.has(a)));
  const actorName = (r: { id: string }, a: string) => {
    const actor = actorById.get(a);
    return actor ? actorLabel(lang, { ...actor, inferred: inferred.get(r.id)?.has(a) ?? false }, true) : a;
  };
  if (!study.recommendations.length) {
    return `<h2>${esc(t(lang, "nav.recommendations"))}</h2>

<p class="brief-empty" data-empty="recommendations">${esc(t(lang, "recommendations.none"))} ${esc(t(lang, "recommendations.howToAdd"))} <a href="../${lang}/recommendations">${esc(t(lang, "recommendations.howToLink"))}</a>.</p>`;
  }
  const names = study.meta.sources.reduce<Record<string, string>>((m, s) => ({ ...m, [s.file]: s.short ?? s.title }), {});
  const recs = study.recommendations
    .map((r) => {
      const own = text(lang, r);
      const lever = dimName.get(r.dimension) ?? r.dimension;
      // The study names each saran's lever at its start; it is not written twice.
      const named = own.toLocaleLowerCase().startsWith(lever.toLocaleLowerCase());
      const ours = `<span class="voice-inline">◇ ${esc(t(lang, "voice.ours"))}:</span> ${esc(t(lang, "brief.who"))}: ${r.actors.map((a) => esc(actorName(r, a))).join(", ") || "–"} · ${esc(t(lang, "brief.answers"))}: ${r.answers.map(esc).join(", ") || "–"}`;
      return `<li data-recommendation="${esc(r.id)}"><p>${named ? "" : `<strong>${esc(lever)}.</strong> `}${esc(own)} ${locator(lang, { ...r, source_name: names[r.source] })}</p>
<p class="who">${ours}</p></li>`;
    })
    .join("\n");
  const n = study.recommendations.length;
  return voiceSectionHtml(
    lang,
    "study",
    `<h2 id="saran">${esc(tw(lang, "brief.saranTitle", kind, { count: spellCount(lang, n, { capital: true }) }))}</h2>${anyInferred ? ` <p class="brief-note">${esc(inferredNote(lang))}</p>` : ""}

<ol class="brief-recs">
${recs}
</ol>`
  );
}

export function briefMarkdown(study: StudyBundle, overview: Pick<OverviewView, "conclusion" | "dimensions">, lang: Lang, charts: BriefCharts, figures?: BriefFiguresInput): string {
  const other: Lang = lang === "id" ? "en" : "id";
  const site = siteText(study, !!figures);
  const kind = site.source_kind;
  const siteTitle = lang === "id" ? site.title_id : site.title_en;
  const title = (lang === "id" ? site.brief_title_id : site.brief_title_en) ?? `${t(lang, "nav.brief")}: ${siteTitle}`;
  const keyMessages = site.prose["key-messages"]?.[lang];
  const summary = [
    `<h2 id="analysis">${esc(t(lang, "brief.details"))}</h2>`,
    keyMessages ? `<h3>${esc(t(lang, "brief.keyMessages"))}</h3>\n<div class="brief-key">\n${proseHtml(keyMessages)}\n</div>` : "",
    lede(study, site, lang)
  ].join("\n");
  return `---
title: ${JSON.stringify(`${t(lang, "nav.brief")} · ${siteTitle}`)}
toc: false
index: false
style: ../brief.css
---

<div class="brief">

<h1>${esc(title)}</h1>

<p class="brief-meta">${esc(lang === "id" ? study.meta.title_id : study.meta.title_en)}${PDF_SLOT} · <a href="../${other}/brief" hreflang="${other}" lang="${other}">${esc(t(other, "nav.brief"))}</a></p>

${conclusionSection(overview, lang, kind)}

${recommendationsSection(study, lang, kind)}

${voiceSectionHtml(lang, "ours", summary, tw(lang, "brief.summaryMethod", kind))}

${inertHtml(charts.stages)}

${figures ? voiceSectionHtml(lang, "ours", metricsSection(figures, lang), t(lang, "brief.figuresMethod")) : ""}

<p class="brief-note">${esc(lang === "id" ? study.meta.coding_level_id : study.meta.coding_level_en)}</p>

</div>
`;
}
