/**
 * `npm run build` and `npm run dev`: Observable Framework, hermetic. Framework runs in a child
 * Node process with the hermetic preload (never through NODE_OPTIONS, so data loaders keep a
 * clean environment); stale caches are dropped first. The build is finished by postbuild; dev
 * runs Framework's preview server through scripts/dev/server.ts, which applies the same page
 * transformations and serves the same downloads.
 */
import { spawn } from "node:child_process";
import { watch, utimesSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { currentKeys, refreshCache } from "./cache.js";
import { postbuild } from "./postbuild.js";
import { outDir, studyDir } from "../loaders/site/env.js";
import { DataError } from "../loaders/errors.js";

const root = process.cwd();
const [command = "build", ...rawArgs] = process.argv.slice(2);
// `--out <folder>` builds elsewhere than dist/ (Framework 1.13's build has no such flag: the config reads SITE_OUT).
const outAt = rawArgs.indexOf("--out");
if (outAt >= 0) {
  const value = rawArgs[outAt + 1];
  if (!value) {
    console.error("--out needs a folder");
    process.exit(2);
  }
  process.env.SITE_OUT = value;
  rawArgs.splice(outAt, 2);
}
const args = rawArgs;
const framework = join(root, "node_modules/@observablehq/framework/dist/bin/observable.js");
const devServer = join(root, "scripts/dev/server.ts");

/** Runs a Node script with the hermetic preload; resolves to its exit code. */
function runHermetic(script: string, extra: string[]): Promise<number> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./scripts/hermetic/preload.ts", script, ...extra],
    { stdio: "inherit", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" } }
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** The loaders Framework re-runs when their file is newer than its cached output: data loaders and page loaders. */
function loaderFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf-8" })
    .filter((name) => !name.startsWith(".observablehq") && /\.(json|csv|arrow|md)\.ts$/.test(name))
    .map((name) => join(dir, name));
}

/**
 * In preview, an edit to a loader's inputs re-runs the loaders (Framework watches only their own
 * files): data/, loaders/ and the study for every loader; src/components/ and the page templates
 * (`*.page.md`) for the page loaders that draw charts at build time (loaders/site/prerender.ts).
 */
function watchInputs(study: string): void {
  const touch = () => {
    refreshCache(root, currentKeys(root, study));
    const now = new Date();
    for (const file of loaderFiles(join(root, "src"))) utimesSync(file, now, now);
  };
  let timer: NodeJS.Timeout | undefined;
  const inputs: [string, (name: string) => boolean][] = [
    ["data", () => true],
    ["loaders", () => true],
    [study, () => true],
    ["src/components", () => true],
    // Only templates: the page loaders beside them are what `touch` updates.
    ["src/[lang]", (name) => name.endsWith(".page.md")]
  ];
  for (const [dir, relevant] of inputs) {
    try {
      watch(dir, { recursive: true }, (_event, name) => {
        if (name !== null && !relevant(String(name))) return;
        clearTimeout(timer);
        timer = setTimeout(touch, 200);
      });
    } catch {
      // a folder that cannot be watched still builds; it just needs a restart to refresh
    }
  }
}

const study = studyDir();
const removed = refreshCache(root, currentKeys(root, study));
if (removed.length) console.error(`cache: cleared ${removed.join(", ")} (inputs changed)`);

if (command === "build") {
  const code = await runHermetic(framework, ["build", ...args]);
  if (code !== 0) process.exit(code);
  try {
    await postbuild(resolve(root, outDir()));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    console.error(`build: ${error.message}\nbuild: ${outDir()} removed: a page held what the build did not write (scripts/pageScripts.ts)`);
    process.exit(1);
  }
} else if (command === "dev" || command === "preview") {
  watchInputs(study);
  process.exit(await runHermetic(devServer, args));
} else {
  console.error(`usage: tsx scripts/framework.ts build|dev [framework options]`);
  process.exit(2);
}
