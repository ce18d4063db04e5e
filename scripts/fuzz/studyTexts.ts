/**
 * Every text a study folder holds, rewritten in place by one function: the study's words in every
 * table of the registry (STUDY_TABLES: each string column but those whose role is `ref`), the
 * source texts where a `verbatim` column must stand (the new words are written into the source at
 * the row's offsets, and every offset after them moves), every string of study.json (walked from
 * its schema; values marked `ref` are kept), the prose files, the public figures' tables, words
 * and brief choice, and the second coders' names. Used to build a study whose every field carries
 * hostile text (tests/fixtures/hostile.ts) and random text (npm run fuzz, the rendering family).
 *
 * A column added to the registry or a key added to a schema is rewritten with no other edit.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { METRICS_FILES } from "../../loaders/metrics/load.js";
import { conflictSchema, dimensionLinkSchema, droppedSchema, indicatorSchema, observationSchema, sourceSchema } from "../../loaders/metrics/schema.js";
import { STUDY_FILES } from "../../loaders/study/load.js";
import { STUDY_TABLES, studyMetaSchema } from "../../loaders/study/schema.js";
import type { FieldRole } from "../../loaders/table.js";
import { toCsv } from "../../src/shared/csv.js";
import { LANGS } from "../../src/shared/i18n/index.js";
import { PROSE_NAMES } from "../../src/shared/prose.js";

/** One field of a study folder: a file (relative to the folder) and a column or key path in it. */
export interface TextField {
  file: string;
  field: string;
}

/** What a rewritten value must be: words, an http(s) address, or a file name. */
export type TextKind = "text" | "url" | "name";

/** The new value of one field (the same field may be asked for many rows). */
export type Rewrite = (at: TextField, value: string, kind: TextKind) => string;

type Record_ = Record<string, string>;

function readCsv(path: string): { columns: string[]; rows: Record_[] } {
  const text = readFileSync(path, "utf-8").replace(/^\uFEFF/, "");
  const rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: false }) as Record_[];
  const columns = (parse(text, { to_line: 1 }) as string[][])[0] ?? [];
  return { columns, rows };
}

const accepts = (schema: z.ZodType, value: string) => schema.safeParse(value).success;

/** The rewritten value when the column's schema takes it (words first, then an address); else the value unchanged. */
function rewriteValue(schema: z.ZodType, at: TextField, value: string, rewrite: Rewrite): string {
  for (const kind of ["text", "url"] as const) {
    if (kind === "url" && !accepts(schema, "https://example.org/x")) continue;
    const next = rewrite(at, value, kind);
    if (accepts(schema, next)) return next;
  }
  return value;
}

interface Table {
  file: string;
  fields: Record<string, { schema: z.ZodType; role?: FieldRole | undefined }>;
}

/** The registry's tables that live in files, and the public figures' tables (under metrics/). */
function tables(): Table[] {
  const study = Object.entries(STUDY_TABLES).flatMap(([name, table]) => {
    const file = (STUDY_FILES as Record<string, string>)[name];
    return file ? [{ file, fields: table.fields as Table["fields"] }] : [];
  });
  const shape = (s: z.ZodObject) => Object.fromEntries(Object.entries(s.shape).map(([k, v]) => [k, { schema: v as z.ZodType }]));
  const metrics = { indicators: indicatorSchema, observations: observationSchema, sources: sourceSchema, conflicts: conflictSchema, links: dimensionLinkSchema, dropped: droppedSchema };
  return [...study, ...Object.entries(metrics).map(([k, s]) => ({ file: `metrics/${METRICS_FILES[k as keyof typeof METRICS_FILES]}`, fields: shape(s) }))];
}

/** A text inserted into a source before a code point offset. */
interface Insertion {
  at: number;
  text: string;
}

/**
 * An offset moved past the insertions before it. Words inserted at a segment's start stand inside
 * it (its start stays, its end moves); words inserted at its end belong to the next one.
 */
function shifted(offset: number, insertions: readonly Insertion[]): number {
  let out = offset;
  for (const i of insertions) if (i.at < offset) out += Array.from(i.text).length;
  return out;
}

