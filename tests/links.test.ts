import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDist, formatLinkProblem, isBareSpecifier, isNavigation, isExternal, resolveRef } from "../scripts/links.js";

const FIXTURE = join(process.cwd(), "tests/fixtures/links-dist");

describe("isBareSpecifier", () => {
  it("tells bare specifiers from paths and URLs", () => {
    expect(["d3", "npm:d3", "@observablehq/plot"].every(isBareSpecifier)).toBe(true);
    expect(["./a.js", "../a.js", "/a.js", "data:text/javascript,1", "https://x.org/a.js"].some(isBareSpecifier)).toBe(false);
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

  it("reports every broken link, missing asset, bare import and missing fragment, at its file and line — and nothing else", () => {
    expect(broken.sort()).toEqual(
      [
        `_app/style.css:3: <css url="../_file/missing-font.woff2">: /_file/missing-font.woff2 does not exist in dist/`,
        `en/page.html:9: <script import="../_app/dynamic-missing.js">: /_app/dynamic-missing.js does not exist in dist/`,
        `en/page.html:8: <script import="d3">: bare module specifier: a browser cannot resolve it`,
        `index.html:24: <a href="#missing-anchor">: no element with id "missing-anchor" on this page`,
        `index.html:25: <a href="./en/missing-page">: /en/missing-page does not exist in dist/`,
        `index.html:22: <a href="./en/page#nowhere">: no element with id "nowhere" on en/page.html`,
        `index.html:28: <img srcset="./_file/bg@2x.svg">: /_file/bg@2x.svg does not exist in dist/`,
        `index.html:11: <registerFile file="./_file/gone.csv">: /_file/gone.csv does not exist in dist/`
      ].sort()
    );
  });

  it("lists every absolute URL to another host, telling links from loads", () => {
    expect(report.external.map(formatLinkProblem).sort()).toEqual([
      `index.html:31: <script src="https://cdn.example.com/lib.js">: absolute URL to another host (the site must be hermetic)`,
      `index.html:32: <a href="https://example.org/thesis">: absolute URL to another host (the site must be hermetic)`
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
