/**
 * `npm run build [-- --out <folder>]` and `npm run dev [-- options]`: Observable Framework,
 * hermetic, on one reading of the study.
 *
 * 1. The caches are brought to the inputs' key (scripts/cache.ts; one cache per study).
 * 2. The study is read and checked once, and every view computed (loaders/site/siteData.ts), into
 *    a content-hashed artifact (loaders/site/artifact.ts); the drawing step (src/prerender/run.ts)
 *    draws the pages' first charts, the brief and the og:images into it. An unchanged study is
 *    not read again.
 * 3. Framework runs in a child Node process with the hermetic preload (never through
 *    NODE_OPTIONS, so data loaders keep a clean environment), `SITE_ARTIFACT` naming the
 *    artifact for the config and every loader. The build is finished by postbuild; dev runs
 *    Framework's preview server through scripts/dev/server.ts, which applies the same page
 *    transformations and serves the same downloads, and prepares the artifact again on each edit.
 */
import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync, symlinkSync, utimesSync, watch } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ARTIFACT_ENV, ARTIFACTS_DIR, artifactDir, finishArtifact, hasArtifact, writeArtifactData } from "../loaders/site/artifact.js";
import { outDir, studyDir } from "../loaders/site/env.js";
import { buildSiteData } from "../loaders/site/siteData.js";
import { DataError } from "../loaders/errors.js";
import { filesUnder } from "../loaders/walk.js";
import { currentKeys, refreshCache } from "./cache.js";
import { postbuild } from "./postbuild.js";

const USAGE = "usage: npm run build [-- --out <folder>] | npm run dev [-- --port <n> --host <h> --no-open …]";
const root = process.cwd();
const framework = join(root, "node_modules/@observablehq/framework/dist/bin/observable.js");
const devServer = join(root, "scripts/dev/server.ts");
const drawStep = join(root, "src/prerender/run.ts");

/** The command and its options: `--out` is ours (Framework 1.13's build has no such flag: the config reads SITE_OUT); the rest pass on. */
function commandLine(argv: string[]): { command: string; out?: string; rest: string[] } {
  const { positionals, tokens } = parseArgs({ args: argv, options: { out: { type: "string" } }, strict: false, allowPositionals: true, tokens: true });
  const command = positionals[0] ?? "build";
  let out: string | undefined;
  const rest: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional" && token.index === argv.indexOf(command)) continue;
    if (token.kind === "option" && token.name === "out") {
      if (typeof token.value !== "string" || !token.value) fail("--out: expected a folder");
      out = token.value;
    } else if (token.kind === "option") rest.push(token.rawName, ...(token.value !== undefined && !token.inlineValue ? [token.value] : []));
    else if (token.kind === "positional") rest.push(token.value);
    else rest.push("--");
  }
  return { command, ...(out ? { out } : {}), rest };
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Runs a Node script (with the hermetic preload where asked); resolves to its exit code. */
function run(script: string, extra: string[], { hermetic, env = {} }: { hermetic: boolean; env?: NodeJS.ProcessEnv }): Promise<number> {
  const imports = ["--import", "tsx", ...(hermetic ? ["--import", "./scripts/hermetic/preload.ts"] : [])];
  const child = spawn(process.execPath, [...imports, script, ...extra], { stdio: "inherit", env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", ...env } });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop).on("SIGTERM", stop);
  return new Promise((done) =>
    child.on("exit", (code, signal) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      done(code ?? (signal ? 1 : 0));
    })
  );
}

/**
 * The artifact for the study as it now is: the existing one when nothing changed, else the
 * study read once, its data written and the drawing step run. Throws a DataError on bad input.
 */
async function prepare(study: string): Promise<string> {
  const keys = currentKeys(root, study);
  const change = refreshCache(root, keys);
  if (change.removed.length) console.error(`cache: put aside ${change.removed.join(", ")} (inputs changed)${change.restored.length ? `; restored ${change.restored.join(", ")} from an earlier build of these inputs` : ""}`);
  const dir = artifactDir(root, keys.data);
  if (hasArtifact(dir)) return dir;
  const data = buildSiteData();
  for (const note of data.notes) console.error(note);
  writeArtifactData(dir, data);
  const code = await run(drawStep, [], { hermetic: false, env: { [ARTIFACT_ENV]: dir } });
  if (code !== 0) throw new Error(`the drawing step (src/prerender/run.ts) failed with exit code ${code}`);
  finishArtifact(dir);
  return dir;
}

/** The loaders Framework re-runs when their file is newer than its cached output: data loaders and page loaders. */
function loaderFiles(dir: string): string[] {
  return filesUnder(dir, { skip: (name) => name === ".observablehq" })
    .filter((name) => /\.(json|csv|arrow|md|zip)\.(ts|js)$/.test(name))
    .map((name) => join(dir, name));
}

/** Points dev's artifact link at `target` (replaced in one step, so a loader never reads half of it). */
function pointAt(link: string, target: string): void {
  const tmp = `${link}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, link);
}

/**
 * In dev, an edit to the study, loaders/, src/shared/, the components, the drawing step or a page
 * template prepares the artifact again and re-runs the loaders (Framework watches only their own
 * files). A study that no longer loads says so and keeps the last good artifact.
 */
function watchInputs(study: string, link: string): void {
  const refresh = async () => {
    try {
      pointAt(link, await prepare(study));
    } catch (error) {
      console.error(`dev: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const now = new Date();
    for (const file of loaderFiles(join(root, "src"))) utimesSync(file, now, now);
  };
  let timer: NodeJS.Timeout | undefined;
  const inputs: [string, (name: string) => boolean][] = [
    ["loaders", () => true],
    [study, () => true],
    ["src/shared", () => true],
    ["src/components", () => true],
    ["src/prerender", () => true],
    // Only templates: the page loaders beside them are what `refresh` updates.
    ["src/[lang]", (name) => name.endsWith(".page.md")]
  ];
  for (const [dir, relevant] of inputs) {
    try {
      watch(dir, { recursive: true }, (_event, name) => {
        if (name !== null && !relevant(String(name))) return;
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), 200);
      });
    } catch {
      // a folder that cannot be watched still builds; it just needs a restart to refresh
    }
  }
}

const { command, out, rest } = commandLine(process.argv.slice(2));
if (out) process.env.SITE_OUT = out;
if (command !== "build" && command !== "dev" && command !== "preview") fail(`unknown command "${command}"`);
const study = studyDir();

let artifact: string;
try {
  artifact = await prepare(study);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(`${command}: ${error.message}`);
  process.exit(1);
}

if (command === "build") {
  const code = await run(framework, ["build", ...rest], { hermetic: true, env: { [ARTIFACT_ENV]: artifact } });
  if (code !== 0) process.exit(code);
  try {
    await postbuild(resolve(root, outDir()), artifact);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    console.error(`build: ${error.message}\nbuild: ${outDir()} removed: a page held what the build did not write (scripts/pageScripts.ts)`);
    process.exit(1);
  }
} else {
  const link = join(root, ARTIFACTS_DIR, `dev-${process.pid}`);
  pointAt(link, artifact);
  const cleanUp = () => existsSync(link) && rmSync(link, { force: true });
  process.on("exit", cleanUp);
  watchInputs(study, link);
  process.exit(await run(devServer, rest, { hermetic: true, env: { [ARTIFACT_ENV]: link } }));
}
