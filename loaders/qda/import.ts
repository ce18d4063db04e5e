/**
 * Turns codings from a QDA tool into a study folder (docs/study-format.md).
 *
 * The tool-specific readers (importQdpx here, csv-import.ts for CSV exports) produce an
 * `ImportInput`: source texts, codes and coded segments with offsets already in our terms
 * (code points into the source file as written). `buildStudy` then maps codes to the
 * codebook, makes the tables, and writes a report of everything it mapped, excluded and why.
 * `writeStudyFolder` writes the result atomically after validating it with checkStudy.
 *
 * Codes are mapped to the codebook, in this order: a mapping file (`code,dimension`, with the
 * code given by name, path `A/B` or GUID); our own export's GUIDs; the codebook's names
 * (case- and whitespace-insensitive: dimensions' name_en/name_id/name_thesis_id/id, sub-codes'
 * labels/id, stages' labels/id, actors' labels/id, the valences, "Recommendation").
 * A selection whose codes map to no dimension becomes a row of excluded.csv with the reason
 * (never dropped silently); the unmapped codes are listed in the report and printed.
 *
 * English text: imported segments have no translation. `text_en` may not be empty, so it holds
 * `[translation pending]` followed by the verbatim text (or, with `sourceLang: "en"`, the verbatim
 * English text itself). The marker is documented in docs/study-format.md and counted in the report.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { z } from "zod";
import { parseCsv } from "../csv.js";
import { toCsv } from "../../src/shared/csv.js";
import { DataError, type Problem } from "../errors.js";
import { validateStudy } from "../study/load.js";
import { locate } from "../study/locate.js";
import {
  actorSchema,
  dimensionSchema,
  excludedSchema,
  findingSchema,
  recommendationSchema,
  stageSchema,
  subcodeSchema,
  type Actor,
  type Dimension,
  type Excluded,
  type Finding,
  type Recommendation,
  type Stage,
  type Subcode,
  type Valence
} from "../study/schema.js";
import { CARRIED_FILES, NOTE_PREFIX, parseMeta, studyGuid, type SegmentMeta } from "./export.js";
import { allCodes, decodeQde, guidKey, parseQde, QdeError, type QdaProject } from "./qde.js";
import { collapse, decideCrlf, positioned, span, toFileOffset, type CrlfMode } from "./text.js";
import { findEntry, safeUnzip, ZipError, type ZipLimits } from "./zip.js";
import { defaultNotes, defaultStudyJson, PROSE_README } from "./studyDefaults.js";
import type { SourceKind } from "../../src/shared/i18n/index.js";

export const TRANSLATION_PENDING = "[translation pending]";

/** Problems with an import's input; the project's one located error type. */
export class ImportError extends DataError {
  override name = "ImportError";
}

/** A code as the tool names it. `key` identifies it within the input (a GUID key, or a path). */
export interface CodeInfo {
  key: string;
  name: string;
  path: string[];
  guid?: string;
  isCodable: boolean;
  /** The key of the parent code, if any. */
  parent?: string;
}

/** A coded (or uncoded) span of a source, in our offsets. */
export interface Segment {
  /** Where it came from: a selection GUID, or `file.csv:line`. */
  ref: string;
  /** A short human-readable id for `item` (GUID, highlight id…). */
  item: string;
  source: string;
  start: number;
  end: number;
  codes: string[];
  name?: string;
  description?: string;
}

export interface ImportSource {
  /** File name under source/. */
  file: string;
  title: string;
  provenance: string;
  /** The file's bytes as they will be written (verbatim from the export). */
  bytes: Uint8Array;
  /** The decoded text (BOM dropped), which offsets count into. */
  text: string;
}

export interface ImportInput {
  tool: string;
  inputName: string;
  projectName: string;
  sources: ImportSource[];
  codes: CodeInfo[];
  segments: Segment[];
  /** Study files carried by our own export (relative path → text). */
  carried: Record<string, string>;
  /** Facts about the input for the report (counts, line-end decisions…). */
  facts: string[];
  /** Segments or parts the reader could not use, with the reason. */
  skipped: { ref: string; reason: string }[];
  /** A findings table given whole (our own CSV format): written as is, instead of building one from segments. */
  findingsCsv?: string;
}

