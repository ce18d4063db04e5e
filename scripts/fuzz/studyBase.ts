/**
 * The study folder whose texts the hostile fixture (tests/fixtures/hostile.ts) and the rendering
 * family (npm run fuzz) rewrite: tests/fixtures/study-mini with the default study's public figures
 * (their links to dimensions the mini study lacks left out), an empty prose/ folder for the prose
 * files, and a second coder, so that every part of the site is built for it.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../src/shared/csv.js";

export const STUDY_BASE = "tests/fixtures/study-mini";
export const METRICS_BASE = "data/study/metrics";

/** Writes the base study into `dir` (emptied first). */
export function writeStudyBase(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(STUDY_BASE, dir, { recursive: true });
  cpSync(METRICS_BASE, join(dir, "metrics"), { recursive: true });
  const dimensions = new Set((parse(readFileSync(join(dir, "codebook/dimensions.csv"), "utf-8"), { columns: true }) as { id: string }[]).map((d) => d.id));
  const links = join(dir, "metrics/dimension-links.csv");
  const linkRows = parse(readFileSync(links, "utf-8"), { columns: true }) as Record<string, string>[];
  writeFileSync(links, toCsv(linkRows.filter((r) => dimensions.has(r.dimension!)), Object.keys(linkRows[0]!)));
  mkdirSync(join(dir, "prose"), { recursive: true });
  // A second coder, so the agreement page and both coders' stripes are built for this study too.
  mkdirSync(join(dir, "coders"), { recursive: true });
  writeFileSync(join(dir, "coders/coder-2.csv"), "source,start,end,dimension\nmini.txt,19,120,planning\nmini.txt,170,291,communication-strategies\n");
}
