import { describe, expect, it } from "vitest";
import { parseCsv } from "../loaders/csv.js";
import { participation, dimensionSummaries } from "../loaders/study/derive.js";
import { findingSchema } from "../loaders/study/schema.js";
import {
  FINDING_COLUMNS,
  SEGMENT_COLUMNS,
  SYNTHETIC_CODEBOOK,
  findingsCsvShards,
  mulberry32,
  segmentsCsv,
  shardName,
  syntheticFindingRows,
  syntheticSegments,
  syntheticStudy
} from "../bench/synthetic.js";

describe("mulberry32", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // roughly uniform
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(430);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(570);
  });
});

describe("synthetic segments (explorer benchmark)", () => {
  it("are the same on every run and labelled synthetic", () => {
    const first = [...syntheticSegments(500, 7)];
    expect([...syntheticSegments(500, 7)]).toEqual(first);
    expect(first.every((s) => s.synthetic === true && s.id.startsWith("SYN"))).toBe(true);
    expect(new Set(first.map((s) => s.dimension))).toEqual(new Set(SYNTHETIC_CODEBOOK.dimensions));
  });

  it("write as CSV with a synthetic column", () => {
    const lines = segmentsCsv(3).trim().split("\n");
    expect(lines[0]).toBe(SEGMENT_COLUMNS.join(","));
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((l) => l.endsWith(",true"))).toBe(true);
  });

  it("have about the real study's valence mix (a third gaps)", () => {
    const gaps = [...syntheticSegments(20_000)].filter((s) => s.valence === "gap").length / 20_000;
    expect(gaps).toBeGreaterThan(0.28);
    expect(gaps).toBeLessThan(0.33);
  });
});

describe("synthetic findings (loader benchmark)", () => {
  it("are valid findings.csv rows that the real loader accepts without a problem", () => {
    const [text, ...rest] = [...findingsCsvShards(3000, 64 * 1024 * 1024, 5)];
    expect(rest).toEqual([]);
    const { rows, problems } = parseCsv(text!, "synthetic-findings-001.csv", findingSchema);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(3000);
    expect(rows[0]!.line).toBe(2);
    expect(rows.every((r) => r.value.text_en.startsWith("[synthetic]") && r.value.text_id.startsWith("[sintetis]"))).toBe(true);
    expect(new Set(rows.map((r) => r.value.id)).size).toBe(3000);
    // quoted fields with commas and doubled quotes are exercised
    expect(text).toContain('""');
  });

  it("split into files no larger than the limit, each with its header, rows in order", () => {
    const limit = 20_000;
    const shards = [...findingsCsvShards(500, limit)];
    expect(shards.length).toBeGreaterThan(1);
    for (const s of shards) {
      expect(Buffer.byteLength(s)).toBeLessThanOrEqual(limit);
      expect(s.startsWith(`${FINDING_COLUMNS.join(",")}\n`)).toBe(true);
    }
    const ids = shards.flatMap((s) => parseCsv(s, "x.csv", findingSchema).rows.map((r) => r.value.id));
    expect(ids).toEqual([...syntheticFindingRows(500)].map((r) => r.id));
    expect(shardName(3)).toBe("synthetic-findings-003.csv");
  });

  it("make a study the derived views run on", () => {
    const findings = parseCsv([...findingsCsvShards(400, 1e9)][0]!, "x.csv", findingSchema).rows.map((r) => r.value);
    const study = syntheticStudy(findings);
    expect(participation(study)).toHaveLength(11 * 4);
    const summaries = dimensionSummaries(study);
    expect(summaries).toHaveLength(7);
    expect(summaries.reduce((n, s) => n + s.findings.length, 0)).toBe(findings.filter((f) => f.dimension).length);
  });
});
