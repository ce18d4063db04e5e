/**
 * Saves a shrunk counterexample into the bad-input corpus: tests/fixtures/bad/fuzz/<name>.json
 * holds the case (command, base, files as base64, the located error it must give) and how it was
 * found; tests/fixtures/bad/make.ts turns each into a case folder that tests/bad-inputs.test.ts runs.
 * The error saved is any located error: narrow it to the one the fixed loader gives.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Family, FamilyResult } from "./harness.js";

export const FUZZ_FIXTURES = "tests/fixtures/bad/fuzz";
export const ANY_LOCATED = String.raw`^[^\s:][^:]*:\d+: [^:]+: .+`;

export function saveFailure<T>(family: Family<T>, result: FamilyResult<T>, seed: number, dir = FUZZ_FIXTURES): string {
  const failure = result.failure!;
  const { files, ...spec } = family.fixture(failure.counterexample);
  const encoded = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString("base64")]));
  const hash = createHash("sha256").update(JSON.stringify(encoded)).digest("hex").slice(0, 8);
  const name = `${family.name}-${hash}`;
  const saved = {
    ...spec,
    about: `found by npm run fuzz: ${family.about}`,
    error: ANY_LOCATED,
    found: failure.reason,
    replay: `npm run fuzz -- --seed ${seed} --family ${family.name} --path ${failure.path}`,
    counterexample: failure.counterexample,
    files: encoded
  };
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(saved, null, 2) + "\n");
  return path;
}
