/** The import report: what was mapped, what was not and why, what was excluded; and its Markdown. */
import type { SourceKind } from "../../../src/shared/i18n/index.js";
import { defaultNotes } from "../../study/defaults.js";
import type { ImportedRows } from "./buildTables.js";
import type { CaseTables } from "./cases.js";
import { targetLabel, type Resolution } from "./mapCodes.js";
import { TRANSLATION_PENDING, type ImportInput, type ImportReport } from "./types.js";

/** The report of an import whose segments made `rows` under `resolution`. */
export function importReport(input: ImportInput, resolution: Resolution, rows: ImportedRows, sourceKind?: SourceKind, cases?: CaseTables): ImportReport {
  const codeByKey = new Map(input.codes.map((c) => [c.key, c]));
  const report: ImportReport = {
    tool: input.tool,
    input: input.inputName,
    facts: input.facts,
    mapped: [...resolution.targets.entries()].flatMap(([key, ts]) =>
      ts.map((t) => ({ code: codeByKey.get(key)?.path.join("/") ?? key, target: t, how: resolution.how.get(key) ?? "" }))
    ),
    unmapped: [...resolution.unresolved.entries()].map(([key, reason]) => ({
      code: codeByKey.get(key)?.path.join("/") ?? key,
      selections: input.segments.filter((seg) => seg.codes.includes(key)).length,
      reason
    })),
    excluded: rows.excludedReport,
    counts: {
      findings: rows.findings.length,
      recommendations: rows.recommendations.length,
      excluded: rows.excluded.length,
      pendingTranslations: rows.pendingCount,
      defaultValence: rows.defaultValence,
      cases: cases?.cases.length ?? 0,
      variables: cases?.variables.length ?? 0
    },
    notes: [],
    provenance: [
      ...rows.findings.map((f, i) => ({ row: `findings.csv ${f.id}`, ref: rows.origins.get(`findings.csv#${i + 1}`) })),
      ...rows.recommendations.map((r, i) => ({ row: `recommendations.csv ${r.id}`, ref: rows.origins.get(`recommendations.csv#${i + 1}`) }))
    ].flatMap((p) => (p.ref ? [{ row: p.row, ref: p.ref }] : []))
  };
  if (rows.pendingCount) report.notes.push(`${rows.pendingCount} segment(s) have no English translation yet: their text_en reads "${TRANSLATION_PENDING} " followed by the original text. Replace it with a translation.`);
  if (rows.defaultValence) report.notes.push(`${rows.defaultValence} segment(s) carry no valence code (strength, gap, neutral): they were set to "neutral". Code the valence in your tool, or edit findings.csv.`);
  if (input.carried["study.json"] === undefined) {
    report.notes.push("study.json was generated: fill in the place, what was coded, and the author, year and institution if the study states them (leave null what it does not).");
    report.notes.push(...defaultNotes(sourceKind));
  }
  return report;
}

/** The report as Markdown (written as import-report.md beside the study). */
export function reportMarkdown(r: ImportReport): string {
  const lines = [
    `# Import report`,
    "",
    `From \`${r.input}\` (${r.tool}).`,
    "",
    "## The input",
    ...r.facts.map((f) => `- ${f}`),
    "",
    "## Result",
    `- ${r.counts.findings} findings, ${r.counts.recommendations} recommendations, ${r.counts.excluded} excluded segments`,
    `- ${r.counts.cases} cases and ${r.counts.variables} variables (cases.csv, case-sources.csv, variables.csv, case-values.csv); memos and project notes are not copied into the study`,
    ...r.notes.map((n) => `- ${n}`),
    "",
    "## Codes mapped to the codebook",
    ...(r.mapped.length ? r.mapped.map((m) => `- \`${m.code}\` → ${targetLabel(m.target)} (by ${m.how})`) : ["- none"]),
    "",
    "## Codes not mapped",
    ...(r.unmapped.length ? r.unmapped.map((u) => `- \`${u.code}\`: applied to ${u.selections} selection(s). ${u.reason}`) : ["- none"]),
    "",
    "## Selections not imported as findings",
    ...(r.excluded.length ? r.excluded.map((e) => `- ${e.ref}: ${e.reason}`) : ["- none"]),
    "",
    "## Where each finding and recommendation comes from",
    "The locators in the tables name the source and its paragraph (¶); here is the tool's own id of each selection, to find it again in the tool.",
    "",
    ...(r.provenance.length ? r.provenance.map((p) => `- ${p.row}: ${p.ref}`) : ["- none"]),
    ""
  ];
  return lines.join("\n");
}
