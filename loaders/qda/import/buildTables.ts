/**
 * The rows an import makes from coded segments: findings (one per dimension a selection is coded
 * with), recommendations, and excluded segments for selections whose codes map to no dimension
 * (never dropped silently), with new ids F01…/R01… where the export carries none.
 *
 * English text: imported segments have no translation. `text_en` may not be empty, so it holds
 * `[translation pending]` followed by the verbatim text (or, with `sourceLang: "en"`, the verbatim
 * English text itself). The marker is documented in docs/study-format.md and counted in the report.
 */
import { locate } from "../../study/locate.js";
import type { Excluded, Finding, Recommendation, Valence } from "../../study/schema.js";
import { parseMeta, type SegmentMeta } from "../export.js";
import { collapse } from "../text.js";
import { targetLabel, type Resolution } from "./mapCodes.js";
import { TRANSLATION_PENDING, type BuildOptions, type ImportInput, type ImportReport, type Segment, type Target } from "./types.js";

interface IndexedText {
  chars: string[];
  /** The code-point offset where each line starts. */
  lineStarts: number[];
  /** For each line, its paragraph number: how many non-empty lines stand up to it (an empty line counts with the next). */
  paragraphs: number[];
}

/** The code points of a text, where its lines start and their paragraph numbers (computed once per source). */
function indexText(text: string): IndexedText {
  const chars = Array.from(text);
  const lines = text.split("\n");
  const lineStarts: number[] = [];
  const paragraphs: number[] = [];
  let at = 0;
  let seen = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += Array.from(line).length + 1;
    const filled = line.trim() !== "";
    if (filled) seen++;
    paragraphs.push(filled ? seen : seen + 1);
  }
  return { chars, lineStarts, paragraphs };
}

/** The 1-based line holding a code-point offset (binary search). */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface ImportedRows {
  findings: Finding[];
  recommendations: Recommendation[];
  excluded: Excluded[];
  /** Every selection not imported as a finding or recommendation, with the reason. */
  excludedReport: ImportReport["excluded"];
  /** `<table>.csv#<n>` → the segment the table's n-th row came from. */
  origins: Map<string, string>;
  pendingCount: number;
  defaultValence: number;
}

/** What the row makers share: the input, the mapping, each source's text, and the rows so far. */
interface Context {
  input: ImportInput;
  resolution: Resolution;
  sourceLang?: "id" | "en";
  sourceText: Map<string, string>;
  indexed: Map<string, IndexedText>;
  out: ImportedRows;
  usedIds: Set<string>;
  /** Rows still without an id, in order. */
  fresh: { kind: "F" | "R"; row: Finding | Recommendation }[];
}

const ids = <K extends Target["kind"]>(ts: Target[], kind: K) => ts.filter((t) => t.kind === kind).map((t) => t.id);

/** The dimensions a segment's targets name, directly or through a sub-code. */
const dimensionsOf = (ts: Target[]) => [...new Set([...ids(ts, "dimension"), ...ts.filter((t) => t.kind === "subcode").map((t) => (t as { dimension: string }).dimension)])];

const textOf = (c: Context, seg: Segment) => collapse((c.indexed.get(seg.source)?.chars ?? []).slice(seg.start, seg.end).join(""));

/**
 * The section an imported segment gets: the paragraph it starts in (`¶3`), counting the source's
 * non-empty lines (a paragraph is one line of a plain-text export). With the source's short name
 * it reads "I-01 kader, ¶3"; the tool's own id of the selection goes to the import report.
 */
const sectionOf = (c: Context, seg: Segment) => {
  const t = c.indexed.get(seg.source);
  return `¶${t ? t.paragraphs[lineOf(t.lineStarts, seg.start) - 1] : 1}`;
};

const pending = (c: Context, text: string) => (c.sourceLang === "en" ? text : `${TRANSLATION_PENDING} ${text}`);

/** The targets of a segment's codes (each once), and its codes that map to nothing. */
function targetsOf(c: Context, seg: Segment): { ts: Target[]; unmapped: string[] } {
  const ts: Target[] = [];
  const unmapped: string[] = [];
  for (const key of seg.codes) {
    const t = c.resolution.targets.get(key);
    if (t) {
      for (const x of t) if (!ts.some((y) => y.kind === x.kind && y.id === x.id)) ts.push(x);
    } else {
      unmapped.push(key);
    }
  }
  return { ts, unmapped };
}

function addFinding(c: Context, row: Finding, ref: string): void {
  c.out.findings.push(row);
  if (!row.id) c.fresh.push({ kind: "F", row });
  c.out.origins.set(`findings.csv#${c.out.findings.length}`, ref);
}

function addRecommendation(c: Context, row: Recommendation, ref: string): void {
  c.out.recommendations.push(row);
  if (!row.id) c.fresh.push({ kind: "R", row });
  c.out.origins.set(`recommendations.csv#${c.out.recommendations.length}`, ref);
}

