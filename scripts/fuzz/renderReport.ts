/**
 * What a failed rendering run (rendering.ts) says and keeps: each problem once, with the pages it
 * was seen on, the fields it names (their marks `«Rn.v»`, their payloads' `alert(n)` and
 * `data-fz="n"`, or the file and field of a located problem) and their texts, the command that
 * replays it; and the study folder saved as a reproducer under tests/fixtures/bad/fuzz/rendering/<seed>/
 * (with <seed>.json beside it: the problems, fields and texts).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RandomStudy } from "./randomStudy.js";
import { fieldsNamed, valuesNamed } from "./randomText.js";
import type { RenderRun } from "./rendering.js";

export const RENDERING_FIXTURES = "tests/fixtures/bad/fuzz/rendering";

/** One problem, the pages it was seen on, and the fields it names. */
export interface NamedProblem {
  problem: string;
  where: string[];
  fields: number[];
  /** The values it names by their marks ("12.3": field 12's third value). */
  values: string[];
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The fields a problem names, among the study's fields. */
export function fieldsOf(problem: string, study: Pick<RandomStudy, "fields">): number[] {
  const found = new Set([...fieldsNamed(problem), ...fieldsNamed(decoded(problem))]);
  // A dialog says only its message: the payload's alert(n) gives n.
  const dialog = /^dialog: \w+: (\d+)$/.exec(problem);
  if (dialog) found.add(Number(dialog[1]));
  // A located problem (`file:line: field: message`) names its file and field.
  const located = /^([^\s:][^:]*):\d+: ([^:]+): /.exec(problem);
  if (located) for (const f of study.fields) if (f.file === located[1] && f.field === located[2]) found.add(f.n);
  const known = new Set(study.fields.map((f) => f.n));
  return [...found].filter((n) => known.has(n)).sort((a, b) => a - b);
}

/** Problems in the order they are told: what ran or could run first, layout last. */
const SEVERITY = [/^dialog: /, /^(?:script address|live element|foreign script|element made from)/, /^Content-Security-Policy/, /^console error: /, /^failed request: /, /^scrolls sideways/];
const severity = (problem: string) => {
  const i = SEVERITY.findIndex((re) => re.test(problem));
  // Anything else (the study refused, the build failed, a page that did not open) comes first.
  return i < 0 ? -1 : i;
};

/** The run's problems, each once, with every place it was seen, what ran or could run first. */
export function groupProblems(run: Pick<RenderRun, "problems" | "study">): NamedProblem[] {
  const groups = new Map<string, NamedProblem>();
  for (const { where, problem } of run.problems) {
    const group = groups.get(problem) ?? { problem, where: [], fields: fieldsOf(problem, run.study), values: valuesNamed(problem) };
    if (!group.where.includes(where)) group.where.push(where);
    groups.set(problem, group);
  }
  return [...groups.values()].sort((a, b) => severity(a.problem) - severity(b.problem));
}

/** The texts field n was given (its addresses only, for a field that took an address). */
export function textsOf(study: Pick<RandomStudy, "texts">, n: number): string[] {
  const all = study.texts.get(n) ?? [];
  const urls = all.filter((t) => t.kind === "url");
  return (urls.length ? urls : all).map((t) => t.text);
}

/** The texts of field n a problem points at: the values it names by their marks, or else the field's first two. */
function textsShown(study: Pick<RandomStudy, "texts">, n: number, values: readonly string[]): string[] {
  const texts = textsOf(study, n);
  const named = texts.filter((t) => values.some((v) => v.startsWith(`${n}.`) && t.includes(`«R${v}»`)));
  return named.length ? named : texts.slice(0, 2);
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The command that replays a run. */
export function replayCommand(seed: number, allPages: boolean): string {
  return `npm run fuzz -- --family rendering --seed ${seed}${allPages ? " --all-pages" : ""}`;
}

/** The failure as printed (stderr): the seed, each problem, where, its fields and their texts. */
export function describeRun(run: RenderRun, options: { allPages: boolean; save: boolean; shown?: number }): string[] {
  const groups = groupProblems(run);
  const shown = options.shown ?? 12;
  const lines = [`fuzz: FAIL rendering: seed ${run.seed}: ${groups.length} problem${groups.length === 1 ? "" : "s"}`];
  for (const g of groups.slice(0, shown)) {
    lines.push(`  ${cut(g.problem, 400)}`, `    at: ${g.where.join(", ")}`);
    if (!g.fields.length) lines.push("    field: not named by the problem (look for the marks «Rn.v» on the page)");
    for (const n of g.fields) {
      const f = run.study.fields.find((x) => x.n === n)!;
      for (const text of textsShown(run.study, n, g.values)) lines.push(`    field ${n}: ${f.file}: ${f.field}: ${cut(JSON.stringify(text), 300)}`);
    }
  }
  if (groups.length > shown) lines.push(`  … and ${groups.length - shown} more problems (${options.save ? "all in the saved report" : "run without --no-save to save them all"})`);
  lines.push(`  replay: ${replayCommand(run.seed, options.allPages)}`);
  return lines;
}

/**
 * Saves the run's study folder as a reproducer, `<dir>/<seed>/`, and beside it `<seed>.json`: the
 * problems with their pages and fields, each field's texts, and how to replay. Returns the folder.
 */
export function saveRun(run: RenderRun, options: { allPages: boolean }, dir = RENDERING_FIXTURES): string {
  const folder = join(dir, String(run.seed));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(run.study.dir, folder, { recursive: true });
  const groups = groupProblems(run);
  const named = [...new Set(groups.flatMap((g) => g.fields))].sort((a, b) => a - b);
  const report = {
    seed: run.seed,
    found: "npm run fuzz, the rendering family (docs/fuzzing.md)",
    replay: replayCommand(run.seed, options.allPages),
    build: `STUDY=${folder} npm run build -- --out <folder>`,
    pages: run.pages,
    problems: groups,
    fields: named.map((n) => ({ ...run.study.fields.find((f) => f.n === n)!, texts: textsOf(run.study, n) }))
  };
  writeFileSync(`${folder}.json`, `${JSON.stringify(report, null, 2)}\n`);
  return folder;
}
