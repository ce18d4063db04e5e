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

/** The code points of a text and the code-point offsets where its lines start (computed once per source). */
function indexText(text: string): { chars: string[]; lineStarts: number[] } {
  const chars = Array.from(text);
  const lineStarts = [0];
  chars.forEach((c, i) => {
    if (c === "\n") lineStarts.push(i + 1);
  });
  return { chars, lineStarts };
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

/** The rows the segments make under the code mapping. */
export function buildRows(input: ImportInput, resolution: Resolution, options: Pick<BuildOptions, "sourceLang">): ImportedRows {
  const codeByKey = new Map(input.codes.map((c) => [c.key, c]));
  const sourceText = new Map(input.sources.map((s) => [s.file, s.text]));
  const indexed = new Map(input.sources.map((s) => [s.file, indexText(s.text)]));
  const pending = (text: string) => (options.sourceLang === "en" ? text : `${TRANSLATION_PENDING} ${text}`);

  const findings: Finding[] = [];
  const recommendations: Recommendation[] = [];
  const excluded: Excluded[] = [];
  const excludedReport: ImportReport["excluded"] = [...input.skipped];
  const origins = new Map<string, string>();
  let pendingCount = 0;
  let defaultValence = 0;
  const usedIds = new Set<string>();
  const fresh: { kind: "F" | "R"; row: Finding | Recommendation }[] = [];

  const ordered = [...input.segments].sort((a, b) => (a.source === b.source ? a.start - b.start || a.end - b.end : 0));
  const sourceOrder = new Map(input.sources.map((s, i) => [s.file, i]));
  ordered.sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start || a.end - b.end);
  // Segments from our own export keep their file order (the description carries the ids).
  const own = input.segments.filter((s) => parseMeta(s.description));
  const others = ordered.filter((s) => !parseMeta(s.description));

  const textOf = (seg: Segment) => collapse((indexed.get(seg.source)?.chars ?? []).slice(seg.start, seg.end).join(""));
  const targetsOf = (seg: Segment) => {
    const ts: Target[] = [];
    const unmapped: string[] = [];
    for (const key of seg.codes) {
      const t = resolution.targets.get(key);
      if (t) {
        for (const x of t) if (!ts.some((y) => y.kind === x.kind && y.id === x.id)) ts.push(x);
      } else {
        unmapped.push(key);
      }
    }
    return { ts, unmapped };
  };
  const ids = <K extends Target["kind"]>(ts: Target[], kind: K) => ts.filter((t) => t.kind === kind).map((t) => t.id);
  const section = (seg: Segment) => `L${lineOf(indexed.get(seg.source)?.lineStarts ?? [0], seg.start)}`;

  for (const seg of own) {
    const meta = parseMeta(seg.description) as SegmentMeta;
    const { ts } = targetsOf(seg);
    const slice = textOf(seg);
    const source = sourceText.get(seg.source) ?? "";
    const keep = (claimed: string | undefined) => (claimed && !locate(source, seg.start, seg.end, claimed) ? claimed : slice);
    const dims = [...new Set([...ids(ts, "dimension"), ...ts.filter((t) => t.kind === "subcode").map((t) => (t as { dimension: string }).dimension)])];
    if (meta.kind === "excluded") {
      excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: keep(meta.text), reason: meta.reason || "excluded in the exported study" });
      continue;
    }
    const id = meta.id && !usedIds.has(meta.id) ? meta.id : "";
    if (id) usedIds.add(id);
    const textId = keep(meta.text_id);
    const textEn = meta.text_en || pending(textId);
    if (!meta.text_en) pendingCount++;
    if (meta.kind === "recommendation") {
      const row: Recommendation = {
        id, source: seg.source, section: meta.section || section(seg), item: meta.item || seg.item, start: seg.start, end: seg.end,
        dimension: dims[0] ?? "", answers: (meta.answers ?? "").split(";").filter(Boolean), actors: ids(ts, "actor"), text_id: textId, text_en: textEn
      };
      recommendations.push(row);
      if (!id) fresh.push({ kind: "R", row });
      origins.set(`recommendations.csv#${recommendations.length}`, seg.ref);
    } else {
      const valence = (ids(ts, "valence")[0] as Valence | undefined) ?? "neutral";
      if (!ids(ts, "valence").length) defaultValence++;
      const dimension = dims[0] ?? "";
      const row: Finding = {
        id, source: seg.source, section: meta.section || section(seg), item: meta.item || seg.item, start: seg.start, end: seg.end,
        dimension, subcodes: ts.filter((t) => t.kind === "subcode" && (!dimension || (t as { dimension: string }).dimension === dimension)).map((t) => t.id),
        valence, actors: ids(ts, "actor"), stages: ids(ts, "stage"), text_id: textId, text_en: textEn
      };
      findings.push(row);
      if (!id) fresh.push({ kind: "F", row });
      origins.set(`findings.csv#${findings.length}`, seg.ref);
    }
  }

  for (const seg of others) {
    const { ts, unmapped } = targetsOf(seg);
    const slice = textOf(seg);
    if (!slice) {
      excludedReport.push({ ref: seg.ref, reason: "the selection holds only whitespace" });
      continue;
    }
    const dims = [...new Set([...ids(ts, "dimension"), ...ts.filter((t) => t.kind === "subcode").map((t) => (t as { dimension: string }).dimension)])];
    if (!dims.length) {
      const reason = seg.codes.length === 0
        ? `Selection without a code in the QDA project${seg.description ? `. Memo: ${collapse(seg.description)}` : ""}.`
        : unmapped.length
          ? `Its codes are not mapped to a dimension: ${unmapped.map((k) => `"${codeByKey.get(k)?.path.join("/") ?? k}"`).join(", ")}.`
          : `Its codes map to no dimension (${ts.map(targetLabel).join(", ") || seg.codes.map((k) => resolution.unresolved.get(k)).filter(Boolean).join("; ") || "only excluded codes"}).`;
      excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: slice, reason });
      excludedReport.push({ ref: seg.ref, reason });
      origins.set(`excluded.csv#${excluded.length}`, seg.ref);
      continue;
    }
    const valences = ids(ts, "valence") as Valence[];
    if (!valences.length) defaultValence++;
    if (ts.some((t) => t.kind === "recommendation")) {
      const row: Recommendation = {
        id: "", source: seg.source, section: section(seg), item: seg.item, start: seg.start, end: seg.end,
        dimension: dims[0]!, answers: [], actors: ids(ts, "actor"), text_id: slice, text_en: pending(slice)
      };
      pendingCount += options.sourceLang === "en" ? 0 : 1;
      recommendations.push(row);
      fresh.push({ kind: "R", row });
      origins.set(`recommendations.csv#${recommendations.length}`, seg.ref);
      continue;
    }
    // One finding per dimension the selection is coded with.
    for (const dimension of dims) {
      const row: Finding = {
        id: "", source: seg.source, section: section(seg), item: seg.item, start: seg.start, end: seg.end, dimension,
        subcodes: ts.filter((t) => t.kind === "subcode" && (t as { dimension: string }).dimension === dimension).map((t) => t.id),
        valence: valences[0] ?? "neutral", actors: ids(ts, "actor"), stages: ids(ts, "stage"), text_id: slice, text_en: pending(slice)
      };
      pendingCount += options.sourceLang === "en" ? 0 : 1;
      findings.push(row);
      fresh.push({ kind: "F", row });
      origins.set(`findings.csv#${findings.length}`, seg.ref);
    }
  }
  // Ids for new rows: F001…, R01…, skipping ids already used.
  for (const kind of ["F", "R"] as const) {
    const rows = fresh.filter((f) => f.kind === kind);
    const width = Math.max(2, String(rows.length).length);
    let n = 0;
    for (const f of rows) {
      let id: string;
      do id = `${kind}${String(++n).padStart(width, "0")}`;
      while (usedIds.has(id));
      usedIds.add(id);
      f.row.id = id;
    }
  }
  return { findings, recommendations, excluded, excludedReport, origins, pendingCount, defaultValence };
}
