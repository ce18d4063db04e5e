/** The machine a benchmark ran on, recorded with its figures. */
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  cpu: string;
  /** Logical processors available to this process. */
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** ISO 8601 date and time the run started. */
  date: string;
  /** 1, 5 and 15 minute load averages when the run started (the machine is shared). */
  loadAverage: [number, number, number];
}

/** The CPU model named in /proc/cpuinfo ("model name", or "Hardware"/"cpu model" on other architectures). */
export function cpuModel(cpuinfo: string): string | undefined {
  const m = /^(?:model name|Hardware|cpu model|Model)\s*:\s*(.+)$/m.exec(cpuinfo);
  return m?.[1]?.trim();
}

export function describeMachine(chromium: string, now = new Date()): Machine {
  let cpuinfo = "";
  try {
    cpuinfo = readFileSync("/proc/cpuinfo", "utf-8");
  } catch {
    // not Linux: fall back to Node's view
  }
  const [a = 0, b = 0, c = 0] = os.loadavg();
  return {
    cpu: cpuModel(cpuinfo) ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    date: now.toISOString(),
    loadAverage: [a, b, c]
  };
}
