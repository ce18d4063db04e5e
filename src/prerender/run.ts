/**
 * The drawing step of `npm run build` and `npm run dev`, run once per artifact by
 * scripts/framework.ts (SITE_ARTIFACT names it): every page template with its charts drawn
 * (pages.ts), the brief in both languages (brief.ts) and the og:images (og.ts), all drawn by the
 * site's own components from the artifact's data, written into the artifact's folder, where the
 * page loaders and the post-build read them. A located problem (a template naming an unknown
 * chart) prints as `file:line: field: message` and exits 1.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ARTIFACT_ENV, drawnPagePath, ogPath, siteData } from "../../loaders/site/artifact.js";
import { DataError } from "../../loaders/errors.js";
import { LANGS } from "../shared/i18n/index.js";
import { pagesOf } from "../shared/routes.js";
import { briefPage } from "./brief.js";
import { ogPngs } from "./og.js";
import { drawPage, templatePages } from "./pages.js";

function write(dir: string, path: string, content: string | Uint8Array): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

const dir = process.env[ARTIFACT_ENV];
if (!dir) {
  console.error(`prerender: ${ARTIFACT_ENV} must name the artifact's folder (npm run build and npm run dev set it)`);
  process.exit(2);
}
try {
  const data = siteData();
  const routes = new Set(pagesOf(data.shape).map((p) => p.path || "index"));
  let pages = 0;
  for (const lang of LANGS) {
    for (const page of templatePages().filter((p) => routes.has(p))) {
      write(dir, drawnPagePath(lang, page), drawPage(page, lang, data.datasets));
      pages++;
    }
    write(dir, drawnPagePath(lang, "brief"), briefPage(data, lang));
  }
  const og = ogPngs(data);
  for (const [file, png] of og) write(dir, ogPath(file), png);
  console.error(`prerender: ${pages} pages with charts drawn, ${LANGS.length} briefs, ${og.size} og:images`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`prerender: ${error.message}`);
  process.exit(1);
}
