/**
 * Keeps Framework's cache honest. Framework re-runs a data loader only when the loader file
 * itself is newer than its cached output, and keeps npm bundles forever. We key both caches:
 * loader outputs (and the build's artifact, loaders/site/artifact.ts) to the contents of the study
 * and metrics folders and STUDY/METRICS themselves, loaders/, src/shared/, and — for the drawn
 * pages, brief and og:images — src/components/, src/prerender/ and the page templates in
 * src/[lang]/; npm bundles to the lockfile and the hermetic preload.
 *
 * One cache per study: when the key changes (another study, or an edit), the outputs of the
 * previous key are put aside rather than deleted, and those of the new key, if it was built
 * before, come back: switching between studies does not rebuild each from nothing.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
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

/** A hash of the files and folders named, relative to `root`; a folder inside another one named is hashed once. */
export function hashPaths(root: string, paths: readonly string[], extra = ""): string {
  const hash = createHash("sha256").update(extra);
  const within = (inner: string, outer: string) => inner !== outer && (outer === "" || inner.startsWith(`${outer}/`));
  const unique = [...new Set(paths.map((p) => relative(root, join(root, p)).split("\\").join("/")))];
  for (const p of unique.filter((p) => !unique.some((q) => within(p, q)))) hashTree(hash, root, join(root, p));
  return hash.digest("hex").slice(0, 16);
}

export interface CacheKeys {
  data: string;
  modules: string;
}

export function currentKeys(root: string, study: string): CacheKeys {
  return {
    data: hashPaths(root, ["loaders", "src/shared", "src/components", "src/prerender", "src/[lang]", relative(root, study), relative(root, metricsDir())], `STUDY=${study};METRICS=${metricsDir()}`),
    modules: hashPaths(root, ["package-lock.json", "scripts/hermetic"])
  };
}

/** Where the outputs of other keys wait (one folder per data key), beside Framework's cache. */
export const STASH_DIR = "src/.observablehq/cache-by-key";
/** How many other keys' outputs are kept. */
const STASHED = 3;

function moveEntries(from: string, to: string, entries: readonly string[]): void {
  mkdirSync(to, { recursive: true });
  for (const entry of entries) {
    rmSync(join(to, entry), { recursive: true, force: true });
    renameSync(join(from, entry), join(to, entry));
  }
}

export interface CacheChange {
  /** Entries removed or put aside (the previous key's outputs, stale npm bundles). */
  removed: string[];
  /** Entries brought back from an earlier build of the same key. */
  restored: string[];
}

/**
 * Brings the cache to `keys`: stale npm bundles are removed; when the data key changed, the
 * loader outputs of the previous key are put aside (STASH_DIR) and those of the new key brought
 * back if it was built before. Loader outputs are every entry but the module ones.
 */
export function refreshCache(root: string, keys: CacheKeys): CacheChange {
  const dir = join(root, CACHE_DIR);
  const keyPath = join(dir, KEY_FILE);
  let previous: Partial<CacheKeys> = {};
  try {
    previous = JSON.parse(readFileSync(keyPath, "utf-8")) as Partial<CacheKeys>;
  } catch {
    // no key yet: treat everything as stale
  }
  const change: CacheChange = { removed: [], restored: [] };
  mkdirSync(dir, { recursive: true });
  const entries = readdirSync(dir).filter((e) => e !== KEY_FILE);
  if (previous.modules !== keys.modules) {
    for (const entry of entries.filter((e) => MODULE_ENTRIES.has(e))) {
      rmSync(join(dir, entry), { recursive: true, force: true });
      change.removed.push(entry);
    }
  }
  if (previous.data !== keys.data) {
    const outputs = entries.filter((e) => !MODULE_ENTRIES.has(e));
    const stash = join(root, STASH_DIR);
    if (previous.data && outputs.length) moveEntries(dir, join(stash, previous.data), outputs);
    else for (const entry of outputs) rmSync(join(dir, entry), { recursive: true, force: true });
    change.removed.push(...outputs);
    const kept = join(stash, keys.data);
    if (existsSync(kept)) {
      const back = readdirSync(kept);
      moveEntries(kept, dir, back);
      rmSync(kept, { recursive: true, force: true });
      change.restored.push(...back);
    }
    if (existsSync(stash)) {
      const others = readdirSync(stash)
        .map((name) => join(stash, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      for (const old of others.slice(STASHED)) rmSync(old, { recursive: true, force: true });
    }
  }
  writeFileSync(keyPath, JSON.stringify(keys));
  return change;
}
