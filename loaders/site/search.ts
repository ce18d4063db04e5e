/**
 * Search entries for every page in both languages. Framework indexes only the static text of
 * a page, and ours render from data in the browser; so the pages opt out (`index: false`) and
 * these entries give each one its name and the study text it shows, in its own language.
 */
import { LANGS, t, type Lang } from "../../src/shared/i18n/index.js";
import { PAGES, href, pagesOf, sourceRefs, type SiteShape } from "../../src/shared/routes.js";
import type { Study } from "../study/load.js";

export interface SearchEntry {
  path: string;
  title: string;
  text: string;
  keywords?: string;
}

function textsFor(study: Study, lang: Lang, path: string): string[] {
  const L = <T extends Record<`${F}_${Lang}`, string>, F extends string>(row: T, field: F) => row[`${field}_${lang}` as `${F}_${Lang}`];
  const findingText = (f: { text_id: string; text_en: string }) => (lang === "id" ? f.text_id : f.text_en);
  switch (path) {
    case "":
      return study.dimensions.map((d) => L(d, "name"));
    case "stages":
      return study.stages.map((s) => `${L(s, "label")} ${L(s, "description")}`).concat(study.actors.map((a) => L(a, "label")));
    case "actors":
      return study.actors.map((a) => L(a, "label")).concat(study.channels.map((c) => L(c, "label")));
    case "recommendations":
      return study.recommendations.map(findingText);
    case "explorer":
      return study.findings.map((f) => `${f.id} ${findingText(f)}`);
    case "compare":
      return (study.cases ?? []).map((c) => c.name).concat((study.variables ?? []).map((v) => v.name));
    default:
      return [];
  }
}

/** One entry per source text's document page: the text itself (id), or its segments' translations (en). */
function documentEntries(study: Study, lang: Lang, key: (typeof PAGES)[number]["key"]): SearchEntry[] {
  return sourceRefs(study.meta.sources).map((s, i) => {
    const file = study.meta.sources[i]!.file;
    const translations = [...study.findings, ...study.recommendations].filter((f) => f.source === file).map((f) => f.text_en);
    return { path: href(lang, `documents/${s.id}`), title: `${t(lang, key)}: ${s.name}`, text: lang === "id" ? (study.sources[file] ?? "") : translations.join(" ") };
  });
}

export function searchEntries(study: Study, site: SiteShape): SearchEntry[] {
  return LANGS.flatMap((lang) =>
    pagesOf(site).flatMap((p): SearchEntry[] =>
      p.path === "documents/"
        ? documentEntries(study, lang, p.key)
        : p.path === "dimensions/"
        ? study.dimensions.map((d) => ({
            path: href(lang, `dimensions/${d.id}`),
            title: lang === "id" ? d.name_id : d.name_en,
            text: [
              lang === "id" ? d.description_id : d.description_en,
              ...study.findings.filter((f) => f.dimension === d.id).map((f) => (lang === "id" ? f.text_id : f.text_en)),
              ...study.recommendations.filter((r) => r.dimension === d.id).map((r) => (lang === "id" ? r.text_id : r.text_en))
            ].join(" "),
            keywords: [d.name_en, d.name_id, d.id].join(" ")
          }))
        : [{ path: href(lang, p.path), title: t(lang, p.key), text: textsFor(study, lang, p.path).join(" ") }]
    )
  );
}
