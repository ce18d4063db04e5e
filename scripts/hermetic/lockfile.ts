/**
 * The lockfile as the single authority on which package versions the site may use.
 * Framework asks the npm registry and a CDN for versions and files; the hermetic
 * build answers those questions from `package-lock.json` and `node_modules` instead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Raised when a build asks for something the lockfile or node_modules cannot supply. */
export class HermeticError extends Error {
  override name = "HermeticError";
}

export interface InstalledPackage {
  name: string;
  version: string;
  /** Directory relative to the project root, e.g. `node_modules/a/node_modules/b`. */
  dir: string;
}

export interface Lockfile {
  /** Every installed copy of each package name. */
  byName: Map<string, InstalledPackage[]>;
  /** The copy Node resolves from the project root (`node_modules/<name>`), if any. */
  topLevel: Map<string, InstalledPackage>;
}

interface LockJson {
  lockfileVersion?: number;
  packages?: Record<string, { version?: string; name?: string; link?: boolean }>;
}

/** Parses the `packages` map of an npm v2/v3 lockfile. */
export function parseLockfile(text: string, file = "package-lock.json"): Lockfile {
  let json: LockJson;
  try {
    json = JSON.parse(text) as LockJson;
  } catch (error) {
    throw new HermeticError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!json.packages || (json.lockfileVersion ?? 0) < 2) {
    throw new HermeticError(`${file}: expected an npm lockfile of version 2 or 3 with a "packages" map`);
  }
  const byName = new Map<string, InstalledPackage[]>();
  const topLevel = new Map<string, InstalledPackage>();
  for (const [dir, entry] of Object.entries(json.packages)) {
    const at = dir.lastIndexOf("node_modules/");
    if (at < 0 || !entry.version || entry.link) continue;
    const name = entry.name ?? dir.slice(at + "node_modules/".length);
    const pkg: InstalledPackage = { name, version: entry.version, dir };
    const list = byName.get(name);
    if (list) list.push(pkg);
    else byName.set(name, [pkg]);
    if (dir === `node_modules/${name}`) topLevel.set(name, pkg);
  }
  return { byName, topLevel };
}

export function readLockfile(root: string): Lockfile {
  const file = join(root, "package-lock.json");
  let text: string;
  try {
    text = readFileSync(file, "utf-8");
  } catch {
    throw new HermeticError(`${file} is missing: the hermetic build takes every version from the lockfile (run npm install)`);
  }
  return parseLockfile(text, file);
}

/**
 * The version the registry stand-in gives a package the lockfile lacks. Framework resolves
 * versions for every library its standard library *could* load (lodash, echarts, …); those
 * that no page uses are never fetched, and one that is gets a clear error from findInstalled.
 */
export const NOT_INSTALLED = "0.0.0-not-installed";

/** The installed copy of exactly name@version; throws naming it when the lockfile has none. */
export function findInstalled(lock: Lockfile, name: string, version: string): InstalledPackage {
  if (version === NOT_INSTALLED) {
    throw new HermeticError(`a page uses ${name}, which is not installed: add it with "npm install ${name}"`);
  }
  const copies = lock.byName.get(name) ?? [];
  const top = lock.topLevel.get(name);
  const found = top?.version === version ? top : copies.find((p) => p.version === version);
  if (!found) {
    const have = copies.map((p) => p.version).join(", ") || "none";
    throw new HermeticError(
      `${name}@${version} is not in package-lock.json (installed: ${have}). ` +
        `Add browser dependencies with "npm install ${name}" so the lockfile pins them.`
    );
  }
  return found;
}

/** The version `latest` stands for: the top-level copy, else the highest installed one, else NOT_INSTALLED. */
export function latestInstalled(lock: Lockfile, name: string): string {
  const top = lock.topLevel.get(name);
  if (top) return top.version;
  const copies = lock.byName.get(name);
  if (!copies?.length) return NOT_INSTALLED;
  return copies.map((p) => p.version).sort(compareVersions).at(-1)!;
}

/** Orders plain semver strings (numeric parts first, prerelease sorts before release). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i] ?? 0) - Number(pb[i] ?? 0);
    if (d) return d;
  }
  const preA = a.includes("-");
  const preB = b.includes("-");
  return preA === preB ? a.localeCompare(b) : preA ? -1 : 1;
}
