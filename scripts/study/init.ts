/**
 * `init <folder>`: an empty study that validates: the framework's codebook, study.json with every
 * field (placeholders `validate` counts), every table with its header only, and a README.md of what
 * to fill in (loaders/study/init.ts). A folder that exists and is not empty is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { readCodebookFolder } from "../../loaders/qda/import.js";
import { newStudyFiles, studyIdFrom } from "../../loaders/study/init.js";
import { validateStudy } from "../../loaders/study/load.js";
import { placeholderWarnings } from "../../loaders/study/placeholders.js";
import { SOURCE_KINDS } from "../../src/shared/i18n/index.js";
import type { Command } from "./command.js";
import { sourceKindOption } from "./import.js";
import { DEFAULT_CODEBOOK, printProblems } from "./io.js";

export const initCommand: Command = {
  usage: `init <folder> [--source-kind ${SOURCE_KINDS.join("|")}] [--codebook <folder>]`,
  options: { "source-kind": { type: "string" }, codebook: { type: "string" } },
  positionals: [1, 1],
  run([folder], values, io) {
    const sourceKind = sourceKindOption(values["source-kind"]);
    const target = resolve(folder!);
    if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
      const what = statSync(target).isDirectory() ? "the folder exists and is not empty" : "a file of that name exists";
      printProblems(io, [{ file: folder!, line: 1, field: "folder", message: `${what}: init makes a new study in a new or empty folder (nothing was written)` }]);
      return 1;
    }
    const codebook = readCodebookFolder(typeof values.codebook === "string" ? resolve(values.codebook) : DEFAULT_CODEBOOK);
    const files = newStudyFiles({ id: studyIdFrom(basename(target)), codebook, sourceKind });
    // Written beside the target, checked, then renamed into place: a failed run leaves nothing.
    mkdirSync(dirname(target), { recursive: true });
    const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.init-`));
    try {
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(tmp, rel)), { recursive: true });
        writeFileSync(join(tmp, rel), text);
      }
      const { study, problems } = validateStudy(tmp);
      if (problems.length || !study) {
        printProblems(io, problems);
        io.err(`init: the new study would not validate (${problems.length} problem(s)); nothing was written`);
        rmSync(tmp, { recursive: true, force: true });
        return 1;
      }
      if (existsSync(target)) rmSync(target, { recursive: true });
      renameSync(tmp, target);
      io.err(`init: wrote ${folder}: ${Object.keys(files).length} files, ${study.dimensions.length} dimensions and ${study.stages.length} stages from ${codebook.dir}`);
      for (const w of placeholderWarnings(study.meta)) io.err(`init: to fill in: ${w}`);
      io.err(`init: read ${join(folder!, "README.md")} for what to fill in, then run: npm run study -- validate ${folder}`);
      return 0;
    } catch (error) {
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
  }
};
