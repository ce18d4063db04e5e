/**
 * The study as a Frictionless Data Package: every table as CSV plus `datapackage.json`
 * (paths, field names, types, descriptions, licence, sources), for reuse in R, Python or a
 * spreadsheet. Field descriptions live here once; docs/data-dictionary.md explains derivations.
 */
import { toCsv } from "../../src/shared/csv.js";
import { participation } from "./derive.js";
import type { Study } from "./load.js";

type FieldType = "string" | "integer" | "array";

interface FieldSpec {
  name: string;
  type: FieldType;
  description: string;
}

interface TableSpec {
  name: string;
  description: string;
  primaryKey?: string[];
  fields: FieldSpec[];
  rows: (study: Study) => object[];
}

const s = (name: string, description: string): FieldSpec => ({ name, type: "string", description });
const i = (name: string, description: string): FieldSpec => ({ name, type: "integer", description });
/** Lists are written as `;`-separated ids; Frictionless reads them as strings. */
const l = (name: string, description: string): FieldSpec => ({ name, type: "string", description: `${description} (ids separated by ;)` });

const locator = [
  s("source", "file under source/ that holds the text"),
  s("section", "section of the source (5.1 or 5.2)"),
  s("item", "numbered item, intro or synthesis"),
  i("start", "offset of the first character, 0-based, in Unicode code points"),
  i("end", "offset after the last character (exclusive), in code points")
];

