import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../loaders/study/datapackage.js";
import { loadStudy } from "../../loaders/study/load.js";
import { studyDir } from "../../loaders/site/env.js";
import { BUILD_WAIT_MS, waitForBuild } from "./builds.js";

const id = loadStudy(studyDir()).meta.id;
const dir = join("dist/downloads", id);

describe("datapackage.json in dist/", () => {
  it("lists every study table; each path exists and each CSV header matches its schema", async () => {
    await waitForBuild("build");
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf-8")) as {
      resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
    for (const r of descriptor.resources) {
      const path = join(dir, r.path);
      expect(existsSync(path), path).toBe(true);
      const [header] = parse(readFileSync(path, "utf-8"), { to_line: 1 }) as string[][];
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
    }
    expect(existsSync(`${dir}.zip`)).toBe(true);
  }, BUILD_WAIT_MS + 60_000);
});
