/** What the study is, what was coded, and what is not known: unknowns are shown, never guessed. */
import { html } from "htl";
import { t, type Lang } from "../shared/i18n/index.js";

/** What the data page shows of study.json (site/study.json `meta`). */
export interface StudyInfoMeta {
  title_id: string;
  title_en: string;
  place_id: string;
  place_en: string;
  framework: { citation: string; isbn?: string | null | undefined; note_id?: string | undefined; note_en?: string | undefined };
  author: string | null;
  year: string | number | null;
  institution: string | null;
  coding_level_id: string;
  coding_level_en: string;
  sources: readonly { file: string; title: string; short?: string | undefined; provenance: string }[];
}

export function studyInfo(study: { meta: StudyInfoMeta }, { lang }: { lang: Lang }): HTMLElement {
  const m = study.meta;
  const value = (v: string | number | null) => (v === null || v === "" ? html`<em class="unknown">${t(lang, "data.unknown")}</em>` : String(v));
  return html`<dl class="study-info">
    <dt>${t(lang, "data.title")}</dt><dd lang="id">${m.title_id}</dd>${lang === "en" ? html`<dd>${m.title_en}</dd>` : ""}
    <dt>${t(lang, "data.place")}</dt><dd>${lang === "id" ? m.place_id : m.place_en}</dd>
    <dt>${t(lang, "data.framework")}</dt><dd>${m.framework.citation}${m.framework.isbn ? ` ISBN ${m.framework.isbn}` : ""}</dd>
    <dt>${t(lang, "data.author")}</dt><dd>${value(m.author)}</dd>
    <dt>${t(lang, "data.year")}</dt><dd>${value(m.year)}</dd>
    <dt>${t(lang, "data.institution")}</dt><dd>${value(m.institution)}</dd>
    <dt>${t(lang, "data.codingLevel")}</dt><dd>${lang === "id" ? m.coding_level_id : m.coding_level_en}</dd>${frameworkNote(m.framework, lang)}
    <dt>${t(lang, "data.sources")}</dt>${m.sources.map((s) => html`<dd><strong>${s.title}</strong>${s.short && s.short !== s.title ? ` (${s.short})` : ""}: ${s.provenance}</dd>`)}
  </dl>` as HTMLElement;
}

/** The study's note on its framework (a <dt> and its <dd>), in the page's language, or in the other one marked as such. */
function frameworkNote(f: { note_id?: string | undefined; note_en?: string | undefined }, lang: Lang): Node[] | undefined {
  const own = lang === "id" ? f.note_id : f.note_en;
  const other = lang === "id" ? f.note_en : f.note_id;
  const otherLang = lang === "id" ? "en" : "id";
  if (!own && !other) return undefined;
  const dd = own ? html`<dd>${own}</dd>` : html`<dd lang="${otherLang}">${other} <span class="untranslated-badge">${t(lang, "analyses.untranslated")}</span></dd>`;
  return [html`<dt>${t(lang, "data.frameworkNote")}</dt>` as Node, dd as Node];
}

export interface DescriptorResource {
  name: string;
  path: string;
  description: string;
  /** The description in Indonesian (a property of ours beside Frictionless's own). */
  description_id?: string;
  schema: { fields: { name: string }[] };
}

/** The download list: the zip, datapackage.json and each table, relative to `base` (the downloads folder). */
export function downloadList(
  descriptor: { resources: DescriptorResource[] },
  { lang, base, studyId, sources = [] }: { lang: Lang; base: string; studyId: string; sources?: readonly { file: string; title: string }[] }
): HTMLElement {
  // Each source text of the study, by its own title (a thesis chapter, interview transcripts…).
  const sourceLinks = sources.map((s) => html` · <a href="${base}${studyId}/source/${encodeURIComponent(s.file)}">${t(lang, "data.sourceText")}: ${s.title}</a>`);
  return html`<div class="downloads">
    <p><a href="${base}${studyId}.zip" download>${t(lang, "data.zip")}</a> · <a href="${base}${studyId}/datapackage.json">datapackage.json</a>${sourceLinks}</p>
    <table>
      <caption>${t(lang, "data.tables")}</caption>
      <thead><tr><th scope="col">${t(lang, "data.file")}</th><th scope="col">${t(lang, "data.description")}</th><th scope="col">${t(lang, "data.fields")}</th></tr></thead>
      <tbody>${descriptor.resources.map(
        (r) => html`<tr><td><a href="${base}${studyId}/${r.path}">${r.path}</a></td><td>${lang === "id" && r.description_id ? r.description_id : html`<span lang="en">${r.description}</span>`}</td><td>${r.schema.fields.map((f) => f.name).join(", ")}</td></tr>`
      )}</tbody>
    </table>
  </div>` as HTMLElement;
}
