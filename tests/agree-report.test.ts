import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { codersInOne } from "../loaders/agree/coders.js";
import { compareCoders, type Comparison } from "../loaders/agree/compare.js";
import { readAgreeProject } from "../loaders/agree/read.js";
import { ALL_SOURCES, CONSOLE_PASSAGES, CSV_COLUMNS, renderConsole, renderCsv, renderMarkdown } from "../loaders/agree/report.js";
import { twoCoders } from "./fixtures/agree/make.js";

const comparison = () => compareCoders(...codersInOne(readAgreeProject(twoCoders(), "two-coders.qdpx")));

describe("agreement reports", () => {
  it("prints an aligned table with one line per code and source and per code overall, then the disagreements", () => {
    const lines = renderConsole(comparison());
    expect(lines[0]).toMatch(/^Coder agreement: A = Ani, B = Budi \(two-coders\.qdpx\)/);
    const table = lines.slice(2, 15);
    expect(table[0]).toMatch(/^code\s+source\s+units\s+both\s+Ani only\s+Budi only\s+agreement %\s+kappa\s+alpha$/);
    expect(new Set(table.map((l) => l.length)).size).toBe(1);
    expect(lines).toContain("Dimensi/Partisipasi  rapat.txt         40    11         6          0        85.00   0.6783   0.6745");
    expect(lines).toContain("Komunikasi           (all sources)    103    13        14         28        59.22   0.2125   0.0825");
    expect(lines).toContain('  grup.txt [0-7) Dimensi/Partisipasi: coded by Budi only: "Grup WA"');
  });

  it("caps the passages printed to the terminal, and says where the rest are", () => {
    const c = comparison();
    const many: Comparison = { ...c, disagreements: Array.from({ length: CONSOLE_PASSAGES + 3 }, () => c.disagreements[0]!) };
    const lines = renderConsole(many);
    expect(lines.filter((l) => l.startsWith("  rapat.txt"))).toHaveLength(CONSOLE_PASSAGES);
    expect(lines).toContain("  … and 3 more (write them all with --out report.md)");
  });

  it("writes Markdown with the table, every disagreement and the notes", () => {
    const md = renderMarkdown(comparison());
    expect(md).toContain("| code | source | units | both | Ani only | Budi only | agreement % | kappa | alpha |");
    expect(md).toContain("| Honor | rapat.txt | 40 | 0 | 5 | 0 | 87.50 | 0.0000 | -0.0533 |");
    expect(md).toContain("| transkrip.txt | Komunikasi | 0-15 | 14 | Ani only | Tanya: kabar? |");
    expect(md).toMatch(/## Notes\n\n- two-coders\.qdpx: "transkrip\.txt": CRLF line ends counted as two/);
  });

  it("writes the table as CSV that reads back with the same figures", () => {
    const rows = parse(renderCsv(comparison()), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(12);
    const overall = rows.find((r) => r.code === "Dimensi/Partisipasi" && r.source === ALL_SOURCES)!;
    expect(overall).toMatchObject({ coder_a: "Ani", coder_b: "Budi", units: "103", both: "11", only_a: "6", only_b: "7", neither: "79", agreement_pct: "87.38", kappa: "0.6032", alpha: "0.5547" });
    expect(rows.find((r) => r.code === "Honor" && r.source === "grup.txt")!.alpha).toBe("");
  });
});