export interface MapEntry {
  line: number;
  code: string;
  target: string;
  reason?: string;
}

export interface ImportOptions {
  /** The codebook used unless the import carries one (default data/study/codebook). */
  codebookDir: string;
  map?: MapEntry[];
  /** The mapping file's name, for messages. */
  mapFile?: string;
  /** The language of the coded texts: "en" fills text_en with the verbatim text; otherwise it is marked pending. */
  sourceLang?: "id" | "en";
  crlf?: "auto" | CrlfMode;
  privateNames?: string[];
  /** What was coded (study.json `source_kind`) when the import writes study.json. */
  sourceKind?: SourceKind;
  progress?: (message: string) => void;
  limits?: Partial<ZipLimits>;
}

export type Target =
  | { kind: "dimension"; id: string }
  | { kind: "subcode"; id: string; dimension: string }
  | { kind: "stage"; id: string }
  | { kind: "actor"; id: string }
  | { kind: "valence"; id: Valence }
  | { kind: "recommendation"; id: "recommendation" }
  | { kind: "excluded"; id: string };

export interface ImportReport {
  tool: string;
  input: string;
  facts: string[];
  mapped: { code: string; target: Target; how: string }[];
  unmapped: { code: string; selections: number; reason: string }[];
  excluded: { ref: string; reason: string }[];
  counts: { findings: number; recommendations: number; excluded: number; pendingTranslations: number; defaultValence: number };
  notes: string[];
}

export interface BuiltStudy {
  /** Relative path → contents. */
  files: Record<string, string | Uint8Array>;
  report: ImportReport;
  /** `findings.csv:<line>` → the segment it came from (for messages). */
  origins: Map<string, string>;
}

// ---------------------------------------------------------------- the codebook and matching

interface Codebook {
  dimensions: Dimension[];
  subcodes: Subcode[];
  stages: Stage[];
  actors: Actor[];
  texts: Record<string, string>;
}

function readTable<S extends z.ZodRawShape>(text: string, file: string, schema: z.ZodObject<S>): z.output<z.ZodObject<S>>[] {
  const result = parseCsv(text, file, schema);
  if (result.problems.length) throw new ImportError(result.problems);
  return result.rows.map((r) => r.value);
}

function loadCodebook(carried: Record<string, string>, codebookDir: string): Codebook {
  const texts: Record<string, string> = {};
  for (const name of ["dimensions.csv", "subcodes.csv", "stages.csv"]) {
    const key = `codebook/${name}`;
    const fromCarried = carried[key];
    const path = join(codebookDir, name);
    if (fromCarried !== undefined) texts[key] = fromCarried;
    else if (existsSync(path)) texts[key] = readFileSync(path, "utf-8");
    else throw new ImportError([{ file: path, line: 1, field: "file", message: "codebook file is missing (use --codebook <folder>)" }]);
  }
  return {
    dimensions: readTable(texts["codebook/dimensions.csv"]!, "codebook/dimensions.csv", dimensionSchema),
    subcodes: readTable(texts["codebook/subcodes.csv"]!, "codebook/subcodes.csv", subcodeSchema),
    stages: readTable(texts["codebook/stages.csv"]!, "codebook/stages.csv", stageSchema),
    actors: carried["actors.csv"] !== undefined ? readTable(carried["actors.csv"], "actors.csv", actorSchema) : [],
    texts
  };
}

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

function targetLabel(t: Target): string {
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

interface Resolution {
  targets: Map<string, Target[]>;
  how: Map<string, string>;
  unresolved: Map<string, string>;
}

function resolveCodes(codes: CodeInfo[], book: Codebook, map: MapEntry[] | undefined, mapFile: string): Resolution {
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
      unresolved.set(c.key, `no dimension, sub-code, stage or actor is named "${c.name}"; map it in a mapping file (--map)`);
    }
  }
  if (problems.length) throw new ImportError(problems);
  return { targets, how, unresolved };
}

