/** The study folder's tables and metadata as zod schemas (see docs/study-format.md). */
import { z } from "zod";
import { id, idList, idOrEmpty, oneOf, optionalText, text, whole } from "../fields.js";

export const VALENCES = ["strength", "gap", "neutral"] as const;
export const RATINGS = ["good", "fairly-good", "weak", "not-assessed"] as const;
export const ACTOR_KINDS = ["government", "health-service", "community-cadre", "community", "cross-sector"] as const;

export const dimensionSchema = z.object({
  id: id(),
  order: whole(),
  name_en: text(),
  name_id: text(),
  name_thesis_id: optionalText(),
  description_en: text(),
  description_id: text(),
  reference: optionalText()
});

export const subcodeSchema = z.object({
  id: id(),
  dimension: id(),
  label_en: text(),
  label_id: text(),
  description_en: optionalText(),
  description_id: optionalText()
});

export const stageSchema = z.object({
  id: id(),
  order: whole(),
  label_en: text(),
  label_id: text(),
  description_en: optionalText(),
  description_id: optionalText(),
  reference: optionalText()
});

export const assessmentSchema = z.object({
  dimension: id(),
  rating: oneOf(RATINGS),
  rating_text_id: text(),
  rating_text_en: text(),
  finding: id()
});

const locator = {
  source: text("a file name under source/"),
  section: text(),
  item: text(),
  start: whole(),
  end: whole()
};

export const findingSchema = z.object({
  id: id(),
  ...locator,
  dimension: idOrEmpty(),
  subcodes: idList(),
  valence: oneOf(VALENCES),
  actors: idList(),
  stages: idList(),
  text_id: text("the verbatim text"),
  text_en: text("an English translation")
});

export const recommendationSchema = z.object({
  id: id(),
  ...locator,
  dimension: id(),
  answers: idList(),
  actors: idList(),
  text_id: text("the verbatim text"),
  text_en: text("an English translation")
});

export const actorSchema = z.object({
  id: id(),
  label_id: text(),
  label_en: text(),
  kind: oneOf(ACTOR_KINDS),
  findings: idList()
});

export const channelSchema = z.object({
  id: id(),
  from: id(),
  to: id(),
  channel: id(),
  label_id: text(),
  label_en: text(),
  dimension: idOrEmpty(),
  findings: idList()
});

export const excludedSchema = z.object({
  source: text(),
  start: whole(),
  end: whole(),
  text: text(),
  reason: text("a reason")
});

/** A code on a finding or recommendation (an actor or stage id) that the span does not state: the coder's inference. */
export const inferredSchema = z.object({
  file: text(),
  id: id(),
  code: id(),
  reason: text("a reason")
});

export const allowSchema = z.object({
  file: text(),
  id: id(),
  reason: text("a reason")
});

export const studyMetaSchema = z.object({
  id: id(),
  title_id: z.string().min(1),
  title_en: z.string().min(1),
  place_id: z.string().min(1),
  place_en: z.string().min(1),
  framework: z.object({
    citation: z.string().min(1),
    isbn: z.string().nullable().optional(),
    note_en: z.string().optional(),
    note_id: z.string().optional()
  }),
  coding_level_en: z.string().min(1),
  coding_level_id: z.string().min(1),
  author: z.string().nullable(),
  year: z.union([z.string(), z.number()]).nullable(),
  institution: z.string().nullable(),
  central_problem: z
    .object({
      finding: z.string().min(1),
      text_en: z.string().min(1),
      text_id: z.string().min(1),
      /** The findings that state what the brief's problem heading claims, quoted under it. */
      backing: z.array(z.string().min(1)).optional()
    })
    .optional(),
  sources: z.array(z.object({ file: z.string().min(1), title: z.string().min(1), provenance: z.string().min(1) })).min(1)
});

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
export type StudyMeta = z.output<typeof studyMetaSchema>;
export type Valence = (typeof VALENCES)[number];
export type Rating = (typeof RATINGS)[number];

