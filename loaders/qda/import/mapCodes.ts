/**
 * Maps a tool's codes to the codebook, in this order: a mapping file (`code,dimension`, with the
 * code given by name, path `A/B` or GUID); our own export's GUIDs; the codebook's names (case- and
 * whitespace-insensitive: dimensions' name_en/name_id/name_thesis_id/id, sub-codes' labels/id,
 * stages' labels/id, actors' labels/id, the valences, "Recommendation"); and, for a code nested
 * under a dimension's code whose own name matches nothing, that dimension (the framework's
 * codebook has no sub-codes: a study's own sub-codes still count for their dimension).
 */
import { z } from "zod";
import { parseCsv } from "../../csv.js";
import type { Problem } from "../../errors.js";
import type { Valence } from "../../study/schema.js";
import { studyGuid } from "../export.js";
import { guidKey } from "../qde.js";
import type { Codebook } from "./codebook.js";
import { ImportError, type CodeInfo, type MapEntry, type Target } from "./types.js";

/** Case-, accent-of-whitespace- and punctuation-spacing-insensitive form of a code name. */
export function nameKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

const VALENCE_WORDS: Record<string, Valence> = {
  strength: "strength", kekuatan: "strength", positive: "strength",
  gap: "gap", kesenjangan: "gap", kelemahan: "gap", weakness: "gap",
  neutral: "neutral", netral: "neutral"
};
const RECOMMENDATION_WORDS = ["recommendation", "recommendations", "rekomendasi", "saran"];

export function targetLabel(t: Target): string {
  return t.kind === "recommendation" ? "recommendation" : `${t.kind} ${t.id}`;
}

/** Every target a value (id or name) can mean. */
function candidates(book: Codebook, value: string, byId: boolean): Target[] {
  const k = nameKey(value);
  const out: Target[] = [];
  const hit = (...names: (string | undefined)[]) => names.some((n) => n !== undefined && n !== "" && nameKey(n) === k);
  for (const d of book.dimensions) if (byId ? d.id === value : hit(d.id, d.name_en, d.name_id, d.name_thesis_id)) out.push({ kind: "dimension", id: d.id });
  for (const s of book.subcodes) if (byId ? s.id === value : hit(s.id, s.label_en, s.label_id)) out.push({ kind: "subcode", id: s.id, dimension: s.dimension });
  for (const s of book.stages) if (byId ? s.id === value : hit(s.id, s.label_en, s.label_id)) out.push({ kind: "stage", id: s.id });
  for (const a of book.actors) if (byId ? a.id === value : hit(a.id, a.label_en, a.label_id)) out.push({ kind: "actor", id: a.id });
  const v = byId ? (["strength", "gap", "neutral"].includes(value) ? (value as Valence) : undefined) : VALENCE_WORDS[k];
  if (v) out.push({ kind: "valence", id: v });
  if (byId ? value === "recommendation" : RECOMMENDATION_WORDS.includes(k)) out.push({ kind: "recommendation", id: "recommendation" });
  return out;
}

/** Parses a mapping file: `code,dimension` (optionally `subcode`, `reason`). */
export function parseMapFile(text: string, file: string): MapEntry[] {
  const schema = z.object({
    code: z.string().refine((s) => s.trim() !== "", "expected a code name, path or GUID"),
    dimension: z.string(),
    subcode: z.string().optional(),
    reason: z.string().optional()
  });
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const columns = header.split(",").map((c) => c.trim());
  const known = ["code", "dimension", "subcode", "reason"];
  const shape = Object.fromEntries(known.filter((c) => columns.includes(c)).map((c) => [c, c === "code" ? schema.shape.code : z.string()]));
  if (!columns.includes("code") || !columns.includes("dimension")) {
    throw new ImportError([{ file, line: 1, field: "header", message: `expected the columns code,dimension (got ${header})` }]);
  }
  const result = parseCsv(text, file, z.object(shape));
  if (result.problems.length) throw new ImportError(result.problems);
  return result.rows.map(({ line, value }) => {
    const v = value as Record<string, string>;
    const target = (v.subcode ?? "").trim() || (v.dimension ?? "").trim();
    return { line, code: (v.code ?? "").trim(), target, reason: (v.reason ?? "").trim() || undefined };
  });
}

export interface Resolution {
  targets: Map<string, Target[]>;
  how: Map<string, string>;
  unresolved: Map<string, string>;
}

