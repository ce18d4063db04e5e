/**
 * The one list of the site's pages. The sidebar, the parameterized routes (`dynamicPaths`),
 * the language switch and the page tests all derive from it; the dimension pages come from
 * the study's codebook, so another framework's dimensions get their own pages.
 */
import { LANGS, t, type DictKey, type Lang } from "./i18n/index.js";

export interface PageDef {
  /** Dictionary key of the page's name. */
  key: DictKey;
  /** Path below the language folder: "" is the language's home. */
  path: string;
}

/** The site's pages, in sidebar order. `dimensions/` expands to one page per codebook dimension. */
export const PAGES: readonly PageDef[] = [
  { key: "nav.overview", path: "" },
  { key: "nav.dimensions", path: "dimensions/" },
  { key: "nav.stages", path: "stages" },
  { key: "nav.actors", path: "actors" },
  { key: "nav.recommendations", path: "recommendations" },
  { key: "nav.explorer", path: "explorer" },
  { key: "nav.metrics", path: "metrics" },
  { key: "nav.brief", path: "brief" },
  { key: "nav.data", path: "data" }
];

export interface DimensionRef {
  id: string;
  name_id: string;
  name_en: string;
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

/** Every page path of one language, dimension pages included. */
export function pathsOf(lang: Lang, dimensions: readonly DimensionRef[]): string[] {
  return PAGES.flatMap((p) =>
    p.path === "dimensions/" ? dimensions.map((d) => href(lang, `dimensions/${d.id}`)) : [href(lang, p.path)]
  );
}

/** `dynamicPaths` for Framework: every page in every language. */
export function dynamicPaths(dimensions: readonly DimensionRef[]): string[] {
  return LANGS.flatMap((lang) => pathsOf(lang, dimensions));
}

/** Sidebar: one collapsible section per language (the current page's section opens itself). */
export function sidebar(dimensions: readonly DimensionRef[]): SidebarSection[] {
  return LANGS.map((lang) => ({
    name: t(lang, "nav.section"),
    collapsible: true,
    open: false,
    pages: PAGES.flatMap((p) =>
      p.path === "dimensions/"
        ? dimensions.map((d) => ({ name: lang === "id" ? d.name_id : d.name_en, path: href(lang, `dimensions/${d.id}`) }))
        : [{ name: t(lang, p.key), path: href(lang, p.path) }]
    )
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

/** The page's name in its language (dimension pages take the dimension's name), or undefined off the list. */
export function pageName(path: string, dimensions: readonly DimensionRef[]): string | undefined {
  const lang = langOf(path);
  if (!lang) return undefined;
  const rest = path.slice(lang.length + 2).replace(/(^|\/)index$/, "");
  const dim = /^dimensions\/([^/]+)$/.exec(rest);
  if (dim) {
    const d = dimensions.find((x) => x.id === dim[1]);
    return d && (lang === "id" ? d.name_id : d.name_en);
  }
  const page = PAGES.find((p) => p.path === rest);
  return page && t(lang, page.key);
}
