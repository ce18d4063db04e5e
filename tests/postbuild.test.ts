import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isDuckdbMvpFile, langOfFile, postbuild, setHtmlLang } from "../scripts/postbuild.js";

describe("postbuild", () => {
  it("sets <html lang> from the page's language folder", async () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "en/dimensions"), { recursive: true });
    mkdirSync(join(dist, "id"), { recursive: true });
    const page = "<!DOCTYPE html>\n<html>\n<head></head><body></body></html>";
    writeFileSync(join(dist, "en/dimensions/planning.html"), page);
    writeFileSync(join(dist, "id/index.html"), page);
    writeFileSync(join(dist, "index.html"), page);
    const duck = join(dist, "_npm/@duckdb/duckdb-wasm@1.29.0/dist");
    mkdirSync(duck, { recursive: true });
    for (const f of ["duckdb-mvp.wasm", "duckdb-browser-mvp.worker.18a8af1f.js", "duckdb-eh.wasm", "duckdb-browser-eh.worker.b2f0d826.js"]) writeFileSync(join(duck, f), "x");
    await postbuild(dist);
    expect(readFileSync(join(dist, "en/dimensions/planning.html"), "utf-8")).toContain('<html lang="en">');
    expect(readFileSync(join(dist, "id/index.html"), "utf-8")).toContain('<html lang="id">');
    expect(readFileSync(join(dist, "index.html"), "utf-8")).toContain('<html lang="id">');
    expect(existsSync(join(duck, "duckdb-mvp.wasm"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-browser-mvp.worker.18a8af1f.js"))).toBe(false);
    expect(existsSync(join(duck, "duckdb-eh.wasm"))).toBe(true);
    expect(existsSync(join(duck, "duckdb-browser-eh.worker.b2f0d826.js"))).toBe(true);
  });

  it("has pure helpers for the language and the DuckDB files", () => {
    expect(langOfFile("/d", "/d/en/x.html")).toBe("en");
    expect(langOfFile("/d", "/d/_file/x.html")).toBe("id");
    expect(setHtmlLang('<html lang="xx">', "en")).toBe('<html lang="en">');
    expect(isDuckdbMvpFile("dist/_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toBe(false);
  });
});

describe("Content-Security-Policy", () => {
  it("allows this origin and each inline script by hash, nothing else", async () => {
    const { addCsp, contentSecurityPolicy, inlineScripts } = await import("../scripts/postbuild.js");
    const page = '<html><head><script type="module">import "./a.js";</script><script src="./b.js"></script></head></html>';
    expect(inlineScripts(page)).toEqual(['import "./a.js";']);
    const csp = contentSecurityPolicy(page);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(addCsp(page)).toMatch(/^<html><head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
  });

  it("adds eval and wasm only where a page loads the libraries that need them", async () => {
    const { contentSecurityPolicy } = await import("../scripts/postbuild.js");
    expect(contentSecurityPolicy('<link href="/_npm/d3-dsv@3.0.2/x.js">')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('<link href="/_npm/@duckdb/duckdb-wasm@1.29.0/x.js">')).toMatch(/'wasm-unsafe-eval'.*worker-src 'self' blob:/);
    expect(contentSecurityPolicy("<p>json only</p>")).not.toMatch(/eval/);
  });
});

describe("page shell", () => {
  it("allows zoom and keeps the sidebar list to list items", async () => {
    const { fixShell } = await import("../scripts/postbuild.js");
    const shell = '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n<ol>\n    <label id="observablehq-sidebar-close" for="x"></label>\n    <li>a</li></ol>';
    const fixed = fixShell(shell);
    expect(fixed).not.toContain("maximum-scale");
    expect(fixed).toMatch(/<label id="observablehq-sidebar-close" for="x"><\/label>\s*<ol>\s*<li>/);
  });
});
