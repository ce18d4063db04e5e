import { describe, expect, it } from "vitest";
import { PAGES, counterpart, dynamicPaths, langOf, pathsOf, relativeHref, sidebar } from "../src/shared/routes.js";

const dims = [
  { id: "planning", name_id: "Perencanaan", name_en: "Planning" },
  { id: "leadership", name_id: "Kepemimpinan", name_en: "Leadership" }
];

describe("routes", () => {
  it("derives every page in both languages from one list and the codebook", () => {
    const paths = dynamicPaths(dims);
    expect(paths).toContain("/id/");
    expect(paths).toContain("/en/dimensions/leadership");
    expect(paths).toHaveLength(2 * (PAGES.length - 1 + dims.length));
    expect(pathsOf("id", [...dims, { id: "eighth", name_id: "Kedelapan", name_en: "Eighth" }])).toContain("/id/dimensions/eighth");
  });

  it("builds one sidebar section per language with the same pages", () => {
    const [id, en] = sidebar(dims);
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
    expect(pageName("/id/", dims)).toBe("Ikhtisar");
    expect(pageName("/en/index", dims)).toBe("Overview");
    expect(pageName("/en/dimensions/planning", dims)).toBe("Planning");
    expect(pageName("/id/explorer", dims)).toBe("Telusuri temuan");
    expect(pageName("/", dims)).toBeUndefined();
  });
});
