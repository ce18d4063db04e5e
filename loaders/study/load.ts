/**
 * Reads a study folder (docs/study-format.md) into typed tables, then checks every
 * cross-reference and locator. All problems are collected and reported together.
 */
import { isAbsolute, join, relative } from "node:path";
import { z } from "zod";
import { readCsvFile, type Row } from "../csv.js";
import { DataError, type Problem } from "../errors.js";
import { readUtf8File } from "../utf8.js";
import { locate, normalizeSegment } from "./locate.js";
import { checkPrivacy } from "./privacy.js";
import { readProse, type StudyProse } from "./prose.js";
import {
  actorSchema,
  allowSchema,
  inferredSchema,
  assessmentSchema,
  channelSchema,
  dimensionSchema,
  excludedSchema,
  findingSchema,
  recommendationSchema,
  stageSchema,
  studyMetaSchema,
  subcodeSchema,
  type Actor,
  type Allow,
  type Assessment,
  type Channel,
  type Dimension,
  type Excluded,
  type Finding,
  type Inferred,
  type Recommendation,
  type Stage,
  type StudyMeta,
  type Subcode
} from "./schema.js";

export const STUDY_FILES = {
  dimensions: "codebook/dimensions.csv",
  subcodes: "codebook/subcodes.csv",
  stages: "codebook/stages.csv",
  assessments: "assessments.csv",
  findings: "findings.csv",
  recommendations: "recommendations.csv",
  actors: "actors.csv",
  channels: "channels.csv",
  excluded: "excluded.csv",
  allow: "allow-private.csv",
  inferred: "inferred.csv"
} as const;

/** Files a study may omit. */
const OPTIONAL = new Set<string>([STUDY_FILES.excluded, STUDY_FILES.allow, STUDY_FILES.assessments, STUDY_FILES.inferred]);

export interface Study {
  dir: string;
  meta: StudyMeta;
  /** Source texts by file name under `source/`. */
  sources: Record<string, string>;
  dimensions: Dimension[];
  subcodes: Subcode[];
  stages: Stage[];
  assessments: Assessment[];
  findings: Finding[];
  recommendations: Recommendation[];
  actors: Actor[];
  channels: Channel[];
  excluded: Excluded[];
  allow: Allow[];
  /** Codes the coder inferred rather than read in the span (inferred.csv); empty when the file is absent. */
  inferred?: Inferred[];
  /** Names that must never appear in text (private-names.txt), if any. */
  privateNames: string[];
  /** The researcher's longer prose (prose/<name>.<lang>.md), by name (absent in synthetic studies). */
  prose?: StudyProse;
}

/** Rows with their line numbers, kept for located cross-reference errors. */
export interface StudyRows {
  dimensions: Row<Dimension>[];
  subcodes: Row<Subcode>[];
  stages: Row<Stage>[];
  assessments: Row<Assessment>[];
  findings: Row<Finding>[];
  recommendations: Row<Recommendation>[];
  actors: Row<Actor>[];
  channels: Row<Channel>[];
  excluded: Row<Excluded>[];
  allow: Row<Allow>[];
  inferred: Row<Inferred>[];
}

function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const { text, problem } = readUtf8File(path, file);
  if (problem) problems.push(problem);
  return text;
}

function table<S extends z.ZodRawShape>(
  dir: string,
  file: string,
  schema: z.ZodObject<S>,
  problems: Problem[]
): Row<z.output<z.ZodObject<S>>>[] {
  const result = readCsvFile(join(dir, file), file, schema, { optional: OPTIONAL.has(file) });
  problems.push(...result.problems);
  return result.rows;
}

