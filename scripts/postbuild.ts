/**
 * Finishes `dist/` after Framework's build: every page gets its `<html lang>` and a strict
 * Content-Security-Policy, the unused
 * DuckDB "mvp" build is dropped (Framework 1.13 cannot turn it off; browsers that run the
 * site pick the "eh" build), and the study's data package is written to downloads/.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { studyDir } from "../loaders/site/env.js";
import { dataPackage } from "../loaders/study/datapackage.js";
import { loadStudy } from "../loaders/study/load.js";
import { DEFAULT_LANG, LANGS, type Lang } from "../src/shared/i18n/index.js";

export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** The language of a built page from its path inside dist (`en/…` → en). */
export function langOfFile(dist: string, file: string): Lang {
  const first = relative(dist, file).split(sep)[0];
  return LANGS.find((l) => l === first) ?? DEFAULT_LANG;
}

/** Sets `<html lang="…">` on a page Framework wrote without one. */
export function setHtmlLang(html: string, lang: Lang): string {
  return html.replace(/<html(?:\s[^>]*)?>/, `<html lang="${lang}">`);
}

/** The contents of every inline `<script>` of a page (those without a `src`). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/**
 * The page's Content-Security-Policy: nothing but this origin, and each inline script by its
 * hash. What Framework's runtime needs, and why:
 * - `style-src 'unsafe-inline'`: Plot, Inputs and the runtime write style attributes and
 *   <style> elements at run time, which no hash can cover;
 * - `img-src data: blob:`: Plot legends and downloads use data and blob URLs;
 * - `worker-src blob:` and `'wasm-unsafe-eval'` (pages that use DuckDB only): DuckDB-wasm starts
 *   its worker from a blob URL and compiles WebAssembly;
 * - `'unsafe-eval'` (pages that parse CSV or use arquero only): d3-dsv compiles each CSV row
 *   converter and arquero each table expression with `new Function`.
 * Pages that read only JSON get neither.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = inlineScripts(html).map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  const duckdb = /duckdb/i.test(html);
  const compiles = /\/(d3-dsv|arquero)@/.test(html);
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(" ")}${compiles ? " 'unsafe-eval'" : ""}${duckdb ? " 'wasm-unsafe-eval'" : ""}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `worker-src 'self'${duckdb ? " blob:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** Inserts the CSP as the first element of <head> (it must precede every script). */
export function addCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  return html.replace(/<head>/, `<head>\n${meta}`);
}

/**
 * Repairs two accessibility faults in Framework's page shell: the viewport must not forbid
 * zooming (WCAG 1.4.4), and the sidebar's close label must not sit inside its <ol> list.
 */
export function fixShell(html: string): string {
  return html
    .replace(/<meta name="viewport" content="[^"]*">/, '<meta name="viewport" content="width=device-width, initial-scale=1">')
    .replace(/(<ol>)(\s*)(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, "$3$2$1");
}

/** The DuckDB files of the mvp build (those are never loaded when the eh build is shipped). */
export function isDuckdbMvpFile(path: string): boolean {
  return /@duckdb\/duckdb-wasm@[^/]+\/dist\/duckdb-(browser-)?mvp(\.worker)?(\.[0-9a-f]{8})?\.(wasm|js)$/.test(path.split(sep).join("/"));
}

/** The folder under dist/ that holds the study's data package. */
export function downloadsDir(dist: string, studyId: string): string {
  return join(dist, "downloads", studyId);
}

/** Writes the study's data package (CSVs, sources, datapackage.json) and a zip of it. */
export function writeDownloads(dist: string, study = loadStudy(studyDir())): string[] {
  const dir = downloadsDir(dist, study.meta.id);
  rmSync(dir, { recursive: true, force: true });
  const files = dataPackage(study);
  const zip: Record<string, Uint8Array> = {};
  for (const { path, content } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    zip[`${study.meta.id}/${path}`] = strToU8(content);
  }
  writeFileSync(`${dir}.zip`, zipSync(zip, { level: 9 }));
  return files.map((f) => f.path);
}

export async function postbuild(dist: string): Promise<void> {
  let pages = 0;
  let dropped = 0;
  for (const file of [...walk(dist)]) {
    if (isDuckdbMvpFile(file)) {
      rmSync(file);
      dropped++;
    } else if (file.endsWith(".html")) {
      writeFileSync(file, addCsp(fixShell(setHtmlLang(readFileSync(file, "utf-8"), langOfFile(dist, file)))));
      pages++;
    }
  }
  const written = writeDownloads(dist);
  console.error(`postbuild: ${pages} pages given <html lang> and a CSP, ${dropped} DuckDB mvp files dropped, ${written.length} download files`);
}
