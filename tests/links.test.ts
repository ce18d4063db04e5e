import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkDist,
  cssUrls,
  formatLinkProblem,
  isBareSpecifier,
  isNavigation,
  isExternal,
  moduleSpecifiers,
  parseAttributes,
  registeredFiles,
  resolveRef,
  scanHtml,
  srcsetUrls
} from "../scripts/links.js";

const FIXTURE = join(process.cwd(), "tests/fixtures/links-dist");

describe("scanHtml", () => {
  it("reads URL attributes, ids, inline scripts and styles, and skips comments and script text", () => {
    const scan = scanHtml(`<!-- <a href="hidden"> -->
<a href='a.html' id=one>x</a><img src="i.png" srcset="i.png 1x, j.png 2x" alt="">
<script type="module">const s = "<a href=\\"not-a-link\\">";</script>
<script type="application/json">{"href": "json.html"}</script>
<style>p { background: url(bg.png) }</style><p style="background:url('inline.png')" id="two">`);
    expect(scan.refs.map((r) => `${r.tag}.${r.kind}=${r.value}`)).toEqual(["a.href=a.html", "img.src=i.png", "img.srcset=i.png", "img.srcset=j.png"]);
    expect([...scan.ids]).toEqual(["one", "two"]);
    expect(scan.scripts).toHaveLength(1);
    expect(scan.styles.flatMap(cssUrls)).toEqual(["bg.png", "inline.png"]);
  });

  it("decodes entities in attributes", () => {
    expect(parseAttributes(`href="a?x=1&amp;y=2" title='&#8220;q&#x201D;' hidden`)).toEqual(
      new Map([["href", "a?x=1&y=2"], ["title", "\u201cq\u201d"], ["hidden", ""]])
    );
  });

  it("splits srcset candidates", () => {
    expect(srcsetUrls(" a.png 1x,b.png  2x , c.png")).toEqual(["a.png", "b.png", "c.png"]);
  });
});

describe("moduleSpecifiers", () => {
  it("finds static imports, re-exports and literal dynamic imports, also in minified code", () => {
    const js = `import*as l from"../a.js";import{b as c}from'./b.js';import "./side.js";export*from"./re.js";
export {x} from "./x.js";const m=import.meta.resolve("../not-an-import.wasm");const d=()=>import("./lazy.js");
const s = obj.import("./method.js");`;
    expect(moduleSpecifiers(js)).toEqual({
      static: ["../a.js", "./b.js", "./side.js", "./re.js", "./x.js"],
      dynamic: ["./lazy.js"]
    });
  });

  it("takes no word 'import' in a string, comment, template or regular expression for an import", () => {
    // as in minified acorn: a keyword list in a string, followed by more strings
    const js = `var k="break case export import",q=",6:";// import "./comment.js"
const t=\`import "./template.js"\`,r=/import"x"/,v=import(someVariable);`;
    expect(moduleSpecifiers(js)).toEqual({ static: [], dynamic: [] });
  });

  it("tells bare specifiers from paths and URLs", () => {
    expect(["d3", "npm:d3", "@observablehq/plot"].every(isBareSpecifier)).toBe(true);
    expect(["./a.js", "../a.js", "/a.js", "data:text/javascript,1", "https://x.org/a.js"].some(isBareSpecifier)).toBe(false);
  });
});

describe("cssUrls and registeredFiles", () => {
  it("reads url() and @import, skipping comments and #ids", () => {
    expect(cssUrls(`/* url(c.png) */ @import "base.css"; a{b:url( "q.png" )} m{mask:url(#m)} e{x:url()}`)).toEqual(["q.png", "base.css"]);
  });

  it("reads the paths of Framework file registrations", () => {
    const js = `registerFile("../data/x.csv", {"name":"../data/x.csv","mimeType":"text/csv","path":"../_file/data/x.1a2b.csv","size":3});`;
    expect(registeredFiles(js)).toEqual(["../_file/data/x.1a2b.csv"]);
  });
});

describe("resolveRef", () => {
  it("resolves clean URLs, directories and root-relative paths against the page", () => {
    const page = join(FIXTURE, "en/index.html");
    expect(resolveRef(FIXTURE, page, "page").file).toBe(join(FIXTURE, "en/page.html"));
    expect(resolveRef(FIXTURE, page, "../").file).toBe(join(FIXTURE, "index.html"));
    expect(resolveRef(FIXTURE, page, "/_file/bg.svg?v=1#x")).toMatchObject({ file: join(FIXTURE, "_file/bg.svg"), fragment: "x" });
    expect(resolveRef(FIXTURE, page, "../../../etc/passwd").file).toBeUndefined();
  });

  it("recognises URLs to other hosts", () => {
    expect(["https://a.org/x", "http://a.org", "//cdn.a.org/x.js"].every(isExternal)).toBe(true);
    expect(["/x", "./https.html", "mailto:a@b.org"].some(isExternal)).toBe(false);
  });
});

describe("checkDist on a fixture site", () => {
  const report = checkDist(FIXTURE);
  const broken = report.broken.map(formatLinkProblem);

  it("reports every broken link, missing asset, bare import and missing fragment — and nothing else", () => {
    expect(broken.sort()).toEqual(
      [
        `_app/style.css: <css url="../_file/missing-font.woff2">: /_file/missing-font.woff2 does not exist in dist/`,
        `en/page.html: <script import="../_app/dynamic-missing.js">: /_app/dynamic-missing.js does not exist in dist/`,
        `en/page.html: <script import="d3">: bare module specifier: a browser cannot resolve it`,
        `index.html: <a href="#missing-anchor">: no element with id "missing-anchor" on this page`,
        `index.html: <a href="./en/missing-page">: /en/missing-page does not exist in dist/`,
        `index.html: <a href="./en/page#nowhere">: no element with id "nowhere" on en/page.html`,
        `index.html: <img srcset="./_file/bg@2x.svg">: /_file/bg@2x.svg does not exist in dist/`,
        `index.html: <registerFile file="./_file/gone.csv">: /_file/gone.csv does not exist in dist/`
      ].sort()
    );
  });

  it("lists every absolute URL to another host, telling links from loads", () => {
    expect(report.external.map(formatLinkProblem).sort()).toEqual([
      `index.html: <a href="https://example.org/thesis">: absolute URL to another host (the site must be hermetic)`,
      `index.html: <script src="https://cdn.example.com/lib.js">: absolute URL to another host (the site must be hermetic)`
    ]);
    expect(report.external.filter(isNavigation).map((p) => p.tag)).toEqual(["a"]);
    expect(report.external.filter((p) => !isNavigation(p)).map((p) => p.tag)).toEqual(["script"]);
  });

  it("follows stylesheets and modules from the pages", () => {
    expect(report.pages).toBe(3);
    // 3 pages, main.js, dep.js, re.js, style.css
    expect(report.scanned).toBe(7);
  });

  it("passes once the problems are fixed", () => {
    const dir = mkdtempSync(join(tmpdir(), "links-"));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      writeFileSync(
        join(dir, "index.html"),
        `<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="./_app/style.css"></head><body id="top"><a href="./en/page#section-2">x</a><a href="#top">t</a></body></html>`
      );
      writeFileSync(join(dir, "_app/style.css"), `.a{background:url(../_file/bg.svg)}`);
      writeFileSync(join(dir, "en/page.html"), `<!DOCTYPE html><html lang="en"><body><h2 id="section-2">S</h2><a href="../">home</a></body></html>`);
      const fixed = checkDist(dir);
      expect(fixed.broken).toEqual([]);
      expect(fixed.external).toEqual([]);
      expect(fixed.checked).toBeGreaterThan(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