function readMeta(dir: string, problems: Problem[]): StudyMeta | undefined {
  const file = "study.json";
  const text = readText(join(dir, file), file, problems);
  if (text === undefined) {
    if (!problems.some((p) => p.file === file)) problems.push({ file, line: 1, field: "file", message: "file is missing" });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split("\n").length : 1;
    problems.push({ file, line, field: "json", message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = studyMetaSchema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "study";
    const key = String(issue.path[0] ?? "");
    const at = key ? text.indexOf(`"${key}"`) : -1;
    problems.push({ file, line: at >= 0 ? text.slice(0, at).split("\n").length : 1, field, message: issue.message });
  }
  return undefined;
}

/** Reads every file of the study; returns what parsed and every problem met. */
export function readStudy(dir: string): { study?: Study; rows: StudyRows; problems: Problem[] } {
  const problems: Problem[] = [];
  const meta = readMeta(dir, problems);
  const rows: StudyRows = {
    dimensions: table(dir, STUDY_FILES.dimensions, dimensionSchema, problems),
    subcodes: table(dir, STUDY_FILES.subcodes, subcodeSchema, problems),
    stages: table(dir, STUDY_FILES.stages, stageSchema, problems),
    assessments: table(dir, STUDY_FILES.assessments, assessmentSchema, problems),
    findings: table(dir, STUDY_FILES.findings, findingSchema, problems),
    recommendations: table(dir, STUDY_FILES.recommendations, recommendationSchema, problems),
    actors: table(dir, STUDY_FILES.actors, actorSchema, problems),
    channels: table(dir, STUDY_FILES.channels, channelSchema, problems),
    excluded: table(dir, STUDY_FILES.excluded, excludedSchema, problems),
    allow: table(dir, STUDY_FILES.allow, allowSchema, problems),
    inferred: table(dir, STUDY_FILES.inferred, inferredSchema, problems)
  };
  const sources: Record<string, string> = {};
  for (const { file } of meta?.sources ?? []) {
    const rel = `source/${file}`;
    if (isAbsolute(file) || file.split(/[\\/]/).includes("..")) {
      problems.push({ file: "study.json", line: 1, field: "sources.file", message: `"${file}" is outside source/ (expected a file name under source/)` });
      continue;
    }
    const text = readText(join(dir, "source", file), rel, problems);
    if (text !== undefined) sources[file] = text;
    else if (!problems.some((p) => p.file === rel)) problems.push({ file: rel, line: 1, field: "file", message: "source file named in study.json is missing" });
  }
  const namesText = readText(join(dir, "private-names.txt"), "private-names.txt", problems);
  const privateNames = (namesText ?? "")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith("#"));
  const prose = readProse(dir, problems);
  if (!meta) return { rows, problems };
  const plain = <T>(r: Row<T>[]) => r.map((x) => x.value);
  const study: Study = {
    dir: relative(process.cwd(), dir) || ".",
    meta,
    sources,
    dimensions: plain(rows.dimensions).sort((a, b) => a.order - b.order),
    subcodes: plain(rows.subcodes),
    stages: plain(rows.stages).sort((a, b) => a.order - b.order),
    assessments: plain(rows.assessments),
    findings: plain(rows.findings),
    recommendations: plain(rows.recommendations),
    actors: plain(rows.actors),
    channels: plain(rows.channels),
    excluded: plain(rows.excluded),
    allow: plain(rows.allow),
    inferred: plain(rows.inferred),
    privateNames,
    prose
  };
  return { study, rows, problems };
}

function unique<T>(rows: Row<T>[], file: string, key: (v: T) => string, field: string, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const k = key(value);
    const first = seen.get(k);
    if (first !== undefined) problems.push({ file, line, field, message: `duplicate ${field} "${k}" (first on line ${first})` });
    else seen.set(k, line);
  }
  return new Set(seen.keys());
}

