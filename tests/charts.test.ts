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
import { withDocument } from "../loaders/site/prerender.js";
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
    expect(Object.keys(CHARTS)).toEqual(["conclusion", "dimensions", "stages", "network", "prevalence", "per-actor"]);
  });

  for (const lang of ["id", "en"] as const) {
    it(`the overview's dimension chart and the overview og:image draw the same marks (${lang})`, () => {
      const page = drawPage("index", lang, data.datasets);
      const dimensionsDrawing = page.slice(page.indexOf('data-prerendered="dimensions"'));
      const onPage = marks(dimensionsDrawing.slice(0, dimensionsDrawing.indexOf("${resize")));
      expect(onPage.length).toBeGreaterThan(data.shape.dimensions.length);
      expect(marks(ogSvg(ogImages(data, lang)[0]!, lang, "x"), "all")).toEqual(onPage);
    });

    it(`the stage chart of the overview, the brief (page and PDF) and the brief's og:image draw the same marks, by the one counting rule (${lang})`, () => {
      const page = drawPage("index", lang, data.datasets);
      const drawing = page.slice(page.indexOf('data-prerendered="stages"'));
      const onPage = marks(drawing.slice(0, drawing.indexOf("${resize")));
      expect(onPage.length).toBeGreaterThan(0);
      const brief = briefPage(data, lang);
      expect(marks(brief.slice(brief.indexOf('class="drawn"')))).toEqual(onPage);
      expect(marks(ogSvg(ogImages(data, lang)[1]!, lang, "x"), "all")).toEqual(onPage);
      // Each mark names the findings it counts: exactly the overview's counted findings.
      const counted = data.datasets.overview.stages.flatMap((s) => [...s.strengths, ...s.neutral, ...s.gaps]).sort();
      expect(onPage.flatMap((m) => /\(([^)]*)\)$/.exec(m)![1]!.split(", ")).sort()).toEqual(counted);
    });
  }
});

describe("a study without findings yet, or without stage tags", () => {
  const { overview, site } = data.datasets;
  const empty = {
    ...overview,
    conclusion: null,
    crossCutting: [],
    dimensions: overview.dimensions.map((d) => ({ ...d, strengths: [], gaps: [], neutral: [], verdict: null })),
    stages: overview.stages.map((s) => ({ ...s, strengths: [], gaps: [], neutral: [], internal: [], inferred: [], restatements: [] }))
  };
  // The drawing's markup, read back (the component needs a document only while it draws).
  const draw = (id: "conclusion" | "dimensions" | "stages", o: typeof overview) => {
    const html = withDocument(() => CHARTS[id]({ overview: o, site }, { lang: "id", width: 640 }).outerHTML);
    return new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;
  };

  it("says once, in words, that it has no findings yet, and leaves its empty charts out", () => {
    expect(draw("conclusion", empty).getAttribute("data-empty")).toBe("findings");
    expect(draw("conclusion", empty).textContent).toMatch(/belum memiliki temuan yang dikode/);
    expect(draw("dimensions", empty).hasAttribute("data-chart-empty")).toBe(true);
    expect(draw("stages", empty).hasAttribute("data-chart-empty")).toBe(true);
    // Its og:images carry no empty frame of ours.
    const svg = ogSvg({ ...ogImages(data, "id")[0]!, chart: { id: "dimensions", data: { overview: empty, site } } }, "id", "x");
    expect(svg).not.toMatch(/Analisis kami/);
  });

  it("says where a stage chart would be that no finding is tagged with a stage", () => {
    const untagged = { ...overview, stages: empty.stages };
    const node = draw("stages", untagged);
    expect(node.getAttribute("data-empty")).toBe("stages");
    expect(node.textContent).toMatch(/kolom stages di findings\.csv/);
    expect(draw("stages", overview).querySelector("svg")).not.toBeNull();
  });
});
