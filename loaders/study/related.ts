/**
 * The public figures linked to each dimension (data/metrics/dimension-links.csv), with their
 * observations and sources, for the dimension pages. A deliberately small reader so the
 * dimension pages do not depend on the metrics module; a missing metrics folder means
 * "no linked metrics", a malformed one fails with located problems.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseCsv, type Row } from "../csv.js";
import { DataError, type Problem } from "../errors.js";
import { id, optionalText, text } from "../fields.js";

const linkSchema = z.object({ dimension: id(), indicator: id(), note_en: text(), note_id: text() });
const indicatorSchema = z.object({
  id: id(),
  label_en: text(),
  label_id: text(),
  unit: text(),
  kind: optionalText(),
  description_en: optionalText(),
  description_id: optionalText()
});
const observationSchema = z.object({
  id: id(),
  indicator: id(),
  geography: text(),
  period: text(),
  value: z.string().regex(/^-?\d+(\.\d+)?$/, "expected a number").transform(Number),
  unit: text(),
  survey: optionalText(),
  method: optionalText(),
  source: id(),
  confidence: optionalText(),
  conflict_group: optionalText(),
  note: optionalText()
});
const sourceSchema = z.object({
  id: id(),
  publisher: text(),
  title: optionalText(),
  date: optionalText(),
  url: optionalText(),
  excerpt: optionalText()
});

export const METRIC_FILES = {
  links: "dimension-links.csv",
  indicators: "indicators.csv",
  observations: "observations.csv",
  sources: "sources.csv"
} as const;

export interface RelatedObservation {
  id: string;
  geography: string;
  period: string;
  value: number;
  unit: string;
  method: string;
  confidence: string;
  conflict_group: string;
  source: { id: string; publisher: string; title: string; date: string; url: string };
}

export interface RelatedMetric {
  indicator: string;
  label_id: string;
  label_en: string;
  unit: string;
  note_id: string;
  note_en: string;
  /** Every observation of the indicator, oldest period first, each with its source. */
  observations: RelatedObservation[];
}

function read<S extends z.ZodRawShape>(dir: string, file: string, schema: z.ZodObject<S>, problems: Problem[]): Row<z.output<z.ZodObject<S>>>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file: `metrics/${file}`, line: 1, field: "file", message: "file is missing" });
    return [];
  }
  const result = parseCsv(readFileSync(path, "utf-8"), `metrics/${file}`, schema);
  problems.push(...result.problems);
  return result.rows;
}

/**
 * Linked metrics by dimension id. Returns an empty map when `dir` has no dimension-links.csv;
 * throws a DataError (file:line: field: message) when a file is malformed or a link or
 * observation names an unknown indicator or source.
 */
export function readRelated(dir: string): Map<string, RelatedMetric[]> {
  const out = new Map<string, RelatedMetric[]>();
  if (!existsSync(join(dir, METRIC_FILES.links))) return out;
  const problems: Problem[] = [];
  const links = read(dir, METRIC_FILES.links, linkSchema, problems);
  const indicators = new Map(read(dir, METRIC_FILES.indicators, indicatorSchema, problems).map((r) => [r.value.id, r.value]));
  const observations = read(dir, METRIC_FILES.observations, observationSchema, problems);
  const sources = new Map(read(dir, METRIC_FILES.sources, sourceSchema, problems).map((r) => [r.value.id, r.value]));
  if (problems.length) throw new DataError(problems);
  for (const { line, value } of observations) {
    if (!sources.has(value.source)) problems.push({ file: `metrics/${METRIC_FILES.observations}`, line, field: "source", message: `"${value.source}" is not an id in metrics/${METRIC_FILES.sources}` });
  }
  for (const { line, value: link } of links) {
    const indicator = indicators.get(link.indicator);
    if (!indicator) {
      problems.push({ file: `metrics/${METRIC_FILES.links}`, line, field: "indicator", message: `"${link.indicator}" is not an id in metrics/${METRIC_FILES.indicators}` });
      continue;
    }
    const obs = observations
      .map((r) => r.value)
      .filter((o) => o.indicator === link.indicator)
      .sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id))
      .map((o): RelatedObservation => {
        const s = sources.get(o.source);
        return {
          id: o.id,
          geography: o.geography,
          period: o.period,
          value: o.value,
          unit: o.unit,
          method: o.method,
          confidence: o.confidence,
          conflict_group: o.conflict_group,
          source: { id: o.source, publisher: s?.publisher ?? "", title: s?.title ?? "", date: s?.date ?? "", url: s?.url ?? "" }
        };
      });
    const list = out.get(link.dimension) ?? [];
    list.push({
      indicator: link.indicator,
      label_id: indicator.label_id,
      label_en: indicator.label_en,
      unit: indicator.unit,
      note_id: link.note_id,
      note_en: link.note_en,
      observations: obs
    });
    out.set(link.dimension, list);
  }
  if (problems.length) throw new DataError(problems);
  return out;
}
