/**
 * Malformed folders (a study folder, a metrics folder): a valid base folder with a few edits laid
 * over it — text mutations of one file, an encoding, a removed file, an added file, or a JSON edit
 * of study.json. Only the edited files are written over a copy of the base.
 */
import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { filesUnder } from "../../loaders/walk.js";
import { applyByteOp, applyTextOp, byteOp, textOp, tokens, value, AWKWARD, type ByteOp, type TextOp } from "./mutate.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export type FolderEdit =
  | { file: string; ops: TextOp[]; bytes?: ByteOp }
  | { file: string; remove: true }
  | { file: string; add: string }
  | { file: string; json: { path: number; to?: Json } };

export interface FolderInput {
  edits: FolderEdit[];
}

export interface Folder {
  base: string;
  /** Relative path → text of every file of the base. */
  texts: Map<string, string>;
  arbitrary: fc.Arbitrary<FolderInput>;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1.5, "", [], {}, [{}], { file: "" }),
  fc.constantFrom(...AWKWARD),
  fc.constantFrom<Json>(
    [{ file: ".", title: "t", provenance: "p" }],
    [{ file: "../study.json", title: "t", provenance: "p" }],
    [{ file: "codebook", title: "t", provenance: "p" }],
    [{ file: "mini.txt", title: "t", provenance: "p" }, { file: "mini.txt", title: "t", provenance: "p" }],
    { finding: "F404", text_en: "x", text_id: "x" },
    { citation: 1, isbn: [] }
  )
);

/** A folder family over `base`; `extra` names files a folder may hold but the base lacks. */
export function folder(base: string, extra: Record<string, string[]> = {}): Folder {
  const texts = new Map<string, string>();
  for (const file of filesUnder(base)) texts.set(file, readFileSync(join(base, file), "utf-8"));
  const files = [...texts.keys()];
  const csvs = files.filter((f) => f.endsWith(".csv") || f.endsWith(".txt"));
  const pool = tokens([...texts.values()]);
  const jsons = files.filter((f) => f.endsWith(".json"));
  const addable = Object.keys(extra);
  const edit: fc.Arbitrary<FolderEdit> = fc.oneof(
    { weight: 12, arbitrary: fc.record({ file: fc.constantFrom(...csvs), ops: fc.array(textOp(pool), { minLength: 1, maxLength: 3 }) }) },
    { weight: 2, arbitrary: fc.record({ file: fc.constantFrom(...csvs), ops: fc.array(textOp(pool), { maxLength: 1 }), bytes: byteOp }) },
    { weight: 1, arbitrary: fc.record({ file: fc.constantFrom(...files), remove: fc.constant(true as const) }) },
    ...(addable.length
      ? [{ weight: 2, arbitrary: fc.constantFrom(...addable).chain((file) => fc.record({ file: fc.constant(file), add: fc.oneof(fc.constantFrom(...extra[file]!), value(pool)) })) }]
      : []),
    ...(jsons.length
      ? [
          { weight: 3, arbitrary: fc.record({ file: fc.constantFrom(...jsons), json: fc.record({ path: fc.nat({ max: 100 }), to: fc.option(jsonValue, { nil: undefined }) }) }) },
          { weight: 2, arbitrary: fc.record({ file: fc.constantFrom(...jsons), ops: fc.array(textOp(pool), { minLength: 1, maxLength: 2 }) }) }
        ]
      : [])
  );
  return { base, texts, arbitrary: fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }) };
}

/** Every path (key chain) of a JSON value, depth first. */
function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== "object") return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...prefix, k], ...paths((v as Record<string | number, Json>)[k]!, [...prefix, k])]);
}

function editJson(text: string, path: number, to: Json | undefined): string {
  const root = JSON.parse(text) as Json;
  const all = paths(root);
  if (!all.length) return text;
  const chain = all[path % all.length]!;
  let parent = root as Record<string | number, Json>;
  for (const k of chain.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = chain[chain.length - 1]!;
  if (to === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = to;
  return JSON.stringify(root, null, 2) + "\n";
}

/** The edited files (bytes) and the removed ones. */
export function applyEdits(f: Folder, input: FolderInput): { files: Map<string, Uint8Array>; removed: string[] } {
  const texts = new Map<string, string | undefined>();
  const bytes = new Map<string, ByteOp | undefined>();
  const current = (file: string) => (texts.has(file) ? texts.get(file) : f.texts.get(file));
  for (const e of input.edits) {
    if ("remove" in e) texts.set(e.file, undefined);
    else if ("add" in e) texts.set(e.file, e.add);
    else if ("json" in e) {
      const text = current(e.file);
      if (text === undefined) continue;
      try {
        texts.set(e.file, editJson(text, e.json.path, e.json.to));
      } catch {
        // An earlier edit already broke the JSON: this edit does nothing.
      }
    } else {
      const text = current(e.file);
      if (text === undefined) continue;
      texts.set(e.file, e.ops.reduce(applyTextOp, text));
      if (e.bytes) bytes.set(e.file, e.bytes);
    }
  }
  const files = new Map<string, Uint8Array>();
  const removed: string[] = [];
  for (const [file, text] of texts) {
    if (text === undefined) {
      if (f.texts.has(file)) removed.push(file);
    } else files.set(file, applyByteOp(text, bytes.get(file)));
  }
  return { files, removed };
}

/** Lays the base and the edits out in `dir`. */
export function writeFolder(f: Folder, input: FolderInput, dir: string): { files: Map<string, Uint8Array>; removed: string[] } {
  const result = applyEdits(f, input);
  cpSync(f.base, dir, { recursive: true });
  for (const file of result.removed) rmSync(join(dir, file), { force: true });
  for (const [file, content] of result.files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return result;
}

/** The edits as the files a bad-input case lays over its base. */
export function folderFixture(f: Folder, input: FolderInput): { files: Record<string, Uint8Array>; delete?: string[] } {
  const { files, removed } = applyEdits(f, input);
  return { files: Object.fromEntries(files), ...(removed.length ? { delete: removed } : {}) };
}
