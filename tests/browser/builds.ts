/**
 * The browser tests' builds (made by setup.ts) as the tests see them: where each is written, its
 * outcome, and waiting for it. Setup writes `tests/.artifacts/<name>.json` when a build ends; a
 * test waits for that file, so the unit tests can run while the site is built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { VariantField } from "../fixtures/variant.js";

export const ARTIFACTS = join(process.cwd(), "tests/.artifacts");
/** The variant study (tests/fixtures/variant.ts) and the empty one (`npm run study -- init`), written by setup. */
export const VARIANT_STUDY = "tests/.artifacts/study-variant";
export const EMPTY_STUDY = "tests/.artifacts/study-empty";

/** Each build setup makes, and the folder it writes. */
export const BUILDS = {
  build: { out: "dist" },
  "brief-pdf": { out: undefined },
  "build-variant": { out: "tests/.artifacts/site-variant" },
  "build-empty": { out: "tests/.artifacts/site-empty" }
} as const satisfies Record<string, { out: string | undefined }>;
export type BuildName = keyof typeof BUILDS;

export interface BuildOutcome {
  name: BuildName;
  /** The exit status (null: not run, or no exit status). */
  status: number | null;
  seconds: number;
  /** The default build: whether it ran in a loopback-only network namespace, under strace, and where the trace is. */
  isolated?: boolean;
  traced?: boolean;
  trace?: string | null;
}

/** What the study commands said in setup (in-process `main` of scripts/study.ts). */
export interface StudyCommands {
  variantImport: string[];
  variantFields: VariantField[];
  variantValidate: { code: number; out: string[]; err: string[] };
  emptyInit: { code: number; out: string[]; err: string[] };
  emptyValidate: { code: number; out: string[]; err: string[] };
}

export const outcomeFile = (name: BuildName) => join(ARTIFACTS, `${name}.json`);

export function buildLog(name: BuildName): string {
  const file = join(ARTIFACTS, `${name}.log`);
  return existsSync(file) ? readFileSync(file, "utf-8") : "";
}

export function studyCommands(): StudyCommands {
  return JSON.parse(readFileSync(join(ARTIFACTS, "study-commands.json"), "utf-8")) as StudyCommands;
}

/** How long a test waits for a build (CI's shared cores are slow; the builds run beside the unit tests). */
export const BUILD_WAIT_MS = 20 * 60_000;

/** Resolves to the build's outcome once setup has written it. */
export async function waitForBuild(name: BuildName | "all"): Promise<BuildOutcome | undefined> {
  const file = name === "all" ? join(ARTIFACTS, "builds.json") : outcomeFile(name);
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} was not written in ${BUILD_WAIT_MS / 60_000} min: the global setup (tests/browser/setup.ts) did not finish the build`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return name === "all" ? undefined : (JSON.parse(readFileSync(file, "utf-8")) as BuildOutcome);
}

/** The summary setup writes when every build has ended. */
export function buildsSummary(): { seconds: Record<string, number>; total: number; dist: { before: { mtime: number; hash: string } | null; after: { mtime: number; hash: string } | null } } {
  return JSON.parse(readFileSync(join(ARTIFACTS, "builds.json"), "utf-8"));
}
