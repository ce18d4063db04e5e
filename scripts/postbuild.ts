/**
 * Finishes `dist/` after Framework's build: every page gets its `<html lang>`, and the
 * unused DuckDB "mvp" build is dropped (Framework 1.13 cannot turn it off; browsers that
 * run the site pick the "eh" build).
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { DEFAULT_LANG, LANGS, type Lang } from "../src/i18n/index.js";

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

/** The DuckDB files of the mvp build (those are never loaded when the eh build is shipped). */
export function isDuckdbMvpFile(path: string): boolean {
  return /@duckdb\/duckdb-wasm@[^/]+\/dist\/duckdb-(browser-)?mvp(\.worker)?(\.[0-9a-f]{8})?\.(wasm|js)$/.test(path.split(sep).join("/"));
}

export async function postbuild(dist: string): Promise<void> {
  let pages = 0;
  let dropped = 0;
  for (const file of [...walk(dist)]) {
    if (isDuckdbMvpFile(file)) {
      rmSync(file);
      dropped++;
    } else if (file.endsWith(".html")) {
      writeFileSync(file, setHtmlLang(readFileSync(file, "utf-8"), langOfFile(dist, file)));
      pages++;
    }
  }
  console.error(`postbuild: ${pages} pages given <html lang>, ${dropped} DuckDB mvp files dropped`);
}
