/**
 * The study's own words for the site (src/data/site.json and the build's titles): its name,
 * what was coded, its prose, and which optional parts it has.
 * Everything a study says lives in its folder (docs/study-format.md); these are its defaults.
 */
import type { Lang } from "../../src/shared/i18n/index.js";
import type { Study } from "./load.js";
import type { StudyProse } from "./prose.js";
import type { SourceKind } from "./schema.js";

export interface SiteText {
  id: string;
  source_kind: SourceKind;
  title_id: string;
  title_en: string;
  short_name: string;
  overview_title_id: string;
  overview_title_en: string;
  /** The brief's title, or null for the interface's "Policy brief: <site title>". */
  brief_title_id: string | null;
  brief_title_en: string | null;
  prose: StudyProse;
  /** Which optional parts the study has: the site shows no empty shell for a missing one. */
  has: { metrics: boolean; assessments: boolean; recommendations: boolean; actors: boolean };
}

export function siteText(study: Pick<Study, "meta" | "prose" | "assessments" | "recommendations" | "actors">, metrics: boolean): SiteText {
  const m = study.meta;
  const site = m.site;
  return {
    id: m.id,
    source_kind: m.source_kind ?? "documents",
    title_id: site?.title_id ?? m.title_id,
    title_en: site?.title_en ?? m.title_en,
    short_name: site?.short_name ?? m.id,
    overview_title_id: site?.overview_title_id ?? site?.title_id ?? m.title_id,
    overview_title_en: site?.overview_title_en ?? site?.title_en ?? m.title_en,
    brief_title_id: site?.brief_title_id ?? null,
    brief_title_en: site?.brief_title_en ?? null,
    prose: study.prose ?? {},
    has: { metrics, assessments: study.assessments.length > 0, recommendations: study.recommendations.length > 0, actors: study.actors.length > 0 }
  };
}

/** A bilingual field of the site text in `lang`. */
export function siteField<F extends string>(site: { [K in `${F}_${Lang}`]: string }, lang: Lang, field: F): string {
  return site[`${field}_${lang}` as `${F}_${Lang}`];
}
