/**
 * `validate <folder>`: checks a study folder; each problem as `file:line: field: message` (exit 1).
 * Warnings (stderr, exit 0): segments without an English translation, each kind of placeholder
 * `init` and `import` left in study.json (`[fill in] …`), and a study without sources yet.
 */
import { DataError } from "../../loaders/errors.js";
import { readCoders } from "../../loaders/agree/site.js";
import { validateStudy } from "../../loaders/study/load.js";
import { placeholderWarnings } from "../../loaders/study/placeholders.js";
import { isUntranslated, TRANSLATION_PENDING } from "../../src/shared/i18n/index.js";
import type { Command } from "./command.js";
import { plural, printProblems, requireFolder, type Io } from "./io.js";

export const validateCommand: Command = {
  usage: "validate <folder>",
  options: {},
  positionals: [1, 1],
  run([folder], _values, io) {
    return validate(folder!, io);
  }
};

function validate(folder: string, io: Io): number {
  requireFolder(folder);
  io.err(`study: validating ${folder}`);
  const { study, problems } = validateStudy(folder);
  // Second coders (coders/*.csv) are checked against the valid study, as the site reads them.
  let coders = 0;
  if (study && !problems.length) {
    try {
      coders = readCoders(folder, study).length;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  printProblems(io, problems);
  if (problems.length) {
    io.err(`study: ${plural(problems.length, "problem")} in ${folder}`);
    return 1;
  }
  const s = study!;
  const cases = s.cases?.length ? `, ${plural(s.cases.length, "case")}` : "";
  io.err(`study: ${folder} is valid (${plural(s.findings.length, "finding")}, ${plural(s.recommendations.length, "recommendation")}, ${plural(s.dimensions.length, "dimension")}${cases}${coders ? `, ${plural(coders, "second coder")}` : ""})`);
  // Warnings, not errors: the site shows such text in its own language with a badge, and placeholders as written.
  const pending = [...s.findings, ...s.recommendations].filter((r) => isUntranslated(r.text_en)).length;
  if (pending) io.err(`study: warning: ${pending} segment${pending === 1 ? "" : "s"} lack an English translation (text_en starts with "${TRANSLATION_PENDING}")`);
  for (const w of placeholderWarnings(s.meta)) io.err(`study: warning: ${w}`);
  if (!s.meta.sources.length) io.err("study: warning: study.json lists no sources yet: copy your texts into source/ and list each under sources");
  return 0;
}
