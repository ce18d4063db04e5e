/**
 * Coverage of a source text by the coding: the text is cut into sentences (and heading
 * lines), and each must overlap a finding, a recommendation or an excluded segment.
 */
import type { Study } from "./load.js";

export interface Span {
  start: number;
  end: number;
  text: string;
}

const HEADING = /^(BAB [IVXLC]+|[A-Z][A-Z ]+|\d+(\.\d+)+\s+\S.*)$/;

/** Sentences and heading lines of `source`, with code-point offsets. */
export function sentences(source: string): Span[] {
  const chars = Array.from(source);
  const text = chars.join("");
  const spans: Span[] = [];
  // Work in code points: map each UTF-16 index to its code-point index.
  const cp: number[] = [];
  let k = 0;
  for (const ch of chars) {
    for (let i = 0; i < ch.length; i++) cp.push(k);
    k++;
  }
  cp.push(k);
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body && !/^\d+\.$/.test(body)) spans.push({ start: cp[from + lead]!, end: cp[from + lead + body.length]!, text: body.replace(/\s+/g, " ") });
  };
  let pos = 0;
  let sentenceStart = 0;
  for (const line of text.split("\n")) {
    const lineStart = pos;
    pos += line.length + 1;
    if (HEADING.test(line.trim())) {
      push(sentenceStart, lineStart);
      push(lineStart, lineStart + line.length);
      sentenceStart = pos;
      continue;
    }
    const marker = /^\s*\d+\.\s/.exec(line);
    if (marker) {
      push(sentenceStart, lineStart);
      sentenceStart = lineStart + marker[0].length;
    }
    const re = /[.?!](?=\s|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      const at = lineStart + m.index + 1;
      if (at <= sentenceStart) continue;
      push(sentenceStart, at);
      sentenceStart = at;
    }
  }
  push(sentenceStart, text.length);
  return spans;
}

/** Sentences of a source file that no coded or excluded segment overlaps. */
export function uncovered(study: Pick<Study, "sources" | "findings" | "recommendations" | "excluded">, file: string): Span[] {
  const source = study.sources[file];
  if (source === undefined) throw new Error(`no source file ${file}`);
  const covered = [...study.findings, ...study.recommendations, ...study.excluded].filter((s) => s.source === file);
  return sentences(source).filter((s) => !covered.some((c) => c.start < s.end && c.end > s.start));
}
