/**
 * Finishes `dist/` after Framework's build: every page gets what scripts/pageShell.ts adds
 * (`<html lang>`, a zoomable viewport, a strict Content-Security-Policy; `npm run dev` adds the
 * same while serving), the unused DuckDB "mvp" build is dropped (Framework 1.13 cannot turn it
 * off; browsers that run the site pick the "eh" build), the study's data package is
 * written to downloads/ (scripts/downloads.ts, which dev serves too) and the og:images the
 * drawing step made are copied to _og/. Everything comes from the build's artifact
 * (loaders/site/artifact.ts): the study is not read again.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { ARTIFACT_ENV, ogPath, siteData } from "../loaders/site/artifact.js";
import type { Study } from "../loaders/study/load.js";
import { filesUnder } from "../loaders/walk.js";
import type { Lang } from "../src/shared/i18n/index.js";
import { DOWNLOADS, downloadFiles } from "./downloads.js";
import { finishPage, langOfPath } from "./pageShell.js";
import { frameworkScripts } from "./pageScripts.js";
import { DataError, type Problem } from "../loaders/errors.js";

/** Every file under `dir`, as a path. */
const filesOf = (dir: string) => filesUnder(dir).map((f) => join(dir, f));

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
export function writeDownloads(dist: string, study: Study): string[] {
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
  for (const file of filesOf(dist)) {
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

/** Copies the og:images the drawing step made (the artifact's og/ folder) into `dist`; returns the files written. */
export function copyOgImages(dist: string, artifact: string): string[] {
  const from = join(artifact, ogPath(""));
  const files = existsSync(from) ? filesUnder(from) : [];
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    copyFileSync(join(from, file), join(dist, file));
  }
  return files;
}

export async function postbuild(dist: string, artifact: string): Promise<void> {
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
  for (const file of filesOf(dist)) {
    if (isDuckdbMvpFile(file)) {
      rmSync(file);
      dropped++;
    }
  }
  const data = siteData({ [ARTIFACT_ENV]: artifact });
  const written = writeDownloads(dist, data.study);
  const og = copyOgImages(dist, artifact);
  console.error(`postbuild: ${og.length} og:image files`);
  console.error(`postbuild: ${pages} pages given <html lang> and a CSP, ${dropped} DuckDB mvp files dropped, ${written.length} download files`);
}
