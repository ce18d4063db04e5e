/**
 * The study's data package as the site offers it under downloads/: `<study>/…` (the CSVs,
 * the source text, datapackage.json) and `<study>.zip` holding all of them. postbuild writes
 * these files into dist/downloads/; `npm run dev` serves the same bytes from memory.
 */
import { strToU8, zipSync } from "fflate";
import { dataPackage } from "../loaders/study/datapackage.js";
import type { Study } from "../loaders/study/load.js";

/** The URL folder, under the site's root, that holds every download. */
export const DOWNLOADS = "downloads";

export interface Download {
  /** Path relative to downloads/, with `/` separators. */
  path: string;
  content: Uint8Array;
}

/** Every download of the study: each data package file, then the zip. */
export function downloadFiles(study: Study): Download[] {
  const id = study.meta.id;
  const files = dataPackage(study).map(({ path, content }) => ({ path: `${id}/${path}`, content: strToU8(content) }));
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, f.content])), { level: 9 });
  return [...files, { path: `${id}.zip`, content: zip }];
}
