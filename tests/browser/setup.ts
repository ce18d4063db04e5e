/**
 * Builds the site once for the browser tests, the way CI and a new user would: `npm run build`,
 * inside a network namespace with loopback only when this machine allows it (root + unshare),
 * under strace when available so the test can prove no connection left the machine.
 * The outcome is written to tests/.artifacts/build.json for build.test.ts to assert.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ARTIFACTS = join(process.cwd(), "tests/.artifacts");

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

export default function setup(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const isolated = isRoot && has("unshare") && spawnSync("unshare", ["-n", "true"]).status === 0;
  const traced = has("strace");
  const trace = join(ARTIFACTS, "connect.trace");
  const build = "npm run build";
  const inner = traced ? `strace -f -qq -e trace=connect -o ${trace} ${build}` : build;
  const command = isolated ? ["unshare", ["-n", "sh", "-c", inner]] as const : ["sh", ["-c", inner]] as const;
  const started = Date.now();
  const env = { ...process.env, npm_config_update_notifier: "false" };
  const result = spawnSync(command[0], [...command[1]], { encoding: "utf-8", maxBuffer: 64 * 1024 * 1024, env });
  const log = `${result.stdout}\n${result.stderr}`;
  writeFileSync(join(ARTIFACTS, "build.log"), log);
  writeFileSync(
    join(ARTIFACTS, "build.json"),
    JSON.stringify({ status: result.status, isolated, traced, trace: traced ? trace : null, seconds: (Date.now() - started) / 1000 })
  );
  if (result.status !== 0) {
    console.error(`npm run build failed; see tests/.artifacts/build.log\n${log.slice(-4000)}`);
    return;
  }
  // The policy brief's PDFs need a local server and Chromium, so they are printed outside the namespace.
  if (existsSync("/usr/bin/chromium")) {
    const pdf = spawnSync("npm", ["run", "brief:pdf", "--", "--skip-build"], { encoding: "utf-8", env });
    writeFileSync(join(ARTIFACTS, "brief-pdf.log"), `${pdf.stdout}\n${pdf.stderr}`);
    if (pdf.status !== 0) console.error(`npm run brief:pdf failed; see tests/.artifacts/brief-pdf.log\n${pdf.stderr.slice(-2000)}`);
  }
}
