/**
 * The build's one reading of the study, kept as a content-hashed artifact: `npm run build` and
 * `npm run dev` (scripts/framework.ts) compute the site's data once (siteData.ts), write it to
 * `src/.observablehq/site/<key>/data.json` — the key is the hash of every input (the study and
 * metrics folders, data/, loaders/, the components and page templates: scripts/cache.ts) — and
 * hand its folder to everything Framework runs through `SITE_ARTIFACT`. The drawing step
 * (src/prerender.ts) adds the drawn pages and og:images to the same folder. Every data loader,
 * page loader, the config and the post-build steps read it; none reads the study folder again.
 *
 * Why a file rather than one archive loader: the config, the page loaders and the post-build
 * run outside Framework's data loaders and before or after them, so they could not read a loader's
 * output; a file keyed by its inputs serves them all, and an unchanged study is not read at all.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSiteData, type SiteData } from "./siteData.js";
import { artifactDataFile, readArtifactData } from "./artifactRead.js";

// Reading the artifact lives in artifactRead.ts, which imports no loader: what only reads it starts light.
export { ARTIFACT_ENV, artifactFile, drawnPage, drawnPagePath, ogPath, readArtifactData } from "./artifactRead.js";

/** Where artifacts live, beside Framework's cache (which scripts/cache.ts may clear). */
export const ARTIFACTS_DIR = "src/.observablehq/site";
/** How many artifacts (studies or versions of one) are kept. */
const KEEP = 6;

/** Written last: an artifact folder without it was never finished. */
const DONE_FILE = "done";

export function artifactDir(root: string, key: string): string {
  return join(root, ARTIFACTS_DIR, key);
}

/** Whether the artifact for `key` was finished (data and drawings). */
export function hasArtifact(dir: string): boolean {
  return existsSync(join(dir, DONE_FILE));
}

/** Writes the site's data into a new artifact folder (replacing an unfinished one); returns the folder. */
export function writeArtifactData(dir: string, data: SiteData): string {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(artifactDataFile(tmp), JSON.stringify(data));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

/** Marks the artifact finished and drops the oldest others beyond KEEP. */
export function finishArtifact(dir: string): void {
  writeFileSync(join(dir, DONE_FILE), new Date().toISOString());
  const parent = join(dir, "..");
  const others = readdirSync(parent)
    .map((name) => join(parent, name))
    .filter((path) => path !== dir)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const old of others.slice(KEEP - 1)) rmSync(old, { recursive: true, force: true });
}

/**
 * The site's data: the build's artifact when one is named (`SITE_ARTIFACT`, read once per
 * process), else computed here from the study folder (a loader run by hand, a test).
 */
export function siteData(env: NodeJS.ProcessEnv = process.env): SiteData {
  return readArtifactData(env) ?? buildSiteData(env);
}
