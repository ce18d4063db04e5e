/**
 * Runs `npm run study -- import` (scripts/study.ts runCommand, in process) on one input file and checks
 * its output: on success the folder exists, validates and bundles (studyBundle); on failure every printed line is a
 * located problem and nothing was written — no output folder, no temporary folder left beside it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../../loaders/errors.js";
import { studyBundle } from "../../loaders/study/bundle.js";
import { validateStudy } from "../../loaders/study/load.js";
import { runCommand } from "../study.js";
import { FuzzFailure } from "./harness.js";

const LINE = /^([^\s:][^:]*):(\d+): ([^:]+): (.*)$/s;

export function runImport(dir: string, inputName: string, bytes: Uint8Array, args: readonly string[] = []): Problem[] {
  const input = join(dir, inputName);
  writeFileSync(input, bytes);
  const parent = join(dir, "out");
  mkdirSync(parent);
  const out = join(parent, "study");
  const lines: string[] = [];
  const code = runCommand(["import", input, "--out", out, ...args], { out: (l) => lines.push(l), err: () => undefined });
  const left = readdirSync(parent).filter((n) => n !== "study");
  if (left.length) throw new FuzzFailure(`import left ${left.join(", ")} beside its output`);
  if (code === 0) {
    if (!existsSync(out)) throw new FuzzFailure("import succeeded but wrote no folder");
    const { study, problems } = validateStudy(out);
    if (problems.length || !study) throw new FuzzFailure(`import wrote a folder that does not validate: ${problems.length} problems, first ${JSON.stringify(problems[0])}`);
    JSON.stringify(studyBundle(study));
    return [];
  }
  if (code !== 1) throw new FuzzFailure(`import exited ${code} (expected 0 or 1)`);
  if (existsSync(out)) throw new FuzzFailure("import failed but wrote its output folder (a partial output)");
  if (!lines.length) throw new FuzzFailure("import failed without printing a problem");
  return lines.map((line) => {
    const m = LINE.exec(line);
    // An unparsable line is returned unlocated, for the harness to report.
    return m ? { file: m[1]!, line: Number(m[2]), field: m[3]!, message: m[4]! } : { file: "", line: 0, field: "", message: line };
  });
}
