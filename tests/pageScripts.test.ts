import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { frameworkScripts, isScriptUrl, pageScripts, scriptPattern, type FrameworkScripts } from "../scripts/pageScripts.js";

let framework: FrameworkScripts;
/** Framework's own sidebar scripts as its template writes them into a page one folder deep. */
let searchInit: string;
let sidebarInit: string;

beforeAll(async () => {
  framework = await frameworkScripts();
  const { rollupClient } = await import("@observablehq/framework/dist/rollup.js");
  const { getClientPath } = await import("@observablehq/framework/dist/files.js");
  const resolveImport = () => "/_observablehq/search.4c787182.js";
  searchInit = `{${(await rollupClient(getClientPath("search-init.js"), "src", "/en/index", { resolveImport, minify: true })).trim()}}`;
  sidebarInit = `{${(await rollupClient(getClientPath("sidebar-init.js"), "src", "/en/index", { resolveImport, minify: true })).trim()}}`;
}, 60_000);

const MODULE = '\n\nimport {define} from "../_observablehq/client.292fa6ba.js";\nimport {registerFile} from "../_observablehq/stdlib.2e810d83.js";\n\ndefine({id: "1", body: () => 1});\n';

/** A page as Framework's template lays it out, with `home` where the study's short name goes and `main` as the body. */
function page({ home = "Studi", main = "<h1>x</h1>", head = "", module = MODULE } = {}): string {
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>x</title>${head}
<script type="module" src="../_import/a11y.js"></script>
<script type="module">${module}</script>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <li class="observablehq-link"><a href="../">${home}</a></li>
  </ol>
  <div id="observablehq-search"><input type="search" placeholder="Search"></div>
  <div id="observablehq-search-results"></div>
  <script>${searchInit}</script>
</nav>
<script>${sidebarInit}</script>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq">
${main}
</main>
</div>
</body>
</html>
`;
}

/** The line of `html` that holds `needle` (1-based). */
const lineOf = (html: string, needle: string) => html.slice(0, html.indexOf(needle)).split("\n").length;
const messages = (html: string) => pageScripts(html, "dist/en/index.html", framework).problems.map(formatProblem);

describe("the scripts Framework's template writes", () => {
  it("are recognised by shape and place: the page module and both sidebar scripts, nothing else", () => {
    const { allowed, problems } = pageScripts(page(), "dist/en/index.html", framework);
    expect(problems).toEqual([]);
    expect(allowed).toEqual([MODULE, searchInit, sidebarInit]);
  });

  it("follow the search module wherever the page is, hashed in the build or not in dev", () => {
    const at = (path: string) => searchInit.replace(/(?:\.\.\/)*_observablehq\/search\.[0-9a-f]{8}\.js/, path);
    for (const path of ["../_observablehq/search.4c787182.js", "../../_observablehq/search.js", "./_observablehq/search.1234abcd.js"]) expect(framework.searchInit.test(at(path)), path).toBe(true);
    expect(framework.searchInit.test(at("https://evil.example/search.js"))).toBe(false);
    expect(framework.searchInit.test(searchInit.replace("}", "};alert(1)}"))).toBe(false);
    expect(scriptPattern("a(@@IMPORT@@)").test('{a(../_observablehq/search.js)}')).toBe(true);
  });

  it("include dev's page module (with live reload) and the 404 page's script just before the module", () => {
    const dev = '\n\nimport {open, define} from "/_observablehq/client.js";\n\nopen({hash: "x", eval: (body) => eval(body)});\n';
    expect(messages(page({ module: dev }))).toEqual([]);
    const notFound = `\n<script type="module">\n\nif (location.pathname.endsWith("/")) {\n  const alt = location.pathname.slice(0, -1);\n  fetch(alt, {method: "HEAD"}).then((response) => response.ok && location.replace(alt + location.search + location.hash));\n}\n\n</script>`;
    const html = page().replace('<script type="module">\n\nimport {define}', `${notFound.slice(1)}\n<script type="module">\n\nimport {define}`);
    expect(pageScripts(html, "dist/404.html", framework).problems).toEqual([]);
    expect(pageScripts(html, "dist/404.html", framework).allowed).toHaveLength(4);
  });
});

describe("anything else is a located problem", () => {
  it("a script in the study's short name, in the body, or closing the sidebar to stand where Framework's do", () => {
    const home = page({ home: "<script>alert(1)</script>Studi" });
    expect(messages(home)).toEqual([`dist/en/index.html:${lineOf(home, "alert(1)")}: script: inline script not written by the build: "alert(1)"`]);
    const body = page({ main: "<p>a</p>\n<script>alert(2)</script>" });
    expect(messages(body)).toEqual([`dist/en/index.html:${lineOf(body, "alert(2)")}: script: inline script not written by the build: "alert(2)"`]);
    const breakOut = page({ home: `</a></li></ol></nav><script>alert(3)</script><nav><ol><li><a>` });
    expect(messages(breakOut)).toContain(`dist/en/index.html:${lineOf(breakOut, "alert(3)")}: script: inline script not written by the build: "alert(3)"`);
  });

  it("a module in <head> that copies the page module's opening but is not the template's last", () => {
    const copy = `\n<script type="module">${MODULE}alert(4)</script>`;
    expect(messages(page({ head: copy }))).toEqual([expect.stringMatching(/^dist\/en\/index\.html:6: script: inline script not written by the build: "import \{define\}/)]);
    expect(messages(page({ module: 'alert(5);\nimport {define} from "../_observablehq/client.js";\n' }))).toHaveLength(1);
  });

  it("inline event handlers, script addresses and srcdoc, however they are written", () => {
    const html = page({ main: `<img src=x onerror="alert(6)">\n<svg><a xlink:href="javascript:alert(7)"><text>x</text></a></svg>\n<a href=" \tJaVaScRiPt:alert(8)">x</a>\n<iframe srcdoc="&lt;script&gt;alert(9)&lt;/script&gt;"></iframe>\n<form><button formaction="vbscript:x">b</button></form>\n<svg onload="alert(10)"></svg>` });
    const at = lineOf(html, "alert(6)");
    expect(messages(html)).toEqual([
      `dist/en/index.html:${at}: script: inline event handler onerror="alert(6)" on <img>: the build writes none`,
      `dist/en/index.html:${at + 1}: script: a script address in xlink:href="javascript:alert(7)" on <a>`,
      `dist/en/index.html:${at + 2}: script: a script address in href=" \\tJaVaScRiPt:alert(8)" on <a>`,
      `dist/en/index.html:${at + 3}: script: srcdoc on <iframe>: the build writes none`,
      `dist/en/index.html:${at + 4}: script: a script address in formaction="vbscript:x" on <button>`,
      `dist/en/index.html:${at + 5}: script: inline event handler onload="alert(10)" on <svg>: the build writes none`
    ]);
  });

  it("text that only looks like markup is text", () => {
    expect(messages(page({ main: "<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) onerror=x</p>" }))).toEqual([]);
    expect(isScriptUrl("java\u0000script:x")).toBe(true);
    expect(isScriptUrl("https://example.org/javascript:x")).toBe(false);
    expect(isScriptUrl("./javascript:x")).toBe(false);
  });
});
