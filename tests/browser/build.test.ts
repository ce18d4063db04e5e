import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_WAIT_MS, buildLog, waitForBuild, type BuildOutcome } from "./builds.js";

/** Addresses in strace `connect()` lines that are not loopback or a local socket. */
export function remoteConnects(trace: string): string[] {
  return trace
    .split("\n")
    .filter((l) => /connect\(/.test(l) && /AF_INET6?/.test(l))
    .filter((l) => !/inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|inet_pton\(AF_INET6, "::ffff:127\./.test(l));
}

describe("hermetic build", () => {
  let outcome: BuildOutcome;
  beforeAll(async () => {
    outcome = (await waitForBuild("build"))!;
  }, BUILD_WAIT_MS + 60_000);

  it("succeeds (inside a loopback-only network namespace when run as root)", () => {
    if (process.getuid?.() === 0) expect(outcome.isolated, "root can use unshare -n: the build must be tested offline").toBe(true);
    expect(outcome.status, buildLog("build").slice(-3000)).toBe(0);
    expect(existsSync("dist/id/index.html")).toBe(true);
  });

  it("makes no connection to anything but loopback (skipped where strace is missing)", (ctx) => {
    if (!outcome.traced) ctx.skip();
    const trace = readFileSync(outcome.trace!, "utf-8");
    expect(trace.length, "strace recorded the build").toBeGreaterThan(0);
    expect(remoteConnects(trace)).toEqual([]);
  });

  it("recognises a remote connect in a trace (so the check above can fail)", () => {
    const sample = '123 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("151.101.1.229")}, 16) = -1 ENETUNREACH';
    expect(remoteConnects(sample)).toHaveLength(1);
    expect(remoteConnects(sample.replace("151.101.1.229", "127.0.0.1"))).toHaveLength(0);
  });
});
