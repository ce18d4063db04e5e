import { describe, expect, it } from "vitest";
import { HermeticError, NOT_INSTALLED, compareVersions, findInstalled, latestInstalled, parseLockfile, readLockfile } from "../scripts/hermetic/lockfile.js";

const lock = parseLockfile(
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      "": { name: "site" },
      "node_modules/a": { version: "2.0.0" },
      "node_modules/b/node_modules/a": { version: "1.5.0" },
      "node_modules/@s/c": { version: "0.1.0-beta.1" },
      "node_modules/linked": { link: true }
    }
  })
);

describe("lockfile", () => {
  it("indexes every installed copy and the top-level one", () => {
    expect(lock.byName.get("a")?.map((p) => p.dir)).toEqual(["node_modules/a", "node_modules/b/node_modules/a"]);
    expect(lock.topLevel.get("@s/c")?.version).toBe("0.1.0-beta.1");
    expect(lock.byName.has("linked")).toBe(false);
  });

  it("finds exactly name@version, or names what is missing", () => {
    expect(findInstalled(lock, "a", "1.5.0").dir).toBe("node_modules/b/node_modules/a");
    expect(() => findInstalled(lock, "a", "3.0.0")).toThrow(/a@3\.0\.0 is not in package-lock\.json \(installed: 2\.0\.0, 1\.5\.0\)/);
    expect(() => findInstalled(lock, "lodash", NOT_INSTALLED)).toThrow(/a page uses lodash, which is not installed: add it with "npm install lodash"/);
  });

  it("answers latest with the top-level copy, or marks the package not installed", () => {
    expect(latestInstalled(lock, "a")).toBe("2.0.0");
    expect(latestInstalled(lock, "echarts")).toBe(NOT_INSTALLED);
  });

  it("orders versions and refuses a non-lockfile", () => {
    expect(["1.10.0", "1.2.0", "1.2.0-rc.1"].sort(compareVersions)).toEqual(["1.2.0-rc.1", "1.2.0", "1.10.0"]);
    expect(() => parseLockfile("{}")).toThrow(HermeticError);
    expect(() => parseLockfile("not json")).toThrow(/not valid JSON/);
  });

  it("pins the browser libraries the site relies on", () => {
    const real = readLockfile(process.cwd());
    expect(real.topLevel.get("@duckdb/duckdb-wasm")?.version).toBe("1.29.0");
    for (const name of ["htl", "d3-dsv", "apache-arrow", "isoformat", "@observablehq/inputs", "@observablehq/plot", "d3", "arquero"]) {
      expect(real.topLevel.has(name), name).toBe(true);
    }
  });
});
