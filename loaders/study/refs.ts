/** The two cross-checks every study table uses: unique keys and references to known ids, each problem located. */
import type { Row } from "../csv.js";
import type { Problem } from "../errors.js";

/** The distinct keys of `rows`; each repeated key a located problem naming the first line it stood on. */
export function unique<T>(rows: Row<T>[], file: string, key: (v: T) => string, field: string, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const k = key(value);
    const first = seen.get(k);
    if (first !== undefined) problems.push({ file, line, field, message: `duplicate ${field} "${k}" (first on line ${first})` });
    else seen.set(k, line);
  }
  return new Set(seen.keys());
}

/** A located problem for each reference in `rows` that is not among `known` (the ids of `target`). */
export function refs<T>(
  rows: Row<T>[],
  file: string,
  field: string,
  get: (v: T) => readonly string[],
  known: Set<string>,
  target: string,
  problems: Problem[]
): void {
  for (const { line, value } of rows) {
    for (const ref of get(value)) {
      if (!known.has(ref)) problems.push({ file, line, field, message: `"${ref}" is not an id in ${target}` });
    }
  }
}
