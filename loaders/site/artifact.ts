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
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSiteData, type SiteData } from "./siteData.js";

/** The environment variable that names the artifact's folder for the processes of one build. */
export const ARTIFACT_ENV = "SITE_ARTIFACT";
/** Where artifacts live, beside Framework's cache (which scripts/cache.ts may clear). */
export const ARTIFACTS_DIR = "src/.observablehq/site";
/** How many artifacts (studies or versions of one) are kept. */
const KEEP = 6;

const DATA_FILE = "data.json";
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
  writeFileSync(join(tmp, DATA_FILE), JSON.stringify(data));
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

let cached: { dir: string; data: SiteData } | undefined;

/**
 * The site's data: the build's artifact when one is named (`SITE_ARTIFACT`, read once per
 * process), else computed here from the study folder (a loader run by hand, a test).
 */
export function siteData(env: NodeJS.ProcessEnv = process.env): SiteData {
  const named = env[ARTIFACT_ENV]?.trim();
  if (!named) return buildSiteData(env);
  // Dev's artifact is a link that moves to a new artifact on each edit: the cache follows it.
  const dir = realpathSync(named);
  if (cached?.dir !== dir) cached = { dir, data: JSON.parse(readFileSync(join(dir, DATA_FILE), "utf-8")) as SiteData };
  return cached.data;
}

/** A file the drawing step wrote into the build's artifact (a drawn page, an og:image), or undefined outside a build. */
export function artifactFile(path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env[ARTIFACT_ENV]?.trim();
  return dir ? join(dir, path) : undefined;
}

/** Where the drawing step keeps a drawn page (its page loader prints it). */
export const drawnPagePath = (lang: string, page: string) => `pages/${lang}/${page}.md`;
/** Where the drawing step keeps an og:image (`_og/…` in the built site). */
export const ogPath = (file: string) => `og/${file}`;

/**
 * A page as the drawing step drew it, for its page loader (src/[lang]/<page>.md.ts). Outside a
 * build there is no drawing step: the error says how to get one.
 */
export function drawnPage(page: string, lang: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = artifactFile(drawnPagePath(lang, page), env);
  if (!file || !existsSync(file)) throw new Error(`${page}.md: no drawn page for ${lang} (${file ?? `${ARTIFACT_ENV} is not set`}): page loaders print what the drawing step drew; run them through npm run build or npm run dev`);
  return readFileSync(file, "utf-8");
}
