import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN_ROWS, createPlainProject, hermeticBuildCommand } from "../bench/plain.js";

describe("the plain Framework comparison project", () => {
  it("is written to a temporary folder with both pages, synthetic data, the lockfile and node_modules", () => {
    const root = process.cwd();
    const project = createPlainProject(root);
    try {
      const file = (p: string) => readFileSync(join(project.dir, p), "utf-8");
      expect(file("src/index.md")).toContain("```sql");
      expect(file("src/index.md")).toMatch(/FileAttachment\("data\/segments\.synthetic\.csv"\)/);
      expect(file("src/query.md")).toContain("window.runQueryBench");
      const csv = file("src/data/segments.synthetic.csv").trim().split("\n");
      expect(csv).toHaveLength(PLAIN_ROWS + 1);
      expect(csv[0]).toContain("synthetic");
      expect(file("package-lock.json")).toBe(readFileSync(join(root, "package-lock.json"), "utf-8"));
      expect(JSON.parse(file("package.json"))).toMatchObject({ type: "module" });
      expect(lstatSync(join(project.dir, "node_modules")).isSymbolicLink()).toBe(true);
      expect(file("observablehq.config.js")).toContain("globalStylesheets: []");
    } finally {
      project.remove();
    }
    expect(existsSync(project.dir)).toBe(false);
  });

  it("is built with the site's hermetic preload and the project's own Framework", () => {
    const command = hermeticBuildCommand("/repo");
    expect(command).toEqual([
      "--import",
      "tsx",
      "--import",
      "/repo/scripts/hermetic/preload.ts",
      "/repo/node_modules/@observablehq/framework/dist/bin/observable.js",
      "build"
    ]);
  });
});
