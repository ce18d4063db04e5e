/**
 * Parses a REFI-QDA project file (project.qde, "QDA-XML" 1.0) into a typed project.
 *
 * Hostile input is refused before parsing: a file that is not UTF-8, declares another encoding,
 * is larger than MAX_QDE_BYTES, or carries a DTD (`<!DOCTYPE`, `<!ENTITY`: entity expansion)
 * is rejected with a located error. Only the five predefined XML entities and numeric character
 * references are decoded. Real exports vary, and this reader accepts what they do:
 * - the namespace `urn:QDA-XML:project:<version>` with version `1.0`, `1:0` or `0:4` (any version
 *   is read; an unknown one is noted), or no namespace at all;
 * - GUIDs with or without braces, in upper or lower case (keys are normalised by `guidKey`);
 * - selections with a description but no coding.
 * Line ends inside the XML are normalised to LF, as the XML specification requires.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DataError, type Problem } from "../errors.js";
import { decodeUtf8 } from "../utf8.js";

export const MAX_QDE_BYTES = 128 * 1024 * 1024;
export const KNOWN_VERSIONS = ["1.0", "1:0", "0:4"] as const;

/** A located problem in a project.qde (a DataError with one problem). */
export class QdeError extends DataError {
  override name = "QdeError";
  constructor(readonly problem: Problem) {
    super([problem]);
  }
}

export interface QdaCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string;
  description?: string;
  /** Names from the top of the codebook down to this code. */
  path: string[];
  parent?: string;
  children: QdaCode[];
  line: number;
}

export interface QdaSelection {
  guid: string;
  name?: string;
  /** As written in the file: characters, counted the tool's way (see text.ts decideCrlf and import/qdpx.ts for line ends). */
  start: number;
  end: number;
  description?: string;
  /** GUID keys of the codes applied to this selection. */
  codes: string[];
  /** Each Coding with the user who made it (the Coding's creatingUser, when the tool wrote one). */
  codings: { code: string; creatingUser?: string }[];
  creatingUser?: string;
  noteRefs: string[];
  line: number;
}

export interface QdaTextSource {
  guid: string;
  name: string;
  /** Inline text (PlainTextContent), when the tool embedded it. */
  content?: string;
  /** `internal://<file>` (inside the archive), `absolute://…` or `relative://…`. */
  plainTextPath?: string;
  richTextPath?: string;
  description?: string;
  selections: QdaSelection[];
  /** Codes applied to the whole source. */
  codes: string[];
  line: number;
}

export interface QdaUser {
  guid: string;
  name?: string;
}

export interface QdaVariable {
  guid: string;
  name: string;
  type: string;
  description?: string;
}

export interface QdaVariableValue {
  variable: string;
  value: string;
}

export interface QdaCase {
  guid: string;
  name?: string;
  description?: string;
  codes: string[];
  sources: string[];
  selections: string[];
  values: QdaVariableValue[];
}

export interface QdaNote {
  guid: string;
  name?: string;
  content?: string;
  plainTextPath?: string;
}

export interface QdaProject {
  /** The file this came from (for messages). */
  file: string;
  name: string;
  origin?: string;
  /** The namespace version (`1.0`, `1:0`, `0:4`, …), or "" without a namespace. */
  version: string;
  users: QdaUser[];
  /** The codebook as a tree. */
  codes: QdaCode[];
  /** Every code by GUID key. */
  codeIndex: Map<string, QdaCode>;
  textSources: QdaTextSource[];
  /** Sources that are not text (PDF, picture, audio, video): listed, not imported. */
  otherSources: { kind: string; guid: string; name?: string }[];
  variables: QdaVariable[];
  cases: QdaCase[];
  notes: QdaNote[];
  description?: string;
  /** Non-fatal problems met while reading (unknown code references, bad positions…). */
  problems: Problem[];
}

/** A GUID as a comparison key: braces dropped, upper case. */
export function guidKey(guid: string): string {
  return guid.trim().replace(/^\{/, "").replace(/\}$/, "").toUpperCase();
}

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

