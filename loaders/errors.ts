/**
 * One error type for every bad input: each problem names the file, the line, the field
 * and what was expected, and formats as `file:line: field: message`.
 */
export interface Problem {
  file: string;
  /** 1-based line; 1 for whole-file problems such as a bad header. */
  line: number;
  /** The column or key at fault, or a short tag (`csv`, `file`) when none applies. */
  field: string;
  message: string;
}

/** `s` on one line: line breaks and other control characters written as escapes (`\n`, `\u0000`). */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/** One line, always: a value echoed in a message (a quoted field, an attribute) may hold a line break. */
export function formatProblem(p: Problem): string {
  return `${oneLine(p.file)}:${p.line}: ${oneLine(p.field)}: ${oneLine(p.message)}`;
}

/** Thrown by loaders; carries every problem found, not only the first. */
export class DataError extends Error {
  override name = "DataError";
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the data:\n${shown.join("\n")}`);
    this.problems = problems;
  }
}

/** Throws a DataError when any problem was collected. */
export function assertNoProblems(problems: readonly Problem[]): void {
  if (problems.length) throw new DataError(problems);
}
