/** What a page loads, by kind, raw and gzipped (node:zlib level 9), from the files on disk. */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { gzipSync } from "node:zlib";

export const KINDS = ["js", "css", "data", "wasm", "html", "other"] as const;
export type Kind = (typeof KINDS)[number];

const DATA = new Set([".csv", ".tsv", ".json", ".arrow", ".parquet", ".txt", ".zip", ".qdpx", ".xlsx", ".sqlite"]);

/** The kind of a file from its name: scripts, stylesheets, data, WebAssembly, pages, or other (images, fonts). */
export function kindOf(path: string): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === ".js" || ext === ".mjs") return "js";
  if (ext === ".css") return "css";
  if (ext === ".wasm") return "wasm";
  if (ext === ".html") return "html";
  if (DATA.has(ext)) return "data";
  return "other";
}

export interface Size {
  raw: number;
  gzip: number;
}

export interface SizedFile extends Size {
  /** Path inside dist/, with `/`. */
  path: string;
  kind: Kind;
}

const sizes = new Map<string, Size>();

/** Raw and gzip -9 size of a file (cached by path: the files do not change during a run). */
export function sizeOf(file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(file);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

export type Totals = Record<Kind | "total", Size>;

/** Sums by kind and overall. */
export function totals(files: readonly SizedFile[]): Totals {
  const out = Object.fromEntries([...KINDS, "total"].map((k) => [k, { raw: 0, gzip: 0 }])) as Totals;
  for (const f of files) {
    for (const key of [f.kind, "total"] as const) {
      out[key].raw += f.raw;
      out[key].gzip += f.gzip;
    }
  }
  return out;
}

/** Whether a URL path is part of DuckDB-wasm (its Framework client, the library, its worker or wasm). */
export function isDuckdb(path: string): boolean {
  return /@duckdb\/duckdb-wasm|(^|\/)_observablehq\/stdlib\/duckdb\.|duckdb-(mvp|eh|coi)\.wasm/.test(path);
}
