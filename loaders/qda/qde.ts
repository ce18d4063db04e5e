/**
 * Parses a REFI-QDA project file (project.qde, "QDA-XML" 1.0) into a typed project. The parts
 * are read in qde/: the XML itself (xml.ts), the codebook (codes.ts), the sources with their
 * selections (sources.ts), and cases and variables (cases.ts).
 *
 * Hostile input is refused before parsing: a file that is not UTF-8, declares another encoding,
 * is larger than MAX_QDE_BYTES, or carries a DTD (`<!DOCTYPE`, `<!ENTITY`: entity expansion)
 * is rejected with a located error. Only the five predefined XML entities and numeric character
 * references are decoded. Real exports vary, and this reader accepts what they do:
 * - the namespace `urn:QDA-XML:project:<version>` with version `1.0`, `1:0` or `0:4` (any version
 *   is read; an unknown one is noted), or no namespace at all;
 * - GUIDs with or without braces, in upper or lower case (keys are normalised by `guidKey`);
 * - selections with a description but no coding;
 * - variable values under a case or on a text source.
 * Line ends inside the XML are normalised to LF, as the XML specification requires.
 */
import { decodeUtf8 } from "../utf8.js";
import { readCases, readVariables } from "./qde/cases.js";
import { readCodes } from "./qde/codes.js";
import { ReadContext } from "./qde/context.js";
import { readSources } from "./qde/sources.js";
import type { QdaProject } from "./qde/types.js";
import { child, childrenNamed, parseProjectXml, QdeError } from "./qde/xml.js";

export { allCodes } from "./qde/codes.js";
export { guidKey } from "./qde/context.js";
export { decodeXmlEntities, QdeError } from "./qde/xml.js";
export type * from "./qde/types.js";

export const MAX_QDE_BYTES = 128 * 1024 * 1024;
export const KNOWN_VERSIONS = ["1.0", "1:0", "0:4"] as const;

/** Decodes the bytes of a .qde file; refuses what is not UTF-8. */
export function decodeQde(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_QDE_BYTES) throw new QdeError({ file, line: 1, field: "file", message: `the file is larger than ${MAX_QDE_BYTES / 1024 / 1024} MiB` });
  const decoded = decodeUtf8(bytes, file, "REFI-QDA project files must be UTF-8: export again, or re-save the file as UTF-8");
  if ("problem" in decoded) throw new QdeError(decoded.problem);
  return decoded.text;
}

/** Parses the text of a project.qde. Throws QdeError for hostile or malformed XML. */
export function parseQde(input: string, file = "project.qde"): QdaProject {
  if (input.length > MAX_QDE_BYTES) throw new QdeError({ file, line: 1, field: "file", message: `the file is larger than ${MAX_QDE_BYTES / 1024 / 1024} MiB` });
  const xml = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { root: project, version, rootLine } = parseProjectXml(xml, file);
  const ctx = new ReadContext(file);
  if (version && !(KNOWN_VERSIONS as readonly string[]).includes(version)) {
    ctx.problems.push({ file, line: rootLine, field: "xmlns", message: `unknown QDA-XML version "${version}"; read as 1.0` });
  }
  const users = childrenNamed(child(project, "Users"), "User").map((u) => ({ guid: ctx.guid(u), name: u.attrs.name }));
  const { codes, codeIndex } = readCodes(project, ctx);
  const { textSources, otherSources } = readSources(project, codeIndex, ctx);
  const variables = readVariables(project, ctx);
  const cases = readCases(project, ctx);
  const notes = childrenNamed(child(project, "Notes"), "Note").map((n) => ({
    guid: ctx.guid(n),
    name: n.attrs.name,
    content: child(n, "PlainTextContent")?.text,
    plainTextPath: n.attrs.plainTextPath
  }));
  return {
    file,
    name: project.attrs.name ?? "",
    origin: project.attrs.origin,
    version,
    users,
    codes,
    codeIndex,
    textSources,
    otherSources,
    variables,
    cases,
    notes,
    description: ctx.description(project),
    problems: ctx.problems
  };
}

