/**
 * Writes a study as a REFI-QDA project (.qdpx: project.qde + Sources/<guid>.txt) that QDA tools
 * (NVivo, ATLAS.ti, MAXQDA, QualCoder…) open, and that `import` reads back into the same study.
 *
 * - The codebook becomes codes: each dimension a code with its sub-codes nested; the stages, the
 *   actors and the valences each under a category (isCodable="false"); one "Recommendation" code.
 * - Each source file becomes a TextSource (its text verbatim in Sources/<guid>.txt).
 * - Each finding, recommendation and excluded sentence becomes a PlainTextSelection at its
 *   locator, coded with its dimension, sub-codes, stages, actors and valence. What a code cannot
 *   hold (id, section, item, the English translation, the answered gaps, the exclusion reason)
 *   is written in the selection's Description as `key: value` lines under a first line
 *   `coproduction-study`, which a tool shows as the selection's memo (export/meta.ts).
 * - The variables and cases become `<Variables>` and `<Cases>` (export/cases.ts).
 * - The study's other files (study.json, the codebook tables, actors, channels, assessments,
 *   allow-private.csv, SOURCE.md) travel as project Notes named `study-file:<path>`.
 *   private-names.txt never leaves the study.
 * GUIDs are derived from the ids (name-based, SHA-1), so the same study exports the same file.
 * The XML is written by fast-xml-parser's XMLBuilder (export/xml.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Study } from "../study/load.js";
import { normalizeSegment, sliceCodePoints } from "../study/locate.js";
import { VALENCES } from "../study/schema.js";
import { casesXml } from "./export/cases.js";
import { CARRIED_FILES, CATEGORY_NAMES, EXPORT_ORIGIN, formatMeta, NOTE_PREFIX, RECOMMENDATION_CODE, studyGuid, type GuidKind, type SegmentMeta } from "./export/meta.js";
import { buildQde, type XmlElement } from "./export/xml.js";
import { writeZip } from "./zip.js";

export * from "./export/meta.js";

export interface ExportResult {
  xml: string;
  /** Archive path → bytes (project.qde and Sources/<guid>.txt). */
  files: Record<string, Uint8Array>;
  counts: { codes: number; sources: number; selections: number; codings: number; notes: number; cases: number; variables: number };
}

