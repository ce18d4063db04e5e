/**
 * Draws everything the build draws into an artifact's folder: each page template with its charts
 * (pages.ts), the brief in both languages (brief.ts) and the og:images (og.ts), from the site's
 * data. Pages the study does not have (the public figures without figures) are not drawn.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { drawnPagePath, ogPath } from "../../loaders/site/artifact.js";
import type { SiteData } from "../../loaders/site/siteData.js";
import { LANGS } from "../shared/i18n/index.js";
import { pagesOf } from "../shared/routes.js";
import { briefPage } from "./brief.js";
import { ogPngs } from "./og.js";
import { drawPage, templatePages } from "./pages.js";

export interface Drawn {
  pages: number;
  briefs: number;
  og: number;
}

function write(dir: string, path: string, content: string | Uint8Array): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export async function drawArtifact(dir: string, data: SiteData): Promise<Drawn> {
  const routes = new Set(pagesOf(data.shape).map((p) => p.path || "index"));
  const drawn: Drawn = { pages: 0, briefs: 0, og: 0 };
  // The og:images first: resvg rasterises them in its threads while the pages are drawn here.
  const og = ogPngs(data);
  for (const lang of LANGS) {
    for (const page of templatePages().filter((p) => routes.has(p))) {
      write(dir, drawnPagePath(lang, page), drawPage(page, lang, data.datasets));
      drawn.pages++;
    }
    write(dir, drawnPagePath(lang, "brief"), briefPage(data, lang));
    drawn.briefs++;
  }
  for (const [file, png] of og) {
    write(dir, ogPath(file), await png);
    drawn.og++;
  }
  return drawn;
}
