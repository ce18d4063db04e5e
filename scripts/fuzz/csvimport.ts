/**
 * Coding CSVs (loaders/qda/csv-import.ts): Taguette's highlights export, QualCoder's coding report
 * and a findings table in this site's format, each mutated (quoting, encodings, BOMs, line ends,
 * headers, ids, texts) and imported with `npm run study -- import`, with or without `--sources`.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Family } from "./harness.js";
import { runImport } from "./importing.js";
import { applyByteOp, applyTextOp, maybeByteOp, textOp, tokens, type ByteOp, type TextOp } from "./mutate.js";

const BASES: Record<string, { file: string; sources: string }> = {
  taguette: { file: "tests/fixtures/qda/taguette-highlights.csv", sources: "tests/fixtures/qda/documents" },
  qualcoder: { file: "tests/fixtures/qda/qualcoder-coding-report.csv", sources: "tests/fixtures/qda/documents" },
  findings: { file: "tests/fixtures/study-mini/findings.csv", sources: "tests/fixtures/study-mini/source" }
};

export interface CsvInput {
  base: string;
  ops: TextOp[];
  bytes?: ByteOp;
  /** Pass `--sources` with the base's documents. */
  sources: boolean;
}

export function csvImportFamily(): Family<CsvInput> {
  const texts = Object.fromEntries(Object.entries(BASES).map(([k, b]) => [k, readFileSync(b.file, "utf-8")]));
  const pool = tokens(Object.values(texts));
  const arbitrary = fc.record({
    base: fc.constantFrom(...Object.keys(BASES)),
    ops: fc.array(textOp(pool), { maxLength: 3 }),
    bytes: maybeByteOp,
    sources: fc.boolean()
  });
  const bytesOf = (input: CsvInput) => applyByteOp(input.ops.reduce(applyTextOp, texts[input.base]!), input.bytes);
  const args = (input: CsvInput) => (input.sources ? ["--sources", BASES[input.base]!.sources] : []);
  return {
    name: "csv-import",
    about: "a Taguette, QualCoder or findings CSV with mutations, imported",
    arbitrary,
    run: (input, dir) => runImport(dir, `${input.base}.csv`, bytesOf(input), args(input)),
    fixture: (input) => ({ command: "import", input: `${input.base}.csv`, ...(input.sources ? { args: args(input) } : {}), files: { [`${input.base}.csv`]: bytesOf(input) } })
  };
}
