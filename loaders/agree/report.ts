/**
 * A coder comparison as text: an aligned table for the terminal, a Markdown report (the table,
 * the passages where the coders disagree, and notes), or a CSV of the table (src/shared/csv.ts).
 */
import { toCsv } from "../../src/shared/csv.js";
import type { AgreementRow, Comparison, Disagreement } from "./compare.js";

/** Every source, for the row of a code across all sources. */
export const ALL_SOURCES = "(all sources)";

export const fmtPercent = (p: number) => p.toFixed(2);
export const fmtCoefficient = (k: number | null) => (k === null ? "n/a" : k.toFixed(4));

function cells(r: AgreementRow): string[] {
  return [r.code, r.source ?? ALL_SOURCES, String(r.table.both + r.table.onlyA + r.table.onlyB + r.table.neither), String(r.table.both), String(r.table.onlyA), String(r.table.onlyB), fmtPercent(r.percent), fmtCoefficient(r.kappa), fmtCoefficient(r.alpha)];
}

function header(c: Comparison): string[] {
  return ["code", "source", "units", "both", `${c.coders[0]} only`, `${c.coders[1]} only`, "agreement %", "kappa", "alpha"];
}

const width = (s: string) => Array.from(s).length;

function aligned(rows: string[][], numericFrom: number): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  const pad = (s: string, i: number) => (i >= numericFrom ? " ".repeat(widths[i]! - width(s)) + s : s + " ".repeat(widths[i]! - width(s)));
  return rows.map((r) => r.map(pad).join("  ").trimEnd());
}

function passage(d: Disagreement): string {
  return `${d.source} [${d.start}-${d.end}) ${d.code}: coded by ${d.coder} only: "${d.excerpt}"`;
}

/** How many disagreements the terminal shows (the Markdown report shows all). */
export const CONSOLE_PASSAGES = 50;

export function renderConsole(c: Comparison): string[] {
  const lines = [`Coder agreement: A = ${c.coders[0]}, B = ${c.coders[1]} (${c.inputs.join(", ")}); units are characters (code points; a CRLF line end is one)`, ""];
  if (!c.rows.length) return [...lines, "No code was used by either coder in the sources both have: nothing to compare.", ...c.notes.map((n) => `note: ${n}`)];
  lines.push(...aligned([header(c), ...c.rows.map(cells)], 2), "");
  lines.push(`Passages where the coders disagree (${c.disagreements.length}; [start-end) in code points of the source file):`);
  for (const d of c.disagreements.slice(0, CONSOLE_PASSAGES)) lines.push(`  ${passage(d)}`);
  if (c.disagreements.length > CONSOLE_PASSAGES) lines.push(`  … and ${c.disagreements.length - CONSOLE_PASSAGES} more (write them all with --out report.md)`);
  if (!c.disagreements.length) lines.push("  none");
  for (const n of c.notes) lines.push(`note: ${n}`);
  return lines;
}

const mdCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

function mdTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(mdCell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`)];
}

export function renderMarkdown(c: Comparison): string {
  const lines = [
    "# Coder agreement",
    "",
    `Coder A: **${c.coders[0]}**; coder B: **${c.coders[1]}**; from ${c.inputs.map((i) => `\`${i}\``).join(" and ")}.`,
    "",
    "Each character of a source (a Unicode code point; a CRLF line end counts once) is a unit, coded or not with a code by each coder.",
    "Agreement and Cohen's kappa per code and source; across sources, both are averaged with each source weighted by its units (as NVivo does).",
    "Krippendorff's alpha (nominal) pools the units of all sources; n/a where neither coder varied. Method and limits: docs/agreement.md.",
    "",
    "## Sources",
    "",
    ...c.sources.map((s) => `- ${s.name}: ${s.units} units`),
    "",
    "## Agreement per code",
    "",
    ...(c.rows.length ? mdTable(header(c), c.rows.map(cells)) : ["No code was used by either coder in the sources both have."]),
    "",
    "## Passages where the coders disagree",
    "",
    ...(c.disagreements.length
      ? mdTable(["source", "code", "code points", "units", "coded by", "text"], c.disagreements.map((d) => [d.source, d.code, `${d.start}-${d.end}`, String(d.units), `${d.coder} only`, d.excerpt]))
      : ["None."]),
    "",
    "## Notes",
    "",
    ...(c.notes.length ? c.notes.map((n) => `- ${n}`) : ["- none"]),
    ""
  ];
  return lines.join("\n");
}

export const CSV_COLUMNS = ["code", "source", "coder_a", "coder_b", "units", "both", "only_a", "only_b", "neither", "agreement_pct", "kappa", "alpha"] as const;

/** The table as CSV: one row per code and source, then the code across all sources (source `(all sources)`). */
export function renderCsv(c: Comparison): string {
  const rows = c.rows.map((r) => ({
    code: r.code,
    source: r.source ?? ALL_SOURCES,
    coder_a: c.coders[0],
    coder_b: c.coders[1],
    units: r.table.both + r.table.onlyA + r.table.onlyB + r.table.neither,
    both: r.table.both,
    only_a: r.table.onlyA,
    only_b: r.table.onlyB,
    neither: r.table.neither,
    agreement_pct: fmtPercent(r.percent),
    kappa: fmtCoefficient(r.kappa),
    alpha: r.alpha === null ? "" : fmtCoefficient(r.alpha)
  }));
  return toCsv(rows, CSV_COLUMNS);
}
