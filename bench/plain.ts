/**
 * The comparison project: a throwaway Framework project in a temporary folder with the plain
 * page of bench/plain/ (the site's libraries used the default way) and the query benchmark page
 * of bench/query/, built offline with the same hermetic preload as the site.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { segmentsCsv } from "./synthetic.js";

/** Rows in the plain page's CSV: as many as the real study has findings. */
export const PLAIN_ROWS = 36;

export interface PlainProject {
  dir: string;
  dist: string;
  /** Site paths of the two pages. */
  plainPage: string;
  queryPage: string;
  remove(): void;
}

/** The command that builds a Framework project in `cwd` offline, as scripts/framework.ts does for the site. */
export function hermeticBuildCommand(projectRoot: string): string[] {
  return [
    "--import",
    "tsx",
    "--import",
    join(projectRoot, "scripts/hermetic/preload.ts"),
    join(projectRoot, "node_modules/@observablehq/framework/dist/bin/observable.js"),
    "build"
  ];
}

/** Writes the comparison project into a new temporary folder (not yet built). */
export function createPlainProject(projectRoot: string): PlainProject {
  const dir = mkdtempSync(join(tmpdir(), "bench-plain-"));
  mkdirSync(join(dir, "src/data"), { recursive: true });
  copyFileSync(join(projectRoot, "bench/plain/observablehq.config.js"), join(dir, "observablehq.config.js"));
  copyFileSync(join(projectRoot, "bench/plain/index.md"), join(dir, "src/index.md"));
  copyFileSync(join(projectRoot, "bench/query/query.md"), join(dir, "src/query.md"));
  writeFileSync(join(dir, "src/data/segments.synthetic.csv"), segmentsCsv(PLAIN_ROWS));
  // The hermetic fetch answers from the lockfile and node_modules of the folder it runs in.
  copyFileSync(join(projectRoot, "package-lock.json"), join(dir, "package-lock.json"));
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`);
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    dist: join(dir, "dist"),
    plainPage: "/",
    queryPage: "/query",
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}

/** Builds the project; resolves with Framework's output, rejects with it when the build fails. */
export function buildPlainProject(projectRoot: string, project: PlainProject): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, hermeticBuildCommand(projectRoot), {
      cwd: project.dir,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(log) : reject(new Error(`plain Framework build failed (${code}):\n${log.slice(-3000)}`))));
  });
}