/** A segment of our own export: its description carries the row's id, kind and texts. */
function fromOwnExport(c: Context, seg: Segment): void {
  const meta = parseMeta(seg.description) as SegmentMeta;
  const { ts } = targetsOf(c, seg);
  const slice = textOf(c, seg);
  const source = c.sourceText.get(seg.source) ?? "";
  const keep = (claimed: string | undefined) => (claimed && !locate(source, seg.start, seg.end, claimed) ? claimed : slice);
  const dims = dimensionsOf(ts);
  if (meta.kind === "excluded") {
    c.out.excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: keep(meta.text), reason: meta.reason || "excluded in the exported study", ...(meta.reason_id ? { reason_id: meta.reason_id } : {}) });
    return;
  }
  const id = meta.id && !c.usedIds.has(meta.id) ? meta.id : "";
  if (id) c.usedIds.add(id);
  const textId = keep(meta.text_id);
  const textEn = meta.text_en || pending(c, textId);
  if (!meta.text_en) c.out.pendingCount++;
  const locator = { source: seg.source, section: meta.section || sectionOf(c, seg), item: meta.item ?? "", start: seg.start, end: seg.end };
  if (meta.kind === "recommendation") {
    const answers = (meta.answers ?? "").split(";").filter(Boolean);
    addRecommendation(c, { id, ...locator, dimension: dims[0] ?? "", answers, actors: ids(ts, "actor"), text_id: textId, text_en: textEn }, seg.ref);
    return;
  }
  const valence = (ids(ts, "valence")[0] as Valence | undefined) ?? "neutral";
  if (!ids(ts, "valence").length) c.out.defaultValence++;
  const dimension = dims[0] ?? "";
  const subcodes = ts.filter((t) => t.kind === "subcode" && (!dimension || (t as { dimension: string }).dimension === dimension)).map((t) => t.id);
  addFinding(c, { id, ...locator, dimension, subcodes, valence, actors: ids(ts, "actor"), stages: ids(ts, "stage"), text_id: textId, text_en: textEn }, seg.ref);
}

/** Why a selection whose codes map to no dimension is excluded. */
function exclusionReason(c: Context, seg: Segment, ts: Target[], unmapped: string[]): string {
  if (seg.codes.length === 0) return `Selection without a code in the QDA project${seg.description ? `. Memo: ${collapse(seg.description)}` : ""}.`;
  const codeByKey = new Map(c.input.codes.map((code) => [code.key, code]));
  if (unmapped.length) return `Its codes are not mapped to a dimension: ${unmapped.map((k) => `"${codeByKey.get(k)?.path.join("/") ?? k}"`).join(", ")}.`;
  return `Its codes map to no dimension (${ts.map(targetLabel).join(", ") || seg.codes.map((k) => c.resolution.unresolved.get(k)).filter(Boolean).join("; ") || "only excluded codes"}).`;
}

/** A selection coded in the tool: a recommendation, one finding per dimension, or an excluded segment. */
function fromCoded(c: Context, seg: Segment): void {
  const { ts, unmapped } = targetsOf(c, seg);
  const slice = textOf(c, seg);
  if (!slice) {
    c.out.excludedReport.push({ ref: seg.ref, reason: "the selection holds only whitespace" });
    return;
  }
  const dims = dimensionsOf(ts);
  if (!dims.length) {
    const reason = exclusionReason(c, seg, ts, unmapped);
    c.out.excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: slice, reason });
    c.out.excludedReport.push({ ref: seg.ref, reason });
    c.out.origins.set(`excluded.csv#${c.out.excluded.length}`, seg.ref);
    return;
  }
  const valences = ids(ts, "valence") as Valence[];
  if (!valences.length) c.out.defaultValence++;
  const locator = { source: seg.source, section: sectionOf(c, seg), item: "", start: seg.start, end: seg.end };
  const texts = { text_id: slice, text_en: pending(c, slice) };
  if (ts.some((t) => t.kind === "recommendation")) {
    c.out.pendingCount += c.sourceLang === "en" ? 0 : 1;
    addRecommendation(c, { id: "", ...locator, dimension: dims[0]!, answers: [], actors: ids(ts, "actor"), ...texts }, seg.ref);
    return;
  }
  // One finding per dimension the selection is coded with.
  for (const dimension of dims) {
    const subcodes = ts.filter((t) => t.kind === "subcode" && (t as { dimension: string }).dimension === dimension).map((t) => t.id);
    c.out.pendingCount += c.sourceLang === "en" ? 0 : 1;
    addFinding(c, { id: "", ...locator, dimension, subcodes, valence: valences[0] ?? "neutral", actors: ids(ts, "actor"), stages: ids(ts, "stage"), ...texts }, seg.ref);
  }
}

/** Ids for new rows: F01…, R01… (wider when there are more), skipping ids already used. */
function assignIds(c: Context): void {
  for (const kind of ["F", "R"] as const) {
    const rows = c.fresh.filter((f) => f.kind === kind);
    const width = Math.max(2, String(rows.length).length);
    let n = 0;
    for (const f of rows) {
      let id: string;
      do id = `${kind}${String(++n).padStart(width, "0")}`;
      while (c.usedIds.has(id));
      c.usedIds.add(id);
      f.row.id = id;
    }
  }
}

/** The rows the segments make under the code mapping. */
export function buildRows(input: ImportInput, resolution: Resolution, options: Pick<BuildOptions, "sourceLang">): ImportedRows {
  const c: Context = {
    input,
    resolution,
    sourceLang: options.sourceLang,
    sourceText: new Map(input.sources.map((s) => [s.file, s.text])),
    indexed: new Map(input.sources.map((s) => [s.file, indexText(s.text)])),
    out: { findings: [], recommendations: [], excluded: [], excludedReport: [...input.skipped], origins: new Map(), pendingCount: 0, defaultValence: 0 },
    usedIds: new Set(),
    fresh: []
  };
  // Segments from our own export keep their file order (the description carries the ids); the
  // others go by source, then position.
  const sourceOrder = new Map(input.sources.map((s, i) => [s.file, i]));
  const coded = input.segments
    .filter((s) => !parseMeta(s.description))
    .sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start || a.end - b.end);
  for (const seg of input.segments) if (parseMeta(seg.description)) fromOwnExport(c, seg);
  for (const seg of coded) fromCoded(c, seg);
  assignIds(c);
  return c.out;
}
