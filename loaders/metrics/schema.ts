/**
 * The programme-metrics tables (data/study/metrics/, see docs/metrics-data.md) as zod schemas.
 * Every cell arrives as a string; the shared field types in ../fields.ts check and convert it.
 */
import { z } from "zod";
import { decimal, id, oneOf, optionalText, text, url, whole } from "../fields.js";

import { CONFIDENCE, KINDS, METHODS, UNITS } from "../../src/shared/model/vocab.js";
import type * as Model from "../../src/shared/model/metrics.js";
export { CONFIDENCE, KINDS, METHODS, UNITS };
export type { Confidence, Kind, Method, Unit } from "../../src/shared/model/vocab.js";

/** `YYYY` or `YYYY-MM` with a real month. */
export const period = () =>
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "expected a period YYYY or YYYY-MM");

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source states it; empty is allowed here and reported by the checks. */
export const sourceDate = () =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => s === "" || /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s), "expected a date YYYY, YYYY-MM or YYYY-MM-DD");

/** An http(s) URL, or empty (reported by the checks when an observation cites the source). */
const optionalUrl = () => z.union([z.literal(""), url()]);

export const indicatorSchema = z.object({
  id: id(),
  label_en: text(),
  label_id: text(),
  unit: oneOf(UNITS),
  kind: oneOf(KINDS),
  description_en: text(),
  description_id: text()
});

export const observationSchema = z.object({
  id: id(),
  indicator: id(),
  /** A place name; one observation spans two kecamatan, written `A;B`. */
  geography: text("a place"),
  period: period(),
  value: decimal(),
  unit: oneOf(UNITS),
  /** The survey or source label as the input gives it. */
  survey: text("a survey or source label"),
  method: oneOf(METHODS),
  source: id(),
  confidence: oneOf(CONFIDENCE),
  conflict_group: z.union([id(), z.literal("")]),
  note: optionalText(),
  /** The note in Indonesian (the Indonesian pages show it). */
  note_id: optionalText()
});

/**
 * Publisher, date, url and excerpt may be empty at parse time so that the check can name
 * every observation that would be shown without them (see `checkMetrics`).
 */
export const sourceSchema = z.object({
  id: id(),
  publisher: optionalText(),
  title: text("a title (or the recorded URL slug)"),
  date: sourceDate(),
  url: optionalUrl(),
  excerpt: optionalText()
});

export const conflictSchema = z.object({
  id: id(),
  description_en: text(),
  description_id: text()
});

export const dimensionLinkSchema = z.object({
  dimension: id(),
  indicator: id(),
  note_en: text(),
  note_id: text()
});

export const droppedSchema = z.object({
  input_line: whole(),
  indicator: text(),
  geography: text(),
  year: text(),
  value: text(),
  reason: text("a reason"),
  reason_id: text("a reason in Indonesian")
});

export type Indicator = z.output<typeof indicatorSchema>;
export type Observation = z.output<typeof observationSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Conflict = z.output<typeof conflictSchema>;
export type DimensionLink = z.output<typeof dimensionLinkSchema>;
export type Dropped = z.output<typeof droppedSchema>;

/**
 * The browser's types of these rows (src/shared/model/metrics.ts) are what these schemas read:
 * a column added here and not there (or the other way round) fails the type check.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameRows: [
  Same<Indicator, Model.Indicator>,
  Same<Observation, Model.Observation>,
  Same<Conflict, Model.Conflict>,
  Same<DimensionLink, Model.DimensionLink>,
  Same<Dropped, Model.Dropped>
] = [true, true, true, true, true];
void sameRows;
