/**
 * Links that travel: the Open Graph tags of every page (title, its lede as description, locale,
 * and for the overview, the brief and the dimension pages an image of their key chart, made at
 * build time by scripts/og.ts). Used by observablehq.config.ts `head`.
 */
import { escapeHtml } from "./html.js";
import { t, tw, type DictKey, type Lang, type SourceKind } from "./i18n/index.js";
import { langOf } from "./routes.js";

export const OG_LOCALE: Record<Lang, string> = { id: "id_ID", en: "en_GB" };

/** The dictionary key of each page's lede (what a shared link shows under its title). */
const LEDE: Record<string, DictKey> = {
  "": "overview.lede",
  stages: "stages.lede",
  actors: "actors.intro",
  recommendations: "recommendations.lede",
  explorer: "explorer.intro",
  data: "data.downloadsNote"
};

export interface OgDimension {
  id: string;
  description_id: string;
  description_en: string;
}

/** What the tags need to know of the study: its dimensions, its kind of source, its name and its own ledes. */
export interface OgContext {
  dimensions: readonly OgDimension[];
  kind?: SourceKind;
  /** The site's name in each language (the study's own, study.json `site`). */
  siteName: Record<Lang, string>;
  /** Ledes the study writes itself (its public-figures lead, its programme summary), by page path below the language. */
  ledes?: Partial<Record<Lang, Partial<Record<string, string>>>>;
}

/** The page's path below its language folder ("" for the home page). */
export function pageRest(path: string): string | undefined {
  const lang = langOf(path);
  return lang ? path.slice(lang.length + 2).replace(/(^|\/)index$/, "") : undefined;
}

/** Where the page's og:image is written in the built site (no leading slash), or undefined when it has none. */
export function ogImageFile(path: string, dimensions: readonly { id: string }[]): string | undefined {
  const lang = langOf(path);
  const rest = pageRest(path);
  if (!lang || rest === undefined) return undefined;
  if (rest === "" || rest === "brief") return `_og/${lang}-${rest || "overview"}.png`;
  const dim = /^dimensions\/([^/]+)$/.exec(rest);
  if (dim && dimensions.some((d) => d.id === dim[1])) return `_og/${lang}-dimension-${dim[1]}.png`;
  return undefined;
}

/** A description of at most `max` characters, cut at a word. */
export function shorten(text: string, max = 200): string {
  const s = text.replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/** The page's lede in its language. */
export function ogDescription(path: string, context: Pick<OgContext, "dimensions" | "kind" | "ledes">): string {
  const lang = langOf(path) ?? "id";
  const rest = pageRest(path) ?? "";
  const dim = /^dimensions\/([^/]+)$/.exec(rest);
  const d = dim ? context.dimensions.find((x) => x.id === dim[1]) : undefined;
  if (d) return shorten(lang === "id" ? d.description_id : d.description_en);
  const own = context.ledes?.[lang]?.[rest];
  if (own) return shorten(own);
  return shorten(tw(lang, LEDE[rest] ?? "og.description", context.kind));
}

/**
 * The tags for the page at `path` titled `title`. The image URL is absolute when the site's
 * address is known (`SITE_URL`), else relative to the page.
 */
export function ogTags(path: string, title: string, context: OgContext, siteUrl = ""): string {
  const lang = langOf(path);
  if (!lang) return "";
  const image = ogImageFile(path, context.dimensions);
  const up = "../".repeat(Math.max(0, path.split("/").length - 2));
  const imageUrl = image ? (siteUrl ? `${siteUrl.replace(/\/$/, "")}/${image}` : `${up}${image}`) : "";
  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}">`;
  return [
    meta("og:type", "website"),
    meta("og:title", title),
    meta("og:description", ogDescription(path, context)),
    meta("og:locale", OG_LOCALE[lang]),
    meta("og:site_name", context.siteName[lang]),
    ...(imageUrl ? [meta("og:image", imageUrl), meta("og:image:type", "image/png"), meta("og:image:width", "1200"), meta("og:image:height", "630"), `<meta name="twitter:card" content="summary_large_image">`] : [])
  ].join("\n");
}
