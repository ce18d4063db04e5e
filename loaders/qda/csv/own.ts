/** Importing a findings table of this site's own format (docs/study-format.md) with its sources. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "../../errors.js";
import { parseCsv } from "../../csv.js";
import { STUDY_TABLES } from "../../study/schema.js";
import { decodeSource } from "../import/qdpx.js";
import { ImportError, type ImportInput, type ImportSource } from "../import/types.js";

/** Where the documents' texts are. */
export interface SourcesOption {
  /** A folder with the documents' plain texts (`<document>` or `<document>.txt`). */
  sourcesDir?: string;
}

/** A findings.csv of our own format, with the sources it names (from `--sources`). */
export function readOwn(text: string, file: string, tool: string, options: SourcesOption): ImportInput {
  const parsed = parseCsv(text, "findings.csv", STUDY_TABLES.findings.schema);
  if (parsed.problems.length) throw new ImportError(parsed.problems.map((p) => ({ ...p, file })));
  const names = [...new Set(parsed.rows.map((r) => r.value.source))];
  const sources: ImportSource[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const path = options.sourcesDir ? join(options.sourcesDir, name) : undefined;
    if (!path || !existsSync(path)) {
      problems.push({ file, line: parsed.rows.find((r) => r.value.source === name)!.line, field: "source", message: `the source "${name}" is needed: pass --sources <folder> holding it` });
      continue;
    }
    const raw = new Uint8Array(readFileSync(path));
    try {
      sources.push({ file: name, title: name, provenance: `Copied from ${path} with the findings table ${file}.`, bytes: raw, text: decodeSource(raw, name) });
    } catch (error) {
      if (error instanceof ImportError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new ImportError(problems);
  return {
    tool,
    inputName: file,
    projectName: file.replace(/\.csv$/i, ""),
    sources,
    codes: [],
    segments: [],
    carried: {},
    facts: [`${parsed.rows.length} findings with their own locators, ${sources.length} source file(s)`],
    skipped: [],
    findingsCsv: text.replace(/^\uFEFF/, "")
  };
}
