/**
 * What every page gets on top of Framework's HTML, the same in `npm run build` (postbuild, on
 * the files in dist/) and in `npm run dev` (scripts/dev/layer.ts, on each page as it is
 * served): `<html lang>`, a viewport that allows zoom, the sidebar list fix, and a strict
 * Content-Security-Policy that allows, by their hashes, only the inline scripts Framework's page
 * template writes (scripts/pageScripts.ts); a page with any other inline script, inline event
 * handler or script address is refused with a located error. Pure string → string functions.
 */
import { createHash } from "node:crypto";
import { DataError } from "../loaders/errors.js";
import { DEFAULT_LANG, LANGS, type Lang } from "../src/shared/i18n/index.js";
import { pageScripts, type FrameworkScripts } from "./pageScripts.js";

/** The language of a page from its URL path or its path inside dist (`en/…`, `/en/…` → en). */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^[/\\]+/, "").split(/[/\\]/)[0];
  return LANGS.find((l) => l === first) ?? DEFAULT_LANG;
}

/** Sets `<html lang="…">` on a page Framework wrote without one. */
export function setHtmlLang(html: string, lang: Lang): string {
  return html.replace(/<html(?:\s[^>]*)?>/, `<html lang="${lang}">`);
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
  /** The texts of the inline scripts the policy allows (the template's own: pageScripts). */
  scripts?: readonly string[];
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
 * The page's Content-Security-Policy: nothing but this origin, and each inline script the
 * template wrote (`options.scripts`) by its hash. What Framework's runtime needs, and why:
 * - `style-src 'unsafe-inline'`: Plot, Inputs and the runtime write style attributes and
 *   <style> elements at run time, which no hash can cover;
 * - `img-src data: blob:`: Plot legends and downloads use data and blob URLs;
 * - `worker-src blob:` and `'wasm-unsafe-eval'` (pages that use DuckDB only): DuckDB-wasm starts
 *   its worker from a blob URL and compiles WebAssembly;
 * - `'unsafe-eval'` (pages that parse CSV or use arquero only, see compilesCode).
 * Pages that read only JSON or Arrow get neither.
 */
export function contentSecurityPolicy(html: string, options: CspOptions = {}): string {
  const hashes = (options.scripts ?? []).map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
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

export interface FinishOptions extends Omit<CspOptions, "scripts"> {
  /** The page's name in problems: its file in dist/, or its URL path in dev. */
  file: string;
  /** Framework's own sidebar scripts (pageScripts.ts `frameworkScripts()`). */
  framework: FrameworkScripts;
}

/**
 * Every transformation a page gets, in order (the CSP last: it hashes the template's inline
 * scripts). Throws a DataError naming every inline script, handler or script address the build
 * did not write.
 */
export function finishPage(html: string, lang: Lang, options: FinishOptions): string {
  const page = fixShell(setHtmlLang(html, lang));
  const { allowed, problems } = pageScripts(page, options.file, options.framework);
  if (problems.length) throw new DataError(problems);
  return addCsp(page, { ...options, scripts: allowed });
}