function insertAll(source: string, insertions: readonly Insertion[]): string {
  const chars = Array.from(source);
  for (const i of [...insertions].sort((a, b) => b.at - a.at)) chars.splice(i.at, 0, ...Array.from(i.text));
  return chars.join("");
}

/** Rewrites the tables; the verbatim columns' new words go into the sources. */
function rewriteTables(dir: string, rewrite: Rewrite, seen: TextField[]): Map<string, string> {
  const all = tables().filter((t) => existsSync(join(dir, t.file)));
  const read = new Map(all.map((t) => [t.file, { table: t, ...readCsv(join(dir, t.file)) }]));
  // Words to stand before each verbatim row, by source and offset.
  const insertions = new Map<string, Insertion[]>();
  for (const { table, rows } of read.values()) {
    for (const [field, def] of Object.entries(table.fields)) {
      if (def.role !== "verbatim") continue;
      const at = { file: table.file, field };
      seen.push(at);
      const words = `${rewrite(at, "", "text").trim()} `;
      for (const row of rows) {
        const list = insertions.get(row.source!) ?? [];
        if (!list.some((i) => i.at === Number(row.start) && i.text === words)) list.push({ at: Number(row.start), text: words });
        insertions.set(row.source!, list);
      }
    }
  }
  const located = (t: { rows: Record_[] }) => t.rows.filter((r) => r.source !== undefined && r.start !== undefined && r.end !== undefined);
  const before = (source: string, start: number) => (insertions.get(source) ?? []).filter((i) => i.at === start).map((i) => i.text).join("");
  for (const t of read.values()) {
    for (const row of located(t)) {
      const list = insertions.get(row.source!) ?? [];
      const start = Number(row.start);
      const lead = before(row.source!, start);
      for (const [field, def] of Object.entries(t.table.fields)) if (def.role === "verbatim") row[field] = `${lead}${row[field]}`;
      row.end = String(shifted(Number(row.end), list));
      row.start = String(shifted(start, list));
    }
  }
  // The sources themselves, and the second coders' segments, which point into them.
  for (const [source, list] of insertions) {
    const path = join(dir, "source", source);
    if (existsSync(path)) writeFileSync(path, insertAll(readFileSync(path, "utf-8"), list));
  }
  const coders = join(dir, "coders");
  if (existsSync(coders)) {
    for (const name of readdirSync(coders).filter((n) => n.endsWith(".csv"))) {
      const { columns, rows } = readCsv(join(coders, name));
      for (const row of rows) {
        const list = insertions.get(row.source!) ?? [];
        row.start = String(shifted(Number(row.start), list));
        row.end = String(shifted(Number(row.end), list));
      }
      writeFileSync(join(coders, name), toCsv(rows, columns));
    }
  }
  // Every other text column: the study's words.
  const renamed = new Map<string, string>();
  for (const { table, columns, rows } of read.values()) {
    for (const [field, def] of Object.entries(table.fields)) {
      if (def.role || !columns.includes(field)) continue;
      const at = { file: table.file, field };
      let used = false;
      for (const row of rows) {
        const next = rewriteValue(def.schema, at, row[field] ?? "", rewrite);
        if (next !== row[field]) {
          used = true;
          if (table.file.endsWith("observations.csv") && field === "geography") renamed.set(row[field]!, next);
          row[field] = next;
        }
      }
      if (used) seen.push(at);
    }
    writeFileSync(join(dir, table.file), toCsv(rows, columns));
  }
  return renamed;
}

