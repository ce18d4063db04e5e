/**
 * NVivo's coding comparison between two coders: sources and codes paired (by GUID, else by
 * name, and said so), then for each code and each source the 2×2 table of its units
 * (units.ts) and the figures of stats.ts, plus each code across all sources: kappa and
 * agreement averaged with each source weighted by its number of units (as NVivo does), alpha
 * pooled over all the units. Two projects must hold the same texts: a located error says which differ.
 */
import { DataError, type Problem } from "../errors.js";
import { nameKey } from "../qda/import.js";
import type { QdaCode } from "../qda/qde.js";
import { collapse } from "../qda/text.js";
import type { CoderView } from "./coders.js";
import type { AgreeSource } from "./read.js";
import { addTables, cohenKappa, EMPTY_TABLE, krippendorffAlpha, percentAgreement, unitCount, weightedMean, type CrossTable } from "./stats.js";
import { crossTable, disagreementRuns, mergeSpans, totalUnits, unitIndex, unitsBetween, type Span, type UnitIndex } from "./units.js";

export interface AgreementRow {
  /** The code's path in the codebook, `Parent/Child`. */
  code: string;
  /** The source's name, or undefined for the code across all sources. */
  source?: string;
  table: CrossTable;
  percent: number;
  kappa: number;
  alpha: number | null;
}

export interface Disagreement {
  source: string;
  code: string;
  /** Code points of the source file, end exclusive. */
  start: number;
  end: number;
  units: number;
  excerpt: string;
  /** The label of the coder who coded it (the other did not). */
  coder: string;
}

export interface Comparison {
  coders: [string, string];
  inputs: string[];
  sources: { name: string; units: number }[];
  rows: AgreementRow[];
  disagreements: Disagreement[];
  notes: string[];
}

interface SourcePair {
  a: AgreeSource;
  b: AgreeSource;
  index: UnitIndex;
}

interface CodePair {
  label: string;
  a?: string;
  b?: string;
}

const EXCERPT = 80;

function excerpt(index: UnitIndex, start: number, end: number): string {
  const text = collapse(index.chars.slice(start, end).join(""));
  const chars = Array.from(text);
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join("")}…` : text;
}

/** Pairs by GUID first, then by `key` where it is unique on both sides. */
function pairUp<T extends { guid: string }>(as: readonly T[], bs: readonly T[], key: (x: T) => string): { pairs: [T, T, "GUID" | "name"][]; onlyA: T[]; onlyB: T[] } {
  const pairs: [T, T, "GUID" | "name"][] = [];
  const restB = new Set(bs);
  const restA: T[] = [];
  for (const a of as) {
    const b = bs.find((x) => x.guid === a.guid);
    if (b) {
      pairs.push([a, b, "GUID"]);
      restB.delete(b);
    } else restA.push(a);
  }
  const onlyA: T[] = [];
  for (const a of restA) {
    const k = key(a);
    const hits = [...restB].filter((b) => key(b) === k);
    if (hits.length === 1 && restA.filter((x) => key(x) === k).length === 1) {
      pairs.push([a, hits[0]!, "name"]);
      restB.delete(hits[0]!);
    } else onlyA.push(a);
  }
  return { pairs, onlyA, onlyB: [...restB] };
}

function firstDifference(a: string, b: string): { at: number; a: string; b: string } {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const show = (c: string[]) => JSON.stringify(c.slice(i, i + 20).join("")) + (c.length > i + 20 ? "…" : "");
  return { at: i, a: show(ca), b: show(cb) };
}

function pairSources(a: CoderView, b: CoderView, notes: string[]): SourcePair[] {
  if (a.project === b.project) return a.project.sources.map((s) => ({ a: s, b: s, index: unitIndex(s.text) }));
  const { pairs, onlyA, onlyB } = pairUp(a.project.sources, b.project.sources, (s) => nameKey(s.name));
  const problems: Problem[] = [];
  for (const [sa, sb, how] of pairs) {
    if (how === "name") notes.push(`source "${sa.name}" matched by name (its GUIDs differ between ${a.project.file} and ${b.project.file})`);
    if (sa.text !== sb.text) {
      const d = firstDifference(sa.text, sb.text);
      problems.push({
        file: b.project.qde,
        line: sb.line,
        field: "TextSource",
        message: `the text of "${sb.name}" differs from "${sa.name}" in ${a.project.file} (${Array.from(sb.text).length} vs ${Array.from(sa.text).length} code points; first difference at code point ${d.at}: ${d.b} here, ${d.a} there); both coders must code the same text`
      });
    }
  }
  if (!pairs.length) {
    problems.push({ file: b.project.qde, line: 1, field: "Sources", message: `no text source here matches one of ${a.project.file} by GUID or by name: the two projects hold different texts` });
  }
  if (problems.length) throw new DataError(problems);
  for (const [side, list] of [[a, onlyA], [b, onlyB]] as const) {
    for (const s of list) notes.push(`source "${s.name}" is only in ${side.project.file}: not compared${side.codings.some((c) => c.source === s.guid) ? ` (${side.label}'s codings in it are left out)` : ""}`);
  }
  return pairs.map(([sa, sb]) => ({ a: sa, b: sb, index: unitIndex(sa.text) }));
}

function pairCodes(a: CoderView, b: CoderView, notes: string[]): CodePair[] {
  const label = (c: QdaCode) => c.path.join("/");
  if (a.project === b.project) return a.project.codes.map((c) => ({ label: label(c), a: c.guid, b: c.guid }));
  const { pairs, onlyA, onlyB } = pairUp(a.project.codes, b.project.codes, (c) => nameKey(label(c)));
  const out: CodePair[] = pairs.map(([ca, cb, how]) => {
    if (how === "name") notes.push(`code "${label(ca)}" matched by name (its GUIDs differ between ${a.project.file} and ${b.project.file})`);
    return { label: label(ca), a: ca.guid, b: cb.guid };
  });
  for (const c of onlyA) out.push({ label: label(c), a: c.guid });
  for (const c of onlyB) out.push({ label: label(c), b: c.guid });
  for (const [side, list] of [[a, onlyA], [b, onlyB]] as const) {
    for (const c of list) if (a.codings.some((x) => x.code === c.guid) || b.codings.some((x) => x.code === c.guid)) notes.push(`code "${label(c)}" is only in ${side.project.file}'s codebook (no GUID or name matches it in the other)`);
  }
  return out;
}

