/**
 * `matrix <folder> --by <variable|case> [--out <file.csv|file.md>]`: the framework's dimensions
 * against a case variable's values (or the cases): coded segments per cell, the distinct cases they
 * come from and their valence split (loaders/study/matrix.ts). The table goes to stdout; `--out`
 * writes it as long CSV or as the same Markdown.
 */
import { formatProblem } from "../../loaders/errors.js";
import { validateStudy } from "../../loaders/study/load.js";
import { caseMatrix, variableNames, type MatrixBy } from "../../loaders/study/matrix.js";
import { matrixCsv, matrixMarkdown } from "../../loaders/study/matrixReport.js";
import { STUDY_FILES } from "../../loaders/study/read.js";
import type { Command } from "./command.js";
import { outFile, plural, printProblems, requireFolder, UsageError, writeAtomically } from "./io.js";

export const matrixCommand: Command = {
  usage: "matrix <folder> --by <variable|case> [--out <file.csv|file.md>]",
  options: { by: { type: "string" }, out: { type: "string" } },
  positionals: [1, 1],
  run([folder], values, io) {
    const byName = values.by as string | undefined;
    if (byName === undefined || !byName.trim()) throw new UsageError("matrix needs --by <variable> (a variable of variables.csv) or --by case");
    const out = outFile(values.out as string | undefined, /\.(csv|md)$/i, ".csv or .md");
    requireFolder(folder!);
    io.err(`matrix: loading ${folder}`);
    const { study, problems } = validateStudy(folder!);
    if (problems.length || !study) {
      printProblems(io, problems);
      io.err(`matrix: ${plural(problems.length, "problem")} in ${folder}; run validate`);
      return 1;
    }
    if (!study.cases?.length) {
      printProblems(io, [{ file: STUDY_FILES.cases, line: 1, field: "file", message: "the study has no cases: a matrix compares cases (add cases.csv, case-sources.csv, variables.csv and case-values.csv, or import them from your QDA tool)" }]);
      io.err(`matrix: ${folder} has no cases; nothing to compare`);
      return 1;
    }
    const names = variableNames(study);
    let by: MatrixBy;
    if (byName === "case") by = { kind: "case" };
    else if (names.includes(byName)) by = { kind: "variable", name: byName };
    else {
      const there = names.length ? `the variables are: ${names.map((n) => JSON.stringify(n)).join(", ")}` : "the study has no variables";
      throw new UsageError(formatProblem({ file: STUDY_FILES.variables, line: 1, field: "--by", message: `no variable named ${JSON.stringify(byName)}; ${there} (or --by case)` }));
    }
    const matrix = caseMatrix(study, by);
    const md = matrixMarkdown(matrix);
    for (const line of md.replace(/\n$/, "").split("\n")) io.out(line);
    if (out !== undefined) {
      writeAtomically(out, /\.csv$/i.test(out) ? matrixCsv(matrix) : md);
      io.err(`matrix: wrote ${out}`);
    }
    return 0;
  }
};
