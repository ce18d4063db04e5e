/**
 * Reads a study folder (docs/study-format.md) into typed tables: every file parsed, every
 * problem of a single file (encoding, CSV syntax, a cell that does not read as its column's type)
 * collected with its place. Cross-references are checked afterwards (check.ts).
 */
import { isAbsolute, join, relative } from "node:path";
import { z } from "zod";
import { readCsvFile, type Row } from "../csv.js";
import type { Problem } from "../errors.js";
import { readUtf8File } from "../utf8.js";
import { readProse, type StudyProse } from "./prose.js";
import {
  actorSchema,
  allowSchema,
  assessmentSchema,
  caseSchema,
  caseSourceSchema,
  caseValueSchema,
  channelSchema,
  dimensionNoteSchema,
  dimensionSchema,
  excludedSchema,
  findingSchema,
  inferredSchema,
  restatementSchema,
  recommendationSchema,
  stageSchema,
  studyMetaSchema,
  RETIRED_FIELDS,
  subcodeSchema,
  variableSchema,
  type Actor,
  type Allow,
  type Assessment,
  type Case,
  type CaseSource,
  type CaseValue,
  type Channel,
  type Dimension,
  type DimensionNote,
  type Excluded,
  type Finding,
  type Inferred,
  type Restatement,
  type Recommendation,
  type Stage,
  type StudyMeta,
  type Subcode,
  type Variable
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
  inferred: "inferred.csv",
  restatements: "restatements.csv",
  dimensionNotes: "codebook/dimension-notes.csv",
  cases: "cases.csv",
  caseSources: "case-sources.csv",
  variables: "variables.csv",
  caseValues: "case-values.csv"
} as const;

/** Files a study may omit (a study without cases.csv has no cases). */
const OPTIONAL = new Set<string>([
  STUDY_FILES.excluded,
  STUDY_FILES.allow,
  STUDY_FILES.assessments,
  STUDY_FILES.inferred,
  STUDY_FILES.restatements,
  STUDY_FILES.dimensionNotes,
  STUDY_FILES.cases,
  STUDY_FILES.caseSources,
  STUDY_FILES.variables,
  STUDY_FILES.caseValues
]);

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
  /** Findings that restate earlier ones (restatements.csv): never counted again as evidence; empty when the file is absent. */
  restatements?: Restatement[];
  /** The study's own note on each dimension (codebook/dimension-notes.csv), beside the framework's description. */
  dimensionNotes?: DimensionNote[];
  /** The units the study compares (cases.csv), what each covers (case-sources.csv), the variables and each case's values. */
  cases?: Case[];
  caseSources?: CaseSource[];
  variables?: Variable[];
  caseValues?: CaseValue[];
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
  restatements: Row<Restatement>[];
  dimensionNotes: Row<DimensionNote>[];
  cases: Row<Case>[];
  caseSources: Row<CaseSource>[];
  variables: Row<Variable>[];
  caseValues: Row<CaseValue>[];
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
  const lineOf = (key: string) => {
    const at = key ? text.indexOf(`"${key}"`) : -1;
    return at >= 0 ? text.slice(0, at).split("\n").length : 1;
  };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const prefix = issue.path.map(String);
      for (const key of issue.keys) {
        const message = prefix.length ? "unknown field" : (RETIRED_FIELDS[key] ?? `unknown field (expected one of: ${Object.keys(studyMetaSchema.shape).join(", ")})`);
        problems.push({ file, line: lineOf(prefix[0] ?? key), field: [...prefix, key].join("."), message });
      }
      continue;
    }
    const field = issue.path.join(".") || "study";
    problems.push({ file, line: lineOf(String(issue.path[0] ?? "")), field, message: issue.message });
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
    inferred: table(dir, STUDY_FILES.inferred, inferredSchema, problems),
    restatements: table(dir, STUDY_FILES.restatements, restatementSchema, problems),
    dimensionNotes: table(dir, STUDY_FILES.dimensionNotes, dimensionNoteSchema, problems),
    cases: table(dir, STUDY_FILES.cases, caseSchema, problems),
    caseSources: table(dir, STUDY_FILES.caseSources, caseSourceSchema, problems),
    variables: table(dir, STUDY_FILES.variables, variableSchema, problems),
    caseValues: table(dir, STUDY_FILES.caseValues, caseValueSchema, problems)
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
    restatements: plain(rows.restatements),
    dimensionNotes: plain(rows.dimensionNotes),
    cases: plain(rows.cases),
    caseSources: plain(rows.caseSources),
    variables: plain(rows.variables),
    caseValues: plain(rows.caseValues),
    privateNames,
    prose
  };
  return { study, rows, problems };
}