/** Each coder's merged spans by source and code, indexed once. */
function spanIndex(view: CoderView): (source: string, code: string | undefined) => Span[] {
  const bySourceCode = new Map<string, [number, number][]>();
  for (const c of view.codings) {
    const key = `${c.source}|${c.code}`;
    const list = bySourceCode.get(key) ?? [];
    list.push([c.start, c.end]);
    bySourceCode.set(key, list);
  }
  return (source, code) => (code === undefined ? [] : mergeSpans(bySourceCode.get(`${source}|${code}`) ?? []));
}

function row(code: string, source: string | undefined, table: CrossTable): AgreementRow {
  return { code, source, table, percent: percentAgreement(table), kappa: cohenKappa(table), alpha: krippendorffAlpha(table) };
}

/** A source as units, for `codeAgreement`. */
export interface UnitSource {
  name: string;
  index: UnitIndex;
}

/**
 * One code: a row per source and a row across sources (kappa and agreement weighted by each
 * source's units, alpha pooled), and the passages coded by one coder only. `spans(i)` gives
 * the merged spans of coder A and coder B in source i.
 */
export function codeAgreement(code: string, sources: readonly UnitSource[], spans: (i: number) => [Span[], Span[]], coders: readonly [string, string]): { rows: AgreementRow[]; disagreements: Disagreement[] } {
  let pooled = EMPTY_TABLE;
  const perSource: AgreementRow[] = [];
  const disagreements: Disagreement[] = [];
  sources.forEach((s, i) => {
    const [sa, sb] = spans(i);
    const table = crossTable(s.index, sa, sb);
    pooled = addTables(pooled, table);
    perSource.push(row(code, s.name, table));
    for (const run of disagreementRuns(sa, sb)) {
      const units = unitsBetween(s.index, run.start, run.end);
      if (units) disagreements.push({ source: s.name, code, start: run.start, end: run.end, units, excerpt: excerpt(s.index, run.start, run.end), coder: run.coder === "a" ? coders[0] : coders[1] });
    }
  });
  const weighted = (value: (r: AgreementRow) => number) => weightedMean(perSource.map((r) => ({ weight: unitCount(r.table), value: value(r) })));
  const overall: AgreementRow = { code, table: pooled, percent: weighted((r) => r.percent), kappa: weighted((r) => r.kappa), alpha: krippendorffAlpha(pooled) };
  return { rows: [...perSource, overall], disagreements };
}

/** The comparison of two coders (docs/agreement.md). */
export function compareCoders(a: CoderView, b: CoderView): Comparison {
  const notes = [...new Set([...a.project.notes, ...b.project.notes])];
  if (a.project === b.project) {
    const anonymous = a.project.codings.filter((c) => c.user === undefined).length;
    if (anonymous) notes.push(`${anonymous} coding(s) name no user (no creatingUser): not compared`);
  }
  const sources = pairSources(a, b, notes).filter((s) => {
    if (totalUnits(s.index) > 0) return true;
    notes.push(`source "${s.a.name}" is empty: not compared`);
    return false;
  });
  const codes = pairCodes(a, b, notes);
  const inSources = (v: CoderView, side: "a" | "b") => new Set(v.codings.filter((c) => sources.some((s) => s[side].guid === c.source)).map((c) => c.code));
  const usedA = inSources(a, "a");
  const usedB = inSources(b, "b");
  const used = codes.filter((c) => (c.a !== undefined && usedA.has(c.a)) || (c.b !== undefined && usedB.has(c.b)));
  if (used.length < codes.length) notes.push(`${codes.length - used.length} code(s) of the codebook were used by neither coder in the compared sources: not listed`);
  const rows: AgreementRow[] = [];
  const disagreements: Disagreement[] = [];
  const named = sources.map((s) => ({ name: s.a.name, index: s.index }));
  const spansA = spanIndex(a);
  const spansB = spanIndex(b);
  for (const code of used.sort((x, y) => x.label.localeCompare(y.label))) {
    const out = codeAgreement(code.label, named, (i) => [spansA(sources[i]!.a.guid, code.a), spansB(sources[i]!.b.guid, code.b)], [a.label, b.label]);
    rows.push(...out.rows);
    disagreements.push(...out.disagreements);
  }
  return {
    coders: [a.label, b.label],
    inputs: [...new Set([a.project.file, b.project.file])],
    sources: sources.map((s) => ({ name: s.a.name, units: totalUnits(s.index) })),
    rows,
    disagreements,
    notes
  };
}
