/**
 * The browser tests' builds, made once per run (vitest globalSetup), the way CI and a new user
 * make them; the unit tests run meanwhile, and each browser test file waits for the build it
 * needs (harness.ts `useSite`, `waitForBuild`).
 *
 * Before any test starts, in this process: the variant study is generated (tests/fixtures/variant.ts:
 * the real importer run in-process on the synthetic interviews, completed by hand, every text
 * hostile) and validated; the empty study is made by `npm run study -- init` and validated (both
 * through `main` of scripts/study.ts). Then, in the background and in this order:
 *
 * 1. `npm run build` of the default study, inside a network namespace with loopback only when
 *    this machine allows it (root + unshare), under strace when available, so that build.test.ts
 *    can prove no connection left the machine;
 * 2. the policy brief's PDFs printed from dist/ (scripts/brief-pdf.ts, in this process), while
 * 3. `STUDY=<variant> npm run build -- --out tests/.artifacts/site-variant`, then
 *    `STUDY=<empty> npm run build -- --out tests/.artifacts/site-empty` run one after the other:
 *    every build keeps Framework's loader outputs in the one cache folder src/.observablehq/cache
 *    (scripts/cache.ts puts another study's outputs aside and brings them back), so two builds at
 *    once would overwrite each other's.
 *
 * Each outcome is written to tests/.artifacts/<name>.json (status, seconds, log) as it ends, and
 * builds.json sums them up (each build's seconds, and whether dist/ stayed as the default build left it).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main, type Io } from "../../scripts/study.js";
import { writeVariantStudy } from "../fixtures/variant.js";
import { ARTIFACTS, BUILDS, EMPTY_STUDY, outcomeFile, VARIANT_STUDY, type BuildName, type BuildOutcome, type StudyCommands } from "./builds.js";

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

/** Runs a command; resolves to its exit status and output (stdout and stderr interleaved). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, npm_config_update_notifier: "false", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", (error) => resolve({ status: null, log: `${log}\n${error.message}` }));
    child.on("close", (status) => resolve({ status, log }));
  });
}

/** Written whole or not at all: a test waiting for the file never reads half of it. */
function writeWhole(file: string, value: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(value));
  renameSync(`${file}.tmp`, file);
}

function record(name: BuildName, outcome: Omit<BuildOutcome, "name">, log: string): BuildOutcome {
  const full = { name, ...outcome };
  writeFileSync(join(ARTIFACTS, `${name}.log`), log);
  writeWhole(outcomeFile(name), full);
  if (outcome.status !== 0) console.error(`${name} failed; see tests/.artifacts/${name}.log\n${log.slice(-3000)}`);
  return full;
}

async function timed(name: BuildName, step: () => Promise<{ status: number | null; log: string; extra?: Partial<BuildOutcome> }>): Promise<BuildOutcome> {
  const started = Date.now();
  const { status, log, extra } = await step();
  return record(name, { status, seconds: (Date.now() - started) / 1000, ...extra }, log);
}

/** The default build, hermetic: loopback only, every connect() traced. */
function defaultBuild(): Promise<BuildOutcome> {
  const isRoot = process.getuid?.() === 0;
  const isolated = isRoot && has("unshare") && spawnSync("unshare", ["-n", "true"]).status === 0;
  const traced = has("strace");
  // With a seccomp filter strace stops the build only at connect(), not at every system call.
  const seccomp = traced && spawnSync("strace", ["-f", "--seccomp-bpf", "-qq", "-e", "trace=connect", "-o", "/dev/null", "true"]).status === 0;
  const trace = join(ARTIFACTS, "connect.trace");
  const build = "npm run build";
  const inner = traced ? `strace -f ${seccomp ? "--seccomp-bpf " : ""}-qq -e trace=connect -o ${trace} ${build}` : build;
  return timed("build", async () => {
    const result = isolated ? await run("unshare", ["-n", "sh", "-c", inner]) : await run("sh", ["-c", inner]);
    return { ...result, extra: { isolated, traced, trace: traced ? trace : null } };
  });
}

