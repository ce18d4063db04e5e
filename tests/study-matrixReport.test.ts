import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { caseMatrix } from "../loaders/study/matrix.js";
import { matrixCell, matrixCsv, matrixMarkdown } from "../loaders/study/matrixReport.js";
import { STUDY } from "./fixtures/matrix-study.js";

const m = caseMatrix(STUDY, { kind: "variable", name: "peran" });

/** The numbers a Markdown cell shows: segments, cases, strengths, gaps, neutral. */
function numbers(cell: string): number[] {
  if (cell === "0") return [0, 0, 0, 0, 0];
  const x = /^(\d+) \((\d+) cases?\) (\d+)\/(\d+)\/(\d+)$/.exec(cell);
  if (!x) throw new Error(`not a cell: ${cell}`);
  return x.slice(1).map(Number);
}

describe("matrixCsv", () => {
  it("writes the long table with exactly its header, whole numbers, and an empty value for cases without one", () => {
    expect(matrixCsv(m)).toBe(
      [
        "dimension,value,segments,cases,strengths,gaps,neutral",
        "trust,ibu balita,1,1,0,1,0",
        "trust,kader,1,1,1,0,0",
        "trust,,1,1,0,1,0",
        "access,ibu balita,2,1,0,1,1",
        "access,kader,3,2,1,2,0",
        "access,,0,0,0,0,0",
        "roles,ibu balita,0,0,0,0,0",
        "roles,kader,0,0,0,0,0",
        "roles,,0,0,0,0,0",
        ""
      ].join("\n")
    );
  });
});

describe("matrixMarkdown", () => {
  const md = matrixMarkdown(m);

  it("is a readable table: one row per dimension, one column per value, a legend and what was left out", () => {
    expect(md.split("\n").slice(0, 4)).toEqual([
      "Coded segments per dimension and peran (text), 5 cases",
      "",
      "| dimension | ibu balita       | kader             | (no value)       |",
      "| --------- | ---------------- | ----------------- | ---------------- |"
    ]);
    expect(md).toContain("| access    | 2 (1 case) 0/1/1 | 3 (2 cases) 1/2/0 | 0                |");
    expect(md).toContain("1 segment belongs to no case and is not counted (F8).");
    expect(matrixCell({ segments: 0, cases: 0, strengths: 0, gaps: 0, neutral: 0 })).toBe("0");
  });

  it("agrees with the CSV, cell by cell", () => {
    const rows = parse(matrixCsv(m), { columns: true }) as Record<string, string>[];
    const lines = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));
    const head = lines[0]!.split("|").slice(1, -1).map((c) => c.trim());
    let checked = 0;
    for (const line of lines.slice(1)) {
      const cells = line.split("|").slice(1, -1).map((c) => c.trim());
      head.slice(1).forEach((h, i) => {
        const row = rows.find((r) => r.dimension === cells[0] && r.value === (h === "(no value)" ? "" : h))!;
        expect(numbers(cells[i + 1]!), `${cells[0]} ${h}`).toEqual([row.segments, row.cases, row.strengths, row.gaps, row.neutral].map(Number));
        checked++;
      });
    }
    expect(checked).toBe(rows.length);
  });

  it("keeps a value with | or a line break from breaking the table", () => {
    const odd = caseMatrix({ ...STUDY, caseValues: [{ case: "K1", variable: "peran", value: "a|b\nc" }] } as typeof STUDY, { kind: "variable", name: "peran" });
    expect(matrixMarkdown(odd).split("\n")[2]).toMatch(/^\| dimension \| a\\\|b c +\| \(no value\) +\|$/);
  });
});
