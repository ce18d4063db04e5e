/** study.json: the study's metadata and own words (docs/study-format.md), as a zod schema. */
import { z } from "zod";
import { SOURCE_KINDS } from "../../src/shared/i18n/index.js";
import { id } from "../fields.js";

const bilingual = z.string().min(1);
/** A study.json value that names something else (a finding, a file): never shown as the study's words (see FieldRole). */
const ref = <S extends z.ZodType>(schema: S): S => schema.meta({ role: "ref" }) as S;

/**
 * An optional field that may also be written `null` (a new study's study.json lists every field,
 * unknowns as null: `npm run study -- init`); null reads as absent.
 */
const unset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema.optional());

/** Fields study.json once had, with what replaces them: an old study gets told, not ignored. */
export const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  central_problem: 'no longer read: name the findings that state the study\'s own conclusion in "conclusion": {"findings": [...], "qualification": [...]} (docs/study-format.md)'
};

/** Unknown fields are an error, as unknown columns are: a typo is never silently ignored. */
export const studyMetaSchema = z.strictObject({
  id: id(),
  /** The site's own name (browser title, header) and a short name; defaults to the study's title and id. */
  site: unset(
    z
      .object({
        title_id: bilingual,
        title_en: bilingual,
        short_name: bilingual,
        overview_title_id: unset(bilingual),
        overview_title_en: unset(bilingual),
        brief_title_id: unset(bilingual),
        brief_title_en: unset(bilingual)
      })
      .strict()
  ),
  /** What was coded; "documents" when absent. */
  source_kind: unset(z.enum(SOURCE_KINDS)),
  title_id: z.string().min(1),
  title_en: z.string().min(1),
  place_id: z.string().min(1),
  place_en: z.string().min(1),
  framework: z.object({
    citation: z.string().min(1),
    isbn: z.string().nullable().optional(),
    note_en: unset(z.string()),
    note_id: unset(z.string())
  }),
  coding_level_en: z.string().min(1),
  coding_level_id: z.string().min(1),
  author: z.string().nullable(),
  year: z.union([z.string(), z.number()]).nullable(),
  institution: z.string().nullable(),
  /**
   * The study's own overall conclusion: the findings that state it, in the study's words, and
   * those that state its qualification. The overview, the brief and the og:images open with them.
   */
  conclusion: unset(
    z
      .object({
        findings: z.array(ref(z.string().min(1))),
        qualification: unset(z.array(ref(z.string().min(1))))
      })
      .strict()
  ),
  /** The coded texts under source/; empty in a new study (`init`) until its first source is added. */
  sources: z.array(z.object({ file: ref(z.string().min(1)), title: z.string().min(1), short: unset(z.string().min(1)), provenance: z.string().min(1) }))
});
