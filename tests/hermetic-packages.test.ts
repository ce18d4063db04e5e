import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HermeticError } from "../scripts/hermetic/lockfile.js";
import { bundleEsm, contentTypeOf, isEsmPackage, parseCdnPath, pinnedPackageJson, resolvePackageDir } from "../scripts/hermetic/packages.js";

const root = process.cwd();

describe("CDN paths", () => {
  it("parses names, scopes, versions, sub-paths and +esm", () => {
    expect(parseCdnPath("/npm/d3@7.9.2/+esm")).toEqual({ name: "d3", version: "7.9.2", path: "", esm: true });
    expect(parseCdnPath("/npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm")).toEqual({
      name: "@duckdb/duckdb-wasm",
      version: "1.29.0",
      path: "dist/duckdb-eh.wasm",
      esm: false
    });
    expect(parseCdnPath("/npm/x@1.0.0/sub/mod.js/+esm")).toMatchObject({ path: "sub/mod.js", esm: true });
  });

  it("refuses ranges and missing versions", () => {
    expect(() => parseCdnPath("/npm/d3@^7/+esm")).toThrow(HermeticError);
    expect(() => parseCdnPath("/npm/d3/+esm")).toThrow(/without an exact version/);
  });

  it("gives wasm, workers and CSS their content types", () => {
    expect(contentTypeOf("a/duckdb-eh.wasm")).toBe("application/wasm");
    expect(contentTypeOf("a/worker.js")).toMatch(/^application\/javascript/);
    expect(contentTypeOf("a/b.css")).toMatch(/^text\/css/);
  });
});

describe("installed packages", () => {
  it("resolves a dependency the way Node does from the importer", () => {
    expect(resolvePackageDir("d3-array", join(root, "node_modules/d3"), root)).toBe(join(root, "node_modules/d3-array"));
    expect(resolvePackageDir("no-such-package", join(root, "node_modules/d3"), root)).toBeUndefined();
  });

  it("pins dependency ranges in package.json to the installed versions", () => {
    const pkg = JSON.parse(pinnedPackageJson(join(root, "node_modules/@observablehq/plot"), root)) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.d3).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies["interval-tree-1d"]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("tells ES-module packages from CommonJS ones", () => {
    expect(isEsmPackage(join(root, "node_modules/d3"))).toBe(true);
    expect(isEsmPackage(join(root, "node_modules/binary-search-bounds"))).toBe(false);
  });

  it("bundles a browser ES module, externalising ES deps and inlining CommonJS", async () => {
    const code = await bundleEsm(root, "node_modules/@observablehq/plot", "@observablehq/plot", "");
    expect(code).toMatch(/from"\/npm\/d3@\d+\.\d+\.\d+\/\+esm"/);
    expect(code).not.toContain("/npm/interval-tree-1d");
    expect(code).not.toContain("/npm/binary-search-bounds");
    expect(code).not.toMatch(/\brequire\(/);
  });
});