// ---------------------------------------------------------------- building the tables

function slug(s: string, fallback: string): string {
  const out = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return out || fallback;
}

/** A safe, unique file name under source/ for a tool's source name. */
export function sourceFileName(name: string, taken: Set<string>): string {
  const base = slug(name.replace(/\.(txt|docx?|rtf|pdf|odt)$/i, ""), "source");
  let file = `${base}.txt`;
  for (let n = 2; taken.has(file); n++) file = `${base}-${n}.txt`;
  taken.add(file);
  return file;
}

/** The code points of a text and the code-point offsets where its lines start (computed once per source). */
function indexText(text: string): { chars: string[]; lineStarts: number[] } {
  const chars = Array.from(text);
  const lineStarts = [0];
  chars.forEach((c, i) => {
    if (c === "\n") lineStarts.push(i + 1);
  });
  return { chars, lineStarts };
}

/** The 1-based line holding a code-point offset (binary search). */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const FINDING_COLUMNS = Object.keys(findingSchema.shape) as (keyof Finding & string)[];
const RECOMMENDATION_COLUMNS = Object.keys(recommendationSchema.shape) as (keyof Recommendation & string)[];
const EXCLUDED_COLUMNS = Object.keys(excludedSchema.shape) as (keyof Excluded & string)[];
const ACTOR_COLUMNS = Object.keys(actorSchema.shape) as (keyof Actor & string)[];

