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
  s("section", "section of the source (a heading number such as 5.1, or L<line> in an imported text)"),
  s("item", "numbered item, intro or synthesis"),
  i("start", "offset of the first character, 0-based, in Unicode code points"),
  i("end", "offset after the last character (exclusive), in code points")
];

export const TABLES: readonly TableSpec[] = [
  {
    name: "dimensions",
    description: "The codebook's dimensions (of the framework cited in study.json)",
    primaryKey: ["id"],
    fields: [
      s("id", "dimension id (used in page addresses)"),
      i("order", "position in the framework"),
      s("name_en", "the framework's exact heading"),
      s("name_id", "Indonesian name shown on the site"),
      s("name_thesis_id", "the wording the source uses, if it differs"),
      s("description_en", "short description of the dimension"),
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
    description: "The study's own verdict on each dimension",
    primaryKey: ["dimension"],
    fields: [s("dimension", "dimension id"), s("rating", "good or fairly-good (needs strengthening)"), s("rating_text_id", "the source's words"), s("rating_text_en", "our translation"), s("finding", "finding that states the verdict")],
    rows: (st) => st.assessments
  },
  {
    name: "findings",
    description: "Coded segments: the original text, its English translation, locator and codes",
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
    description: "The recommendations, with the gap findings each answers",
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
    name: "participation",
    description: "Computed, not typed in: for each actor and stage, the findings that name both and the level they give (active, partial, absent, no-evidence)",
    primaryKey: ["actor", "stage"],
    fields: [s("actor", "actor id"), s("stage", "stage id"), s("level", "active (only strengths/neutral), partial (strengths and gaps), absent (only gaps), no-evidence"), i("strengths", "strength findings"), i("gaps", "gap findings"), i("neutral", "neutral findings"), l("findings", "the findings")],
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
    description: `${study.meta.coding_level_en} Title (as the source states it): ${study.meta.title_id}.`,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (codings, translations and derived tables); quoted source text remains its author's"
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