function refs<T>(
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
  unique(rows.channels, F.channels, (v) => v.id, "id", problems);
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
  const endpoints = new Set([...actors, "programme"]);
  refs(rows.channels, F.channels, "from", (v) => [v.from], endpoints, `${F.actors} (or "programme")`, problems);
  refs(rows.channels, F.channels, "to", (v) => [v.to], endpoints, `${F.actors} (or "programme")`, problems);
  refs(rows.channels, F.channels, "dimension", (v) => one(v.dimension), dims, F.dimensions, problems);
  refs(rows.channels, F.channels, "findings", (v) => v.findings, findings, F.findings, problems);
  for (const { line, value } of rows.channels) {
    if (!value.findings.length) problems.push({ file: F.channels, line, field: "findings", message: "expected at least one supporting finding" });
  }

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
  if (study.meta.central_problem && !findings.has(study.meta.central_problem.finding)) {
    problems.push({ file: "study.json", line: 1, field: "central_problem.finding", message: `"${study.meta.central_problem.finding}" is not an id in ${F.findings}` });
  }
  // The study's own words come in both languages or not at all.
  const pairs: [string, Record<string, unknown> | undefined, string][] = [
    ["central_problem", study.meta.central_problem, "heading"],
    ["central_problem", study.meta.central_problem, "gloss"],
    ["site", study.meta.site, "overview_title"],
    ["site", study.meta.site, "brief_title"]
  ];
  for (const [parent, obj, field] of pairs) {
    if (obj && (obj[`${field}_id`] === undefined) !== (obj[`${field}_en`] === undefined)) {
      const missing = obj[`${field}_id`] === undefined ? "id" : "en";
      problems.push({ file: "study.json", line: 1, field: `${parent}.${field}_${missing}`, message: `expected ${field} in both languages (id and en)` });
    }
  }
  for (const id of study.meta.central_problem?.backing ?? []) {
    if (!findings.has(id)) problems.push({ file: "study.json", line: 1, field: "central_problem.backing", message: `"${id}" is not an id in ${F.findings}` });
  }
  // An allowance names a file the guard reads.
  const guarded = new Set<string>([F.findings, F.recommendations, F.actors, F.channels, F.excluded, ...Object.keys(study.sources).map((s) => `source/${s}`)]);
  for (const { line, value } of rows.allow) {
    if (!guarded.has(value.file)) problems.push({ file: F.allow, line, field: "file", message: `"${value.file}" is not a file the privacy guard reads (expected one of: ${[...guarded].join(", ")})` });
  }
  // An inferred code is a code of the row it names.
  const coded = new Map<string, Set<string>>([
    ...study.findings.map((f) => [`${F.findings}\u0000${f.id}`, new Set([...f.actors, ...f.stages])] as const),
    ...study.recommendations.map((r) => [`${F.recommendations}\u0000${r.id}`, new Set(r.actors)] as const)
  ]);
  for (const { line, value } of rows.inferred) {
    const codes = coded.get(`${value.file}\u0000${value.id}`);
    if (value.file !== F.findings && value.file !== F.recommendations) {
      problems.push({ file: F.inferred, line, field: "file", message: `"${value.file}" is not ${F.findings} or ${F.recommendations}` });
    } else if (!codes) {
      problems.push({ file: F.inferred, line, field: "id", message: `"${value.id}" is not an id in ${value.file}` });
    } else if (!codes.has(value.code)) {
      problems.push({ file: F.inferred, line, field: "code", message: `"${value.code}" is not an actor or stage of ${value.id} in ${value.file}` });
    }
  }
  // Interview text is personal data (loaders/study/privacy.ts).
  problems.push(...checkPrivacy({ rows, sources: study.sources, privateNames: study.privateNames, allow: study.allow }));
  return problems;
}

/**
 * Reads and checks a study, returning every problem. Cross-references are checked only when
 * every file parsed: a broken file would otherwise echo as a list of dangling ids.
 */
export function validateStudy(dir: string): { study?: Study; problems: Problem[] } {
  const { study, rows, problems } = readStudy(dir);
  if (study && !problems.length) problems.push(...checkStudy(study, rows));
  return study ? { study, problems } : { problems };
}

/** Reads and checks a study; throws a DataError listing every problem. */
export function loadStudy(dir: string): Study {
  const { study, problems } = validateStudy(dir);
  if (problems.length || !study) throw new DataError(problems);
  return study;
}

export { normalizeSegment };