/** A node of the parsed document (preserveOrder output, decoded). */
interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  /** 1-based line of the start tag (best effort: by GUID, else by tag). */
  line: number;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Decodes the predefined XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    }
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e as "lt"] ?? "";
  });
}

type Ordered = Record<string, unknown>;

function toNodes(list: unknown, xml: string, lines: LineFinder): Node[] {
  const nodes: Node[] = [];
  if (!Array.isArray(list)) return nodes;
  for (const item of list as Ordered[]) {
    const keys = Object.keys(item).filter((k) => k !== ":@");
    const tag = keys[0];
    if (!tag || tag === "#text" || tag === "__cdata" || tag.startsWith("?") || tag.startsWith("!")) continue;
    const rawAttrs = (item[":@"] ?? {}) as Record<string, string>;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) attrs[k.replace(/^@/, "")] = decodeXmlEntities(String(v));
    const childList = item[tag] as Ordered[];
    let text = "";
    for (const child of Array.isArray(childList) ? childList : []) {
      if ("#text" in child) text += decodeXmlEntities(String(child["#text"]));
      else if ("__cdata" in child) {
        for (const c of child["__cdata"] as Ordered[]) if ("#text" in c) text += String(c["#text"]);
      }
    }
    nodes.push({ tag, attrs, text, children: toNodes(childList, xml, lines), line: lines.find(tag, attrs.guid) });
  }
  return nodes;
}

/** The line of each element by tag and GUID attribute, indexed in one pass over the XML. */
class LineFinder {
  private readonly lines = new Map<string, number>();
  constructor(xml: string) {
    const re = /<(?:[\w.-]+:)?([\w.-]+)\b[^<>]*?\bguid\s*=\s*["']([^"']+)["']/g;
    let line = 1;
    let at = 0;
    for (const m of xml.matchAll(re)) {
      const index = m.index ?? 0;
      for (let i = at; i < index; i++) if (xml.charCodeAt(i) === 10) line++;
      at = index;
      const key = `${m[1]}|${m[2]}`;
      if (!this.lines.has(key)) this.lines.set(key, line);
    }
  }
  find(tag: string, guid: string | undefined): number {
    return guid ? (this.lines.get(`${tag}|${guid}`) ?? 1) : 1;
  }
}

function childrenNamed(node: Node | undefined, tag: string): Node[] {
  return node ? node.children.filter((c) => c.tag === tag) : [];
}
function child(node: Node | undefined, tag: string): Node | undefined {
  return node?.children.find((c) => c.tag === tag);
}

/** Decodes the bytes of a .qde file; refuses what is not UTF-8. */
export function decodeQde(bytes: Uint8Array, file: string): string {
  const fail = (message: string, line = 1, field = "encoding"): never => {
    throw new QdeError({ file, line, field, message });
  };
  if (bytes.length > MAX_QDE_BYTES) fail(`the file is larger than ${MAX_QDE_BYTES / 1024 / 1024} MiB`, 1, "file");
  const decoded = decodeUtf8(bytes, file, "REFI-QDA project files must be UTF-8: export again, or re-save the file as UTF-8");
  if ("problem" in decoded) throw new QdeError(decoded.problem);
  return decoded.text;
}