/** The brief's PDFs, printed from dist/ as `npm run brief:pdf -- --skip-build` prints them. */
function briefPdfs(): Promise<BuildOutcome> {
  return timed("brief-pdf", async () => {
    if (!existsSync("/usr/bin/chromium")) return { status: null, log: "no Chromium: the PDFs are not printed" };
    const { printBriefs } = await import("../../scripts/brief-pdf.js");
    try {
      const written = await printBriefs(join(process.cwd(), "dist"));
      return { status: 0, log: written.map((w) => `brief:pdf: wrote ${w}`).join("\n") };
    } catch (error) {
      return { status: 1, log: String((error as Error).stack ?? error) };
    }
  });
}

function studyBuild(name: "build-variant" | "build-empty", study: string): Promise<BuildOutcome> {
  return timed(name, () => run("npm", ["run", "build", "--", "--out", BUILDS[name].out!], { STUDY: study }));
}

/** dist/'s home page: when it was written and what it holds. */
function distMark(): { mtime: number; hash: string } | null {
  const file = "dist/id/index.html";
  if (!existsSync(file)) return null;
  return { mtime: statSync(file).mtimeMs, hash: createHash("sha256").update(readFileSync(file)).digest("hex") };
}

/** Runs a study command in this process; its exit code and what it printed. */
async function study(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { code: await main(args, io), out, err };
}

export default async function setup(): Promise<() => Promise<void>> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // While working on the browser tests: REUSE_BUILDS=1 keeps the last run's studies and builds.
  if (process.env.REUSE_BUILDS === "1" && existsSync(join(ARTIFACTS, "builds.json"))) return async () => undefined;
  for (const name of Object.keys(BUILDS) as BuildName[]) {
    rmSync(outcomeFile(name), { force: true });
    if (BUILDS[name].out) rmSync(BUILDS[name].out!, { recursive: true, force: true });
  }
  rmSync(join(ARTIFACTS, "builds.json"), { force: true });

  // The two studies, made and checked with the study command, in this process. A fixture that
  // cannot be made is recorded (its tests fail with the reason), not thrown: the other tests run.
  rmSync(EMPTY_STUDY, { recursive: true, force: true });
  let variantError: string | undefined;
  const variant = await writeVariantStudy(VARIANT_STUDY).catch((error: unknown) => {
    variantError = String((error as Error).stack ?? error);
    return { importLog: [variantError], fields: [] };
  });
  const commands: StudyCommands = {
    variantImport: variant.importLog,
    variantFields: variant.fields,
    variantValidate: variantError ? { code: 1, out: [], err: ["the variant study was not made"] } : await study(["validate", VARIANT_STUDY]),
    emptyInit: await study(["init", EMPTY_STUDY]),
    emptyValidate: await study(["validate", EMPTY_STUDY])
  };
  writeFileSync(join(ARTIFACTS, "study-commands.json"), JSON.stringify(commands));

  const builds = (async () => {
    const started = Date.now();
    const first = await defaultBuild();
    const before = distMark();
    const printing = first.status === 0 ? briefPdfs() : Promise.resolve(record("brief-pdf", { status: null, seconds: 0 }, "not printed: the default build failed"));
    // One study after the other: both use the one cache folder.
    const variantBuild = variantError ? record("build-variant", { status: null, seconds: 0 }, `not built: the variant study was not made\n${variantError}`) : await studyBuild("build-variant", VARIANT_STUDY);
    const emptyBuild = await studyBuild("build-empty", EMPTY_STUDY);
    const pdf = await printing;
    const after = distMark();
    writeWhole(join(ARTIFACTS, "builds.json"), {
      seconds: Object.fromEntries([first, pdf, variantBuild, emptyBuild].map((b) => [b.name, b.seconds])),
      total: (Date.now() - started) / 1000,
      dist: { before, after }
    });
  })();
  return async () => {
    await builds;
  };
}