/** Maps codes, makes the study's tables and the report. Pure: writes nothing. */
export function buildStudy(input: ImportInput, options: ImportOptions): BuiltStudy {
  const book = loadCodebook(input.carried, options.codebookDir);
  const resolution = resolveCodes(input.codes, book, options.map, options.mapFile ?? "mapping file");
  const codeByKey = new Map(input.codes.map((c) => [c.key, c]));
  const sourceText = new Map(input.sources.map((s) => [s.file, s.text]));
  const indexed = new Map(input.sources.map((s) => [s.file, indexText(s.text)]));
  const pending = (text: string) => (options.sourceLang === "en" ? text : `${TRANSLATION_PENDING} ${text}`);

  const findings: Finding[] = [];
  const recommendations: Recommendation[] = [];
  const excluded: Excluded[] = [];
  const excludedReport: ImportReport["excluded"] = [...input.skipped];
  const origins = new Map<string, string>();
  let pendingCount = 0;
  let defaultValence = 0;
  const usedIds = new Set<string>();
  const fresh: { kind: "F" | "R"; row: Finding | Recommendation }[] = [];

  const ordered = [...input.segments].sort((a, b) => (a.source === b.source ? a.start - b.start || a.end - b.end : 0));
  const sourceOrder = new Map(input.sources.map((s, i) => [s.file, i]));
  ordered.sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start || a.end - b.end);
  // Segments from our own export keep their file order (the description carries the ids).
  const own = input.segments.filter((s) => parseMeta(s.description));
  const others = ordered.filter((s) => !parseMeta(s.description));

  const textOf = (seg: Segment) => collapse((indexed.get(seg.source)?.chars ?? []).slice(seg.start, seg.end).join(""));
  const targetsOf = (seg: Segment) => {
    const ts: Target[] = [];
    const unmapped: string[] = [];
    for (const key of seg.codes) {
      const t = resolution.targets.get(key);
      if (t) {
        for (const x of t) if (!ts.some((y) => y.kind === x.kind && y.id === x.id)) ts.push(x);
      } else {
        unmapped.push(key);
      }
    }
    return { ts, unmapped };
  };
  const ids = <K extends Target["kind"]>(ts: Target[], kind: K) => ts.filter((t) => t.kind === kind).map((t) => t.id);
  const section = (seg: Segment) => `L${lineOf(indexed.get(seg.source)?.lineStarts ?? [0], seg.start)}`;

  for (const seg of own) {
    const meta = parseMeta(seg.description) as SegmentMeta;
    const { ts } = targetsOf(seg);
    const slice = textOf(seg);
    const source = sourceText.get(seg.source) ?? "";
    const keep = (claimed: string | undefined) => (claimed && !locate(source, seg.start, seg.end, claimed) ? claimed : slice);
    const dims = [...new Set([...ids(ts, "dimension"), ...ts.filter((t) => t.kind === "subcode").map((t) => (t as { dimension: string }).dimension)])];
    if (meta.kind === "excluded") {
      excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: keep(meta.text), reason: meta.reason || "excluded in the exported study" });
      continue;
    }
    const id = meta.id && !usedIds.has(meta.id) ? meta.id : "";
    if (id) usedIds.add(id);
    const textId = keep(meta.text_id);
    const textEn = meta.text_en || pending(textId);
    if (!meta.text_en) pendingCount++;
    if (meta.kind === "recommendation") {
      const row: Recommendation = {
        id, source: seg.source, section: meta.section || section(seg), item: meta.item || seg.item, start: seg.start, end: seg.end,
        dimension: dims[0] ?? "", answers: (meta.answers ?? "").split(";").filter(Boolean), actors: ids(ts, "actor"), text_id: textId, text_en: textEn
      };
      recommendations.push(row);
      if (!id) fresh.push({ kind: "R", row });
      origins.set(`recommendations.csv#${recommendations.length}`, seg.ref);
    } else {
      const valence = (ids(ts, "valence")[0] as Valence | undefined) ?? "neutral";
      if (!ids(ts, "valence").length) defaultValence++;
      const dimension = dims[0] ?? "";
      const row: Finding = {
        id, source: seg.source, section: meta.section || section(seg), item: meta.item || seg.item, start: seg.start, end: seg.end,
        dimension, subcodes: ts.filter((t) => t.kind === "subcode" && (!dimension || (t as { dimension: string }).dimension === dimension)).map((t) => t.id),
        valence, actors: ids(ts, "actor"), stages: ids(ts, "stage"), text_id: textId, text_en: textEn
      };
      findings.push(row);
      if (!id) fresh.push({ kind: "F", row });
      origins.set(`findings.csv#${findings.length}`, seg.ref);
    }
  }

  for (const seg of others) {
    const { ts, unmapped } = targetsOf(seg);
    const slice = textOf(seg);
    if (!slice) {
      excludedReport.push({ ref: seg.ref, reason: "the selection holds only whitespace" });
      continue;
    }
    const dims = [...new Set([...ids(ts, "dimension"), ...ts.filter((t) => t.kind === "subcode").map((t) => (t as { dimension: string }).dimension)])];
    if (!dims.length) {
      const reason = seg.codes.length === 0
        ? `Selection without a code in the QDA project${seg.description ? `. Memo: ${collapse(seg.description)}` : ""}.`
        : unmapped.length
          ? `Its codes are not mapped to a dimension: ${unmapped.map((k) => `"${codeByKey.get(k)?.path.join("/") ?? k}"`).join(", ")}.`
          : `Its codes map to no dimension (${ts.map(targetLabel).join(", ") || seg.codes.map((k) => resolution.unresolved.get(k)).filter(Boolean).join("; ") || "only excluded codes"}).`;
      excluded.push({ source: seg.source, start: seg.start, end: seg.end, text: slice, reason });
      excludedReport.push({ ref: seg.ref, reason });
      origins.set(`excluded.csv#${excluded.length}`, seg.ref);
      continue;
    }
    const valences = ids(ts, "valence") as Valence[];
    if (!valences.length) defaultValence++;
    if (ts.some((t) => t.kind === "recommendation")) {
      const row: Recommendation = {
        id: "", source: seg.source, section: section(seg), item: seg.item, start: seg.start, end: seg.end,
        dimension: dims[0]!, answers: [], actors: ids(ts, "actor"), text_id: slice, text_en: pending(slice)
      };
      pendingCount += options.sourceLang === "en" ? 0 : 1;
      recommendations.push(row);
      fresh.push({ kind: "R", row });
      origins.set(`recommendations.csv#${recommendations.length}`, seg.ref);
      continue;
    }
    // One finding per dimension the selection is coded with.
    for (const dimension of dims) {
      const row: Finding = {
        id: "", source: seg.source, section: section(seg), item: seg.item, start: seg.start, end: seg.end, dimension,
        subcodes: ts.filter((t) => t.kind === "subcode" && (t as { dimension: string }).dimension === dimension).map((t) => t.id),
        valence: valences[0] ?? "neutral", actors: ids(ts, "actor"), stages: ids(ts, "stage"), text_id: slice, text_en: pending(slice)
      };
      pendingCount += options.sourceLang === "en" ? 0 : 1;
      findings.push(row);
      fresh.push({ kind: "F", row });
      origins.set(`findings.csv#${findings.length}`, seg.ref);
    }
  }
  // Ids for new rows: F001…, R01…, skipping ids already used.
  for (const kind of ["F", "R"] as const) {
    const rows = fresh.filter((f) => f.kind === kind);
    const width = Math.max(2, String(rows.length).length);
    let n = 0;
    for (const f of rows) {
      let id: string;
      do id = `${kind}${String(++n).padStart(width, "0")}`;
      while (usedIds.has(id));
      usedIds.add(id);
      f.row.id = id;
    }
  }

  // The tables.
  const files: Record<string, string | Uint8Array> = {};
  for (const [k, v] of Object.entries(book.texts)) files[k] = v;
  for (const f of CARRIED_FILES) if (input.carried[f] !== undefined && !f.startsWith("codebook/")) files[f] = input.carried[f];
  files["findings.csv"] = input.findingsCsv ?? toCsv(findings, FINDING_COLUMNS);
  files["recommendations.csv"] = toCsv(recommendations, RECOMMENDATION_COLUMNS);
  files["excluded.csv"] = toCsv(excluded, EXCLUDED_COLUMNS);
  if (files["actors.csv"] === undefined) files["actors.csv"] = toCsv([], ACTOR_COLUMNS);
  if (files["channels.csv"] === undefined) files["channels.csv"] = "id,from,to,channel,label_id,label_en,dimension,findings\n";
  if (options.privateNames?.length) files["private-names.txt"] = options.privateNames.join("\n") + "\n";
  for (const s of input.sources) files[`source/${s.file}`] = s.bytes;
  if (files["source/SOURCE.md"] === undefined) {
    files["source/SOURCE.md"] = [
      "# Sources",
      "",
      `Imported by \`npm run study -- import\` from \`${input.inputName}\` (${input.tool}). Each file is the coded text as the export`,
      "holds it, byte for byte; the locators in the tables are offsets in Unicode code points into these files.",
      "",
      ...input.sources.map((s) => `- \`${s.file}\`: ${s.provenance} (${Array.from(s.text).length} code points; SHA-256 \`${sha256(s.bytes)}\`)`),
      ""
    ].join("\n");
  }
  if (files["study.json"] === undefined) {
    const codebookMeta = (() => {
      const path = join(options.codebookDir, "..", "study.json");
      try {
        return (JSON.parse(readFileSync(path, "utf-8")) as { framework?: unknown }).framework;
      } catch {
        return undefined;
      }
    })();
    files["study.json"] = JSON.stringify(
      defaultStudyJson({ id: slug(input.projectName, "imported-study"), projectName: input.projectName, inputName: input.inputName, tool: input.tool, sources: input.sources, framework: codebookMeta, sourceKind: options.sourceKind }),
      null,
      2
    ) + "\n";
    files["prose/README.md"] = PROSE_README;
  }

  const report: ImportReport = {
    tool: input.tool,
    input: input.inputName,
    facts: input.facts,
    mapped: [...resolution.targets.entries()].flatMap(([key, ts]) =>
      ts.map((t) => ({ code: codeByKey.get(key)?.path.join("/") ?? key, target: t, how: resolution.how.get(key) ?? "" }))
    ),
    unmapped: [...resolution.unresolved.entries()].map(([key, reason]) => ({
      code: codeByKey.get(key)?.path.join("/") ?? key,
      selections: input.segments.filter((seg) => seg.codes.includes(key)).length,
      reason
    })),
    excluded: excludedReport,
    counts: { findings: findings.length, recommendations: recommendations.length, excluded: excluded.length, pendingTranslations: pendingCount, defaultValence },
    notes: []
  };
  if (pendingCount) report.notes.push(`${pendingCount} segment(s) have no English translation yet: their text_en reads "${TRANSLATION_PENDING} " followed by the original text. Replace it with a translation.`);
  if (defaultValence) report.notes.push(`${defaultValence} segment(s) carry no valence code (strength, gap, neutral): they were set to "neutral". Code the valence in your tool, or edit findings.csv.`);
  if (files["study.json"] && input.carried["study.json"] === undefined) {
    report.notes.push("study.json was generated: fill in the place, what was coded, and the author, year and institution if the study states them (leave null what it does not).");
    report.notes.push(...defaultNotes(options.sourceKind));
  }
  // Line numbers: one record per line (no text field holds a line break).
  const lineOrigins = new Map<string, string>();
  for (const [k, v] of origins) {
    const [file, n] = k.split("#");
    lineOrigins.set(`${file}:${Number(n) + 1}`, v);
  }
  return { files, report, origins: lineOrigins };
}

