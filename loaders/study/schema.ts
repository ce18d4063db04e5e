/**
 * The study folder's tables and metadata as zod schemas (see docs/study-format.md).
 *
 * Each table is defined once, in `STUDY_TABLES`: its columns (how each cell is read, its type and
 * description), description and primary key. The row schemas below, the CSV headers the importer
 * writes, the data package (datapackage.ts), the data dictionary (scripts/docs.ts) and the SQL
 * tables (sqlTables.ts) are derived from it: a column is added here and nowhere else. The optional
 * case tables' entries are written in caseTables.ts, study.json's schema in metaSchema.ts.
 */
import { z } from "zod";
import { id, idOrEmpty, oneOf, optionalText, text } from "../fields.js";
import { int, list, optionalColumn, orList, str } from "../table.js";
import { CASE_TABLES } from "./caseTables.js";
import { NOTE_TABLES } from "./noteTables.js";
import { RETIRED_FIELDS, studyMetaSchema } from "./metaSchema.js";
import { locator, studyTable } from "./studyTable.js";
import { SOURCE_KINDS } from "../../src/shared/i18n/index.js";

import { ACTOR_KINDS, PARTICIPATION_LEVELS, RATINGS, TIES, VALENCES, type Tie } from "../../src/shared/model/vocab.js";
export { ACTOR_KINDS, RATINGS, TIES, VALENCES };

/** A channel's tie (TIES); an empty cell reads as no value, which means directed. */
const tieCell = () =>
  z
    .string()
    .trim()
    .refine((s) => s === "" || (TIES as readonly string[]).includes(s), { error: `expected one of: ${TIES.join(", ")} (or an empty cell: directed)` })
    .transform((s) => (s || undefined) as Tie | undefined);

