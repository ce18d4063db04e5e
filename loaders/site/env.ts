/**
 * Where the site's inputs live and where it is built: `STUDY=<folder>` switches the study;
 * metrics stay in data/metrics (`METRICS=<folder>` reads another metrics folder, e.g. a test case); `SITE_OUT=<folder>` (or `npm run build -- --out <folder>`)
 * builds into another folder than dist/.
 */
import { resolve } from "node:path";

export const DEFAULT_STUDY_DIR = "data/study";
export const METRICS_DIR = "data/metrics";

export function studyDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STUDY?.trim() || DEFAULT_STUDY_DIR);
}

export function metricsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.METRICS?.trim() || METRICS_DIR);
}

export const DEFAULT_OUT_DIR = "dist";

/** The build's output folder, relative to the project root as Framework expects it. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_OUT?.trim() || DEFAULT_OUT_DIR;
}
