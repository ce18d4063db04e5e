import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { DataError } from "../loaders/errors.js";
import { addCsp, compilesCode, contentSecurityPolicy, finishPage, fixShell, isHost, langOfPath, setHtmlLang } from "../scripts/pageShell.js";
import { frameworkScripts, type FrameworkScripts } from "../scripts/pageScripts.js";

const MODULE = '\n\nimport {define} from "./_observablehq/client.js";\n';
const FRAMEWORK_HEAD = `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<script type="module">${MODULE}</script>\n</head><body><ol>\n    <label id="observablehq-sidebar-close" for="x"></label>\n    <li>a</li></ol></body></html>`;
let framework: FrameworkScripts;
beforeAll(async () => {
  framework = await frameworkScripts();
}, 60_000);

describe("language", () => {
  it("comes from the first folder of a URL path or a path inside dist", () => {
    expect(langOfPath("/en/dimensions/planning")).toBe("en");
    expect(langOfPath("en/x.html")).toBe("en");
    expect(langOfPath("/id/")).toBe("id");
    expect(langOfPath("/")).toBe("id");
    expect(langOfPath("/_file/x.html")).toBe("id");
    expect(langOfPath("/english/x")).toBe("id");
    expect(setHtmlLang('<html lang="xx">', "en")).toBe('<html lang="en">');
    expect(setHtmlLang("<!DOCTYPE html>\n<html>\n<head>", "en")).toBe('<!DOCTYPE html>\n<html lang="en">\n<head>');
  });
});

describe("Content-Security-Policy", () => {
  it("allows this origin and each script it is given by hash, nothing else", () => {
    const page = '<html><head><script type="module">import "./a.js";</script><script src="./b.js"></script></head></html>';
    const csp = contentSecurityPolicy(page, { scripts: ['import "./a.js";'] });
    const hash = createHash("sha256").update('import "./a.js";').digest("base64");
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(csp).not.toMatch(/unsafe-eval|https?:|ws:|\*/);
    expect(csp).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(page)).toContain("script-src 'self';");
    expect(addCsp(page)).toMatch(/^<html><head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
  });

  it("adds eval only where a page parses CSV or uses arquero, and wasm only where it uses DuckDB", () => {
    expect(contentSecurityPolicy('<link href="../_npm/d3-dsv@3.0.2/_esm.js">')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('<link href="../_npm/arquero@8.0.3/_esm.js">')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('<link href="../_node/arquero@8.0.3/index.js">')).toContain("'unsafe-eval'");
    // d3-dsv as a module of d3 (a chart that imports d3) parses nothing: no eval.
    expect(compilesCode('<link rel="modulepreload" href="../_node/d3-dsv@3.0.2/index.8ca694c6.js">')).toBe(false);
    expect(contentSecurityPolicy('<link href="../_node/d3-dsv@3.0.2/index.js">')).not.toMatch(/eval/);
    expect(contentSecurityPolicy('<link href="/_npm/@duckdb/duckdb-wasm@1.29.0/x.js">')).toMatch(/'wasm-unsafe-eval'.*worker-src 'self' blob:/);
    expect(contentSecurityPolicy("<p>json only</p>")).not.toMatch(/eval|worker-src 'self' blob/);
  });

  it("lets dev's live reload reach its own host over a WebSocket, and no other", () => {
    expect(contentSecurityPolicy("<p></p>", { liveReloadHost: "127.0.0.1:3000" })).toContain("connect-src 'self' ws://127.0.0.1:3000;");
    expect(contentSecurityPolicy("<p></p>", { liveReloadHost: "[::1]:3000" })).toContain("connect-src 'self' ws://[::1]:3000;");
    expect(() => contentSecurityPolicy("<p></p>", { liveReloadHost: "x; script-src *" })).toThrow(/not a host/);
    expect(isHost("localhost")).toBe(true);
    expect(isHost('a"b')).toBe(false);
    expect(isHost("a b:1")).toBe(false);
  });
});

describe("why the explorer keeps 'unsafe-eval'", () => {
  it("arquero compiles every filter with Function: string, function and aq.escape alike", () => {
    // The same arquero the explorer loads, in a Node that refuses code generation as the policy does.
    const code = `import * as aq from "arquero";
const t = aq.from([{ a: 1 }, { a: 2 }]);
const run = (f) => { try { f(); return "ran"; } catch (e) { return e instanceof EvalError ? "blocked" : String(e); } };
console.log(JSON.stringify([run(() => t.numRows()), run(() => t.filter("d => d.a > 1").numRows()), run(() => t.filter((d) => d.a > 1).numRows()), run(() => t.filter(aq.escape((d) => d.a > 1)).numRows())]));`;
    const out = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", code], { encoding: "utf-8" });
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual(["ran", "blocked", "blocked", "blocked"]);
  });
});

describe("page shell", () => {
  it("allows zoom and keeps the sidebar list to list items", () => {
    const fixed = fixShell(FRAMEWORK_HEAD);
    expect(fixed).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(fixed).not.toContain("maximum-scale");
    expect(fixed).toMatch(/<label id="observablehq-sidebar-close" for="x"><\/label>\s*<ol>\s*<li>/);
  });

  it("finishes a page with every transformation, the policy first in <head>, hashing the template's module", () => {
    const page = finishPage(FRAMEWORK_HEAD, "en", { file: "dist/en/x.html", framework, liveReloadHost: "127.0.0.1:4000" });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="[^"]*ws:\/\/127\.0\.0\.1:4000[^"]*">\n<meta charset/);
    expect(page).not.toContain("maximum-scale");
    const hash = createHash("sha256").update(MODULE).digest("base64");
    expect(page).toContain(`script-src 'self' 'sha256-${hash}';`);
  });

  it("refuses a page with a script the build did not write, naming the file and line, and hashes no such script", () => {
    const hostile = FRAMEWORK_HEAD.replace("<li>a</li>", "<li>a<script>alert(1)</script></li>");
    expect(() => finishPage(hostile, "en", { file: "dist/en/x.html", framework })).toThrow(DataError);
    expect(() => finishPage(hostile, "en", { file: "dist/en/x.html", framework })).toThrow(/dist\/en\/x\.html:12: script: inline script not written by the build: "alert\(1\)"/);
  });
});
