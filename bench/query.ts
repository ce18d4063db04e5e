/**
 * The evidence explorer's grouped query (count and gap share by dimension × stage) in
 * DuckDB-wasm and in arquero, run by the query page of the comparison project (bench/query/)
 * in headless Chromium on synthetic segments.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { settle } from "../scripts/browser.js";
import { median } from "./stats.js";
import { segmentsCsv } from "./synthetic.js";

export const QUERY_SIZES = [10_000, 100_000, 1_000_000] as const;

export interface GroupRow {
  dimension: string;
  stage: string;
  n: number;
  gap_share: number;
}

/** What `window.runQueryBench` returns. */
export interface QueryRun {
  rows: number;
  duckdbLoadMs: number;
  arqueroLoadMs: number;
  duckdbMs: number[];
  arqueroMs: number[];
  duckdb: GroupRow[];
  arquero: GroupRow[];
}

export interface QueryResult {
  segments: number;
  duckdbLoadMs: number;
  arqueroLoadMs: number;
  duckdbMs: number[];
  arqueroMs: number[];
  duckdbMedianMs: number;
  arqueroMedianMs: number;
  /** Groups in the result (7 dimensions × 4 stages). */
  groups: number;
  /** Whether both engines returned the same groups, counts and shares (to 1e-9). */
  agree: boolean;
}

/** Whether the two engines' results are the same table. */
export function sameGroups(a: readonly GroupRow[], b: readonly GroupRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const s = b[i]!;
      return r.dimension === s.dimension && r.stage === s.stage && r.n === s.n && Math.abs(r.gap_share - s.gap_share) < 1e-9;
    })
  );
}

export function summarizeQuery(segments: number, run: QueryRun): QueryResult {
  return {
    segments,
    duckdbLoadMs: run.duckdbLoadMs,
    arqueroLoadMs: run.arqueroLoadMs,
    duckdbMs: run.duckdbMs,
    arqueroMs: run.arqueroMs,
    duckdbMedianMs: median(run.duckdbMs),
    arqueroMedianMs: median(run.arqueroMs),
    groups: run.duckdb.length,
    agree: sameGroups(run.duckdb, run.arquero)
  };
}

/** Writes the synthetic segment tables into the built comparison site; returns their URL paths by size. */
export function writeSegmentFiles(dist: string, sizes: readonly number[]): Map<number, string> {
  mkdirSync(join(dist, "synthetic"), { recursive: true });
  const paths = new Map<number, string>();
  for (const n of sizes) {
    const name = `segments-${n}.synthetic.csv`;
    writeFileSync(join(dist, "synthetic", name), segmentsCsv(n));
    paths.set(n, `/synthetic/${name}`);
  }
  return paths;
}

/** Opens the query page (a fresh page per table size) and runs the query `runs` times in each engine. */
export async function runQuery(context: BrowserContext, pageUrl: string, dataPath: string, segments: number, runs: number): Promise<QueryResult> {
  const page = await context.newPage();
  try {
    await page.goto(pageUrl);
    await settle(page);
    await page.waitForSelector("#query-bench-ready");
    const run = (await page.evaluate(`window.runQueryBench(${JSON.stringify(dataPath)}, ${runs})`)) as QueryRun;
    if (run.rows !== segments) throw new Error(`query page loaded ${run.rows} rows, expected ${segments}`);
    return summarizeQuery(segments, run);
  } finally {
    await page.close();
  }
}
