/**
 * A source text as its document page shows it (site/documents.json): computed by
 * loaders/study/document.ts, drawn by src/components/document*.ts.
 */
import type { Named, Quote } from "./views.js";

/** A span laid over the text: a coded segment or an excluded sentence. */
export interface Layer {
  id: string;
  start: number;
  end: number;
}

/** A stretch of the source: code point offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * How the reading view shows the source without changing a character of it (offsets and the
 * pieces' texts stay the file's): computed by `sourceLayout` in loaders/study/documentSpans.ts.
 */
export interface SourceLayout {
  /** `*…*` emphasis, both asterisks included: shown in italics, the asterisks hidden. */
  emphasis: Span[];
  /** White space holding a line break inside a sentence (a page break, say): shown as one space. */
  joins: Span[];
}

/** A run of text covered by the same layers. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Ids of the layers covering the whole piece, outermost (earliest start, then longest) first. */
  layers: string[];
}

/** A coded segment as the document view shows it: the quote's locator fields, its codes and its lane. */
export interface DocSegment extends Pick<Quote, "id" | "kind" | "section" | "item" | "start" | "end" | "dimension" | "valence" | "text_en"> {
  subcodes: string[];
  actors: string[];
  stages: string[];
  /** Recommendations only: the findings they answer. */
  answers: string[];
  /** Its margin stripe's lane (overlapping segments never share one). */
  lane: number;
}

export interface DocExcluded {
  /** The layer id of the excluded span in `pieces` ("x:" and its row index: never a study id). */
  id: string;
  start: number;
  end: number;
  /** Why it is not coded, in English (excluded.csv `reason`). */
  reason_en: string;
  /** The same in Indonesian (`reason_id`); "" when the study has not written it. */
  reason_id: string;
}

/** An actor, stage or subcode with its label in both languages. */
export type Label = Named;

export interface DocDimension {
  id: string;
  order: number;
  name_id: string;
  name_en: string;
}

/** A second coder's segment (coders/<name>.csv) in this source, with its stripe lane. */
export interface DocCoderSegment {
  /** Its layer id in `pieces`: "c<coder>:<row>" (never a study id). */
  id: string;
  start: number;
  end: number;
  dimension: string;
  lane: number;
}

export interface DocCoder {
  name: string;
  segments: DocCoderSegment[];
  lanes: number;
}

/** A case this source belongs to (case-sources.csv), with its variable values (variables.csv order). */
export interface DocCase {
  id: string;
  name: string;
  /** The study's note on the case (cases.csv `description`), "" when none. */
  description: string;
  /** The case covers the whole source (else only selections of it). */
  whole: boolean;
  values: { variable: string; value: string }[];
}

export interface DocumentData extends SourceLayout {
  /** The page id (the file name without extension). */
  id: string;
  file: string;
  title: string;
  /** The short name locators use (study.json `short`, else the title). */
  name: string;
  pieces: Piece[];
  /** Coded segments in source order. */
  segments: DocSegment[];
  excluded: DocExcluded[];
  /** How many stripe lanes the margin needs for the study's own codings. */
  lanes: number;
  /** Second coders (coders/<name>.csv), each with its own stripes; empty when the study has none. */
  coders: DocCoder[];
  /** The cases this source belongs to; empty when the study has none. */
  cases: DocCase[];
  dimensions: DocDimension[];
  subcodes: Label[];
  actors: Label[];
  stages: Label[];
}
