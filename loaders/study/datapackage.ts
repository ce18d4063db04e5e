/**
 * The study as a Frictionless Data Package: every table as CSV plus `datapackage.json`
 * (paths, field names, types, descriptions, licence, sources), for reuse in R, Python or a
 * spreadsheet. The tables and their fields come from the registry in schema.ts (`STUDY_TABLES`);
 * docs/data-dictionary.md explains derivations.
 */
import { toCsv } from "../../src/shared/csv.js";
import { packageFields, type PackageField } from "../table.js";
import { participation } from "./derive.js";
import type { Study } from "./load.js";
import { STUDY_TABLES, type StudyTableName } from "./schema.js";

/** A table of the package: its registry entry (schema.ts) and its rows. */
export interface PackageTable {
  name: string;
  description: string;
  description_id?: string;
  primaryKey?: readonly string[];
  fields: PackageField[];
  rows: (study: Study) => readonly object[];
}

/** The rows of a study table as published: the study's own, or computed (participation). */
export function tableRows(study: Study, name: StudyTableName): readonly object[] {
  return name === "participation" ? participation(study) : (study[name] ?? []);
}

export const TABLES: readonly PackageTable[] = (Object.keys(STUDY_TABLES) as StudyTableName[])
  .filter((key) => STUDY_TABLES[key].packaged)
  .map((key) => {
    const t = STUDY_TABLES[key];
    return { name: t.name, description: t.description, ...(t.description_id ? { description_id: t.description_id } : {}), primaryKey: t.primaryKey, fields: packageFields(t), rows: (study: Study) => tableRows(study, key) };
  });

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
      ...(t.description_id ? { description_id: t.description_id } : {}),
      schema: { fields: t.fields, ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}) }
    }))
  };
  files.push({ path: "datapackage.json", content: JSON.stringify(descriptor, null, 2) + "\n" });
  return files;
}
