/**
 * Loader throughput and peak memory: synthetic findings files written to a temporary folder,
 * then read, validated and transformed by the study's real loader code in a child process
 * (bench/loader-child.ts), timed from outside and measured by `/usr/bin/time -v` when present.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_CSV_BYTES } from "../loaders/csv.js";
import type { LoaderChildOutput } from "./loader-child.js";
import { findingsCsvShards, shardName } from "./synthetic.js";

export const TIME = "/usr/bin/time";

export interface TimeReport {
  maxRssKb?: number;
  elapsedSeconds?: number;
  userSeconds?: number;
  systemSeconds?: number;
}

/** `h:mm:ss` or `m:ss.ss` as seconds. */
export function parseClock(text: string): number {
  return text
    .trim()
    .split(":")
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** The figures of GNU time's `-v` report. */
export function parseTimeReport(stderr: string): TimeReport {
  const field = (label: string) => new RegExp(`^\\s*${label}:\\s*(.+)$`, "m").exec(stderr)?.[1];
  const report: TimeReport = {};
  const rss = field("Maximum resident set size \\(kbytes\\)");
  if (rss) report.maxRssKb = Number(rss);
  const elapsed = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)");
  if (elapsed) report.elapsedSeconds = parseClock(elapsed);
  const user = field("User time \\(seconds\\)");
  if (user) report.userSeconds = Number(user);
  const system = field("System time \\(seconds\\)");
  if (system) report.systemSeconds = Number(system);
  return report;
}

export interface LoaderResult {
  segments: number;
  files: number;
  bytes: number;
  problems: number;
  /** Wall time of the whole child process (start-up included), measured by the parent. */
  wallSeconds: number;
  /** User + system CPU time of the child. */
  cpuSeconds: number;
  readSeconds: number;
  parseSeconds: number;
  deriveSeconds: number;
  /** Peak resident set size in bytes. */
  peakRssBytes: number;
  /** Where the peak RSS comes from. */
  rssSource: string;
  /** Seconds spent writing the synthetic files (not part of the measurement). */
  generateSeconds: number;
}

/** Runs the loader benchmark on `segments` synthetic findings. */
export async function runLoaderBench(projectRoot: string, segments: number): Promise<LoaderResult> {
  const dir = mkdtempSync(join(tmpdir(), "bench-loader-synthetic-"));
  try {
    const t0 = performance.now();
    let files = 0;
    for (const text of findingsCsvShards(segments, MAX_CSV_BYTES)) writeFileSync(join(dir, shardName(++files)), text);
    const generateSeconds = (performance.now() - t0) / 1000;

    const node = [process.execPath, "--import", "tsx", join(projectRoot, "bench/loader-child.ts"), dir];
    const withTime = existsSync(TIME);
    const [command, ...args] = withTime ? [TIME, "-v", ...node] : node;
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(command!, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      child.on("error", reject);
      child.on("exit", (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    const wallSeconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`loader benchmark failed (${code}):\n${stderr.slice(-3000)}`);
    const child = JSON.parse(stdout.trim().split("\n").pop() ?? "{}") as LoaderChildOutput;
    const time = withTime ? parseTimeReport(stderr) : {};
    const cpuSeconds =
      time.userSeconds !== undefined && time.systemSeconds !== undefined ? time.userSeconds + time.systemSeconds : child.cpuMs / 1000;
    return {
      segments: child.rows,
      files: child.files,
      bytes: child.bytes,
      problems: child.problems,
      wallSeconds,
      cpuSeconds,
      readSeconds: child.readMs / 1000,
      parseSeconds: child.parseMs / 1000,
      deriveSeconds: child.deriveMs / 1000,
      peakRssBytes: (time.maxRssKb ?? child.maxRssKb) * 1024,
      rssSource: time.maxRssKb !== undefined ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
      generateSeconds
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