/** Parses the text of a project.qde. Throws QdeError for hostile or malformed XML. */
export function parseQde(input: string, file = "project.qde"): QdaProject {
  const fail = (message: string, line = 1, field = "xml"): never => {
    throw new QdeError({ file, line, field, message });
  };
  if (input.length > MAX_QDE_BYTES) fail(`the file is larger than ${MAX_QDE_BYTES / 1024 / 1024} MiB`, 1, "file");
  const xml = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const dtd = /<!DOCTYPE|<!ENTITY/i.exec(xml);
  if (dtd) fail("the XML carries a DTD (<!DOCTYPE or <!ENTITY); DTDs and entity definitions are refused (they can expand without bound)", lineAt(xml, dtd.index), "dtd");
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(xml);
  if (declared && !/^utf-?8$/i.test(declared[1]!)) fail(`the XML declares encoding "${declared[1]}"; REFI-QDA project files must be UTF-8`, 1, "encoding");
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) fail(`not well-formed XML: ${valid.err.msg}`, valid.err.line);

  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    cdataPropName: "__cdata",
    maxNestedTags: 256
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (error) {
    return fail(`cannot parse the XML: ${(error as Error).message}`);
  }
  const lines = new LineFinder(xml);
  const top = toNodes(parsed, xml, lines);
  const root = top.find((n) => n.tag === "Project");
  if (!root) fail(`the root element is not <Project> (found <${top[0]?.tag ?? "nothing"}>); is this a REFI-QDA project file?`, 1, "Project");
  const project = root!;
  const rootTag = /<(?:[\w.-]+:)?Project\b[^>]*>/.exec(xml)?.[0] ?? "";
  const ns = /\bxmlns(?::[\w.-]+)?\s*=\s*["']urn:QDA-XML:project:([^"']*)["']/.exec(rootTag);
  const otherNs = /\bxmlns\s*=\s*["']([^"']*)["']/.exec(rootTag);
  if (!ns && otherNs) fail(`the namespace "${otherNs[1]}" is not a REFI-QDA project namespace (urn:QDA-XML:project:1.0)`, lineAt(xml, xml.indexOf(rootTag)), "xmlns");
  const version = ns?.[1] ?? "";
  const problems: Problem[] = [];
  if (version && !(KNOWN_VERSIONS as readonly string[]).includes(version)) {
    problems.push({ file, line: lineAt(xml, xml.indexOf(rootTag)), field: "xmlns", message: `unknown QDA-XML version "${version}"; read as 1.0` });
  }

  const checkGuid = (node: Node, attr = "guid"): string => {
    const raw = node.attrs[attr];
    if (!raw) {
      problems.push({ file, line: node.line, field: `${node.tag}.${attr}`, message: "missing GUID" });
      return `MISSING-${node.tag}-${problems.length}`;
    }
    if (!GUID.test(raw.trim())) problems.push({ file, line: node.line, field: `${node.tag}.${attr}`, message: `"${raw}" is not a GUID` });
    return guidKey(raw);
  };
  const description = (node: Node): string | undefined => child(node, "Description")?.text;

  const users = childrenNamed(child(project, "Users"), "User").map((u) => ({ guid: checkGuid(u), name: u.attrs.name }));

  const codeIndex = new Map<string, QdaCode>();
  const readCodes = (nodes: Node[], path: string[], parent?: string): QdaCode[] =>
    nodes.map((n) => {
      const guid = checkGuid(n);
      const name = n.attrs.name ?? "";
      if (!name) problems.push({ file, line: n.line, field: "Code.name", message: "a code without a name" });
      if (codeIndex.has(guid)) problems.push({ file, line: n.line, field: "Code.guid", message: `duplicate code GUID ${guid}` });
      const code: QdaCode = {
        guid,
        name,
        isCodable: (n.attrs.isCodable ?? "true").trim() !== "false" && (n.attrs.isCodable ?? "").trim() !== "0",
        color: n.attrs.color,
        description: description(n),
        path: [...path, name],
        parent,
        children: [],
        line: n.line
      };
      codeIndex.set(guid, code);
      code.children = readCodes(childrenNamed(n, "Code"), code.path, guid);
      return code;
    });
  const codes = readCodes(childrenNamed(child(child(project, "CodeBook"), "Codes"), "Code"), []);

  const codeRefs = (owner: Node, codings: Node[]): string[] => {
    const out: string[] = [];
    for (const coding of codings) {
      const ref = child(coding, "CodeRef");
      if (!ref) {
        problems.push({ file, line: owner.line, field: "Coding.CodeRef", message: "a coding without a CodeRef" });
        continue;
      }
      const key = checkGuid(ref, "targetGUID");
      if (!codeIndex.has(key)) problems.push({ file, line: owner.line, field: "CodeRef.targetGUID", message: `refers to code ${key}, which is not in the codebook` });
      else if (!out.includes(key)) out.push(key);
    }
    return out;
  };
  const integer = (node: Node, attr: string): number => {
    const raw = (node.attrs[attr] ?? "").trim();
    if (!/^\d+$/.test(raw)) {
      problems.push({ file, line: node.line, field: `${node.tag}.${attr}`, message: `expected a whole number, got "${raw}"` });
      return -1;
    }
    return Number(raw);
  };

  const sourcesNode = child(project, "Sources");
  const textSources: QdaTextSource[] = [];
  const otherSources: QdaProject["otherSources"] = [];
  for (const s of sourcesNode?.children ?? []) {
    if (s.tag !== "TextSource") {
      otherSources.push({ kind: s.tag, guid: checkGuid(s), name: s.attrs.name });
      continue;
    }
    const guid = checkGuid(s);
    const content = child(s, "PlainTextContent")?.text;
    const plainTextPath = s.attrs.plainTextPath;
    if (content === undefined && !plainTextPath) problems.push({ file, line: s.line, field: "TextSource", message: "neither PlainTextContent nor plainTextPath is given" });
    const selections: QdaSelection[] = childrenNamed(s, "PlainTextSelection").map((sel) => {
      const start = integer(sel, "startPosition");
      const end = integer(sel, "endPosition");
      if (start >= 0 && end >= 0 && end < start) {
        problems.push({ file, line: sel.line, field: "PlainTextSelection.endPosition", message: `ends (${end}) before it starts (${start})` });
      }
      return {
        guid: checkGuid(sel),
        name: sel.attrs.name,
        start,
        end,
        description: description(sel),
        codes: codeRefs(sel, childrenNamed(sel, "Coding")),
        codings: childrenNamed(sel, "Coding").flatMap((c) => {
          const ref = child(c, "CodeRef")?.attrs.targetGUID;
          return ref && codeIndex.has(guidKey(ref)) ? [{ code: guidKey(ref), creatingUser: c.attrs.creatingUser ? guidKey(c.attrs.creatingUser) : undefined }] : [];
        }),
        creatingUser: sel.attrs.creatingUser ? guidKey(sel.attrs.creatingUser) : undefined,
        noteRefs: childrenNamed(sel, "NoteRef").map((r) => guidKey(r.attrs.targetGUID ?? "")),
        line: sel.line
      };
    });
    textSources.push({
      guid,
      name: s.attrs.name ?? guid,
      content,
      plainTextPath,
      richTextPath: s.attrs.richTextPath,
      description: description(s),
      selections,
      codes: codeRefs(s, childrenNamed(s, "Coding")),
      line: s.line
    });
  }

  const variables = childrenNamed(child(project, "Variables"), "Variable").map((v) => ({
    guid: checkGuid(v),
    name: v.attrs.name ?? "",
    type: v.attrs.typeOfVariable ?? "Text",
    description: description(v)
  }));
  const cases = childrenNamed(child(project, "Cases"), "Case").map((c) => ({
    guid: checkGuid(c),
    name: c.attrs.name,
    description: description(c),
    codes: childrenNamed(c, "CodeRef").map((r) => guidKey(r.attrs.targetGUID ?? "")),
    sources: childrenNamed(c, "SourceRef").map((r) => guidKey(r.attrs.targetGUID ?? "")),
    selections: childrenNamed(c, "SelectionRef").map((r) => guidKey(r.attrs.targetGUID ?? "")),
    values: childrenNamed(c, "VariableValue").map((vv) => {
      const ref = child(vv, "VariableRef");
      const valueNode = vv.children.find((x) => x.tag.endsWith("Value") && x.tag !== "VariableValue");
      return { variable: guidKey(ref?.attrs.targetGUID ?? ""), value: valueNode?.text ?? "" };
    })
  }));
  const notes = childrenNamed(child(project, "Notes"), "Note").map((n) => ({
    guid: checkGuid(n),
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
    description: description(project),
    problems
  };
}

/** Every code of the tree, depth first. */
export function allCodes(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap((c) => [c, ...allCodes(c.children)]);
}
