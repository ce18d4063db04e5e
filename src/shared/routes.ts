/**
 * The one list of the site's pages. The sidebar, the parameterized routes (`dynamicPaths`),
 * the language switch, search and the page tests all derive from it and from the study's shape
 * (`SiteShape`): the dimension pages come from the study's codebook (so another framework's
 * dimensions get their own pages), the document pages from its sources (one reading view per
 * source text); a page that needs an optional part of a study exists only when the study has it:
 * the metrics page public figures, the agreement page a second coder, the Compare cases page
 * cases, the actors pages coded actors, the stages × actors page actors and stage-tagged findings.
 */
import { LANGS, t, type DictKey, type Lang } from "./i18n/index.js";

export interface PageDef {
  /** Dictionary key of the page's name. */
  key: DictKey;
  /** Path below the language folder: "" is the language's home. */
  path: string;
  /** The page exists only when the study has these parts. */
  needs?: readonly Part[];
}

/**
 * The site's pages, in sidebar order. `dimensions/` expands to one page per codebook dimension,
 * `documents/` to one per source text; `agreement` exists only when the study has a second coder.
 */
export const PAGES: readonly PageDef[] = [
  { key: "nav.overview", path: "" },
  { key: "nav.dimensions", path: "dimensions/" },
  { key: "nav.stages", path: "stages", needs: ["actors", "stages"] },
  { key: "nav.actors", path: "actors", needs: ["actors"] },
  { key: "nav.recommendations", path: "recommendations" },
  { key: "nav.explorer", path: "explorer" },
  { key: "nav.compare", path: "compare", needs: ["cases"] },
  { key: "nav.documents", path: "documents/" },
  { key: "nav.agreement", path: "agreement", needs: ["agreement"] },
  { key: "nav.metrics", path: "metrics", needs: ["metrics"] },
  { key: "nav.brief", path: "brief" },
  { key: "nav.data", path: "data" },
  // Analyses of your own (docs/add-an-analysis.md): one line here, one page in src/[lang]/.
  { key: "nav.findingsPerActor", path: "findings-per-actor", needs: ["actors"] }
];

export interface DimensionRef {
  id: string;
  name_id: string;
  name_en: string;
}

/** A source text of the study as the routes know it: its page id and its short name. */
export interface SourceRef {
  id: string;
  name: string;
}

/** The page id of a source file: its name without the extension ("bab-v.txt" → "bab-v"). */
export function sourceId(file: string): string {
  return file.replace(/\.[^./]+$/, "");
}

/** The study's sources (study.json `sources`) as route entries; the short name falls back to the title. */
export function sourceRefs(sources: readonly { file: string; title: string; short?: string | undefined }[]): SourceRef[] {
  return sources.map((s) => ({ id: sourceId(s.file), name: s.short ?? s.title }));
}

/** The document page of a source, with the segment's anchor when given. */
export function documentPath(file: string, anchor?: string): string {
  return `documents/${encodeURIComponent(sourceId(file))}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;
}

export interface SidebarPage {
  name: string;
  path: string;
}
export interface SidebarSection {
  name: string;
  collapsible: true;
  open: false;
  pages: SidebarPage[];
}

export function href(lang: Lang, path: string): string {
  return `/${lang}/${path}`;
}

/** What the routes need to know about a study: its dimensions, its sources and which optional parts it has. */
export interface SiteShape {
  dimensions: readonly DimensionRef[];
  sources: readonly SourceRef[];
  /** The study has public figures (a metrics folder): the metrics page exists. */
  metrics: boolean;
  /** The study folder has a second coder (coders/<name>.csv): the agreement page exists. */
  agreement: boolean;
  /** The study has cases (cases.csv): the Compare cases page exists. */
  cases: boolean;
  /** The study codes actors (actors.csv has rows): the actors page and the stages × actors page exist. */
  actors: boolean;
  /** A finding is tagged with a stage: the stages × actors page exists. */
  stages: boolean;
}

/** The optional parts of a study a page may need. */
export type Part = "metrics" | "agreement" | "cases" | "actors" | "stages";

/** The pages this study has, in sidebar order (before dimension and document pages expand). */
export function pagesOf(site: SiteShape): PageDef[] {
  return PAGES.filter((p) => (p.needs ?? []).every((part) => site[part]));
}

/** A page of the list with its expansions (dimension and document pages) in one language. */
function expand(lang: Lang, p: PageDef, site: SiteShape): SidebarPage[] {
  if (p.path === "dimensions/")
    return site.dimensions.map((d) => ({ name: lang === "id" ? d.name_id : d.name_en, path: href(lang, `dimensions/${d.id}`) }));
  if (p.path === "documents/") return site.sources.map((s) => ({ name: `${t(lang, p.key)}: ${s.name}`, path: href(lang, `documents/${s.id}`) }));
  return [{ name: t(lang, p.key), path: href(lang, p.path) }];
}

/** Every page path of one language, dimension and document pages included. */
export function pathsOf(lang: Lang, site: SiteShape): string[] {
  return pagesOf(site).flatMap((p) => expand(lang, p, site).map((x) => x.path));
}

/** `dynamicPaths` for Framework: every page in every language. */
export function dynamicPaths(site: SiteShape): string[] {
  return LANGS.flatMap((lang) => pathsOf(lang, site));
}

/** Sidebar: one collapsible section per language (the current page's section opens itself). */
export function sidebar(site: SiteShape): SidebarSection[] {
  return LANGS.map((lang) => ({
    name: t(lang, "nav.section"),
    collapsible: true,
    open: false,
    pages: pagesOf(site).flatMap((p) => expand(lang, p, site))
  }));
}

/** The language of a page path (`/en/…` → en), or undefined outside the language folders. */
export function langOf(path: string): Lang | undefined {
  const first = path.split("/")[1];
  return LANGS.find((l) => l === first);
}

/** The same page in the other language. */
export function counterpart(path: string, to: Lang): string {
  const from = langOf(path);
  return from ? `/${to}${path.slice(from.length + 1)}` : `/${to}/`;
}

/** A link from page `from` to page `to` (both site paths) that works under any base path. */
export function relativeHref(from: string, to: string): string {
  const fromDir = from.endsWith("/") ? from : from.slice(0, from.lastIndexOf("/") + 1);
  const up = fromDir.split("/").filter(Boolean).length;
  const rel = `${"../".repeat(up)}${to.replace(/^\//, "")}`;
  return rel === "" ? "./" : rel;
}

/** The page's name in its language (dimension and document pages take their own names), or undefined off the list. */
export function pageName(path: string, site: SiteShape): string | undefined {
  const lang = langOf(path);
  if (!lang) return undefined;
  const rest = path.slice(lang.length + 2).replace(/(^|\/)index$/, "");
  const dim = /^dimensions\/([^/]+)$/.exec(rest);
  if (dim) {
    const d = site.dimensions.find((x) => x.id === dim[1]);
    return d && (lang === "id" ? d.name_id : d.name_en);
  }
  const doc = /^documents\/([^/]+)$/.exec(rest);
  if (doc) {
    const s = site.sources.find((x) => x.id === doc[1]);
    return s && `${t(lang, "nav.documents")}: ${s.name}`;
  }
  const page = pagesOf(site).find((p) => p.path === rest);
  return page && t(lang, page.key);
}
