/** `agree <file.qdpx> [<other.qdpx>]`: agreement between two coders (docs/agreement.md). */
import { basename } from "node:path";
import { codersInOne, codersInTwo } from "../../loaders/agree/coders.js";
import { compareCoders } from "../../loaders/agree/compare.js";
import { readAgreeProject } from "../../loaders/agree/read.js";
import { renderConsole, renderCsv, renderMarkdown } from "../../loaders/agree/report.js";
import { crlfOption, type Command } from "./command.js";
import { outFile, readInput, UsageError, writeAtomically } from "./io.js";

export const agreeCommand: Command = {
  usage: "agree <file.qdpx> [<other.qdpx>] [--coders <nameA>,<nameB>] [--out <report.md|report.csv>] [--crlf auto|one|two]",
  options: { out: { type: "string" }, coders: { type: "string" }, crlf: { type: "string" } },
  positionals: [1, 2],
  run(files, values, io) {
    const out = outFile(values.out as string | undefined, /\.(md|csv)$/i, ".md or .csv");
    const chosen = typeof values.coders === "string" ? values.coders.split(",").map((s) => s.trim()) : undefined;
    if (chosen && (chosen.length !== 2 || chosen.some((s) => !s))) throw new UsageError("--coders takes two names separated by a comma: --coders <nameA>,<nameB>");
    const crlf = crlfOption(values.crlf);
    for (const f of files) if (!/\.(qdpx|qde)$/i.test(f)) throw new UsageError(`${f}: expected a .qdpx or .qde file`);
    const projects = files.map((f) => {
      io.err(`agree: reading ${f}`);
      return readAgreeProject(readInput(f), basename(f), crlf);
    });
    const pair = projects.length === 1 ? codersInOne(projects[0]!, chosen as [string, string] | undefined) : codersInTwo(projects[0]!, projects[1]!, chosen as [string, string] | undefined);
    const codings = (n: number) => `${n} coding${n === 1 ? "" : "s"}`;
    io.err(`agree: comparing ${pair[0].label} (${codings(pair[0].codings.length)}) with ${pair[1].label} (${codings(pair[1].codings.length)})`);
    const comparison = compareCoders(...pair);
    for (const line of renderConsole(comparison)) io.out(line);
    if (out !== undefined) {
      writeAtomically(out, /\.csv$/i.test(out) ? renderCsv(comparison) : renderMarkdown(comparison));
      io.err(`agree: wrote ${out}`);
    }
    return 0;
  }
};
