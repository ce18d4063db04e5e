/** Writing an imported study folder atomically, validated before it replaces anything. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Problem } from "../../errors.js";
import { validateStudy } from "../../study/load.js";
import type { BuiltStudy } from "./types.js";

export interface WriteResult {
  problems: Problem[];
  written: boolean;
}

/**
 * Writes the study into `out` atomically: into a temporary folder beside it, validated with
 * readStudy + checkStudy, then renamed into place. With problems nothing is written unless
 * `keepInvalid`. `out` must not exist (or be an empty folder) unless `force`.
 */
export function writeStudyFolder(
  built: BuiltStudy,
  out: string,
  options: { force?: boolean; keepInvalid?: boolean; report?: string } = {}
): WriteResult {
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length && !options.force) {
    return { written: false, problems: [{ file: out, line: 1, field: "--out", message: "the folder exists and is not empty (choose a new folder, or pass --force to replace it)" }] };
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.import-`));
  try {
    for (const [rel, contents] of Object.entries(built.files)) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
    }
    if (options.report !== undefined) writeFileSync(join(tmp, "import-report.md"), options.report);
    const { study, problems } = validateStudy(tmp);
    for (const p of problems) {
      const from = built.origins.get(`${p.file}:${p.line}`);
      if (from) p.message += ` [from ${from}]`;
    }
    if (problems.length && !options.keepInvalid) {
      rmSync(tmp, { recursive: true, force: true });
      return { written: false, problems };
    }
    if (existsSync(target)) {
      const old = `${tmp}.old`;
      renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, target);
    return { written: true, problems };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
