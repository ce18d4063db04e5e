/** What the study is, what was coded, and what is not known: unknowns are shown, never guessed. */
import { html } from "htl";
import { t, type Lang } from "../shared/i18n/index.js";
import type { StudyBundle } from "../../loaders/study/bundle.js";

export function studyInfo(study: Pick<StudyBundle, "meta">, { lang }: { lang: Lang }): HTMLElement {
  const m = study.meta;
  const value = (v: string | number | null) => (v === null || v === "" ? html`<em class="unknown">${t(lang, "data.unknown")}</em>` : String(v));
  return html`<dl class="study-info">
    <dt>${t(lang, "data.title")}</dt><dd lang="id">${m.title_id}</dd>${lang === "en" ? html`<dd>${m.title_en}</dd>` : ""}
    <dt>${t(lang, "data.place")}</dt><dd>${lang === "id" ? m.place_id : m.place_en}</dd>
    <dt>${t(lang, "data.framework")}</dt><dd>${m.framework.citation}${m.framework.isbn ? ` ISBN ${m.framework.isbn}` : ""}</dd>
    <dt>${t(lang, "data.author")}</dt><dd>${value(m.author)}</dd>
    <dt>${t(lang, "data.year")}</dt><dd>${value(m.year)}</dd>
    <dt>${t(lang, "data.institution")}</dt><dd>${value(m.institution)}</dd>
    <dt>${t(lang, "data.codingLevel")}</dt><dd>${lang === "id" ? m.coding_level_id : m.coding_level_en}</dd>
  </dl>` as HTMLElement;
}

export interface DescriptorResource {
  name: string;
  path: string;
  description: string;
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
        (r) => html`<tr><td><a href="${base}${studyId}/${r.path}">${r.path}</a></td><td>${r.description}</td><td>${r.schema.fields.map((f) => f.name).join(", ")}</td></tr>`
      )}</tbody>
    </table>
  </div>` as HTMLElement;
}