/** The REFI-QDA project for a loaded (valid) study. `dir` is read for the carried files. */
export function exportStudy(study: Study, dir: string): ExportResult {
  const counts = { codes: 0, sources: 0, selections: 0, codings: 0, notes: 0, cases: 0, variables: 0 };

  // The codebook.
  const code = (guid: string, name: string, codable: boolean, description?: string, children: XmlElement[] = []): XmlElement => {
    counts.codes++;
    return { "@_guid": guid, "@_name": name, "@_isCodable": String(codable), Description: description || undefined, Code: children.length ? children : undefined };
  };
  const codes: XmlElement[] = [
    ...study.dimensions.map((d) =>
      code(studyGuid("dimension", d.id), d.name_en, true, `${d.name_id}. ${d.description_en}`, study.subcodes.filter((x) => x.dimension === d.id).map((s) => code(studyGuid("subcode", s.id), s.label_en, true, s.description_en || s.label_id)))
    ),
    code(studyGuid("category", "stage"), CATEGORY_NAMES.stage, false, undefined, study.stages.map((s) => code(studyGuid("stage", s.id), s.label_en, true, s.description_en || s.label_id))),
    ...(study.actors.length ? [code(studyGuid("category", "actor"), CATEGORY_NAMES.actor, false, undefined, study.actors.map((a) => code(studyGuid("actor", a.id), a.label_en, true, a.label_id)))] : []),
    code(studyGuid("category", "valence"), CATEGORY_NAMES.valence, false, "Whether a finding states a strength, a gap or neither.", VALENCES.map((v) => code(studyGuid("valence", v), v, true))),
    ...(study.recommendations.length ? [code(studyGuid("recommendation", "recommendation"), RECOMMENDATION_CODE, true, "A recommendation of the study (recommendations.csv).")] : [])
  ];

  // Each row's selection, by place (a case's selection at the same place refers to it).
  const rowSelections = new Map<string, string>();
  for (const f of study.findings) rowSelections.set(`${f.source}:${f.start}-${f.end}`, studyGuid("finding", f.id));
  for (const r of study.recommendations) rowSelections.set(`${r.source}:${r.start}-${r.end}`, studyGuid("recommendation-segment", r.id));
  for (const e of study.excluded) rowSelections.set(`${e.source}:${e.start}-${e.end}`, studyGuid("excluded", `${e.source}:${e.start}-${e.end}`));
  const { variables, cases, extra } = casesXml(study, rowSelections);
  counts.variables = study.variables?.length ?? 0;
  counts.cases = study.cases?.length ?? 0;

  // The sources, with a selection per coded segment.
  const files: Record<string, Uint8Array> = {};
  const sources = study.meta.sources.map((source): XmlElement => {
    const text = study.sources[source.file] ?? "";
    const guid = studyGuid("source", source.file);
    files[`Sources/${guid}.txt`] = new TextEncoder().encode(text);
    counts.sources++;
    const selection = (kind: GuidKind, id: string, start: number, end: number, label: string, meta: SegmentMeta | undefined, codeGuids: string[]): XmlElement => {
      counts.selections++;
      counts.codings += codeGuids.length;
      return {
        "@_guid": studyGuid(kind, id),
        "@_name": label,
        "@_startPosition": start,
        "@_endPosition": end,
        Description: meta ? formatMeta(meta) : undefined,
        Coding: codeGuids.length ? codeGuids.map((c) => ({ "@_guid": studyGuid("coding", `${id}\u0000${c}`), CodeRef: { "@_targetGUID": c } })) : undefined
      };
    };
    const selections: XmlElement[] = [
      ...study.findings
        .filter((x) => x.source === source.file)
        .map((f) =>
          selection("finding", f.id, f.start, f.end, normalizeSegment(f.text_id), { kind: "finding", id: f.id, section: f.section, item: f.item, text_id: f.text_id, text_en: f.text_en }, [
            ...(f.dimension ? [studyGuid("dimension", f.dimension)] : []),
            ...f.subcodes.map((s) => studyGuid("subcode", s)),
            ...f.stages.map((s) => studyGuid("stage", s)),
            ...f.actors.map((a) => studyGuid("actor", a)),
            studyGuid("valence", f.valence)
          ])
        ),
      ...study.recommendations
        .filter((x) => x.source === source.file)
        .map((r) =>
          selection(
            "recommendation-segment",
            r.id,
            r.start,
            r.end,
            normalizeSegment(r.text_id),
            { kind: "recommendation", id: r.id, section: r.section, item: r.item, answers: r.answers.join(";"), text_id: r.text_id, text_en: r.text_en },
            [studyGuid("recommendation", "recommendation"), studyGuid("dimension", r.dimension), ...r.actors.map((a) => studyGuid("actor", a))]
          )
        ),
      ...study.excluded
        .filter((x) => x.source === source.file)
        .map((e) => selection("excluded", `${e.source}:${e.start}-${e.end}`, e.start, e.end, normalizeSegment(e.text), { kind: "excluded", text: e.text, reason: e.reason, ...(e.reason_id ? { reason_id: e.reason_id } : {}) }, [])),
      // The selections only a case covers: uncoded, named by their text.
      ...extra.filter((x) => x.source === source.file).map((x) => selection("case-selection", `${x.source}:${x.start}-${x.end}`, x.start, x.end, normalizeSegment(sliceCodePoints(text, x.start, x.end)), undefined, []))
    ];
    return {
      "@_guid": guid,
      "@_name": source.file,
      "@_plainTextPath": `internal://${guid}.txt`,
      Description: source.title,
      PlainTextSelection: selections.length ? selections : undefined
    };
  });

  // The study's other files, as notes.
  const notes = CARRIED_FILES.filter((f) => existsSync(join(dir, f))).map((f): XmlElement => {
    counts.notes++;
    return { "@_guid": studyGuid("note", f), "@_name": NOTE_PREFIX + f, PlainTextContent: readFileSync(join(dir, f), "utf-8").replace(/^\uFEFF/, "") };
  });

  const xml = buildQde({
    "@_xmlns": "urn:QDA-XML:project:1.0",
    "@_name": study.meta.id,
    "@_origin": EXPORT_ORIGIN,
    CodeBook: { Codes: { Code: codes } },
    Variables: variables,
    Cases: cases,
    Sources: sources.length ? { TextSource: sources } : undefined,
    Notes: notes.length ? { Note: notes } : undefined,
    Description: `${study.meta.title_en} (${study.meta.place_en}). Exported from the study folder; see the notes named ${NOTE_PREFIX}… for the study's tables.`
  });
  files["project.qde"] = new TextEncoder().encode(xml);
  return { xml, files, counts };
}

/** The .qdpx bytes for a study. */
export function qdpxBytes(result: ExportResult): Uint8Array {
  return writeZip(result.files);
}
