/**
 * Checks a study read by read.ts: unique ids, every reference to an id located, every segment's
 * text verbatim at its locator, the study's words in both languages, inferences, allowances, the
 * channels (checkChannels.ts), the cases (checkCases.ts) and the privacy guard (privacy.ts).
 * Every problem is collected.
 */
import type { Row } from "../csv.js";
import type { Problem } from "../errors.js";
import { checkCases } from "./checkCases.js";
import { checkChannels } from "./checkChannels.js";
import { locate } from "./locate.js";
import { checkPrivacy } from "./privacy.js";
import { STUDY_FILES, type Study, type StudyRows } from "./read.js";
import { refs, unique } from "./refs.js";
import type { Excluded, Finding, Recommendation } from "./schema.js";

/** Cross-references, uniqueness and locators. */
export function checkStudy(study: Study, rows: StudyRows): Problem[] {
  const problems: Problem[] = [];
  const F = STUDY_FILES;
  const dims = unique(rows.dimensions, F.dimensions, (v) => v.id, "id", problems);
  unique(rows.dimensions, F.dimensions, (v) => String(v.order), "order", problems);
  const subcodes = unique(rows.subcodes, F.subcodes, (v) => v.id, "id", problems);
  const stages = unique(rows.stages, F.stages, (v) => v.id, "id", problems);
  const findings = unique(rows.findings, F.findings, (v) => v.id, "id", problems);
  unique(rows.recommendations, F.recommendations, (v) => v.id, "id", problems);
  const actors = unique(rows.actors, F.actors, (v) => v.id, "id", problems);
  unique(rows.assessments, F.assessments, (v) => v.dimension, "dimension", problems);
  if (!rows.dimensions.length && !problems.some((p) => p.file === F.dimensions)) {
    problems.push({ file: F.dimensions, line: 1, field: "file", message: "the codebook has no dimensions" });
  }

  const one = (v: string) => (v ? [v] : []);
  refs(rows.subcodes, F.subcodes, "dimension", (v) => [v.dimension], dims, F.dimensions, problems);
  refs(rows.assessments, F.assessments, "dimension", (v) => [v.dimension], dims, F.dimensions, problems);
  refs(rows.assessments, F.assessments, "finding", (v) => [v.finding], findings, F.findings, problems);
  refs(rows.findings, F.findings, "dimension", (v) => one(v.dimension), dims, F.dimensions, problems);
  refs(rows.findings, F.findings, "subcodes", (v) => v.subcodes, subcodes, F.subcodes, problems);
  refs(rows.findings, F.findings, "actors", (v) => v.actors, actors, F.actors, problems);
  refs(rows.findings, F.findings, "stages", (v) => v.stages, stages, F.stages, problems);
  refs(rows.recommendations, F.recommendations, "dimension", (v) => [v.dimension], dims, F.dimensions, problems);
  refs(rows.recommendations, F.recommendations, "answers", (v) => v.answers, findings, F.findings, problems);
  refs(rows.recommendations, F.recommendations, "actors", (v) => v.actors, actors, F.actors, problems);
  refs(rows.actors, F.actors, "findings", (v) => v.findings, findings, F.findings, problems);
  // Channels: their ties, parties, dimension and findings, and the parties we inferred (checkChannels.ts).
  problems.push(...checkChannels({ channels: rows.channels, inferred: rows.inferred, actors, findings, dimensions: dims }));

  // A subcode used in a finding must belong to the finding's dimension (when it has one).
  const subcodeDim = new Map(study.subcodes.map((s) => [s.id, s.dimension]));
  for (const { line, value } of rows.findings) {
    for (const s of value.subcodes) {
      const d = subcodeDim.get(s);
      if (d && value.dimension && d !== value.dimension) {
        problems.push({ file: F.findings, line, field: "subcodes", message: `sub-code "${s}" belongs to dimension "${d}", not "${value.dimension}"` });
      }
    }
  }
  // Recommendations answer gaps.
  const valence = new Map(study.findings.map((f) => [f.id, f.valence]));
  for (const { line, value } of rows.recommendations) {
    for (const a of value.answers) {
      if (valence.has(a) && valence.get(a) !== "gap") {
        problems.push({ file: F.recommendations, line, field: "answers", message: `"${a}" is a ${valence.get(a)} finding; expected a gap` });
      }
    }
  }
  // Every segment's text stands verbatim at its locator.
  const located: [Row<Finding | Recommendation | Excluded>[], string, "text_id" | "text"][] = [
    [rows.findings, F.findings, "text_id"],
    [rows.recommendations, F.recommendations, "text_id"],
    [rows.excluded, F.excluded, "text"]
  ];
  for (const [list, file, textField] of located) {
    for (const { line, value } of list) {
      const source = study.sources[value.source];
      if (source === undefined) {
        problems.push({ file, line, field: "source", message: `"${value.source}" is not a source file listed in study.json` });
        continue;
      }
      const text = textField === "text" ? (value as Excluded).text : (value as Finding | Recommendation).text_id;
      const check = locate(source, value.start, value.end, text);
      if (check) problems.push({ file, line, field: check.field === "text" ? textField : check.field, message: check.message });
    }
  }
  // The findings that state the study's own conclusion and its qualification.
  for (const part of ["findings", "qualification"] as const) {
    for (const id of study.meta.conclusion?.[part] ?? []) {
      if (!findings.has(id)) problems.push({ file: "study.json", line: 1, field: `conclusion.${part}`, message: `"${id}" is not an id in ${F.findings}` });
    }
  }
  // The study's own words come in both languages or not at all.
  const pairs: [string, Record<string, unknown> | undefined, string][] = [
    ["site", study.meta.site, "overview_title"],
    ["site", study.meta.site, "brief_title"]
  ];
  for (const [parent, obj, field] of pairs) {
    if (obj && (obj[`${field}_id`] === undefined) !== (obj[`${field}_en`] === undefined)) {
      const missing = obj[`${field}_id`] === undefined ? "id" : "en";
      problems.push({ file: "study.json", line: 1, field: `${parent}.${field}_${missing}`, message: `expected ${field} in both languages (id and en)` });
    }
  }
  // A restatement names findings that exist, and never itself.
  unique(rows.restatements, F.restatements, (v) => v.finding, "finding", problems);
  refs(rows.restatements, F.restatements, "finding", (v) => [v.finding], findings, F.findings, problems);
  refs(rows.restatements, F.restatements, "restates", (v) => v.restates, findings, F.findings, problems);
  for (const { line, value } of rows.restatements) {
    if (value.restates.includes(value.finding)) problems.push({ file: F.restatements, line, field: "restates", message: `"${value.finding}" cannot restate itself` });
    if (!value.restates.length) problems.push({ file: F.restatements, line, field: "restates", message: "expected the ids of the findings it restates" });
  }
  // An allowance names a file the guard reads.
  const guarded = new Set<string>([F.findings, F.recommendations, F.actors, F.channels, F.excluded, F.cases, F.caseValues, ...Object.keys(study.sources).map((s) => `source/${s}`)]);
  for (const { line, value } of rows.allow) {
    if (!guarded.has(value.file)) problems.push({ file: F.allow, line, field: "file", message: `"${value.file}" is not a file the privacy guard reads (expected one of: ${[...guarded].join(", ")})` });
  }
  // An inferred code is a code of the row it names.
  const coded = new Map<string, Set<string>>([
    ...study.findings.map((f) => [`${F.findings}\u0000${f.id}`, new Set([...f.actors, ...f.stages])] as const),
    ...study.recommendations.map((r) => [`${F.recommendations}\u0000${r.id}`, new Set(r.actors)] as const)
  ]);
  for (const { line, value } of rows.inferred) {
    if (value.file === F.channels) continue; // a channel's inferred party: checkChannels
    const codes = coded.get(`${value.file}\u0000${value.id}`);
    if (value.file !== F.findings && value.file !== F.recommendations) {
      problems.push({ file: F.inferred, line, field: "file", message: `"${value.file}" is not ${F.findings}, ${F.recommendations} or ${F.channels}` });
    } else if (!codes) {
      problems.push({ file: F.inferred, line, field: "id", message: `"${value.id}" is not an id in ${value.file}` });
    } else if (!codes.has(value.code)) {
      problems.push({ file: F.inferred, line, field: "code", message: `"${value.code}" is not an actor or stage of ${value.id} in ${value.file}` });
    }
  }
  // The study's own notes on dimensions name dimensions of the codebook.
  unique(rows.dimensionNotes, F.dimensionNotes, (v) => v.dimension, "dimension", problems);
  refs(rows.dimensionNotes, F.dimensionNotes, "dimension", (v) => [v.dimension], dims, F.dimensions, problems);
  // Cases, what they cover, variables and values (checkCases.ts).
  problems.push(...checkCases(study, rows));
  // Interview text is personal data (loaders/study/privacy.ts).
  problems.push(...checkPrivacy({ rows, sources: study.sources, privateNames: study.privateNames, allow: study.allow }));
  return problems;
}