export function resolveCodes(codes: CodeInfo[], book: Codebook, map: MapEntry[] | undefined, mapFile: string): Resolution {
  const targets = new Map<string, Target[]>();
  const how = new Map<string, string>();
  const unresolved = new Map<string, string>();
  const byKey = new Map(codes.map((c) => [c.key, c]));
  const problems: Problem[] = [];
  // Our own export's GUIDs.
  const ownGuids = new Map<string, Target>();
  for (const d of book.dimensions) ownGuids.set(studyGuid("dimension", d.id), { kind: "dimension", id: d.id });
  for (const s of book.subcodes) ownGuids.set(studyGuid("subcode", s.id), { kind: "subcode", id: s.id, dimension: s.dimension });
  for (const s of book.stages) ownGuids.set(studyGuid("stage", s.id), { kind: "stage", id: s.id });
  for (const a of book.actors) ownGuids.set(studyGuid("actor", a.id), { kind: "actor", id: a.id });
  for (const v of ["strength", "gap", "neutral"] as const) ownGuids.set(studyGuid("valence", v), { kind: "valence", id: v });
  ownGuids.set(studyGuid("recommendation", "recommendation"), { kind: "recommendation", id: "recommendation" });
  const categoryGuids = new Set(["stage", "actor", "valence"].map((k) => studyGuid("category", k)));

  const mapFor = (c: CodeInfo): MapEntry | undefined =>
    map?.find((m) => (c.guid && guidKey(m.code) === guidKey(c.guid)) || nameKey(m.code) === nameKey(c.path.join("/")) || nameKey(m.code) === nameKey(c.name));

  const order = [...codes].sort((a, b) => a.path.length - b.path.length);
  for (const c of order) {
    const label = c.path.join("/");
    const m = mapFor(c);
    if (m) {
      if (/^(-|none|exclude|excluded)$/i.test(m.target) || m.target === "") {
        targets.set(c.key, []);
        unresolved.set(c.key, `excluded by the mapping file (${mapFile}:${m.line})${m.reason ? `: ${m.reason}` : ""}`);
        how.set(c.key, `${mapFile}:${m.line}`);
        continue;
      }
      const found = candidates(book, m.target, true);
      if (found.length === 0) {
        problems.push({ file: mapFile, line: m.line, field: "dimension", message: `"${m.target}" is not a dimension, sub-code, stage, actor, valence or "recommendation" id of the codebook` });
        continue;
      }
      targets.set(c.key, [found[0]!]);
      how.set(c.key, `${mapFile}:${m.line}`);
      continue;
    }
    const own = c.guid ? ownGuids.get(guidKey(c.guid)) : undefined;
    if (own) {
      targets.set(c.key, [own]);
      how.set(c.key, "GUID of this site's export");
      continue;
    }
    if (c.guid && categoryGuids.has(guidKey(c.guid))) {
      targets.set(c.key, []);
      how.set(c.key, "category of this site's export");
      continue;
    }
    let found = candidates(book, c.name, false);
    if (found.length > 1 && c.parent) {
      const parentTargets = targets.get(c.parent) ?? [];
      const parentDim = parentTargets.find((t) => t.kind === "dimension");
      const parent = byKey.get(c.parent);
      const narrowed = found.filter((t) => {
        if (parentDim) return t.kind === "subcode" && t.dimension === parentDim.id;
        const p = nameKey(parent?.name ?? "");
        if (/actor|aktor/.test(p)) return t.kind === "actor";
        if (/stage|tahap/.test(p)) return t.kind === "stage";
        if (/valen/.test(p)) return t.kind === "valence";
        return true;
      });
      if (narrowed.length) found = narrowed;
    }
    if (found.length === 1) {
      targets.set(c.key, found);
      how.set(c.key, "name");
    } else if (found.length > 1) {
      unresolved.set(c.key, `the name "${c.name}" matches several codebook entries (${found.map(targetLabel).join(", ")}); map it in a mapping file`);
    } else {
      // A code under a dimension's code that names nothing of the codebook (the codebook has no
      // such sub-code) is a part of that dimension.
      const parentTargets = c.parent ? (targets.get(c.parent) ?? []) : [];
      const parentDim = parentTargets.find((t) => t.kind === "dimension") ?? parentTargets.find((t) => t.kind === "subcode");
      if (parentDim) {
        const id = parentDim.kind === "subcode" ? (parentDim as { dimension: string }).dimension : parentDim.id;
        targets.set(c.key, [{ kind: "dimension", id }]);
        how.set(c.key, `its parent code "${byKey.get(c.parent!)?.path.join("/") ?? c.parent}"`);
      } else unresolved.set(c.key, `no dimension, sub-code, stage or actor is named "${c.name}"; map it in a mapping file (--map)`);
    }
  }
  if (problems.length) throw new ImportError(problems);
  return { targets, how, unresolved };
}