/** study.json walked from its schema: each string rewritten, each value marked `ref` kept; absent optional words created. */
function rewriteJson(schema: z.ZodType, value: unknown, at: TextField, rewrite: Rewrite, seen: TextField[]): unknown {
  if ((z.globalRegistry.get(schema) as { role?: string } | undefined)?.role === "ref") return value;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = def.innerType as z.ZodType | undefined;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
      return rewriteJson(inner!, value === null && def.type === "nullable" ? undefined : value, at, rewrite, seen);
    case "string": {
      const next = rewrite(at, typeof value === "string" ? value : "", "text");
      if (!accepts(schema, next)) return value;
      seen.push(at);
      return next;
    }
    case "union": {
      const text = (def.options as z.ZodType[]).find((o) => accepts(o, "x"));
      return text ? rewriteJson(text, typeof value === "string" ? value : undefined, at, rewrite, seen) : value;
    }
    case "array":
      return Array.isArray(value) ? value.map((v) => rewriteJson(def.element as z.ZodType, v, at, rewrite, seen)) : value;
    case "object": {
      const shape = (def.shape ?? {}) as Record<string, z.ZodType>;
      // An absent object is made only when it names nothing else (its words alone are needed).
      if (value === undefined && Object.values(shape).some((s) => (z.globalRegistry.get(s) as { role?: string } | undefined)?.role === "ref")) return undefined;
      const source = (value ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = { ...source };
      for (const [key, s] of Object.entries(shape)) {
        const next = rewriteJson(s, source[key], { file: at.file, field: at.field ? `${at.field}.${key}` : key }, rewrite, seen);
        if (next !== undefined) out[key] = next;
      }
      return out;
    }
    default:
      return value;
  }
}

/** Every string of a plain JSON value (metrics/text.json). */
function rewriteStrings(value: unknown, at: TextField, rewrite: Rewrite, seen: TextField[]): unknown {
  if (typeof value === "string") {
    seen.push(at);
    return rewrite(at, value, "text");
  }
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, at, rewrite, seen));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteStrings(v, { file: at.file, field: at.field ? `${at.field}.${k}` : k }, rewrite, seen)]));
  }
  return value;
}

function rewriteJsonFile(path: string, edit: (json: unknown) => unknown): void {
  if (existsSync(path)) writeFileSync(path, `${JSON.stringify(edit(JSON.parse(readFileSync(path, "utf-8"))), null, 2)}\n`);
}

/**
 * Rewrites every text of the study folder `dir` in place with `rewrite`; returns each field
 * rewritten, once, in the order first met.
 */
export function rewriteStudyTexts(dir: string, rewrite: Rewrite): TextField[] {
  const seen: TextField[] = [];
  const places = rewriteTables(dir, rewrite, seen);
  rewriteJsonFile(join(dir, "study.json"), (json) => rewriteJson(studyMetaSchema, json, { file: "study.json", field: "" }, rewrite, seen));
  for (const name of PROSE_NAMES) {
    for (const lang of LANGS) {
      const file = `prose/${name}.${lang}.md`;
      const at = { file, field: "text" };
      seen.push(at);
      writeFileSync(join(dir, file), `${rewrite(at, "Paragraf.", "text")}\n\n- ${rewrite(at, "butir", "text")}\n`);
    }
  }
  rewriteJsonFile(join(dir, "metrics/text.json"), (json) => rewriteStrings(json, { file: "metrics/text.json", field: "" }, rewrite, seen));
  // The brief's choice names places and surveys of the figures: it follows their new names.
  rewriteJsonFile(join(dir, "metrics/brief.json"), (json) => {
    const brief = json as Record<string, unknown> & { places: string[]; target_geography: string; method_label: string };
    const at = { file: "metrics/brief.json", field: "method_label" };
    seen.push(at);
    return { ...brief, places: brief.places.map((p) => places.get(p) ?? p), target_geography: places.get(brief.target_geography) ?? brief.target_geography, method_label: rewrite(at, brief.method_label, "text") };
  });
  const coders = join(dir, "coders");
  if (existsSync(coders)) {
    for (const name of readdirSync(coders).filter((n) => n.endsWith(".csv"))) {
      const at = { file: "coders/", field: "name" };
      seen.push(at);
      const next = rewrite(at, name.slice(0, -4), "name").replace(/[/\u0000]/g, "");
      renameSync(join(coders, name), join(coders, `${next}.csv`));
    }
  }
  const unique = new Map(seen.map((f) => [`${f.file}\u0000${f.field}`, f]));
  return [...unique.values()];
}
