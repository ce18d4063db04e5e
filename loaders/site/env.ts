/** Where the site's inputs live: `STUDY=<folder>` switches the study; metrics stay in data/metrics. */
import { resolve } from "node:path";

export const DEFAULT_STUDY_DIR = "data/study";
export const METRICS_DIR = "data/metrics";

export function studyDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.STUDY?.trim() || DEFAULT_STUDY_DIR);
}

export function metricsDir(): string {
  return resolve(METRICS_DIR);
}
