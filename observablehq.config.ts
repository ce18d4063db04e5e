import { ARTIFACT_ENV, readArtifactData } from "./loaders/site/artifactRead.js";
import { outDir } from "./loaders/site/env.js";
import { escapeHtml } from "./src/shared/html.js";
import { DEFAULT_LANG, LANGS, t } from "./src/shared/i18n/index.js";
import { counterpart, dynamicPaths, langOf, pageName, relativeHref, sidebar } from "./src/shared/routes.js";
import { ogTags, type OgContext } from "./src/shared/og.js";

// The build's one reading of the study (loaders/site/artifact.ts): the codebook decides the
// dimension pages, the study's figures the metrics page. The site's name is the study's own
// (study.json `site`). Only reading it, the config loads no loader.
const data = readArtifactData() ?? fail();
function fail(): never {
  throw new Error(`observablehq.config.ts: ${ARTIFACT_ENV} names no artifact: run the site with npm run dev or npm run build (scripts/framework.ts), which read the study once and name it`);
}
const site = data.shape;
const words = data.datasets.site;
const siteTitle = (lang: "id" | "en") => (lang === "id" ? words.title_id : words.title_en);
// What a shared link shows: the study's own name and, where it writes them, its own ledes.
const figuresText = data.datasets.metrics.text;
const og: OgContext = {
  dimensions: data.datasets.dimensions,
  kind: words.source_kind,
  siteName: { id: words.title_id, en: words.title_en },
  ledes: Object.fromEntries(LANGS.map((lang) => [lang, { metrics: figuresText?.[lang]?.lead, brief: words.prose.programme?.[lang] }]))
};

export default {
  root: "src",
  output: outDir(),
  // No global title: each page's <title> is written in its own language by `head` below.
  // Framework writes `home` into the sidebar as HTML (every page name it escapes itself).
  home: escapeHtml(words.short_name),
  pages: sidebar(site),
  dynamicPaths: dynamicPaths(site),
  pager: false,
  // Pages render from data in the browser, so they opt out of Framework's text index (index: false)
  // and are indexed here, per language, with their names and the study text they show.
  search: {
    async *index() {
      yield* data.search;
    }
  },
  // No web fonts from the internet: the theme's system font stacks only.
  globalStylesheets: [],
  style: "style.css",
  // TypeScript loaders run in one Node process with tsx's hooks, not through the tsx command,
  // which starts a second process for each: about 0.2 s less per loader, a dozen loaders a build.
  interpreters: { ".ts": ["node", "--import", "tsx"] },
  // DuckDB runs on CSV, Arrow and JS arrays only: no extension is downloaded.
  duckdb: { extensions: { json: null, parquet: null } },
  head: ({ path }: { path: string }) => {
    const lang = langOf(path) ?? DEFAULT_LANG;
    const name = pageName(path, site);
    const title = name ? `${name} · ${siteTitle(lang)}` : siteTitle(lang);
    // The root page only leads to the default language (a link on the page says so without JavaScript).
    const redirect = langOf(path) ? "" : `\n<meta http-equiv="refresh" content="0; url=./${DEFAULT_LANG}/">`;
    return `<title>${escapeHtml(title)}</title>\n<link rel="icon" href="/favicon.svg" type="image/svg+xml">\n<script type="module" src="/a11y.js"></script>${redirect}\n${ogTags(path, title, og, process.env.SITE_URL)}`;
  },
  header: ({ path }: { path: string }) => {
    const lang = langOf(path) ?? DEFAULT_LANG;
    const other = LANGS.find((l) => l !== lang)!;
    return `<nav class="lang-switch" aria-label="${escapeHtml(t(lang, "site.switchLabel"))}"><a href="${relativeHref(path, counterpart(path, other))}" hreflang="${other}" lang="${other}">${escapeHtml(t(lang, "site.switch"))}</a></nav>`;
  },
  footer: ({ path }: { path: string }) => escapeHtml(t(langOf(path) ?? DEFAULT_LANG, "site.footer"))
};
