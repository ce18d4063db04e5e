/**
 * Where the site's inputs live and where it is built: `STUDY=<folder>` switches the study;
 * its public figures, when it has any, live in the study's own `metrics/` folder
 * (`METRICS=<folder>` reads another metrics folder, e.g. a test case); `SITE_OUT=<folder>`
 * (or `npm run build -- --out <folder>`) builds into another folder than dist/.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_STUDY_DIR = "data/study";
/** The metrics folder inside a study folder. */
export const METRICS_SUBDIR = "metrics";

export function studyDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STUDY?.trim() || DEFAULT_STUDY_DIR);
}

export function metricsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.METRICS?.trim() || join(studyDir(env), METRICS_SUBDIR));
}

/** Whether the study has public figures: a metrics folder with observations. */
export function hasMetrics(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(join(metricsDir(env), "observations.csv"));
}

export const DEFAULT_OUT_DIR = "dist";

/** The build's output folder, relative to the project root as Framework expects it. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITE_OUT?.trim() || DEFAULT_OUT_DIR;
}
