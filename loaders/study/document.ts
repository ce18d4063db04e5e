/**
 * The document view of each source text (one per file under source/): the whole text cut into
 * pieces at every segment boundary (documentSpans.ts), how it is shown as written (its emphasis
 * and the line breaks inside sentences), each coded segment with its codes, actors, stages and
 * translation, the excluded sentences with their reasons in both languages, second coders'
 * segments (their boundaries cut the pieces too, so their stripes can be drawn), and the labels
 * the view needs. Computed at build time so the page only renders.
 */
import { sourceId } from "../../src/shared/routes.js";
import { assignLanes, sourceLayout, splitSpans, type Layer } from "./documentSpans.js";
import type { Study } from "./load.js";
import type { DocCase, DocCoder, DocCoderSegment, DocDimension, DocExcluded, DocSegment, DocumentData, Label } from "../../src/shared/model/document.js";
export type { DocCoder, DocCoderSegment, DocDimension, DocExcluded, DocSegment, DocumentData, Label };

function label(x: { id: string; label_id: string; label_en: string }): Label {
  return { id: x.id, label_id: x.label_id, label_en: x.label_en };
}

/** A second coder as the document view needs it: a name and located, dimension-coded segments. */
export interface CoderInput {
  name: string;
  segments: readonly { source: string; start: number; end: number; dimension: string }[];
}

function coderOf(coder: CoderInput, k: number, file: string): DocCoder {
  const segments = coder.segments
    .map((s, i) => ({ id: `c${k}:${i}`, start: s.start, end: s.end, dimension: s.dimension, source: s.source }))
    .filter((s) => s.source === file)
    .map(({ source: _source, ...s }) => s);
  const lanes = assignLanes(segments);
  return { name: coder.name, segments: segments.map((s) => ({ ...s, lane: lanes.get(s.id) ?? 0 })), lanes: Math.max(0, ...lanes.values()) + 1 };
}

/** The document view of one source file. */
export function documentView(study: Study, file: string, coderInputs: readonly CoderInput[] = []): DocumentData {
  const meta = study.meta.sources.find((s) => s.file === file);
  const text = study.sources[file] ?? "";
  const coded = [
    ...study.findings
      .filter((f) => f.source === file)
      .map((f) => ({ ...f, kind: "finding" as const, valence: f.valence, answers: [] as string[] })),
    ...study.recommendations
      .filter((r) => r.source === file)
      .map((r) => ({ ...r, kind: "recommendation" as const, valence: null, subcodes: [] as string[], stages: [] as string[] }))
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const lanes = assignLanes(coded);
  const excluded: DocExcluded[] = study.excluded
    .map((x, i) => ({ id: `x:${i}`, start: x.start, end: x.end, reason_en: x.reason, reason_id: x.reason_id ?? "", source: x.source }))
    .filter((x) => x.source === file)
    .map(({ source: _source, ...x }) => x);
  const coders = coderInputs.map((c, k) => coderOf(c, k, file));
  const layers: Layer[] = [...coded, ...excluded, ...coders.flatMap((c) => c.segments)];
  return {
    id: sourceId(file),
    file,
    title: meta?.title ?? file,
    name: meta?.short ?? meta?.title ?? file,
    pieces: splitSpans(text, layers),
    ...sourceLayout(text),
    segments: coded.map((s) => ({
      id: s.id,
      kind: s.kind,
      section: s.section,
      item: s.item,
      start: s.start,
      end: s.end,
      dimension: s.dimension,
      valence: s.valence,
      subcodes: s.subcodes,
      actors: s.actors,
      stages: s.stages,
      answers: s.answers,
      text_en: s.text_en,
      lane: lanes.get(s.id) ?? 0
    })),
    excluded,
    lanes: Math.max(0, ...lanes.values()) + 1,
    coders,
    cases: casesOf(study, file),
    dimensions: [...study.dimensions].sort((a, b) => a.order - b.order).map((d) => ({ id: d.id, order: d.order, name_id: d.name_id, name_en: d.name_en })),
    subcodes: study.subcodes.map(label),
    actors: study.actors.map(label),
    stages: [...study.stages].sort((a, b) => a.order - b.order).map(label)
  };
}

/** The cases covering `file`, whole or in part (case-sources.csv), in cases.csv order, with their values. */
function casesOf(study: Study, file: string): DocCase[] {
  const covers = (study.caseSources ?? []).filter((c) => c.source === file);
  const order = (study.variables ?? []).map((v) => v.name);
  return (study.cases ?? [])
    .filter((c) => covers.some((x) => x.case === c.id))
    .map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      whole: covers.some((x) => x.case === c.id && (x.start === null || x.end === null)),
      values: (study.caseValues ?? [])
        .filter((v) => v.case === c.id)
        .sort((a, b) => order.indexOf(a.variable) - order.indexOf(b.variable))
        .map((v) => ({ variable: v.variable, value: v.value }))
    }));
}

/** Every source of the study, in study.json order. */
export function documentViews(study: Study, coders: readonly CoderInput[] = []): DocumentData[] {
  return study.meta.sources.map((s) => documentView(study, s.file, coders));
}
