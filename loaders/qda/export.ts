/**
 * Writes a study as a REFI-QDA project (.qdpx: project.qde + Sources/<guid>.txt) that QDA tools
 * (NVivo, ATLAS.ti, MAXQDA, QualCoder…) open, and that `import` reads back into the same study.
 *
 * - The codebook becomes codes: each dimension a code with its sub-codes nested; the stages, the
 *   actors and the valences each under a category (isCodable="false"); one "Recommendation" code.
 * - Each source file becomes a TextSource (its text verbatim in Sources/<guid>.txt).
 * - Each finding, recommendation and excluded sentence becomes a PlainTextSelection at its
 *   locator, coded with its dimension, sub-codes, stages, actors and valence. What a code cannot
 *   hold (id, section, item, the English translation, the answered gaps, the exclusion reason)
 *   is written in the selection's Description as `key: value` lines under a first line
 *   `coproduction-study`, which a tool shows as the selection's memo.
 * - The study's other files (study.json, the codebook tables, actors, channels, assessments,
 *   allow-private.csv, SOURCE.md) travel as project Notes named `study-file:<path>`.
 *   private-names.txt never leaves the study.
 * GUIDs are derived from the ids (name-based, SHA-1), so the same study exports the same file.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Study } from "../study/load.js";
import { normalizeSegment } from "../study/locate.js";
import type { Valence } from "../study/schema.js";
import { VALENCES } from "../study/schema.js";
import { writeZip } from "./zip.js";

export const META_MARKER = "coproduction-study";
export const NOTE_PREFIX = "study-file:";
export const EXPORT_ORIGIN = "coproduction-kalirungkut study site (npm run study -- export)";
export const RECOMMENDATION_CODE = "Recommendation";
export const CATEGORY_NAMES = { stage: "Co-production stages", actor: "Actors", valence: "Valence" } as const;

/** Files carried as notes, relative to the study folder (when present). */
export const CARRIED_FILES = [
  "study.json",
  "codebook/dimensions.csv",
  "codebook/subcodes.csv",
  "codebook/stages.csv",
  "codebook/dimension-notes.csv",
  "assessments.csv",
  "actors.csv",
  "channels.csv",
  "allow-private.csv",
  "inferred.csv",
  "source/SOURCE.md",
  // The study's own words and its public figures travel with it (docs/study-format.md).
  ...["programme", "key-messages", "recommendations-note"].flatMap((n) => [`prose/${n}.id.md`, `prose/${n}.en.md`]),
  ...["SOURCE.md", "conflicts.csv", "dimension-links.csv", "dropped.csv", "indicators.csv", "observations.csv", "sources.csv", "text.json", "brief.json"].map((f) => `metrics/${f}`)
] as const;

export type GuidKind = "project" | "dimension" | "subcode" | "stage" | "actor" | "valence" | "recommendation" | "category" | "source" | "finding" | "recommendation-segment" | "excluded" | "coding" | "note";

