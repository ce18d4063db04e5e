import { describe, expect, it } from "vitest";
import { PAGES, counterpart, dynamicPaths, langOf, pathsOf, relativeHref, sidebar } from "../src/shared/routes.js";

const dims = [
  { id: "planning", name_id: "Perencanaan", name_en: "Planning" },
  { id: "leadership", name_id: "Kepemimpinan", name_en: "Leadership" }
];
const site = { dimensions: dims, metrics: true };
const noFigures = { dimensions: dims, metrics: false };

describe("routes", () => {
  it("derives every page in both languages from one list and the codebook", () => {
    const paths = dynamicPaths(site);
    expect(paths).toContain("/id/");
    expect(paths).toContain("/en/dimensions/leadership");
    expect(paths).toHaveLength(2 * (PAGES.length - 1 + dims.length));
    expect(pathsOf("id", { dimensions: [...dims, { id: "eighth", name_id: "Kedelapan", name_en: "Eighth" }], metrics: true })).toContain("/id/dimensions/eighth");
  });

  it("has a metrics page only for a study with public figures", () => {
    expect(dynamicPaths(site)).toContain("/en/metrics");
    expect(dynamicPaths(noFigures)).not.toContain("/en/metrics");
    expect(dynamicPaths(noFigures)).not.toContain("/id/metrics");
    expect(dynamicPaths(noFigures)).toHaveLength(dynamicPaths(site).length - 2);
    expect(sidebar(noFigures)[1]!.pages.map((p) => p.path)).not.toContain("/en/metrics");
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

describe("page names", () => {
  it("names each page in its own language", async () => {
    const { pageName } = await import("../src/shared/routes.js");
    expect(pageName("/id/", site)).toBe("Ikhtisar");
    expect(pageName("/en/index", site)).toBe("Overview");
    expect(pageName("/en/dimensions/planning", site)).toBe("Planning");
    expect(pageName("/id/explorer", site)).toBe("Penjelajah bukti");
    expect(pageName("/", site)).toBeUndefined();
  });
});
