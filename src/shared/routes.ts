/**
 * The one list of the site's pages. The sidebar, the parameterized routes (`dynamicPaths`),
 * the language switch and the page tests all derive from it; the dimension pages come from
 * the study's codebook, so another framework's dimensions get their own pages, and the document
 * pages from the study's sources (one reading view per source text).
 */
import { LANGS, t, type DictKey, type Lang } from "./i18n/index.js";

export interface PageDef {
  /** Dictionary key of the page's name. */
  key: DictKey;
  /** Path below the language folder: "" is the language's home. */
  path: string;
}

/**
 * The site's pages, in sidebar order. `dimensions/` expands to one page per codebook dimension,
 * `documents/` to one per source text; `agreement` exists only when the study has a second coder.
 */
export const PAGES: readonly PageDef[] = [
  { key: "nav.overview", path: "" },
  { key: "nav.dimensions", path: "dimensions/" },
  { key: "nav.stages", path: "stages" },
  { key: "nav.actors", path: "actors" },
  { key: "nav.recommendations", path: "recommendations" },
  { key: "nav.explorer", path: "explorer" },
  { key: "nav.documents", path: "documents/" },
  { key: "nav.agreement", path: "agreement" },
  { key: "nav.metrics", path: "metrics" },
  { key: "nav.brief", path: "brief" },
  { key: "nav.data", path: "data" }
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

/** What the study offers beyond its codebook and sources. */
export interface RouteOptions {
  /** The study folder has a second coder (coders/<name>.csv): the agreement page exists. */
  agreement?: boolean;
}

/** A page of the list with its expansions (dimension and document pages) in one language. */
function expand(lang: Lang, p: PageDef, dimensions: readonly DimensionRef[], sources: readonly SourceRef[], options: RouteOptions = {}): SidebarPage[] {
  if (p.path === "agreement" && !options.agreement) return [];
  if (p.path === "dimensions/")
    return dimensions.map((d) => ({ name: lang === "id" ? d.name_id : d.name_en, path: href(lang, `dimensions/${d.id}`) }));
  if (p.path === "documents/") return sources.map((s) => ({ name: `${t(lang, p.key)}: ${s.name}`, path: href(lang, `documents/${s.id}`) }));
  return [{ name: t(lang, p.key), path: href(lang, p.path) }];
}

/** Every page path of one language, dimension and document pages included. */
export function pathsOf(lang: Lang, dimensions: readonly DimensionRef[], sources: readonly SourceRef[] = [], options: RouteOptions = {}): string[] {
  return PAGES.flatMap((p) => expand(lang, p, dimensions, sources, options).map((x) => x.path));
}

/** `dynamicPaths` for Framework: every page in every language. */
export function dynamicPaths(dimensions: readonly DimensionRef[], sources: readonly SourceRef[] = [], options: RouteOptions = {}): string[] {
  return LANGS.flatMap((lang) => pathsOf(lang, dimensions, sources, options));
}

/** Sidebar: one collapsible section per language (the current page's section opens itself). */
export function sidebar(dimensions: readonly DimensionRef[], sources: readonly SourceRef[] = [], options: RouteOptions = {}): SidebarSection[] {
  return LANGS.map((lang) => ({
    name: t(lang, "nav.section"),
    collapsible: true,
    open: false,
    pages: PAGES.flatMap((p) => expand(lang, p, dimensions, sources, options))
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
export function pageName(path: string, dimensions: readonly DimensionRef[], sources: readonly SourceRef[] = []): string | undefined {
  const lang = langOf(path);
  if (!lang) return undefined;
  const rest = path.slice(lang.length + 2).replace(/(^|\/)index$/, "");
  const dim = /^dimensions\/([^/]+)$/.exec(rest);
  if (dim) {
    const d = dimensions.find((x) => x.id === dim[1]);
    return d && (lang === "id" ? d.name_id : d.name_en);
  }
  const doc = /^documents\/([^/]+)$/.exec(rest);
  if (doc) {
    const s = sources.find((x) => x.id === doc[1]);
    return s && `${t(lang, "nav.documents")}: ${s.name}`;
  }
  const page = PAGES.find((p) => p.path === rest);
  return page && t(lang, page.key);
}
