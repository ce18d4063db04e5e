/**
 * Charts drawn at build time (loaders/site/prerender.ts): markers filled with both drawings,
 * located errors for a marker without a chart or a chart without a marker, HTML that Framework
 * reads as plain HTML, and the page loaders' output for the study.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DataError } from "../loaders/errors.js";
import { JSDOM } from "jsdom";
import { PRERENDER_WIDTHS, fillTemplate, inertCopy, prerenderChart, prerenderPage, renameIds } from "../loaders/site/prerender.js";
import { entryOutput } from "./inProcess.js";

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

  it("leaves no global document behind (the components draw into jsdom only while drawing)", () => {
    prerenderChart("x", svgOf, "…");
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
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

describe("fillTemplate", () => {
  const template = "# Title\n\n<div class=\"card\"><!-- prerender: one -->${live}</div>\n\n<!--prerender:two-->\n";

  it("replaces each marker with its chart and keeps the rest of the page as written", () => {
    expect(fillTemplate("page.page.md", template, { one: () => "<svg>1</svg>", two: () => "<svg>2</svg>" })).toBe(
      '# Title\n\n<div class="card"><svg>1</svg>${live}</div>\n\n<svg>2</svg>\n'
    );
  });

  it("names the file and line of a marker without a chart, and a chart without a marker", () => {
    try {
      fillTemplate("src/[lang]/x.page.md", template, { one: () => "", three: () => "" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      const lines = (error as DataError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
      expect(lines).toEqual([
        'src/[lang]/x.page.md:5: marker "two" has no chart (expected one of: one, three)',
        'src/[lang]/x.page.md:1: no <!-- prerender: three --> marker for chart "three"'
      ]);
    }
  });
});

describe("prerenderPage", () => {
  it("draws each chart into its marker with the language's loading line, and names the template from the project root", () => {
    mkdirSync("tests/.artifacts", { recursive: true });
    const dir = mkdtempSync(join("tests/.artifacts", "prerender-"));
    const file = join(dir, "x.page.md");
    writeFileSync(file, "# X\n\n<!-- prerender: bars -->\n");
    const md = prerenderPage(pathToFileURL(file), "id", { bars: svgOf });
    expect(md).toContain('<div class="prerendered" data-prerendered="bars">');
    expect(md).toContain("Grafik interaktif sedang dimuat…");
    writeFileSync(file, "# X\n\n<!-- prerender: pie -->\n");
    expect(() => prerenderPage(pathToFileURL(file), "en", { bars: svgOf })).toThrow(`${relative(process.cwd(), file)}:3: prerender: marker "pie" has no chart`);
  });
});

describe("docs/add-an-analysis.md", () => {
  it("shows the worked example's page loader as it is in the repository", () => {
    const doc = readFileSync("docs/add-an-analysis.md", "utf-8");
    const snippet = /\n {3}```ts\n([\s\S]*?)\n {3}```/.exec(doc)![1]!.replace(/^ {3}/gm, "");
    const loader = readFileSync("src/[lang]/findings-per-actor.md.ts", "utf-8");
    expect(loader.endsWith(`${snippet}\n`)).toBe(true);
  });
});

describe("the page loaders", () => {
  // Run in this process (tests/inProcess.ts), on the default study, as the build runs them.
  const run = async (page: string, lang: string) => (await entryOutput(`src/[lang]/${page}.md.ts`, { STUDY: undefined, METRICS: undefined }, [`--lang=${lang}`])) as string;

  for (const [page, ids] of [["index", ["central", "dimensions"]], ["actors", ["network"]], ["metrics", ["prevalence"]], ["findings-per-actor", ["per-actor"]]] as const) {
    it(`${page}.md.ts writes its template with ${ids.join(" and ")} drawn in, in both languages`, async () => {
      const drawn: string[] = [];
      for (const lang of ["id", "en"]) {
        const md = await run(page, lang);
        expect(md).not.toContain("<!-- prerender");
        for (const id of ids) expect(md).toMatch(new RegExp(`data-prerendered="${id}"><div class="prerender-narrow">.*<svg`));
        expect(md).toMatch(/^---\n/);
        drawn.push(md);
      }
      expect(drawn[0], "each language gets its own page").not.toBe(drawn[1]);
    });
  }

  it("as the build runs it (child process): refuses a language it does not know, exiting non-zero with the message and no output", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/[lang]/index.md.ts", "--lang=fr"], { encoding: "utf-8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/index\.md: expected --lang=id or --lang=en, got fr/);
    expect(r.stdout).toBe("");
  });
});
