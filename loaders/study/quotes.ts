/**
 * The coded statements as quotations: each finding or recommendation with its locator and both
 * texts, its source named as the study names it (study.json `sources`), and the study's own
 * conclusion as the quotations that state it. Every view quotes through here.
 */
import type { Quote, StudyConclusion } from "../../src/shared/model/views.js";
import type { Study } from "./load.js";
import type { Finding, Recommendation } from "./schema.js";

/** Source file → short name, from study.json `sources`. */
export type SourceNames = Readonly<Record<string, string>>;

export function sourceNames(study: Partial<Pick<Study, "meta">>): SourceNames {
  return Object.fromEntries((study.meta?.sources ?? []).map((s) => [s.file, s.short ?? s.title]));
}

export function quoteOf(row: Finding | Recommendation, names: SourceNames = {}): Quote {
  const isFinding = "valence" in row;
  return {
    id: row.id,
    kind: isFinding ? "finding" : "recommendation",
    source: row.source,
    ...(names[row.source] ? { source_name: names[row.source] } : {}),
    section: row.section,
    item: row.item,
    start: row.start,
    end: row.end,
    dimension: row.dimension,
    valence: isFinding ? row.valence : null,
    text_id: row.text_id,
    text_en: row.text_en
  };
}

/** Findings and recommendations by id, as quotes. */
export function quoteIndex(study: Pick<Study, "findings" | "recommendations"> & Partial<Pick<Study, "meta">>): Map<string, Quote> {
  const names = sourceNames(study);
  return new Map([...study.findings, ...study.recommendations].map((r) => [r.id, quoteOf(r, names)]));
}

export function lookup(index: Map<string, Quote>, ids: readonly string[]): Quote[] {
  return ids.flatMap((id) => index.get(id) ?? []);
}

/** The study's own overall conclusion and its qualification, as quotes (study.json `conclusion`). */
export function studyConclusion(study: Pick<Study, "meta">, index: Map<string, Quote>): StudyConclusion | null {
  const c = study.meta.conclusion;
  if (!c?.findings.length) return null;
  return { findings: lookup(index, c.findings), qualification: lookup(index, c.qualification ?? []) };
}