export const STUDY_TABLES = {
  dimensions: studyTable(
    {
      name: "dimensions",
      description: "The codebook's dimensions (of the framework cited in study.json)",
      description_id: "Dimensi buku kode (dari kerangka yang dikutip di study.json)",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "dimension id (used in page addresses)"),
        order: int("position in the framework"),
        name_en: str(text(), "the framework's exact heading"),
        name_id: str(text(), "Indonesian name shown on the site"),
        name_thesis_id: str(optionalText(), "the wording the source uses, if it differs"),
        description_en: str(text(), "short description of the dimension"),
        description_id: str(text(), "the same in Indonesian"),
        reference: str(optionalText(), "where the heading comes from"),
        reference_id: optionalColumn(str(optionalText(), "the same in Indonesian (\"bab 4, subbab 4.2.1\"); where empty, the Indonesian pages show `reference`"))
      }
    },
    { packaged: true, sql: false }
  ),
  dimensionNotes: studyTable(
    {
      name: "dimension-notes",
      description: "Optional (codebook/dimension-notes.csv): the study's own note on a dimension, its reading of the lever, shown beside the framework's neutral description",
      description_id: "Opsional (codebook/dimension-notes.csv): catatan studi sendiri tentang setiap dimensi, yaitu pembacaannya atas tuas itu, ditampilkan di samping deskripsi netral dari kerangka",
      primaryKey: ["dimension"],
      fields: {
        dimension: str(id(), "dimension id"),
        note_en: str(text(), "the study's note on the dimension"),
        note_id: str(text(), "the same in Indonesian")
      }
    },
    { packaged: true, sql: false }
  ),
  subcodes: studyTable(
    {
      name: "subcodes",
      description: "Sub-codes used inside each dimension",
      description_id: "Sub-kode di dalam setiap dimensi",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "sub-code id"),
        dimension: str(id(), "dimension id"),
        label_en: str(text(), "English label"),
        label_id: str(text(), "Indonesian label"),
        description_en: str(optionalText(), "English description"),
        description_id: str(optionalText(), "Indonesian description")
      }
    },
    { packaged: true, sql: false }
  ),
  stages: studyTable(
    {
      name: "stages",
      description: "Co-production stages (Loeffler 2020; Nabatchi, Sancino & Sicilia 2017): the second code dimension",
      description_id: "Tahap co-production (Loeffler 2020; Nabatchi, Sancino & Sicilia 2017): dimensi kode kedua, lensa pengodean kami",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "stage id"),
        order: int("position"),
        label_en: str(text(), "English label"),
        label_id: str(text(), "Indonesian label"),
        description_en: str(optionalText(), "English description"),
        description_id: str(optionalText(), "Indonesian description"),
        reference: str(optionalText(), "reference")
      }
    },
    { packaged: true, sql: false }
  ),
  assessments: studyTable(
    {
      name: "assessments",
      description: "The study's own verdict on each dimension",
      description_id: "Penilaian studi sendiri atas setiap dimensi",
      primaryKey: ["dimension"],
      fields: {
        dimension: str(id(), "dimension id"),
        rating: str(oneOf(RATINGS), "good or fairly-good (needs strengthening)"),
        rating_text_id: str(text(), "the source's words"),
        rating_text_en: str(text(), "our translation"),
        finding: str(id(), "finding that states the verdict")
      }
    },
    { packaged: true, sql: false }
  ),
  findings: studyTable(
    {
      name: "findings",
      description: "Coded segments: the original text, its English translation, locator and codes",
      description_id: "Segmen berkode: teks asli, terjemahan bahasa Inggrisnya, lokasi dan kodenya",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "finding id"),
        ...locator,
        dimension: str(idOrEmpty(), "dimension id; empty for a cross-cutting statement"),
        subcodes: list("sub-codes"),
        valence: str(oneOf(VALENCES), orList(VALENCES)),
        actors: list("actors named"),
        stages: list("co-production stages the statement speaks to"),
        text_id: str(text("the verbatim text"), "verbatim Indonesian text (emphasis asterisks removed, whitespace folded)", "verbatim"),
        text_en: str(text("an English translation"), "English translation written by the project")
      }
    },
    { packaged: true, sql: true }
  ),
  recommendations: studyTable(
    {
      name: "recommendations",
      description: "The recommendations, with the gap findings each answers",
      description_id: "Saran, dengan temuan kelemahan yang hendak diatasinya menurut pengodean kami",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "recommendation id"),
        ...locator,
        dimension: str(id(), "dimension id"),
        answers: list("gap findings answered"),
        actors: list("actors who would act"),
        text_id: str(text("the verbatim text"), "verbatim Indonesian text", "verbatim"),
        text_en: str(text("an English translation"), "English translation written by the project")
      }
    },
    { packaged: true, sql: true }
  ),
  actors: studyTable(
    {
      name: "actors",
      description: "Every actor the text names",
      description_id: "Setiap aktor yang disebut teks",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "actor id"),
        label_id: str(text(), "Indonesian name"),
        label_en: str(text(), "English name"),
        kind: str(oneOf(ACTOR_KINDS), orList(ACTOR_KINDS)),
        findings: list("findings that name the actor")
      }
    },
    { packaged: true, sql: true }
  ),
  channels: studyTable(
    {
      name: "channels",
      description:
        "Channels and mechanisms the text names between parties (actors, or an actor and the programme): a directed tie (from → to) only where the text gives the direction, an undirected tie between two parties, or a hub among the several parties a sentence names together. A party the text does not name but we inferred is a row of inferred.csv (file channels.csv, code the party), with the reason",
      description_id:
        "Saluran dan mekanisme yang disebut teks di antara para pihak (aktor, atau aktor dan program): ikatan berarah (dari → ke) hanya bila teks menyebut arahnya, ikatan tak berarah antara dua pihak, atau simpul di antara beberapa pihak yang disebut bersama dalam satu kalimat. Pihak yang tidak disebut teks tetapi kami simpulkan dicatat di inferred.csv (file channels.csv, kode pihak itu) beserta alasannya",
      primaryKey: ["id"],
      fields: {
        id: str(id(), "channel id"),
        from: str(idOrEmpty(), "an actor id or programme: for a directed tie the party that does what the label says, for an undirected tie one of its two parties; empty for a hub"),
        to: str(idOrEmpty(), "an actor id or programme: for a directed tie the party it is done to or for, for an undirected tie the other party; empty for a hub"),
        tie: optionalColumn(str(tieCell(), `${orList(TIES)}; an empty cell, or a file without the column, is directed`)),
        parties: optionalColumn(list("a hub's parties (actor ids, or programme), at least three; empty for a directed or undirected tie")),
        channel: str(id(), "kind of channel"),
        label_id: str(text(), "Indonesian label"),
        label_en: str(text(), "English label"),
        dimension: str(idOrEmpty(), "dimension id"),
        findings: list("the findings that name the channel (at least one)")
      }
    },
    { packaged: true, sql: true }
  ),
  excluded: studyTable(
    {
      name: "excluded",
      description: "Sentences of the source deliberately left uncoded, with the reason",
      description_id: "Kalimat sumber yang sengaja tidak dikode, beserta alasannya",
      fields: {
        source: locator.source,
        start: locator.start,
        end: locator.end,
        text: str(text(), "the text", "verbatim"),
        reason: str(text("a reason"), "why it carries no finding, in English"),
        reason_id: optionalColumn(str(optionalText(), "the same reason in Indonesian; where the cell is empty or the column left out, the Indonesian pages show the English reason, marked as not yet translated"))
      }
    },
    { packaged: true, sql: false }
  ),
  ...CASE_TABLES,
  participation: studyTable(
    {
      name: "participation",
      description: "Computed, not typed in: for each actor and stage, the findings that name both and what they count by the counting rule (loaders/study/evidence.ts): strengths-only, strengths-and-gaps, gaps-only, neutral-only, internal-only, not-stated, restated-only, no-finding",
      description_id: "Dihitung, bukan diketik: untuk setiap aktor dan tahap, temuan yang menyebut keduanya dan apa yang dihitungnya menurut aturan penghitungan (loaders/study/evidence.ts)",
      primaryKey: ["actor", "stage"],
      fields: {
        actor: str(id(), "actor id"),
        stage: str(id(), "stage id"),
        level: str(oneOf(PARTICIPATION_LEVELS), "strengths-only (strengths, no gap), strengths-and-gaps, gaps-only (gaps, no strength), neutral-only, no-finding"),
        strengths: int("strength findings"),
        gaps: int("gap findings"),
        neutral: int("neutral findings"),
        findings: list("the findings"),
        who: str(oneOf(["lay", "professional", ""] as const), "lay (a finding names a community or cadre actor), professional (only government or professional actors), empty when no finding"),
        inferred: list("the findings whose link to this actor or stage is the coder's inference (inferred.csv)")
      }
    },
    { packaged: true, sql: true }
  ),
  ...NOTE_TABLES
};

