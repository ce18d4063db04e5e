/**
 * Loads a study folder (docs/study-format.md): read.ts reads every file into typed tables,
 * check.ts checks every cross-reference, locator, case and the privacy guard. All problems are
 * collected and reported together.
 */
import { DataError, type Problem } from "../errors.js";
import { checkStudy } from "./check.js";
import { normalizeSegment } from "./locate.js";
import { readStudy, type Study } from "./read.js";

export { checkStudy } from "./check.js";
export { readStudy, STUDY_FILES, type Study, type StudyRows } from "./read.js";

/**
 * Reads and checks a study, returning every problem. Cross-references are checked only when
 * every file parsed: a broken file would otherwise echo as a list of dangling ids.
 */
export function validateStudy(dir: string): { study?: Study; problems: Problem[] } {
  const { study, rows, problems } = readStudy(dir);
  if (study && !problems.length) problems.push(...checkStudy(study, rows));
  return study ? { study, problems } : { problems };
}

/** Reads and checks a study; throws a DataError listing every problem. */
export function loadStudy(dir: string): Study {
  const { study, problems } = validateStudy(dir);
  if (problems.length || !study) throw new DataError(problems);
  return study;
}

export { normalizeSegment };
