/**
 * The loader benchmark's child process: reads the synthetic findings files in a folder, parses
 * and validates them with the study's real loader code (parseCsv + findingSchema), then derives
 * the participation table and the dimension summaries. Prints one JSON line of timings.
 *
 *   node --import tsx bench/loader-child.ts <folder>
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../loaders/csv.js";
import { dimensionSummaries, participation } from "../loaders/study/derive.js";
import type { Finding } from "../loaders/study/schema.js";
import { findingSchema } from "../loaders/study/schema.js";
import { syntheticStudy } from "./synthetic.js";

export interface LoaderChildOutput {
  files: number;
  bytes: number;
  rows: number;
  problems: number;
  readMs: number;
  parseMs: number;
  deriveMs: number;
  cells: number;
  summaries: number;
  /** User + system CPU time of this process. */
  cpuMs: number;
  /** Peak resident set size as Node reports it (kB). */
  maxRssKb: number;
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node --import tsx bench/loader-child.ts <folder of synthetic-findings-*.csv>");
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((n) => /^synthetic-findings-\d+\.csv$/.test(n))
  .sort();
const findings: Finding[] = [];
let problems = 0;
let bytes = 0;
let readMs = 0;
let parseMs = 0;
for (const name of files) {
  const t0 = performance.now();
  const path = join(dir, name);
  bytes += statSync(path).size;
  // As loaders/study/load.ts reads a table: bytes decoded as UTF-8, bad bytes become U+FFFD.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(readFileSync(path));
  const t1 = performance.now();
  const result = parseCsv(text, name, findingSchema);
  for (const row of result.rows) findings.push(row.value);
  problems += result.problems.length;
  const t2 = performance.now();
  readMs += t1 - t0;
  parseMs += t2 - t1;
}
const t3 = performance.now();
const study = syntheticStudy(findings);
const cells = participation(study);
const summaries = dimensionSummaries(study);
const deriveMs = performance.now() - t3;
const output: LoaderChildOutput = {
  files: files.length,
  bytes,
  rows: findings.length,
  problems,
  readMs,
  parseMs,
  deriveMs,
  cells: cells.length,
  summaries: summaries.length,
  cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  maxRssKb: process.resourceUsage().maxRSS
};
process.stdout.write(`${JSON.stringify(output)}\n`);