export type StudyTableName = keyof typeof STUDY_TABLES;
type Tables = typeof STUDY_TABLES;
/** The tables the evidence explorer's SQL cell queries. */
export type SqlTableName = { [K in StudyTableName]: Tables[K]["sql"] extends true ? K : never }[StudyTableName];
/** The tables of the data package. */
export type PackagedTableName = { [K in StudyTableName]: Tables[K]["packaged"] extends true ? K : never }[StudyTableName];

export const dimensionSchema = STUDY_TABLES.dimensions.schema;
export const subcodeSchema = STUDY_TABLES.subcodes.schema;
export const stageSchema = STUDY_TABLES.stages.schema;
export const assessmentSchema = STUDY_TABLES.assessments.schema;
export const findingSchema = STUDY_TABLES.findings.schema;
export const recommendationSchema = STUDY_TABLES.recommendations.schema;
export const actorSchema = STUDY_TABLES.actors.schema;
export const channelSchema = STUDY_TABLES.channels.schema;
export const excludedSchema = STUDY_TABLES.excluded.schema;
export const allowSchema = STUDY_TABLES.allow.schema;
export const dimensionNoteSchema = STUDY_TABLES.dimensionNotes.schema;
export const caseSchema = STUDY_TABLES.cases.schema;
export const caseSourceSchema = STUDY_TABLES.caseSources.schema;
export const variableSchema = STUDY_TABLES.variables.schema;
export const caseValueSchema = STUDY_TABLES.caseValues.schema;
/** A code on a finding or recommendation (an actor or stage id) that the span does not state: the coder's inference. */
export const inferredSchema = STUDY_TABLES.inferred.schema;
/** A finding that restates earlier ones: the coder's decision, with its reason. */
export const restatementSchema = STUDY_TABLES.restatements.schema;

/** What was coded: selects the interface's words for the source ("the thesis", "the interviews"…). */
export { SOURCE_KINDS };
export { RETIRED_FIELDS, studyMetaSchema };

export type Dimension = z.output<typeof dimensionSchema>;
export type Subcode = z.output<typeof subcodeSchema>;
export type Stage = z.output<typeof stageSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
export type Finding = z.output<typeof findingSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Channel = z.output<typeof channelSchema>;
export type Excluded = z.output<typeof excludedSchema>;
export type Allow = z.output<typeof allowSchema>;
export type Inferred = z.output<typeof inferredSchema>;
export type Restatement = z.output<typeof restatementSchema>;
export type DimensionNote = z.output<typeof dimensionNoteSchema>;
export type Case = z.output<typeof caseSchema>;
export type CaseSource = z.output<typeof caseSourceSchema>;
export type Variable = z.output<typeof variableSchema>;
export type CaseValue = z.output<typeof caseValueSchema>;
export type StudyMeta = z.output<typeof studyMetaSchema>;
export type Valence = (typeof VALENCES)[number];
export type Rating = (typeof RATINGS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

