/**
 * Reads data/metrics/ (docs/metrics-data.md) into typed tables and checks every cross-reference:
 * observation → indicator, source and conflict group; dimension link → indicator (and the study's
 * dimensions when a study is given); every conflict group has at least two observations; every
 * cited source has a publisher, a date, a URL and an excerpt. All problems are collected and
 * reported together, each with its file, line and field.
 */
import { join } from "node:path";
import { z } from "zod";
import { readCsvFile, type Row } from "../csv.js";
import { DataError, type Problem } from "../errors.js";
import {
  conflictSchema,
  dimensionLinkSchema,
  droppedSchema,
  indicatorSchema,
  observationSchema,
  sourceSchema,
  type Conflict,
  type DimensionLink,
  type Dropped,
  type Indicator,
  type Observation,
  type Source
} from "./schema.js";

export const METRICS_FILES = {
  indicators: "indicators.csv",
  observations: "observations.csv",
  sources: "sources.csv",
  conflicts: "conflicts.csv",
  links: "dimension-links.csv",
  dropped: "dropped.csv"
} as const;

export interface Metrics {
  indicators: Indicator[];
  observations: Observation[];
  sources: Source[];
  conflicts: Conflict[];
  links: DimensionLink[];
  dropped: Dropped[];
}

/** Rows with their line numbers, kept for located cross-reference errors. */
export interface MetricsRows {
  indicators: Row<Indicator>[];
  observations: Row<Observation>[];
  sources: Row<Source>[];
  conflicts: Row<Conflict>[];
  links: Row<DimensionLink>[];
  dropped: Row<Dropped>[];
}

/** What the checks need from a study: its dimension ids. */
export interface StudyDimensions {
  dimensions: readonly { id: string }[];
}

export interface MetricsOptions {
  /** When given, every dimension link must name one of this study's dimensions. */
  study?: StudyDimensions;
}

/** The fields a source must have before any observation citing it can be shown. */
export const REQUIRED_SOURCE_FIELDS = ["publisher", "date", "url", "excerpt"] as const;

const WHOLE_UNITS = new Set(["children", "people", "kelurahan"]);

function table<S extends z.ZodRawShape>(dir: string, file: string, schema: z.ZodObject<S>, problems: Problem[]): Row<z.output<z.ZodObject<S>>>[] {
  const result = readCsvFile(join(dir, file), file, schema);
  problems.push(...result.problems);
  return result.rows;
}

/** Reads every metrics file; returns what parsed and every syntax, header and value problem. */
export function readMetrics(dir: string): { metrics: Metrics; rows: MetricsRows; problems: Problem[] } {
  const problems: Problem[] = [];
  const F = METRICS_FILES;
  const rows: MetricsRows = {
    indicators: table(dir, F.indicators, indicatorSchema, problems),
    observations: table(dir, F.observations, observationSchema, problems),
    sources: table(dir, F.sources, sourceSchema, problems),
    conflicts: table(dir, F.conflicts, conflictSchema, problems),
    links: table(dir, F.links, dimensionLinkSchema, problems),
    dropped: table(dir, F.dropped, droppedSchema, problems)
  };
  const plain = <T>(r: Row<T>[]) => r.map((x) => x.value);
  const metrics: Metrics = {
    indicators: plain(rows.indicators),
    observations: plain(rows.observations),
    sources: plain(rows.sources),
    conflicts: plain(rows.conflicts),
    links: plain(rows.links),
    dropped: plain(rows.dropped)
  };
  return { metrics, rows, problems };
}

/** Records each key's first line; every repeat is a problem. Returns the first line per key. */
function unique<T>(rows: Row<T>[], file: string, key: (v: T) => string, field: string, problems: Problem[], what: string = field): Map<string, number> {
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const k = key(value);
    const first = seen.get(k);
    if (first !== undefined) problems.push({ file, line, field, message: `duplicate ${what} "${k}" (first on line ${first})` });
    else seen.set(k, line);
  }
  return seen;
}