/** The report as Markdown (written as import-report.md beside the study). */
export function reportMarkdown(r: ImportReport): string {
  const lines = [
    `# Import report`,
    "",
    `From \`${r.input}\` (${r.tool}).`,
    "",
    "## The input",
    ...r.facts.map((f) => `- ${f}`),
    "",
    "## Result",
    `- ${r.counts.findings} findings, ${r.counts.recommendations} recommendations, ${r.counts.excluded} excluded segments`,
    ...r.notes.map((n) => `- ${n}`),
    "",
    "## Codes mapped to the codebook",
    ...(r.mapped.length ? r.mapped.map((m) => `- \`${m.code}\` → ${targetLabel(m.target)} (by ${m.how})`) : ["- none"]),
    "",
    "## Codes not mapped",
    ...(r.unmapped.length ? r.unmapped.map((u) => `- \`${u.code}\`: applied to ${u.selections} selection(s). ${u.reason}`) : ["- none"]),
    "",
    "## Selections not imported as findings",
    ...(r.excluded.length ? r.excluded.map((e) => `- ${e.ref}: ${e.reason}`) : ["- none"]),
    ""
  ];
  return lines.join("\n");
}

// ---------------------------------------------------------------- writing

export interface WriteResult {
  problems: Problem[];
  written: boolean;
}

