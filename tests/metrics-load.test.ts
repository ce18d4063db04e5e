import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { DataError, formatProblem, type Problem } from "../loaders/errors.js";
import { loadMetrics, METRICS_FILES, REQUIRED_SOURCE_FIELDS } from "../loaders/metrics/load.js";

const FIXTURE = "tests/fixtures/metrics-mini";
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture with `edit` applied to one file's text. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "metrics-"));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf-8")));
  return dir;
}

/** The problems loadMetrics throws for `dir` (fails the test if it does not throw a DataError). */
function problemsOf(dir: string, options?: Parameters<typeof loadMetrics>[1]): readonly Problem[] {
  try {
    loadMetrics(dir, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  throw new Error("expected loadMetrics to throw a DataError");
}

/** The 1-based line of the fixture row starting with `prefix`. */
function lineOf(file: string, prefix: string): number {
  const index = readFileSync(join(FIXTURE, file), "utf-8").split("\n").findIndex((l) => l.startsWith(prefix));
  expect(index, `${prefix} in ${file}`).toBeGreaterThan(0);
  return index + 1;
}

/** Replaces one cell of the row whose `id` (first column) is `id`, re-writing the table as RFC 4180 CSV. */
function setCell(text: string, id: string, column: string, value: string): string {
  const [header, ...rows] = parse(text, { relax_column_count: true }) as string[][];
  const col = header!.indexOf(column);
  expect(col, column).toBeGreaterThanOrEqual(0);
  const row = rows.find((r) => r[0] === id);
  expect(row, id).toBeDefined();
  row![col] = value;
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header!, ...rows].map((r) => r.map(quote).join(",")).join("\n") + "\n";
}

const F = METRICS_FILES;

describe("loadMetrics on the mini fixture", () => {
  it("loads every table", () => {
    const m = loadMetrics(FIXTURE);
    expect(m.observations.map((o) => o.id)).toEqual(["O003", "O004", "O035", "O036", "O050", "O077", "O078", "O084", "O085"]);
    expect(m.sources).toHaveLength(8);
    expect(m.indicators).toHaveLength(4);
    expect(m.conflicts).toHaveLength(3);
    expect(m.links).toHaveLength(2);
    expect(m.dropped).toEqual([expect.objectContaining({ input_line: 35, value: "28.9" })]);
    const o = m.observations.find((x) => x.id === "O035")!;
    expect(o).toMatchObject({ value: 28.9, period: "2021", method: "ssgi", confidence: "high", conflict_group: "" });
  });

  it("checks dimension links against the study's dimensions when given the study", () => {
    expect(() => loadMetrics(FIXTURE, { study: { dimensions: [{ id: "planning" }, { id: "management-of-lay-actors" }] } })).not.toThrow();
    const problems = problemsOf(FIXTURE, { study: { dimensions: [{ id: "planning" }] } });
    expect(problems).toEqual([
      expect.objectContaining({ file: F.links, line: lineOf(F.links, "management-of-lay-actors,"), field: "dimension" })
    ]);
  });
});

describe("loadMetrics reports located errors", () => {
  it("unknown column", () => {
    const dir = broken(F.observations, (t) => t.replace(/,note,note_id\n/, ",notes,note_id\n"));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: 1, field: "notes", message: expect.stringContaining("unknown column") }));
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: 1, field: "note", message: "missing column" }));
  });

  it("wrong type: a decimal comma in a value", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O036", "value", "4,8"));
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O036,"), field: "value", message: expect.stringContaining("dot decimal") })
    ]);
  });

  it("wrong type: a period that is not YYYY or YYYY-MM", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O050", "period", "2022-13"));
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "period" })]);
  });

  it("wrong type: a confidence outside high/medium/low", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O050", "confidence", "certain"));
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "confidence", message: expect.stringContaining("high, medium, low") })
    ]);
  });

  it("dangling source id", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O050", "source", "S999"));
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "source", message: '"S999" is not an id in sources.csv' })
    ]);
  });

  it("dangling indicator and conflict group", () => {
    const dir = broken(F.observations, (t) => setCell(setCell(t, "O050", "indicator", "stunted-count"), "O036", "conflict_group", "no-such-group"));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "indicator" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O036,"), field: "conflict_group" }));
  });

  it("a unit that differs from the indicator's", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O050", "unit", "people"));
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "unit" })]);
  });

  it("a percentage above 100 and a fractional count", () => {
    const dir = broken(F.observations, (t) => setCell(setCell(t, "O036", "value", "104.8"), "O050", "value", "923.5"));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O036,"), field: "value" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: F.observations, line: lineOf(F.observations, "O050,"), field: "value" }));
  });

  it("duplicate id", () => {
    const dir = broken(F.sources, (t) => {
      const row = t.split("\n").find((l) => l.startsWith("S040,"))!;
      return `${t.trimEnd()}\n${row}\n`;
    });
    const last = readFileSync(join(dir, F.sources), "utf-8").trimEnd().split("\n").length;
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: F.sources, line: last, field: "id", message: `duplicate id "S040" (first on line ${lineOf(F.sources, "S040,")})` })
    ]);
  });

  it("duplicate dimension link", () => {
    const dir = broken(F.links, (t) => `${t.trimEnd()}\n${t.split("\n")[1]}\n`);
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: F.links, line: 4, field: "indicator", message: expect.stringContaining("duplicate link") })]);
  });

  for (const field of REQUIRED_SOURCE_FIELDS) {
    it(`a cited source without ${field}`, () => {
      const dir = broken(F.sources, (t) => setCell(t, "S040", field, ""));
      expect(problemsOf(dir)).toEqual([
        expect.objectContaining({
          file: F.sources,
          line: lineOf(F.sources, "S040,"),
          field,
          message: `missing ${field}: cited by O050 (observations.csv line ${lineOf(F.observations, "O050,")})`
        })
      ]);
    });
  }

  it("a conflict group with fewer than two observations", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O004", "conflict_group", ""));
    expect(problemsOf(dir)).toEqual([
      expect.objectContaining({ file: F.conflicts, line: lineOf(F.conflicts, "riskesdas-2013-indonesia,"), field: "id", message: expect.stringContaining("has 1 observation;") })
    ]);
  });

  it("a dimension link to an unknown indicator", () => {
    const dir = broken(F.links, (t) => t.replace("planning,target-stunting-prevalence", "planning,target-prevalence"));
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ file: F.links, line: lineOf(F.links, "planning,"), field: "indicator" })]);
  });

  it("a missing file", () => {
    const dir = broken(F.dropped, (t) => t);
    rmSync(join(dir, F.dropped));
    expect(problemsOf(dir)).toEqual([{ file: F.dropped, line: 1, field: "file", message: "file is missing" }]);
  });

  it("formats each problem as file:line: field: message", () => {
    const dir = broken(F.observations, (t) => setCell(t, "O050", "source", "S999"));
    try {
      loadMetrics(dir);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain(`observations.csv:${lineOf(F.observations, "O050,")}: source: "S999" is not an id in sources.csv`);
      expect(formatProblem((error as DataError).problems[0]!)).toMatch(/^observations\.csv:\d+: source: /);
    }
  });
});