export const TABLES: readonly TableSpec[] = [
  {
    name: "dimensions",
    description: "The codebook's dimensions: the seven co-production management levers of Cepiku et al. (2020)",
    primaryKey: ["id"],
    fields: [
      s("id", "dimension id (used in page addresses)"),
      i("order", "position in the framework"),
      s("name_en", "the framework's exact heading"),
      s("name_id", "Indonesian name shown on the site"),
      s("name_thesis_id", "the wording the thesis uses"),
      s("description_en", "short description written from the thesis's own text"),
      s("description_id", "the same in Indonesian"),
      s("reference", "where the heading comes from")
    ],
    rows: (st) => st.dimensions
  },
  {
    name: "subcodes",
    description: "Sub-codes used inside each dimension",
    primaryKey: ["id"],
    fields: [s("id", "sub-code id"), s("dimension", "dimension id"), s("label_en", "English label"), s("label_id", "Indonesian label"), s("description_en", "English description"), s("description_id", "Indonesian description")],
    rows: (st) => st.subcodes
  },
  {
    name: "stages",
    description: "Co-production stages (Loeffler 2020; Nabatchi, Sancino & Sicilia 2017): the second code dimension",
    primaryKey: ["id"],
    fields: [s("id", "stage id"), i("order", "position"), s("label_en", "English label"), s("label_id", "Indonesian label"), s("description_en", "English description"), s("description_id", "Indonesian description"), s("reference", "reference")],
    rows: (st) => st.stages
  },
  {
    name: "assessments",
    description: "The thesis's own verdict on each dimension",
    primaryKey: ["dimension"],
    fields: [s("dimension", "dimension id"), s("rating", "good or fairly-good (needs strengthening)"), s("rating_text_id", "the thesis's words"), s("rating_text_en", "our translation"), s("finding", "finding that states the verdict")],
    rows: (st) => st.assessments
  },
  {
    name: "findings",
    description: "Coded segments of the conclusions (5.1): verbatim Indonesian, our English translation, locator and codes",
    primaryKey: ["id"],
    fields: [
      s("id", "finding id"),
      ...locator,
      s("dimension", "dimension id; empty for a cross-cutting statement"),
      l("subcodes", "sub-codes"),
      s("valence", "strength, gap or neutral"),
      l("actors", "actors named"),
      l("stages", "co-production stages the statement speaks to"),
      s("text_id", "verbatim Indonesian text (emphasis asterisks removed, whitespace folded)"),
      s("text_en", "English translation written by the project")
    ],
    rows: (st) => st.findings
  },
  {
    name: "recommendations",
    description: "The recommendations of 5.2, with the gap findings each answers",
    primaryKey: ["id"],
    fields: [s("id", "recommendation id"), ...locator, s("dimension", "dimension id"), l("answers", "gap findings answered"), l("actors", "actors who would act"), s("text_id", "verbatim Indonesian text"), s("text_en", "English translation written by the project")],
    rows: (st) => st.recommendations
  },
  {
    name: "actors",
    description: "Every actor the text names",
    primaryKey: ["id"],
    fields: [s("id", "actor id"), s("label_id", "Indonesian name"), s("label_en", "English name"), s("kind", "government, health-service, community-cadre, community or cross-sector"), l("findings", "findings that name the actor")],
    rows: (st) => st.actors
  },
  {
    name: "channels",
    description: "Channels and mechanisms between actors, or between an actor and the programme",
    primaryKey: ["id"],
    fields: [s("id", "channel id"), s("from", "actor id or programme"), s("to", "actor id or programme"), s("channel", "kind of channel"), s("label_id", "Indonesian label"), s("label_en", "English label"), s("dimension", "dimension id"), l("findings", "supporting findings")],
    rows: (st) => st.channels
  },
  {
    name: "excluded",
    description: "Sentences of the source deliberately left uncoded, with the reason",
    fields: [...locator.filter((f) => ["source", "start", "end"].includes(f.name)), s("text", "the text"), s("reason", "why it carries no finding")],
    rows: (st) => st.excluded
  },
  {
    name: "inferred",
    description: "Codes on a finding or recommendation (an actor or stage id) that the span does not state: the coder's inferences, each with its reason",
    fields: [s("file", "findings.csv or recommendations.csv"), s("id", "finding or recommendation id"), s("code", "the inferred actor or stage id"), s("reason", "why it was inferred")],
    rows: (st) => st.inferred ?? []
  },
  {
    name: "participation",
    description: "Computed, not typed in: for each actor and stage, the findings that name both and what they hold (strengths-only, strengths-and-gaps, gaps-only, neutral-only, no-finding)",
    primaryKey: ["actor", "stage"],
    fields: [
      s("actor", "actor id"),
      s("stage", "stage id"),
      s("level", "strengths-only (strengths, no gap), strengths-and-gaps, gaps-only (gaps, no strength), neutral-only, no-finding"),
      i("strengths", "strength findings"),
      i("gaps", "gap findings"),
      i("neutral", "neutral findings"),
      l("findings", "the findings"),
      s("who", "lay (a finding names a community or cadre actor), professional (only government or professional actors), empty when no finding"),
      l("inferred", "the findings whose link to this actor or stage is the coder's inference (inferred.csv)")
    ],
    rows: (st) => participation(st)
  }
];

export interface PackageFile {
  path: string;
  content: string;
}

/** Every file of the package: the CSVs, the source texts and datapackage.json. */
export function dataPackage(study: Study): PackageFile[] {
  const files: PackageFile[] = TABLES.map((t) => ({
    path: `${t.name}.csv`,
    content: toCsv(t.rows(study), t.fields.map((f) => f.name) as never[])
  }));
  for (const [file, text] of Object.entries(study.sources)) files.push({ path: `source/${file}`, content: text });
  const descriptor = {
    profile: "tabular-data-package",
    name: `coproduction-${study.meta.id}`,
    title: study.meta.title_en,
    description: `${study.meta.coding_level_en} Thesis title (as the chapter states it): ${study.meta.title_id}.`,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (codings, translations and derived tables); quoted thesis text remains its author's"
      }
    ],
    sources: [
      ...study.meta.sources.map((src) => ({ title: src.title, path: `source/${src.file}`, description: src.provenance })),
      { title: study.meta.framework.citation, description: "framework of the codebook" }
    ],
    resources: TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: t.description,
      schema: { fields: t.fields, ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}) }
    }))
  };
  files.push({ path: "datapackage.json", content: JSON.stringify(descriptor, null, 2) + "\n" });
  return files;
}
