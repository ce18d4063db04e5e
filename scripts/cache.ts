/**
 * Keeps Framework's cache honest. Framework re-runs a data loader only when the loader file
 * itself is newer than its cached output, and keeps npm bundles forever. We key both caches:
 * loader outputs to the contents of data/, loaders/, the study and metrics folders and STUDY/METRICS themselves,
 * and — for the page loaders, which draw the pages' first charts at build time — to src/components/ and the
 * page templates in src/[lang]/;
 * npm bundles to the lockfile and the hermetic preload.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { metricsDir } from "../loaders/site/env.js";
import { filesUnder } from "../loaders/walk.js";

export const CACHE_DIR = "src/.observablehq/cache";
const KEY_FILE = ".keys.json";
/** Cache entries holding npm bundles and DuckDB files, keyed to the lockfile. */
const MODULE_ENTRIES = new Set(["_npm", "_node", "_jsr", "_duckdb"]);

/** Names left out of a key: dependencies and hidden files (editor swap files, caches). */
const skip = (name: string) => name === "node_modules" || name.startsWith(".");

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  if (!existsSync(path)) return;
  const files = statSync(path).isDirectory() ? filesUnder(path, { skip }).map((file) => join(path, file)) : [path];
  for (const file of files) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}

/** A hash of the files and folders named, relative to `root`. */
export function hashPaths(root: string, paths: readonly string[], extra = ""): string {
  const hash = createHash("sha256").update(extra);
  for (const p of paths) hashTree(hash, root, join(root, p));
  return hash.digest("hex").slice(0, 16);
}

export interface CacheKeys {
  data: string;
  modules: string;
}

export function currentKeys(root: string, study: string): CacheKeys {
  return {
    data: hashPaths(root, ["data", "loaders", "src/shared", "src/components", "src/[lang]", relative(root, study), relative(root, metricsDir())], `STUDY=${study};METRICS=${metricsDir()}`),
    modules: hashPaths(root, ["package-lock.json", "scripts/hermetic"])
  };
}

/**
 * Removes the cache entries whose key changed; returns what was removed.
 * Loader outputs are every entry but the module ones.
 */
export function refreshCache(root: string, keys: CacheKeys): string[] {
  const dir = join(root, CACHE_DIR);
  const keyPath = join(dir, KEY_FILE);
  let previous: Partial<CacheKeys> = {};
  try {
    previous = JSON.parse(readFileSync(keyPath, "utf-8")) as Partial<CacheKeys>;
  } catch {
    // no key yet: treat everything as stale
  }
  const removed: string[] = [];
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir)) {
      if (entry === KEY_FILE) continue;
      const isModule = MODULE_ENTRIES.has(entry);
      const stale = isModule ? previous.modules !== keys.modules : previous.data !== keys.data;
      if (stale) {
        rmSync(join(dir, entry), { recursive: true, force: true });
        removed.push(entry);
      }
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyPath, JSON.stringify(keys));
  return removed;
}
