/**
 * One implementation per chart (src/components/charts.ts): the overview page's drawing, the brief
 * (page and PDF) and the og:image of a chart draw the same marks, from the same binding.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { briefPage } from "../src/prerender/brief.js";
import { ogImages, ogSvg } from "../src/prerender/og.js";
import { drawPage } from "../src/prerender/pages.js";
import { CHARTS, isChart } from "../src/components/charts.js";
import { artifactDataFor } from "./artifact.js";

/** The marks of every chart SVG in `html` (the wide drawing's), each as its tooltip text. */
function marks(html: string, which: "wide" | "all" = "wide"): string[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const scope = which === "wide" ? [...document.querySelectorAll(".prerender-wide")] : [document.body];
  return scope.flatMap((el) => [...el.querySelectorAll("rect > title, path > title")].map((t) => t.textContent ?? "")).sort();
}

const { data } = artifactDataFor();

describe("the chart bindings", () => {
  it("are known by id and nothing else", () => {
    expect(isChart("dimensions")).toBe(true);
    expect(isChart("toString")).toBe(false);
    expect(Object.keys(CHARTS)).toEqual(["central", "dimensions", "stages", "network", "prevalence", "per-actor"]);
  });

  for (const lang of ["id", "en"] as const) {
    it(`the overview's dimension chart, the brief's and the overview og:image draw the same marks (${lang})`, () => {
      const page = drawPage("index", lang, data.datasets);
      const dimensionsDrawing = page.slice(page.indexOf('data-prerendered="dimensions"'));
      const brief = briefPage(data, lang);
      const og = ogSvg(ogImages(data, lang)[0]!, lang, "x");
      const onPage = marks(dimensionsDrawing.slice(0, dimensionsDrawing.indexOf("${resize")));
      expect(onPage.length).toBeGreaterThan(data.shape.dimensions.length);
      expect(marks(brief.slice(0, brief.indexOf("stage-strip")))).toEqual(onPage);
      expect(marks(og, "all")).toEqual(onPage);
    });

    it(`the stage chart of the overview, the brief and the brief's og:image draw the same marks (${lang})`, () => {
      const page = drawPage("index", lang, data.datasets);
      const central = page.slice(page.indexOf('data-prerendered="central"'));
      const onPage = marks(central.slice(0, central.indexOf("${resize")));
      const brief = briefPage(data, lang);
      expect(marks(brief.slice(brief.indexOf("stage-strip") - 2000))).toEqual(onPage);
      expect(marks(ogSvg(ogImages(data, lang)[1]!, lang, "x"), "all")).toEqual(onPage);
    });
  }
});
