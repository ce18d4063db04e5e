/**
 * Places a CSV export's coded passages in their documents: each passage is found in the document's
 * text (exactly, else with whitespace folded) when `--sources` gives the documents; a document not
 * given is replaced by an excerpts file compiled from its coded passages, labelled as such.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Problem } from "../../errors.js";
import { decodeSource } from "../import/qdpx.js";
import { shortName, sourceFileName } from "../import/names.js";
import { ImportError, type ImportSource, type Segment } from "../import/types.js";
import { collapse } from "../text.js";

/** One distinct coded passage of a document, with every row it came from. */
export interface Passage {
  key: string;
  document: string;
  text: string;
  codes: string[];
  memo?: string;
  /** The rows it came from (`file.csv:3 (ctid:1)`). */
  refs: string[];
}

/** Finds a document's text file in `dir`: exact name, name + .txt, or the name's stem + .txt, case-insensitively. */
export function documentFile(dir: string, document: string): string | undefined {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  const stem = document.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  for (const want of [document, `${document}.txt`, `${stem}.txt`]) {
    const hit = names.find((n) => n === want) ?? names.find((n) => n.toLowerCase() === want.toLowerCase());
    if (hit) return join(dir, hit);
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every UTF-16 index at which `needle` stands in `hay`, exactly or with whitespace runs folded. */
function occurrences(hay: string, needle: string): { index: number; length: number }[] {
  const out: { index: number; length: number }[] = [];
  for (let i = hay.indexOf(needle); needle && i >= 0; i = hay.indexOf(needle, i + 1)) out.push({ index: i, length: needle.length });
  if (out.length) return out;
  const words = collapse(needle).split(" ").filter(Boolean);
  if (!words.length) return out;
  const re = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  for (const m of hay.matchAll(re)) out.push({ index: m.index ?? 0, length: m[0].length });
  return out;
}

const cpLength = (s: string) => Array.from(s).length;


export interface Placed {
  sources: ImportSource[];
  segments: Segment[];
  /** Passage key → its span (what a case's selection is). */
  spans: Map<string, { source: string; start: number; end: number }>;
  /** Document → its file under source/. */
  files: Map<string, string>;
  facts: string[];
  skipped: { ref: string; reason: string }[];
}

/** Places the passages of each document (in `byDocument`) in its text, or in an excerpts file. */
export function placePassages(byDocument: ReadonlyMap<string, Passage[]>, file: string, tool: string, sourcesDir: string | undefined): Placed {
  const out: Placed = { sources: [], segments: [], spans: new Map(), files: new Map(), facts: [], skipped: [] };
  const taken = new Set<string>();
  const problems: Problem[] = [];
  const add = (g: Passage, source: string, start: number, end: number) => {
    out.segments.push({ ref: g.refs.join(", "), source, start, end, codes: g.codes, description: g.memo });
    out.spans.set(g.key, { source, start, end });
  };
  for (const [document, list] of byDocument) {
    const path = sourcesDir && existsSync(sourcesDir) ? documentFile(sourcesDir, document) : undefined;
    if (path) {
      const raw = new Uint8Array(readFileSync(path));
      let text: string;
      try {
        text = decodeSource(raw, basename(path));
      } catch (error) {
        if (error instanceof ImportError) problems.push(...error.problems);
        continue;
      }
      const name = sourceFileName(document, taken);
      out.files.set(document, name);
      out.sources.push({ file: name, title: document, short: shortName(document), provenance: `Document "${document}" (${basename(path)}) coded in ${tool}; its coded passages are from ${file}.`, bytes: raw, text });
      const used = new Set<number>();
      // Code-point offset of every UTF-16 index (computed once per document).
      const cpAt = new Uint32Array(text.length + 1);
      for (let i = 0, cp = 0; i <= text.length; i++) {
        cpAt[i] = cp;
        const c = text.charCodeAt(i);
        if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cp++;
      }
      for (const g of list) {
        const found = occurrences(text, g.text);
        const pick = found.find((o) => !used.has(o.index)) ?? found[0];
        if (!pick) {
          out.skipped.push({ ref: g.refs.join(", "), reason: `its text was not found in ${basename(path)} (was the document changed after coding?)` });
          continue;
        }
        used.add(pick.index);
        if (found.length > 1) out.facts.push(`${g.refs[0]}: the text stands ${found.length} times in "${document}"; occurrence ${found.indexOf(pick) + 1} was used`);
        add(g, name, cpAt[pick.index]!, cpAt[pick.index + pick.length]!);
      }
    } else {
      // No document text: an excerpts file compiled from the coded passages, said to be one.
      const name = sourceFileName(`${document}-excerpts`, taken);
      out.files.set(document, name);
      let body = "";
      for (const g of list) {
        const passage = g.text.replace(/\r\n?/g, "\n").trim();
        if (body) body += "\n\n";
        const start = cpLength(body);
        body += passage;
        add(g, name, start, cpLength(body));
      }
      body += "\n";
      out.sources.push({
        file: name,
        title: `${document} (coded excerpts only)`,
        short: `${shortName(document)} (excerpts)`,
        provenance: `Not the document: the ${list.length} coded passages of "${document}" as ${file} gives them, one after another, separated by blank lines. The document's full text was not supplied (pass --sources <folder> to locate the passages in it).`,
        bytes: new TextEncoder().encode(body),
        text: body
      });
      out.facts.push(`"${document}": full text not supplied; source/${name} holds its coded excerpts only`);
    }
  }
  if (problems.length) throw new ImportError(problems);
  return out;
}
