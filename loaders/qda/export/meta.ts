/**
 * What our REFI-QDA export and the importer agree on: the files a study carries as project notes,
 * name-based GUIDs, and the description block (`coproduction-study` then `key: value` lines) that
 * holds what a code cannot: a selection's row (id, section, item, English text…) or a case's id.
 */
import { createHash } from "node:crypto";

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
  "restatements.csv",
  "source/SOURCE.md",
  // The study's own words and its public figures travel with it (docs/study-format.md).
  ...["programme", "key-messages", "recommendations-note"].flatMap((n) => [`prose/${n}.id.md`, `prose/${n}.en.md`]),
  ...["SOURCE.md", "conflicts.csv", "dimension-links.csv", "dropped.csv", "indicators.csv", "observations.csv", "sources.csv", "text.json", "brief.json"].map((f) => `metrics/${f}`)
] as const;

export type GuidKind =
  | "project"
  | "dimension"
  | "subcode"
  | "stage"
  | "actor"
  | "valence"
  | "recommendation"
  | "category"
  | "source"
  | "finding"
  | "recommendation-segment"
  | "excluded"
  | "coding"
  | "note"
  | "case"
  | "case-selection"
  | "variable";

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