/** A name-based GUID (RFC 4122 version 5 layout, SHA-1 of kind and id), upper case. */
export function studyGuid(kind: GuidKind, id: string): string {
  const h = createHash("sha1").update(`${META_MARKER}\u0000${kind}\u0000${id}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex").toUpperCase();
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const SEGMENT_KINDS = ["finding", "recommendation", "excluded"] as const;

export interface SegmentMeta {
  /** A selection's row (finding, recommendation, excluded), or a case (`case`: its id and description). */
  kind: (typeof SEGMENT_KINDS)[number] | "case";
  [key: string]: string;
}

/** The Description block of a selection. Values are kept on one line. */
export function formatMeta(meta: SegmentMeta): string {
  const lines = [META_MARKER];
  for (const [k, v] of Object.entries(meta)) lines.push(`${k}: ${String(v).replace(/\s*\n\s*/g, " ")}`);
  return lines.join("\n");
}

/** Reads a Description written by `formatMeta` for one of `kinds`; undefined for any other memo. */
export function parseMeta(description: string | undefined, kinds: readonly SegmentMeta["kind"][] = SEGMENT_KINDS): SegmentMeta | undefined {
  if (!description) return undefined;
  const lines = description.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== META_MARKER) return undefined;
  const meta: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const m = /^([\w-]+):\s?(.*)$/.exec(line);
    if (m) meta[m[1]!] = m[2]!.trim();
  }
  if (!(kinds as readonly string[]).includes(meta.kind ?? "")) return undefined;
  return meta as SegmentMeta;
}

function esc(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}
/** Element text: line ends kept as characters (`&#13;` keeps a CR through XML's line-end normalisation). */
function escText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

const VALENCE_LABEL: Record<Valence, string> = { strength: "strength", gap: "gap", neutral: "neutral" };

export interface ExportResult {
  xml: string;
  /** Archive path → bytes (project.qde and Sources/<guid>.txt). */
  files: Record<string, Uint8Array>;
  counts: { codes: number; sources: number; selections: number; codings: number; notes: number };
}

/** The REFI-QDA project for a loaded (valid) study. `dir` is read for the carried files. */
export function exportStudy(study: Study, dir: string): ExportResult {
  const out: string[] = [];
  const counts = { codes: 0, sources: 0, selections: 0, codings: 0, notes: 0 };
  const push = (indent: number, s: string) => out.push(`${" ".repeat(indent)}${s}`);
  push(0, '<?xml version="1.0" encoding="utf-8"?>');
  push(
    0,
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${esc(study.meta.id)}" origin="${esc(EXPORT_ORIGIN)}">`
  );

  // The codebook.
  push(1, "<CodeBook>");
  push(2, "<Codes>");
  const code = (indent: number, guid: string, name: string, codable: boolean, description: string | undefined, children: () => void) => {
    counts.codes++;
    push(indent, `<Code guid="${guid}" name="${esc(name)}" isCodable="${codable}">`);
    if (description) push(indent + 1, `<Description>${escText(description)}</Description>`);
    children();
    push(indent, "</Code>");
  };
  for (const d of study.dimensions) {
    code(3, studyGuid("dimension", d.id), d.name_en, true, `${d.name_id}. ${d.description_en}`, () => {
      for (const s of study.subcodes.filter((x) => x.dimension === d.id)) {
        code(4, studyGuid("subcode", s.id), s.label_en, true, s.description_en || s.label_id, () => undefined);
      }
    });
  }
  code(3, studyGuid("category", "stage"), CATEGORY_NAMES.stage, false, undefined, () => {
    for (const s of study.stages) code(4, studyGuid("stage", s.id), s.label_en, true, s.description_en || s.label_id, () => undefined);
  });
  if (study.actors.length) {
    code(3, studyGuid("category", "actor"), CATEGORY_NAMES.actor, false, undefined, () => {
      for (const a of study.actors) code(4, studyGuid("actor", a.id), a.label_en, true, a.label_id, () => undefined);
    });
  }
  code(3, studyGuid("category", "valence"), CATEGORY_NAMES.valence, false, "Whether a finding states a strength, a gap or neither.", () => {
    for (const v of VALENCES) code(4, studyGuid("valence", v), VALENCE_LABEL[v], true, undefined, () => undefined);
  });
  if (study.recommendations.length) {
    code(3, studyGuid("recommendation", "recommendation"), RECOMMENDATION_CODE, true, "A recommendation of the study (recommendations.csv).", () => undefined);
  }
  push(2, "</Codes>");
  push(1, "</CodeBook>");

  // The sources, with a selection per coded segment.
  const files: Record<string, Uint8Array> = {};
  push(1, "<Sources>");
  for (const source of study.meta.sources) {
    const text = study.sources[source.file] ?? "";
    const guid = studyGuid("source", source.file);
    files[`Sources/${guid}.txt`] = new TextEncoder().encode(text);
    counts.sources++;
    push(2, `<TextSource guid="${guid}" name="${esc(source.file)}" plainTextPath="internal://${guid}.txt">`);
    push(3, `<Description>${escText(source.title)}</Description>`);
    const selection = (kind: GuidKind, id: string, start: number, end: number, label: string, meta: SegmentMeta, codes: string[]) => {
      counts.selections++;
      const sguid = studyGuid(kind, id);
      push(3, `<PlainTextSelection guid="${sguid}" name="${esc(label)}" startPosition="${start}" endPosition="${end}">`);
      push(4, `<Description>${escText(formatMeta(meta))}</Description>`);
      for (const c of codes) {
        counts.codings++;
        push(4, `<Coding guid="${studyGuid("coding", `${id}\u0000${c}`)}"><CodeRef targetGUID="${c}"/></Coding>`);
      }
      push(3, "</PlainTextSelection>");
    };
    for (const f of study.findings.filter((x) => x.source === source.file)) {
      const codes = [
        ...(f.dimension ? [studyGuid("dimension", f.dimension)] : []),
        ...f.subcodes.map((s) => studyGuid("subcode", s)),
        ...f.stages.map((s) => studyGuid("stage", s)),
        ...f.actors.map((a) => studyGuid("actor", a)),
        studyGuid("valence", f.valence)
      ];
      const meta: SegmentMeta = { kind: "finding", id: f.id, section: f.section, item: f.item, text_id: f.text_id, text_en: f.text_en };
      selection("finding", f.id, f.start, f.end, normalizeSegment(f.text_id), meta, codes);
    }
    for (const r of study.recommendations.filter((x) => x.source === source.file)) {
      const codes = [
        studyGuid("recommendation", "recommendation"),
        studyGuid("dimension", r.dimension),
        ...r.actors.map((a) => studyGuid("actor", a))
      ];
      const meta: SegmentMeta = { kind: "recommendation", id: r.id, section: r.section, item: r.item, answers: r.answers.join(";"), text_id: r.text_id, text_en: r.text_en };
      selection("recommendation-segment", r.id, r.start, r.end, normalizeSegment(r.text_id), meta, codes);
    }
    for (const e of study.excluded.filter((x) => x.source === source.file)) {
      const meta: SegmentMeta = { kind: "excluded", text: e.text, reason: e.reason };
      selection("excluded", `${e.source}:${e.start}-${e.end}`, e.start, e.end, normalizeSegment(e.text), meta, []);
    }
    push(2, "</TextSource>");
  }
  push(1, "</Sources>");

  // The study's other files, as notes.
  const carried = CARRIED_FILES.filter((f) => existsSync(join(dir, f)));
  if (carried.length) {
    push(1, "<Notes>");
    for (const f of carried) {
      counts.notes++;
      const text = readFileSync(join(dir, f), "utf-8").replace(/^\uFEFF/, "");
      push(2, `<Note guid="${studyGuid("note", f)}" name="${esc(NOTE_PREFIX + f)}">`);
      push(3, `<PlainTextContent>${escText(text)}</PlainTextContent>`);
      push(2, "</Note>");
    }
    push(1, "</Notes>");
  }
  push(1, `<Description>${escText(`${study.meta.title_en} (${study.meta.place_en}). Exported from the study folder; see the notes named ${NOTE_PREFIX}… for the study's tables.`)}</Description>`);
  push(0, "</Project>");
  const xml = out.join("\n") + "\n";
  files["project.qde"] = new TextEncoder().encode(xml);
  return { xml, files, counts };
}

/** The .qdpx bytes for a study. */
export function qdpxBytes(result: ExportResult): Uint8Array {
  return writeZip(result.files);
}