/**
 * Writes the study into `out` atomically: into a temporary folder beside it, validated with
 * readStudy + checkStudy, then renamed into place. With problems nothing is written unless
 * `keepInvalid`. `out` must not exist (or be an empty folder) unless `force`.
 */
export function writeStudyFolder(
  built: BuiltStudy,
  out: string,
  options: { force?: boolean; keepInvalid?: boolean; report?: string } = {}
): WriteResult {
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length && !options.force) {
    return { written: false, problems: [{ file: out, line: 1, field: "--out", message: "the folder exists and is not empty (choose a new folder, or pass --force to replace it)" }] };
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}.import-`));
  try {
    for (const [rel, contents] of Object.entries(built.files)) {
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, contents);
    }
    if (options.report !== undefined) writeFileSync(join(tmp, "import-report.md"), options.report);
    const { study, problems } = validateStudy(tmp);
    for (const p of problems) {
      const from = built.origins.get(`${p.file}:${p.line}`);
      if (from) p.message += ` [from ${from}]`;
    }
    if (problems.length && !options.keepInvalid) {
      rmSync(tmp, { recursive: true, force: true });
      return { written: false, problems };
    }
    if (existsSync(target)) {
      const old = `${tmp}.old`;
      renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, target);
    return { written: true, problems };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

// ---------------------------------------------------------------- REFI-QDA (.qdpx)

/** Decodes a source file's bytes: UTF-8 only, BOM dropped. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const good = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const line = good.slice(0, good.indexOf("\uFFFD")).split("\n").length;
    throw new ImportError([{ file, line, field: "encoding", message: "the source text is not valid UTF-8 (save it as UTF-8 in your tool and export again)" }]);
  }
}

/** Reads a .qdpx (or a bare project.qde) into an ImportInput. Throws ImportError with located problems. */
export function readQdpx(bytes: Uint8Array, inputName: string, options: Pick<ImportOptions, "crlf" | "progress" | "limits"> = {}): { input: ImportInput; project: QdaProject } {
  const progress = options.progress ?? (() => undefined);
  let entries: { name: string; bytes: Uint8Array }[];
  // A bare .qde keeps its own name in errors; inside an archive, errors name project.qde.
  let qdeName = /\.qde$/i.test(inputName) ? inputName : "project.qde";
  try {
    if (/\.qde$/i.test(inputName)) entries = [{ name: qdeName, bytes }];
    else {
      progress(`unpacking ${inputName} (${bytes.length} bytes)`);
      entries = safeUnzip(bytes, options.limits);
    }
  } catch (error) {
    if (error instanceof ZipError) throw new ImportError([{ file: inputName, line: 1, field: "zip", message: error.message }]);
    throw error;
  }
  const qdeEntry = entries.find((e) => e.name === "project.qde") ?? entries.find((e) => /(^|\/)[^/]*\.qde$/i.test(e.name) && !e.name.includes("/"));
  if (!qdeEntry) throw new ImportError([{ file: inputName, line: 1, field: "project.qde", message: "the archive holds no project.qde (is this a REFI-QDA .qdpx export?)" }]);
  qdeName = qdeEntry.name;
  let project: QdaProject;
  try {
    progress(`reading ${qdeName}`);
    project = parseQde(decodeQde(qdeEntry.bytes, qdeName), qdeName);
  } catch (error) {
    if (error instanceof QdeError) throw new ImportError([error.problem]);
    throw error;
  }
  const tool = project.origin ? project.origin : "a REFI-QDA tool (no origin stated)";
  const facts: string[] = [];
  const skipped: ImportInput["skipped"] = [];
  const codesAll = allCodes(project.codes);
  facts.push(`QDA-XML namespace version ${project.version || "(none)"}; project "${project.name}"`);
  facts.push(`${codesAll.length} codes (${codesAll.filter((c) => !c.isCodable).length} categories not codable), ${project.textSources.length} text sources, ${project.textSources.reduce((n, s) => n + s.selections.length, 0)} selections`);
  facts.push(`${project.users.length} users, ${project.cases.length} cases, ${project.variables.length} variables, ${project.notes.length} notes (cases, variables and memos are not copied into the study: informants appear only by pseudonymous ids)`);
  if (project.otherSources.length) facts.push(`${project.otherSources.length} non-text sources not imported (${[...new Set(project.otherSources.map((s) => s.kind))].join(", ")})`);
  for (const p of project.problems) facts.push(`warning: ${p.file}:${p.line}: ${p.field}: ${p.message}`);

  // Carried study files (our own export).
  const carried: Record<string, string> = {};
  for (const note of project.notes) {
    if (!note.name?.startsWith(NOTE_PREFIX)) continue;
    const rel = note.name.slice(NOTE_PREFIX.length);
    if ((CARRIED_FILES as readonly string[]).includes(rel) && note.content !== undefined) carried[rel] = note.content;
  }
  if (Object.keys(carried).length) facts.push(`carries ${Object.keys(carried).length} study files as notes (${Object.keys(carried).join(", ")})`);

  const problems: Problem[] = [];
  const sources: ImportSource[] = [];
  const segments: Segment[] = [];
  const taken = new Set<string>();
  const carriedSources = (() => {
    try {
      return carried["study.json"] ? ((JSON.parse(carried["study.json"]) as { sources?: { file: string; title: string; provenance: string }[] }).sources ?? []) : [];
    } catch {
      return [];
    }
  })();
  for (const [i, src] of project.textSources.entries()) {
    progress(`source ${i + 1}/${project.textSources.length}: ${src.name}`);
    let raw: Uint8Array;
    let where: string;
    if (src.content !== undefined) {
      raw = new TextEncoder().encode(src.content);
      where = "PlainTextContent";
    } else if (src.plainTextPath) {
      const m = /^internal:\/\/(.+)$/i.exec(src.plainTextPath.trim());
      if (!m) {
        problems.push({ file: qdeName, line: src.line, field: "TextSource.plainTextPath", message: `source "${src.name}" is linked outside the archive (${src.plainTextPath}); export the project with its sources embedded` });
        continue;
      }
      const inner = decodeURIComponent(m[1]!);
      const entry = findEntry(entries, `Sources/${inner}`);
      if (!entry) {
        problems.push({ file: qdeName, line: src.line, field: "TextSource.plainTextPath", message: `source "${src.name}" (${src.plainTextPath}) is not in the archive's Sources/ folder` });
        continue;
      }
      raw = entry.bytes;
      where = entry.name;
    } else continue;
    let text: string;
    try {
      text = decodeSource(raw, where);
    } catch (error) {
      if (error instanceof ImportError) problems.push(...error.problems);
      else throw error;
      continue;
    }
    const own = carriedSources.find((s) => s.file === src.name);
    const file = own && !taken.has(own.file) ? (taken.add(own.file), own.file) : sourceFileName(src.name, taken);
    sources.push({
      file,
      title: own?.title ?? src.name,
      provenance: own?.provenance ?? `Text source "${src.name}" (GUID ${src.guid}) of the REFI-QDA export ${inputName}, made with ${tool}; copied from ${where}.`,
      bytes: raw,
      text
    });
    const t = positioned(text);
    const decided = options.crlf && options.crlf !== "auto" ? { mode: options.crlf, reason: "chosen with --crlf" } : decideCrlf(t, src.selections, project.origin);
    if (t.hasCrlf) facts.push(`"${src.name}": CRLF line ends counted as ${decided.mode} character(s) (${decided.reason})`);
    for (const sel of src.selections) {
      const start = toFileOffset(t, sel.start, decided.mode);
      const end = toFileOffset(t, sel.end, decided.mode);
      if (start === undefined || end === undefined || end <= start) {
        const reason = `positions ${sel.start}-${sel.end} do not fit the text of "${src.name}" (${t.chars.length} characters)`;
        skipped.push({ ref: `selection ${sel.guid} (${qdeName}:${sel.line})`, reason });
        continue;
      }
      segments.push({
        ref: `selection ${sel.guid} (${qdeName}:${sel.line})`,
        item: sel.guid,
        source: file,
        start,
        end,
        codes: sel.codes,
        name: sel.name,
        description: sel.description
      });
    }
    if (src.codes.length) facts.push(`"${src.name}" has ${src.codes.length} code(s) applied to the whole source: not imported (code passages, not whole documents)`);
  }
  if (problems.length) throw new ImportError(problems);
  if (!sources.length) throw new ImportError([{ file: qdeName, line: 1, field: "Sources", message: "the project has no text source with its text in the archive: nothing to import" }]);
  const codes: CodeInfo[] = codesAll.map((c) => ({ key: c.guid, name: c.name, path: c.path, guid: c.guid, isCodable: c.isCodable, parent: c.parent }));
  return {
    project,
    input: { tool, inputName, projectName: project.name, sources, codes, segments, carried, facts, skipped }
  };
}
