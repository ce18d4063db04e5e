/**
 * A second coder inside a study folder: `coders/<name>.csv` (docs/study-format.md), one row per
 * coded segment, `source,start,end,dimension`, located as findings.csv locates its segments
 * (0-based code points into source/<file>, end exclusive). `parseCoderCsv` reads it with located
 * errors; `studyAgreement` compares it per dimension with the study's own findings (coder 1),
 * with the same units and figures as `npm run study -- agree` (docs/agreement.md). Pure: the
 * caller reads the files.
 */
import { z } from "zod";
import { parseCsv } from "../csv.js";
import { DataError, type Problem } from "../errors.js";
import { id, text, whole } from "../fields.js";
import type { Study } from "../study/load.js";
import { codeAgreement, type AgreementRow, type Comparison, type Disagreement } from "./compare.js";
import { mergeSpans, totalUnits, unitIndex, type Span } from "./units.js";

export const coderSegmentSchema = z.object({
  source: text("a file name under source/"),
  start: whole(),
  end: whole(),
  dimension: id()
});
export type CoderSegment = z.output<typeof coderSegmentSchema>;

/** The folder of second coders' files inside a study folder, and the coder's name from a file name. */
export const CODERS_DIR = "coders";
export const coderName = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.csv$/i, "");

/** Reads a coder file; every problem (syntax, a source not in the study, a span outside its text, an unknown dimension) as a DataError. */
export function parseCoderCsv(csv: string, file: string, study: Pick<Study, "sources" | "dimensions">): CoderSegment[] {
  const { rows, problems } = parseCsv(csv, file, coderSegmentSchema);
  const lengths = new Map(Object.entries(study.sources).map(([name, t]) => [name, Array.from(t).length]));
  const dimensions = new Set(study.dimensions.map((d) => d.id));
  const more: Problem[] = [];
  for (const { line, value: s } of rows) {
    const length = lengths.get(s.source);
    if (length === undefined) more.push({ file, line, field: "source", message: `"${s.source}" is not a file under source/ (expected one of: ${[...lengths.keys()].join(", ")})` });
    else if (s.end > length) more.push({ file, line, field: "end", message: `${s.end} is past the end of ${s.source} (${length} code points)` });
    if (s.end <= s.start) more.push({ file, line, field: "end", message: `expected an end after the start (${s.start})` });
    if (!dimensions.has(s.dimension)) more.push({ file, line, field: "dimension", message: `"${s.dimension}" is not a dimension id of codebook/dimensions.csv` });
  }
  if (problems.length || more.length) throw new DataError([...problems, ...more]);
  return rows.map((r) => r.value);
}

export interface StudyAgreement extends Comparison {
  /** Per dimension used by either coder: its row across all sources. */
  byDimension: { dimension: string; overall: AgreementRow }[];
}

/**
 * Per-dimension agreement between the study's findings (coder 1: each finding's span under its
 * dimension; findings without a dimension are not counted) and a second coder's segments.
 * Dimensions neither coder used are left out (their kappa would be 1 by definition).
 */
export function studyAgreement(study: Pick<Study, "sources" | "dimensions" | "findings">, coder: { name: string; segments: readonly CoderSegment[] }, first = "findings.csv"): StudyAgreement {
  const sources = Object.entries(study.sources)
    .map(([name, t]) => ({ name, index: unitIndex(t) }))
    .filter((s) => totalUnits(s.index) > 0);
  const spans = (list: readonly { source: string; start: number; end: number; dimension: string }[], source: string, dimension: string): Span[] =>
    mergeSpans(list.filter((x) => x.source === source && x.dimension === dimension).map((x) => [x.start, x.end] as const));
  const used = new Set([...study.findings.map((f) => f.dimension), ...coder.segments.map((s) => s.dimension)].filter(Boolean));
  const rows: AgreementRow[] = [];
  const disagreements: Disagreement[] = [];
  const byDimension: StudyAgreement["byDimension"] = [];
  for (const d of study.dimensions.filter((x) => used.has(x.id))) {
    const out = codeAgreement(d.id, sources, (i) => [spans(study.findings, sources[i]!.name, d.id), spans(coder.segments, sources[i]!.name, d.id)], [first, coder.name]);
    rows.push(...out.rows);
    disagreements.push(...out.disagreements);
    byDimension.push({ dimension: d.id, overall: out.rows[out.rows.length - 1]! });
  }
  const unused = study.dimensions.length - byDimension.length;
  return {
    coders: [first, coder.name],
    inputs: [first, `${CODERS_DIR}/${coder.name}.csv`],
    sources: sources.map((s) => ({ name: s.name, units: totalUnits(s.index) })),
    rows,
    disagreements,
    byDimension,
    notes: unused ? [`${unused} dimension(s) were used by neither coder: not listed`] : [],
  };
}
