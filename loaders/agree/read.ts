/**
 * Reads a REFI-QDA project (.qdpx, or a bare project.qde with inline texts) for a coder
 * agreement comparison: the text sources with their texts, and every coding of a passage with
 * the user who made it and its span in code points of the file (positions turned into ours by
 * text.ts, deciding per source how the tool counted CRLF, as the import does).
 *
 * The coder of a coding is the Coding's `creatingUser`, else its selection's `creatingUser`.
 * Codes applied to a whole source are not compared (docs/agreement.md). Unlike the import, a
 * selection whose positions do not fit its text is an error here: dropping it would change the figures.
 */
import { DataError, type Problem } from "../errors.js";
import { allCodes, decodeQde, parseQde, QdeError, type QdaCode, type QdaProject } from "../qda/qde.js";
import { decodeSource } from "../qda/import.js";
import { decideCrlf, positioned, toFileOffset, type CrlfMode } from "../qda/text.js";
import { findEntry, safeUnzip, ZipError, type ZipEntry } from "../qda/zip.js";

export interface AgreeSource {
  /** GUID key. */
  guid: string;
  name: string;
  text: string;
  /** Line of the TextSource in the project file. */
  line: number;
}

export interface AgreeCoding {
  /** GUID keys of the source, the code and the user (undefined when the tool named none). */
  source: string;
  code: string;
  user?: string;
  /** Code points of the file, end exclusive. */
  start: number;
  end: number;
  /** `project.qde:<line>` of the selection. */
  where: string;
}

export interface AgreeProject {
  /** The input's file name, for messages. */
  file: string;
  /** The project file as named in messages (`study.qdpx/project.qde`). */
  qde: string;
  project: QdaProject;
  codes: QdaCode[];
  sources: AgreeSource[];
  codings: AgreeCoding[];
  /** Facts worth telling the reader (line-end decisions, skipped whole-source codes…). */
  notes: string[];
}

function unpack(bytes: Uint8Array, file: string): { entries: ZipEntry[]; qde: ZipEntry } {
  if (/\.qde$/i.test(file)) return { entries: [], qde: { name: file, bytes } };
  let entries: ZipEntry[];
  try {
    entries = safeUnzip(bytes);
  } catch (error) {
    if (error instanceof ZipError) throw new DataError([{ file, line: 1, field: "zip", message: error.message }]);
    throw error;
  }
  const qde = entries.find((e) => e.name === "project.qde") ?? entries.find((e) => /^[^/]*\.qde$/i.test(e.name));
  if (!qde) throw new DataError([{ file, line: 1, field: "project.qde", message: "the archive holds no project.qde (is this a REFI-QDA .qdpx export?)" }]);
  return { entries, qde };
}

/** Reads one project. `crlf` forces how CRLF was counted (default: decided per source). */
export function readAgreeProject(bytes: Uint8Array, file: string, crlf: "auto" | CrlfMode = "auto"): AgreeProject {
  const { entries, qde } = unpack(bytes, file);
  let project: QdaProject;
  try {
    project = parseQde(decodeQde(qde.bytes, qde.name), qde.name);
  } catch (error) {
    if (error instanceof QdeError) throw new DataError([{ ...error.problem, file: inside(file, error.problem.file) }]);
    throw error;
  }
  const qdeFile = inside(file, qde.name);
  const at = (line: number) => `${qdeFile}:${line}`;
  const coded = project.textSources.filter((s) => s.selections.some((sel) => sel.codes.length));
  if (!coded.length) {
    throw new DataError([{ file, line: 1, field: "codings", message: "no codings: no passage of any text source is coded, so there is nothing to compare" }]);
  }
  const problems: Problem[] = [];
  const notes: string[] = [];
  const sources: AgreeSource[] = [];
  const codings: AgreeCoding[] = [];
  for (const src of project.textSources) {
    const hasCodings = src.selections.some((sel) => sel.codes.length);
    let raw: Uint8Array | undefined;
    let rawName = qde.name;
    if (src.content !== undefined) raw = new TextEncoder().encode(src.content);
    else {
      const inner = /^internal:\/\/(.+)$/i.exec(src.plainTextPath?.trim() ?? "")?.[1];
      const entry = inner ? findEntry(entries, `Sources/${decodeURIComponent(inner)}`) : undefined;
      raw = entry?.bytes;
      rawName = entry?.name ?? rawName;
    }
    if (!raw) {
      const message = `the text of source "${src.name}" (${src.plainTextPath ?? "no path"}) is not in the archive; export the project with its sources embedded`;
      if (hasCodings) problems.push({ file: qdeFile, line: src.line, field: "TextSource.plainTextPath", message });
      else notes.push(`${file}: ${message} (it has no codings; left out)`);
      continue;
    }
    let text: string;
    try {
      text = decodeSource(raw, inside(file, rawName)).replace(/^\uFEFF/, "");
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
      continue;
    }
    sources.push({ guid: src.guid, name: src.name, text, line: src.line });
    const t = positioned(text);
    const mode = crlf === "auto" ? decideCrlf(t, src.selections, project.origin) : { mode: crlf, reason: "chosen with --crlf" };
    if (t.hasCrlf) notes.push(`${file}: "${src.name}": CRLF line ends counted as ${mode.mode} character(s) by the tool (${mode.reason})`);
    for (const sel of src.selections) {
      if (!sel.codings.length) continue;
      const start = toFileOffset(t, sel.start, mode.mode);
      const end = toFileOffset(t, sel.end, mode.mode);
      if (start === undefined || end === undefined || end < start) {
        problems.push({ file: qdeFile, line: sel.line, field: "PlainTextSelection", message: `positions ${sel.start}-${sel.end} do not fit the text of "${src.name}" (${t.chars.length} characters)` });
        continue;
      }
      for (const c of sel.codings) codings.push({ source: src.guid, code: c.code, user: c.creatingUser ?? sel.creatingUser, start, end, where: at(sel.line) });
    }
    if (src.codes.length) notes.push(`${file}: "${src.name}" has ${src.codes.length} code(s) applied to the whole source: not compared (only coded passages are)`);
  }
  if (problems.length) throw new DataError(problems);
  for (const p of project.problems) notes.push(`warning: ${file}: ${p.file}:${p.line}: ${p.field}: ${p.message}`);
  return { file, qde: qdeFile, project, codes: allCodes(project.codes), sources, codings, notes };
}

/** A file inside an archive, for messages: `study.qdpx/project.qde` (a bare .qde names itself). */
export function inside(archive: string, name: string): string {
  return archive === name ? name : `${archive}/${name}`;
}

/** A user's name as shown: the name in <Users>, else the GUID. */
export function userLabel(project: QdaProject, guid: string): string {
  return project.users.find((u) => u.guid === guid)?.name?.trim() || guid;
}
