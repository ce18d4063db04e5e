/**
 * The codebook an import maps codes to: read from a folder by the caller (`readCodebookFolder`),
 * then parsed without touching the disk (`parseCodebook`), preferring the files our own export
 * carries.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseCsv } from "../../csv.js";
import { actorSchema, dimensionSchema, stageSchema, subcodeSchema, type Actor, type Dimension, type Stage, type Subcode } from "../../study/schema.js";
import { readUtf8File } from "../../utf8.js";
import { ImportError } from "./types.js";

const FILES = ["dimensions.csv", "subcodes.csv", "stages.csv"] as const;

/** A codebook folder's files as read from disk. */
export interface CodebookFiles {
  /** The folder, for messages. */
  dir: string;
  /** `codebook/<name>.csv` → text, for each file the folder holds. */
  texts: Record<string, string>;
  /**
   * The framework the codebook belongs to: the framework.json beside the folder (the framework's
   * own asset, data/framework/, copied whole), else the `framework` of the study.json beside it
   * (a study's codebook: only its citation and ISBN are copied, see loaders/study/defaults.ts).
   */
  framework?: unknown;
  /** Whether `framework` is a framework asset (framework.json) rather than another study's. */
  frameworkAsset?: boolean;
}

/** Reads a codebook folder (e.g. data/framework/codebook); a missing file is reported later, only if the import carries none. */
export function readCodebookFolder(dir: string): CodebookFiles {
  const texts: Record<string, string> = {};
  for (const name of FILES) {
    const path = join(dir, name);
    const { text, problem } = readUtf8File(path, path);
    if (problem) throw new ImportError([problem]);
    if (text !== undefined) texts[`codebook/${name}`] = text;
  }
  const json = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, "..", file), "utf-8"));
    } catch {
      return undefined;
    }
  };
  const asset = json("framework.json");
  if (asset !== undefined) return { dir, texts, framework: asset, frameworkAsset: true };
  return { dir, texts, framework: (json("study.json") as { framework?: unknown } | undefined)?.framework };
}

export interface Codebook {
  dimensions: Dimension[];
  subcodes: Subcode[];
  stages: Stage[];
  actors: Actor[];
  /** The codebook files written into the study (`codebook/<name>.csv` → text). */
  texts: Record<string, string>;
}

function readTable<S extends z.ZodRawShape>(text: string, file: string, schema: z.ZodObject<S>): z.output<z.ZodObject<S>>[] {
  const result = parseCsv(text, file, schema);
  if (result.problems.length) throw new ImportError(result.problems);
  return result.rows.map((r) => r.value);
}

/** The codebook: the carried files where the import has them (our own export), else the folder's. */
export function parseCodebook(carried: Record<string, string>, files: CodebookFiles): Codebook {
  const texts: Record<string, string> = {};
  for (const name of FILES) {
    const key = `codebook/${name}`;
    const text = carried[key] ?? files.texts[key];
    if (text === undefined) throw new ImportError([{ file: join(files.dir, name), line: 1, field: "file", message: "codebook file is missing (use --codebook <folder>)" }]);
    texts[key] = text;
  }
  return {
    dimensions: readTable(texts["codebook/dimensions.csv"]!, "codebook/dimensions.csv", dimensionSchema),
    subcodes: readTable(texts["codebook/subcodes.csv"]!, "codebook/subcodes.csv", subcodeSchema),
    stages: readTable(texts["codebook/stages.csv"]!, "codebook/stages.csv", stageSchema),
    actors: carried["actors.csv"] !== undefined ? readTable(carried["actors.csv"], "actors.csv", actorSchema) : [],
    texts
  };
}
