/**
 * Reading the build's artifact (artifact.ts writes it): its folder's variable, its data, the
 * paths the drawing step writes and a drawn page. Nothing here imports a loader, so what only
 * reads the artifact (the config) starts with no more than it needs.
 */
import { readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { SiteData } from "./siteData.js";
import { ARTIFACT_ENV } from "./drawnPage.js";

// What a page loader needs is plain JavaScript, in drawnPage.js (why: there).
export { ARTIFACT_ENV, artifactFile, drawnPage, drawnPagePath } from "./drawnPage.js";

const DATA_FILE = "data.json";

let cached: { dir: string; data: SiteData } | undefined;

/** The site's data in the artifact `SITE_ARTIFACT` names (read once per process), or undefined when none is named. */
export function readArtifactData(env: NodeJS.ProcessEnv = process.env): SiteData | undefined {
  const named = env[ARTIFACT_ENV]?.trim();
  if (!named) return undefined;
  // Dev's artifact is a link that moves to a new artifact on each edit: the cache follows it.
  const dir = realpathSync(named);
  if (cached?.dir !== dir) cached = { dir, data: JSON.parse(readFileSync(join(dir, DATA_FILE), "utf-8")) as SiteData };
  return cached.data;
}

/** The file of an artifact's data. */
export const artifactDataFile = (dir: string) => join(dir, DATA_FILE);

/** Where the drawing step keeps an og:image (`_og/…` in the built site). */
export const ogPath = (file: string) => `og/${file}`;

