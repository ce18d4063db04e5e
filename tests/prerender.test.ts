/**
 * Charts drawn at build time (loaders/site/prerender.ts): both drawings of a chart, drawings as
 * pictures (plain text for links, unique ids), and templates filled before each chart's live call,
 * with located errors for an unknown chart or dataset.
 */
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { PRERENDER_WIDTHS, chartCalls, fillTemplate, inertCopy, prerenderChart, renameIds, staticChart } from "../loaders/site/prerender.js";
import { problemsOf } from "./helpers.js";

const svgOf = (width: number) => {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", String(width));
  svg.append(document.createElementNS("http://www.w3.org/2000/svg", "text"));
  svg.firstChild!.textContent = `drawn at ${width}`;
  return svg;
};

describe("prerenderChart", () => {
  it("draws the chart at the phone and the wide width, in a wrapper named by its id", () => {
    const widths: number[] = [];
    const html = prerenderChart("stages", (w) => (widths.push(w), svgOf(w)), "Loading <chart>…");
    expect(widths).toEqual([PRERENDER_WIDTHS.narrow, PRERENDER_WIDTHS.wide]);
    expect(html).toMatch(/^<div class="prerendered" data-prerendered="stages">/);
    expect(html).toContain(`<div class="prerender-narrow"><svg width="${PRERENDER_WIDTHS.narrow}">`);
    expect(html).toContain(`<div class="prerender-wide"><svg width="${PRERENDER_WIDTHS.wide}">`);
    expect(html).toContain(`role="status">Loading &#60;chart&#62;…</p>`);
  });

  it("leaves the global document as it found it (the components draw into jsdom only while drawing)", () => {
    const g = globalThis as { document?: unknown };
    const before = g.document;
    let during: unknown;
    prerenderChart("x", (width) => ((during = g.document), svgOf(width)), "…");
    // Compared by identity: a document is not printed (another file's DOM may be the global one).
    expect(during !== undefined && during !== before).toBe(true);
    expect(g.document === before).toBe(true);
  });

  it("writes no drawing for a chart with nothing to draw, only the empty place whose card the stylesheet hides", () => {
    const nothing = () => {
      const place = document.createElement("div");
      place.setAttribute("data-chart-empty", "");
      return place;
    };
    // A drawing left in a hidden card would wait for a live chart that never draws there.
    expect(prerenderChart("x", nothing, "…")).toBe('<div data-chart-empty=""></div>');
    expect(staticChart(nothing)).toBe('<div data-chart-empty=""></div>');
  });

  it("refuses an id that is not a plain name", () => {
    expect(() => prerenderChart('a"b', svgOf, "…")).toThrow(/lowercase letters/);
  });
});

describe("inertCopy", () => {
  it("turns links and buttons into plain text with their words and looks, and takes every element out of the tab order", () => {
    const { document } = new JSDOM(
      '<div id="root"><p><a href="./explorer?id=F1" class="finding-link" title="F1" target="_blank">F1 <b>quote</b></a></p><button type="button" class="metrics-source-button" aria-expanded="false" data-obs="o1">source</button><svg><a href="#x" tabindex="0"><rect></rect></a></svg><g tabindex="0" aria-label="bar">x</g></div>'
    ).window;
    const root = document.getElementById("root")!;
    inertCopy(root);
    expect(root.innerHTML).toBe(
      '<p><span class="finding-link" title="F1">F1 <b>quote</b></span></p><span class="metrics-source-button" data-obs="o1">source</span><svg><g><rect></rect></g></svg><g aria-label="bar">x</g>'
    );
    expect(root.querySelector("svg > g")!.namespaceURI).toBe("http://www.w3.org/2000/svg");
  });
});

describe("renameIds", () => {
  it("suffixes every id and every reference to it, and nothing else", () => {
    const { document } = new JSDOM(
      '<div id="root"><figure id="f" aria-labelledby="t other"><h3 id="t">T</h3><table><th id="h">h</th><td headers="h">1</td></table><label for="t">l</label></figure></div>'
    ).window;
    const root = document.getElementById("root")!;
    renameIds(root, "--wide");
    expect(root.innerHTML).toBe(
      '<figure id="f--wide" aria-labelledby="t--wide other"><h3 id="t--wide">T</h3><table><tbody><tr><th id="h--wide">h</th><td headers="h--wide">1</td></tr></tbody></table><label for="t--wide">l</label></figure>'
    );
  });

  it("the wide drawing of a chart shares no id with the phone drawing", () => {
    const html = prerenderChart("c", () => {
      const figure = document.createElement("figure");
      figure.id = "chart";
      return figure;
    }, "…");
    expect(html).toContain('<div class="prerender-narrow"><figure id="chart">');
    expect(html).toContain('<div class="prerender-wide"><figure id="chart--wide">');
  });
});

describe("staticChart", () => {
  it("draws both widths for a page without a live chart: no loading line, nothing for the page's code to replace", () => {
    const html = staticChart(svgOf);
    expect(html).toMatch(/^<div class="drawn"><div class="prerender-narrow"><svg width="260">/);
    expect(html).not.toContain("data-prerendered");
    expect(html).not.toContain("prerender-note");
  });
});

describe("chartCalls and fillTemplate", () => {
  const template = '# Title\n\n<div class="card">${resize((width) => chart("one", {overview, site}, {lang, width}))}</div>\n\n${resize((width) => chart("two", {study: data}, {lang, width}))}\n';
  const known = { charts: ["one", "two"], datasets: ["overview", "site", "study"] };

  it("finds each chart's live call with the datasets it is given and its line", () => {
    expect(chartCalls(template).map(({ id, datasets, line }) => ({ id, datasets, line }))).toEqual([
      { id: "one", datasets: ["overview", "site"], line: 3 },
      { id: "two", datasets: ["study"], line: 5 }
    ]);
  });

  it("writes each chart's drawing just before its live call and keeps the rest of the page as written", () => {
    expect(fillTemplate("x.page.md", template, (c) => `<svg>${c.id}</svg>`, known)).toBe(
      '# Title\n\n<div class="card"><svg>one</svg>${resize((width) => chart("one", {overview, site}, {lang, width}))}</div>\n\n<svg>two</svg>${resize((width) => chart("two", {study: data}, {lang, width}))}\n'
    );
  });

  it("names the file and line of a call to an unknown chart or with an unknown dataset", () => {
    const bad = template.replace('"two", {study: data}', '"pie", {figures}');
    const lines = problemsOf(() => fillTemplate("src/[lang]/x.page.md", bad, () => "", known)).map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`);
    expect(lines).toEqual([
      'src/[lang]/x.page.md:5: chart: "pie" is not a chart (expected one of: one, two)',
      'src/[lang]/x.page.md:5: chart: chart "pie" is given "figures", which is not a dataset (expected one of: overview, site, study)'
    ]);
  });
});
