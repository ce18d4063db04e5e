import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_DIR, STASH_DIR, currentKeys, hashPaths, refreshCache } from "../scripts/cache.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "cache-"));
  mkdirSync(join(root, "data/study"), { recursive: true });
  mkdirSync(join(root, "loaders"), { recursive: true });
  writeFileSync(join(root, "data/study/findings.csv"), "id\nF1\n");
  writeFileSync(join(root, "loaders/x.ts"), "export {}");
  writeFileSync(join(root, "package-lock.json"), "{}");
  return root;
}

function cacheEntries(root: string): void {
  mkdirSync(join(root, CACHE_DIR, "data"), { recursive: true });
  writeFileSync(join(root, CACHE_DIR, "data/study.json"), "{}");
  mkdirSync(join(root, CACHE_DIR, "_npm/d3@7.9.2"), { recursive: true });
}

describe("cache keys", () => {
  it("puts cached loader outputs aside when a study file changes, keeping npm bundles", () => {
    const root = project();
    const study = join(root, "data/study");
    cacheEntries(root);
    refreshCache(root, currentKeys(root, study));
    cacheEntries(root);
    expect(refreshCache(root, currentKeys(root, study))).toEqual({ removed: [], restored: [] });
    const before = currentKeys(root, study).data;
    writeFileSync(join(root, "data/study/findings.csv"), "id\nF2\n");
    expect(refreshCache(root, currentKeys(root, study))).toEqual({ removed: ["data"], restored: [] });
    expect(existsSync(join(root, CACHE_DIR, "data/study.json"))).toBe(false);
    expect(existsSync(join(root, STASH_DIR, before, "data/study.json")), "kept for the key it was built for").toBe(true);
    expect(existsSync(join(root, CACHE_DIR, "_npm/d3@7.9.2"))).toBe(true);
  });

  it("keeps one cache per study: switching STUDY and back brings the first study's outputs back; npm bundles go when the lockfile changes", () => {
    const root = project();
    const study = join(root, "data/study");
    refreshCache(root, currentKeys(root, study));
    cacheEntries(root);
    mkdirSync(join(root, "other"));
    expect(refreshCache(root, currentKeys(root, join(root, "other")))).toEqual({ removed: ["data"], restored: [] });
    expect(existsSync(join(root, CACHE_DIR, "data"))).toBe(false);
    mkdirSync(join(root, CACHE_DIR, "other-output"), { recursive: true });
    expect(refreshCache(root, currentKeys(root, study))).toEqual({ removed: ["other-output"], restored: ["data"] });
    expect(existsSync(join(root, CACHE_DIR, "data/study.json"))).toBe(true);
    expect(refreshCache(root, currentKeys(root, join(root, "other")))).toEqual({ removed: ["data"], restored: ["other-output"] });
    cacheEntries(root);
    writeFileSync(join(root, "package-lock.json"), '{"changed":true}');
    expect(refreshCache(root, currentKeys(root, join(root, "other"))).removed).toEqual(["_npm"]);
  });

  it("hashes a folder named twice (the study inside another folder named) once", () => {
    const root = project();
    expect(hashPaths(root, ["data", "data/study"])).toBe(hashPaths(root, ["data"]));
    expect(hashPaths(root, ["data/study", "data"])).toBe(hashPaths(root, ["data"]));
  });

  it("changes the data key when a loader changes", () => {
    const root = project();
    const before = currentKeys(root, join(root, "data/study"));
    writeFileSync(join(root, "loaders/x.ts"), "export const y = 1;");
    const after = currentKeys(root, join(root, "data/study"));
    expect(after.data).not.toBe(before.data);
    expect(after.modules).toBe(before.modules);
  });
});
