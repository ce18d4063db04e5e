import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataError } from "../loaders/errors.js";
import { readRelated } from "../loaders/study/related.js";

const dirs: string[] = [];
function copyMetrics(): string {
  const dir = mkdtempSync(join(tmpdir(), "metrics-"));
  cpSync("data/metrics", dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("readRelated", () => {
  it("groups linked indicators by dimension with their observations and sources", () => {
    const related = readRelated("data/metrics");
    const lay = related.get("management-of-lay-actors")!;
    expect(lay.map((m) => m.indicator)).toContain("ksh-monthly-honorarium");
    const honorarium = lay.find((m) => m.indicator === "ksh-monthly-honorarium")!;
    expect(honorarium.observations.map((o) => [o.period, o.value, o.source.id])).toEqual([
      ["2022", 400000, "S056"],
      ["2023", 500000, "S057"]
    ]);
    expect(honorarium.observations[0]!.source.publisher).not.toBe("");
    expect(honorarium.note_en).toMatch(/honorarium/);
    expect(related.get("leadership")).toBeUndefined();
  });

  it("returns no links when the folder has no dimension-links.csv", () => {
    expect(readRelated(join(tmpdir(), "no-such-metrics-folder")).size).toBe(0);
  });

  it("reports a link to an unknown indicator with its file and line", () => {
    const dir = copyMetrics();
    const path = join(dir, "dimension-links.csv");
    writeFileSync(path, readFileSync(path, "utf-8").replace("planning,target-stunting-prevalence", "planning,no-such-indicator"));
    try {
      readRelated(dir);
      expect.unreachable("readRelated should have thrown");
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).problems[0]).toMatchObject({ file: "metrics/dimension-links.csv", line: 17, field: "indicator" });
    }
  });
});