/** Cross-references, uniqueness, units and source completeness. */
export function checkMetrics(rows: MetricsRows, options: MetricsOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const F = METRICS_FILES;
  const indicators = unique(rows.indicators, F.indicators, (v) => v.id, "id", problems);
  unique(rows.observations, F.observations, (v) => v.id, "id", problems);
  const sourceLines = unique(rows.sources, F.sources, (v) => v.id, "id", problems);
  const conflicts = unique(rows.conflicts, F.conflicts, (v) => v.id, "id", problems);
  unique(rows.links, F.links, (v) => `${v.dimension} → ${v.indicator}`, "indicator", problems, "link");

  const unitOf = new Map(rows.indicators.map(({ value }) => [value.id, value.unit]));
  const sourceById = new Map(rows.sources.map(({ value }) => [value.id, value]));
  const members = new Map<string, string[]>();
  /** Observations citing each source, for the completeness check. */
  const citing = new Map<string, { id: string; line: number }[]>();

  for (const { line, value: o } of rows.observations) {
    const file = F.observations;
    if (!indicators.has(o.indicator)) problems.push({ file, line, field: "indicator", message: `"${o.indicator}" is not an id in ${F.indicators}` });
    else if (unitOf.get(o.indicator) !== o.unit) {
      problems.push({ file, line, field: "unit", message: `"${o.unit}" differs from the unit of indicator "${o.indicator}" ("${unitOf.get(o.indicator)}")` });
    }
    if (!sourceById.has(o.source)) problems.push({ file, line, field: "source", message: `"${o.source}" is not an id in ${F.sources}` });
    else citing.set(o.source, [...(citing.get(o.source) ?? []), { id: o.id, line }]);
    if (o.conflict_group) {
      if (!conflicts.has(o.conflict_group)) problems.push({ file, line, field: "conflict_group", message: `"${o.conflict_group}" is not an id in ${F.conflicts}` });
      else members.set(o.conflict_group, [...(members.get(o.conflict_group) ?? []), o.id]);
    }
    if (o.value < 0) problems.push({ file, line, field: "value", message: `expected a value ≥ 0 (got ${o.value})` });
    if ((o.unit === "percent" || o.unit === "percent-reduction-vs-2012") && o.value > 100) {
      problems.push({ file, line, field: "value", message: `a percentage above 100 (got ${o.value})` });
    }
    if (WHOLE_UNITS.has(o.unit) && !Number.isInteger(o.value)) {
      problems.push({ file, line, field: "value", message: `a count of ${o.unit} must be a whole number (got ${o.value})` });
    }
  }

  for (const { line, value: c } of rows.conflicts) {
    const n = members.get(c.id)?.length ?? 0;
    if (n < 2) {
      problems.push({ file: F.conflicts, line, field: "id", message: `conflict group "${c.id}" has ${n} observation${n === 1 ? "" : "s"}; a conflict needs at least 2` });
    }
  }

  for (const [id, cites] of citing) {
    const source = sourceById.get(id)!;
    const line = sourceLines.get(id)!;
    const who = cites.map((c) => `${c.id} (${F.observations} line ${c.line})`).join(", ");
    for (const field of REQUIRED_SOURCE_FIELDS) {
      if (!source[field]) problems.push({ file: F.sources, line, field, message: `missing ${field}: cited by ${who}` });
    }
  }

  const dims = options.study ? new Set(options.study.dimensions.map((d) => d.id)) : undefined;
  for (const { line, value: l } of rows.links) {
    if (!indicators.has(l.indicator)) problems.push({ file: F.links, line, field: "indicator", message: `"${l.indicator}" is not an id in ${F.indicators}` });
    if (dims && !dims.has(l.dimension)) {
      problems.push({ file: F.links, line, field: "dimension", message: `"${l.dimension}" is not a dimension of the study (expected one of: ${[...dims].join(", ")})` });
    }
  }
  return problems;
}

/** Reads and checks data/metrics (or a folder like it); throws a DataError listing every problem. */
export function loadMetrics(dir: string, options: MetricsOptions = {}): Metrics {
  const { metrics, rows, problems } = readMetrics(dir);
  // Cross-references are only meaningful once every table parsed.
  if (!problems.length) problems.push(...checkMetrics(rows, options));
  if (problems.length) throw new DataError(problems);
  return metrics;
}
