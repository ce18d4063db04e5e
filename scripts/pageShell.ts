/**
 * What every page gets on top of Framework's HTML, the same in `npm run build` (postbuild, on
 * the files in dist/) and in `npm run dev` (scripts/dev/layer.ts, on each page as it is
 * served): `<html lang>`, a viewport that allows zoom, the sidebar list fix, and a strict
 * Content-Security-Policy with each inline script by its hash. Pure string → string functions.
 */
import { createHash } from "node:crypto";
import { DEFAULT_LANG, LANGS, type Lang } from "../src/shared/i18n/index.js";

/** The language of a page from its URL path or its path inside dist (`en/…`, `/en/…` → en). */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^[/\\]+/, "").split(/[/\\]/)[0];
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
 * Whether the page loads code that compiles JavaScript at run time: arquero (every table
 * expression, even a function or `aq.escape`, goes through `Function`), or d3-dsv as Framework
 * adds it for `FileAttachment(…).csv()`/`.tsv()` (each CSV row converter is a `new Function`).
 * d3-dsv reached through `import * as d3 from "d3"` (under `_node/`) parses nothing by itself,
 * so it does not count; a component that called `d3.csvParse` would be blocked, and the
 * browser tests, which fail on any CSP violation, would say so.
 */
export function compilesCode(html: string): boolean {
  return /\/_npm\/d3-dsv@|\/_(?:npm|node)\/arquero@/.test(html);
}

/** Whether the page loads DuckDB-wasm (its worker starts from a blob URL and compiles WebAssembly). */
export function usesDuckdb(html: string): boolean {
  return /duckdb/i.test(html);
}

export interface CspOptions {
  /**
   * `npm run dev` only: the host (`127.0.0.1:3000`) whose WebSocket carries live reload; it is
   * added to `connect-src` as `ws://<host>`, and nothing else differs from the built site.
   */
  liveReloadHost?: string;
}

/** Whether a Host header may appear in the policy: a host name or address and an optional port. */
export function isHost(host: string): boolean {
  return /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host);
}

/**
 * The page's Content-Security-Policy: nothing but this origin, and each inline script by its
 * hash. What Framework's runtime needs, and why:
 * - `style-src 'unsafe-inline'`: Plot, Inputs and the runtime write style attributes and
 *   <style> elements at run time, which no hash can cover;
 * - `img-src data: blob:`: Plot legends and downloads use data and blob URLs;
 * - `worker-src blob:` and `'wasm-unsafe-eval'` (pages that use DuckDB only): DuckDB-wasm starts
 *   its worker from a blob URL and compiles WebAssembly;
 * - `'unsafe-eval'` (pages that parse CSV or use arquero only, see compilesCode).
 * Pages that read only JSON or Arrow get neither.
 */
export function contentSecurityPolicy(html: string, options: CspOptions = {}): string {
  const hashes = inlineScripts(html).map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  const duckdb = usesDuckdb(html);
  const { liveReloadHost } = options;
  if (liveReloadHost !== undefined && !isHost(liveReloadHost)) throw new Error(`not a host for the live-reload socket: ${JSON.stringify(liveReloadHost)}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(hashes)].join(" ")}${compilesCode(html) ? " 'unsafe-eval'" : ""}${duckdb ? " 'wasm-unsafe-eval'" : ""}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${liveReloadHost ? ` ws://${liveReloadHost}` : ""}`,
    `worker-src 'self'${duckdb ? " blob:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'"
  ].join("; ");
}

/** Inserts the CSP as the first element of <head> (it must precede every script). */
export function addCsp(html: string, options: CspOptions = {}): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, options)}">`;
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

/** Every transformation a page gets, in order (the CSP last: it hashes the final inline scripts). */
export function finishPage(html: string, lang: Lang, options: CspOptions = {}): string {
  return addCsp(fixShell(setHtmlLang(html, lang)), options);
}
