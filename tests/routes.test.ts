import { describe, expect, it } from "vitest";
import { PAGES, counterpart, dynamicPaths, langOf, pathsOf, relativeHref, sidebar } from "../src/shared/routes.js";

const sources = [{ id: "bab-v", name: "Bab V" }];
const dims = [
  { id: "planning", name_id: "Perencanaan", name_en: "Planning" },
  { id: "leadership", name_id: "Kepemimpinan", name_en: "Leadership" }
];
const site = { dimensions: dims, sources, metrics: true, agreement: false, cases: false, actors: true, stages: true };
const noFigures = { ...site, metrics: false };

describe("routes", () => {
  it("derives every page in both languages from one list and the codebook", () => {
    const paths = dynamicPaths(site);
    expect(paths).toContain("/id/");
    expect(paths).toContain("/en/dimensions/leadership");
    expect(paths).toContain("/en/documents/bab-v");
    // The list's two expanding entries become their pages; the agreement page needs a second coder,
    // the Compare cases page cases.
    expect(paths).toHaveLength(2 * (PAGES.length - 4 + dims.length + sources.length));
    expect(paths).not.toContain("/id/agreement");
    expect(dynamicPaths({ ...site, agreement: true })).toContain("/id/agreement");
    expect(pathsOf("id", { ...site, dimensions: [...dims, { id: "eighth", name_id: "Kedelapan", name_en: "Eighth" }] })).toContain("/id/dimensions/eighth");
  });

  it("has a metrics page only for a study with public figures", () => {
    expect(dynamicPaths(site)).toContain("/en/metrics");
    expect(dynamicPaths(noFigures)).not.toContain("/en/metrics");
    expect(dynamicPaths(noFigures)).not.toContain("/id/metrics");
    expect(dynamicPaths(noFigures)).toHaveLength(dynamicPaths(site).length - 2);
    expect(sidebar(noFigures)[1]!.pages.map((p) => p.path)).not.toContain("/en/metrics");
  });

  it("has a Compare cases page only for a study with cases", () => {
    expect(dynamicPaths(site)).not.toContain("/en/compare");
    expect(dynamicPaths({ ...site, cases: true })).toEqual(expect.arrayContaining(["/id/compare", "/en/compare"]));
  });

  it("leaves out the actors pages for a study without actors, and the stages page for one without stage tags", () => {
    const pages = (shape: typeof site) => dynamicPaths(shape).filter((p) => p.startsWith("/en/"));
    expect(pages(site)).toEqual(expect.arrayContaining(["/en/stages", "/en/actors", "/en/findings-per-actor"]));
    expect(pages({ ...site, actors: false })).not.toEqual(expect.arrayContaining(["/en/stages"]));
    for (const gone of ["/en/stages", "/en/actors", "/en/findings-per-actor"]) expect(pages({ ...site, actors: false })).not.toContain(gone);
    expect(pages({ ...site, stages: false })).not.toContain("/en/stages");
    expect(pages({ ...site, stages: false })).toContain("/en/actors");
  });

  it("builds one sidebar section per language with the same pages", () => {
    const [id, en] = sidebar(site);
    expect(id!.name).toBe("Bahasa Indonesia");
    expect(en!.name).toBe("English");
    expect(id!.pages.map((p) => p.path.replace("/id/", "/en/"))).toEqual(en!.pages.map((p) => p.path));
    expect(id!.pages.find((p) => p.path === "/id/dimensions/planning")?.name).toBe("Perencanaan");
  });

  it("switches language to the same page", () => {
    expect(langOf("/en/stages")).toBe("en");
    expect(langOf("/")).toBeUndefined();
    expect(counterpart("/id/dimensions/planning", "en")).toBe("/en/dimensions/planning");
    expect(counterpart("/", "en")).toBe("/en/");
  });

  it("makes relative links that work under any base path", () => {
    expect(relativeHref("/id/dimensions/planning", "/en/dimensions/planning")).toBe("../../en/dimensions/planning");
    expect(relativeHref("/id/", "/en/")).toBe("../en/");
    expect(relativeHref("/index", "/en/")).toBe("en/");
  });
});

describe("document routes", () => {
  it("names a source's page from its file and links a segment's anchor", async () => {
    const { documentPath, sourceId, sourceRefs } = await import("../src/shared/routes.js");
    expect(sourceId("bab-v.txt")).toBe("bab-v");
    expect(sourceId("wawancara.01.txt")).toBe("wawancara.01");
    expect(sourceRefs([{ file: "a.txt", title: "Transcript A" }, { file: "b.txt", title: "Transcript B", short: "B" }])).toEqual([
      { id: "a", name: "Transcript A" },
      { id: "b", name: "B" }
    ]);
    expect(documentPath("bab-v.txt", "F12")).toBe("documents/bab-v#F12");
    const [id] = sidebar(site);
    expect(id!.pages.find((p) => p.path === "/id/documents/bab-v")?.name).toBe("Teks sumber: Bab V");
  });
});

describe("page names", () => {
  it("names each page in its own language", async () => {
    const { pageName } = await import("../src/shared/routes.js");
    expect(pageName("/id/", site)).toBe("Ikhtisar");
    expect(pageName("/en/documents/bab-v", site)).toBe("Source text: Bab V");
    expect(pageName("/en/documents/other", site)).toBeUndefined();
    expect(pageName("/en/index", site)).toBe("Overview");
    expect(pageName("/en/dimensions/planning", site)).toBe("Planning");
    expect(pageName("/id/explorer", site)).toBe("Telusuri temuan");
    expect(pageName("/", site)).toBeUndefined();
  });
});
