/**
 * Finishes `dist/` after Framework's build: every page gets what scripts/pageShell.ts adds
 * (`<html lang>`, a zoomable viewport, a strict Content-Security-Policy; `npm run dev` adds the
 * same while serving), the unused DuckDB "mvp" build is dropped (Framework 1.13 cannot turn it
 * off; browsers that run the site pick the "eh" build), and the study's data package is
 * written to downloads/ (scripts/downloads.ts, which dev serves too).
 */
import { writeOgImages } from "./og.js";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { studyDir } from "../loaders/site/env.js";
import { loadStudy } from "../loaders/study/load.js";
import type { Lang } from "../src/shared/i18n/index.js";
import { DOWNLOADS, downloadFiles } from "./downloads.js";
import { finishPage, langOfPath } from "./pageShell.js";
import { frameworkScripts } from "./pageScripts.js";
import { DataError, type Problem } from "../loaders/errors.js";

export function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** The language of a built page from its path inside dist (`en/…` → en). */
export function langOfFile(dist: string, file: string): Lang {
  return langOfPath(relative(dist, file));
}

/** The DuckDB files of the mvp build (those are never loaded when the eh build is shipped). */
export function isDuckdbMvpFile(path: string): boolean {
  return /@duckdb\/duckdb-wasm@[^/]+\/dist\/duckdb-(browser-)?mvp(\.worker)?(\.[0-9a-f]{8})?\.(wasm|js)$/.test(path.split(sep).join("/"));
}

/** The folder under dist/ that holds the study's data package. */
export function downloadsDir(dist: string, studyId: string): string {
  return join(dist, DOWNLOADS, studyId);
}

/** Writes the study's data package (CSVs, sources, datapackage.json) and a zip of it. */
export function writeDownloads(dist: string, study = loadStudy(studyDir())): string[] {
  const dir = downloadsDir(dist, study.meta.id);
  rmSync(dir, { recursive: true, force: true });
  const files = downloadFiles(study);
  for (const { path, content } of files) {
    const file = join(dist, DOWNLOADS, ...path.split("/"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return files.map((f) => f.path);
}

/**
 * Every page of `dist` finished (scripts/pageShell.ts), or a DataError naming every inline script,
 * handler or script address the build did not write, page by page (nothing is written then).
 */
export async function finishPages(dist: string): Promise<Map<string, string>> {
  const framework = await frameworkScripts();
  const finished = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of walk(dist)) {
    if (!file.endsWith(".html")) continue;
    try {
      finished.set(file, finishPage(readFileSync(file, "utf-8"), langOfFile(dist, file), { file: relative(process.cwd(), file), framework }));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new DataError(problems);
  return finished;
}

export async function postbuild(dist: string): Promise<void> {
  let finished: Map<string, string>;
  try {
    finished = await finishPages(dist);
  } catch (error) {
    // A page that would run what the build did not write is never left to be published.
    if (error instanceof DataError) rmSync(dist, { recursive: true, force: true });
    throw error;
  }
  for (const [file, html] of finished) writeFileSync(file, html);
  const pages = finished.size;
  let dropped = 0;
  for (const file of [...walk(dist)]) {
    if (isDuckdbMvpFile(file)) {
      rmSync(file);
      dropped++;
    }
  }
  const written = writeDownloads(dist);
  console.error(`postbuild: ${writeOgImages(dist).length} og:image files`);
  console.error(`postbuild: ${pages} pages given <html lang> and a CSP, ${dropped} DuckDB mvp files dropped, ${written.length} download files`);
}
