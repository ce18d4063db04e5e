import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { searchEntries } from "../loaders/site/search.js";
import { loadStudy } from "../loaders/study/load.js";
import { dynamicPaths, sourceRefs } from "../src/shared/routes.js";

const study = loadStudy("data/study");
const site = { dimensions: study.dimensions, sources: sourceRefs(study.meta.sources), metrics: true, agreement: false, cases: false, actors: true, stages: true };
const entries = searchEntries(study, site);

describe("search entries", () => {
  it("cover every page in both languages exactly once", () => {
    expect(entries.map((e) => e.path).sort()).toEqual(dynamicPaths(site).sort());
    expect(searchEntries(study, { ...site, agreement: true }).map((e) => e.path)).toContain("/en/agreement");
    expect(entries.map((e) => e.path)).toContain("/en/documents/bab-v");
  });

  it("carry each page's name and text in its own language", () => {
    const en = entries.find((e) => e.path === "/en/dimensions/planning")!;
    const id = entries.find((e) => e.path === "/id/dimensions/planning")!;
    expect(en.title).toBe("Planning");
    expect(id.title).toBe("Perencanaan");
    expect(id.text).toContain("masyarakat tidak dilibatkan");
    expect(en.text).toContain("community is not involved");
    expect(entries.find((e) => e.path === "/en/explorer")!.text).toContain("F35");
    // The document page is found by its source text (id) or the translations of its segments (en).
    expect(entries.find((e) => e.path === "/id/documents/bab-v")!.text).toBe(study.sources["bab-v.txt"]);
    expect(entries.find((e) => e.path === "/en/documents/bab-v")!.text).toContain("community is not involved");
  });

  it("are the only index: every page under src/[lang] opts out of Framework's text index", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
    const pages = walk("src/[lang]").filter((f) => f.endsWith(".md"));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(readFileSync(page, "utf-8"), page).toMatch(/^---\n(?:.*\n)*?index: false\n/);
  });
});
