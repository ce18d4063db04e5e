/** Reading a REFI-QDA project (.qdpx, or a bare project.qde) into an ImportInput. */
import type { Problem } from "../../errors.js";
import { decodeUtf8 } from "../../utf8.js";
import { CARRIED_FILES, NOTE_PREFIX } from "../export.js";
import { allCodes, decodeQde, parseQde, QdeError, type QdaProject } from "../qde.js";
import { decideCrlf, positioned, toFileOffset } from "../text.js";
import { findEntry, safeUnzip, ZipError } from "../zip.js";
import { shortName, sourceFileName } from "./names.js";
import { qdaCases } from "./qdpxCases.js";
import { ImportError, type CodeInfo, type ImportInput, type ImportSource, type ReadOptions, type Segment } from "./types.js";

/** Decodes a source file's bytes: UTF-8 only, BOM dropped. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const decoded = decodeUtf8(bytes, file, "save it as UTF-8 in your tool and export again");
  if ("problem" in decoded) throw new ImportError([decoded.problem]);
  return decoded.text;
}

/** Reads a .qdpx (or a bare project.qde) into an ImportInput. Throws ImportError with located problems. */
export function readQdpx(bytes: Uint8Array, inputName: string, options: ReadOptions = {}): { input: ImportInput; project: QdaProject } {
  const progress = options.progress ?? (() => undefined);
  let entries: { name: string; bytes: Uint8Array }[];
  // A bare .qde keeps its own name in errors; inside an archive, errors name project.qde.
  let qdeName = /\.qde$/i.test(inputName) ? inputName : "project.qde";
  try {
    if (/\.qde$/i.test(inputName)) entries = [{ name: qdeName, bytes }];
    else {
      progress(`unpacking ${inputName} (${bytes.length} bytes)`);
      entries = safeUnzip(bytes, options.limits);
    }
  } catch (error) {
    if (error instanceof ZipError) throw new ImportError([{ file: inputName, line: 1, field: "zip", message: error.message }]);
    throw error;
  }
  const qdeEntry = entries.find((e) => e.name === "project.qde") ?? entries.find((e) => /(^|\/)[^/]*\.qde$/i.test(e.name) && !e.name.includes("/"));
  if (!qdeEntry) throw new ImportError([{ file: inputName, line: 1, field: "project.qde", message: "the archive holds no project.qde (is this a REFI-QDA .qdpx export?)" }]);
  qdeName = qdeEntry.name;
  let project: QdaProject;
  try {
    progress(`reading ${qdeName}`);
    project = parseQde(decodeQde(qdeEntry.bytes, qdeName), qdeName);
  } catch (error) {
    if (error instanceof QdeError) throw new ImportError([error.problem]);
    throw error;
  }
  const tool = project.origin ? project.origin : "a REFI-QDA tool (no origin stated)";
  const facts: string[] = [];
  const skipped: ImportInput["skipped"] = [];
  const codesAll = allCodes(project.codes);
  facts.push(`QDA-XML namespace version ${project.version || "(none)"}; project "${project.name}"`);
  facts.push(`${codesAll.length} codes (${codesAll.filter((c) => !c.isCodable).length} categories not codable), ${project.textSources.length} text sources, ${project.textSources.reduce((n, s) => n + s.selections.length, 0)} selections`);
  facts.push(`${project.users.length} users, ${project.cases.length} cases, ${project.variables.length} variables, ${project.notes.length} notes (memos and project notes are not copied into the study; cases and variables are)`);
  if (project.otherSources.length) facts.push(`${project.otherSources.length} non-text sources not imported (${[...new Set(project.otherSources.map((s) => s.kind))].join(", ")})`);
  for (const p of project.problems) facts.push(`warning: ${p.file}:${p.line}: ${p.field}: ${p.message}`);

  // Carried study files (our own export).
  const carried: Record<string, string> = {};
  for (const note of project.notes) {
    if (!note.name?.startsWith(NOTE_PREFIX)) continue;
    const rel = note.name.slice(NOTE_PREFIX.length);
    if ((CARRIED_FILES as readonly string[]).includes(rel) && note.content !== undefined) carried[rel] = note.content;
  }
  if (Object.keys(carried).length) facts.push(`carries ${Object.keys(carried).length} study files as notes (${Object.keys(carried).join(", ")})`);

  const problems: Problem[] = [];
  const sources: ImportSource[] = [];
  const segments: Segment[] = [];
  const taken = new Set<string>();
  const sourceFiles = new Map<string, string>();
  const selectionSpans = new Map<string, { source: string; start: number; end: number }>();
  // A selection no code applies to and a case points at marks the case's part of a text, not a passage to code.
  const caseSelections = new Set(project.cases.flatMap((c) => c.selections));
  let caseOnly = 0;
  const carriedSources = (() => {
    try {
      return carried["study.json"] ? ((JSON.parse(carried["study.json"]) as { sources?: { file: string; title: string; short?: string; provenance: string }[] }).sources ?? []) : [];
    } catch {
      return [];
    }
  })();
  for (const [i, src] of project.textSources.entries()) {
    progress(`source ${i + 1}/${project.textSources.length}: ${src.name}`);
    let raw: Uint8Array;
    let where: string;
    if (src.content !== undefined) {
      raw = new TextEncoder().encode(src.content);
      where = "PlainTextContent";
    } else if (src.plainTextPath) {
      const m = /^internal:\/\/(.+)$/i.exec(src.plainTextPath.trim());
      if (!m) {
        problems.push({ file: qdeName, line: src.line, field: "TextSource.plainTextPath", message: `source "${src.name}" is linked outside the archive (${src.plainTextPath}); export the project with its sources embedded` });
        continue;
      }
      const inner = ((): string | undefined => { try { return decodeURIComponent(m[1]!); } catch { return undefined; } })();
      if (inner === undefined) {
        problems.push({ file: qdeName, line: src.line, field: "TextSource.plainTextPath", message: `source "${src.name}" has a malformed path (${src.plainTextPath}): expected internal://<file name> with valid %-escapes` });
        continue;
      }
      const entry = findEntry(entries, `Sources/${inner}`);
      if (!entry) {
        problems.push({ file: qdeName, line: src.line, field: "TextSource.plainTextPath", message: `source "${src.name}" (${src.plainTextPath}) is not in the archive's Sources/ folder` });
        continue;
      }
      raw = entry.bytes;
      where = entry.name;
    } else continue;
    let text: string;
    try {
      text = decodeSource(raw, where);
    } catch (error) {
      if (error instanceof ImportError) problems.push(...error.problems);
      else throw error;
      continue;
    }
    const own = carriedSources.find((s) => s.file === src.name);
    const file = own && !taken.has(own.file) ? (taken.add(own.file), own.file) : sourceFileName(src.name, taken);
    sourceFiles.set(src.guid, file);
    sources.push({
      file,
      title: own?.title ?? src.name,
      short: own ? own.short : shortName(src.name),
      provenance: own?.provenance ?? `Text source "${src.name}" (GUID ${src.guid}) of the REFI-QDA export ${inputName}, made with ${tool}; copied from ${where}.`,
      bytes: raw,
      text
    });
    const t = positioned(text);
    const decided = options.crlf && options.crlf !== "auto" ? { mode: options.crlf, reason: "chosen with --crlf" } : decideCrlf(t, src.selections, project.origin);
    if (t.hasCrlf) facts.push(`"${src.name}": CRLF line ends counted as ${decided.mode} character(s) (${decided.reason})`);
    for (const sel of src.selections) {
      const start = toFileOffset(t, sel.start, decided.mode);
      const end = toFileOffset(t, sel.end, decided.mode);
      if (start === undefined || end === undefined || end <= start) {
        const reason = `positions ${sel.start}-${sel.end} do not fit the text of "${src.name}" (${t.chars.length} characters)`;
        skipped.push({ ref: `selection ${sel.guid} (${qdeName}:${sel.line})`, reason });
        continue;
      }
      selectionSpans.set(sel.guid, { source: file, start, end });
      if (!sel.codes.length && caseSelections.has(sel.guid)) {
        caseOnly++;
        continue;
      }
      segments.push({
        ref: `selection ${sel.guid} (${qdeName}:${sel.line})`,
        source: file,
        start,
        end,
        codes: sel.codes,
        name: sel.name,
        description: sel.description
      });
    }
    if (src.codes.length) facts.push(`"${src.name}" has ${src.codes.length} code(s) applied to the whole source: not imported (code passages, not whole documents)`);
  }
  if (caseOnly) facts.push(`${caseOnly} uncoded selection(s) mark a case's part of a text: they are the cases' selections (case-sources.csv), not findings`);
  const cases = qdaCases({ project, qdeName, sourceFiles, selections: selectionSpans });
  facts.push(...cases.facts);
  problems.push(...cases.problems);
  if (problems.length) throw new ImportError(problems);
  if (!sources.length) throw new ImportError([{ file: qdeName, line: 1, field: "Sources", message: "the project has no text source with its text in the archive: nothing to import" }]);
  const codes: CodeInfo[] = codesAll.map((c) => ({ key: c.guid, name: c.name, path: c.path, guid: c.guid, isCodable: c.isCodable, parent: c.parent }));
  return {
    project,
    input: { tool, inputName, projectName: project.name, sources, codes, segments, carried, facts, skipped, cases: cases.cases, variables: cases.variables }
  };
}
