/**
 * The XML layer of the project.qde reader: refuses hostile or malformed XML with a located error
 * (DTDs, another encoding, not well-formed), parses with fast-xml-parser (order preserved, only the
 * predefined entities and character references decoded) and gives a tree of nodes, each with the
 * line of its start tag.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DataError, type Problem } from "../../errors.js";

/** A located problem in a project.qde (a DataError with one problem). */
export class QdeError extends DataError {
  override name = "QdeError";
  constructor(readonly problem: Problem) {
    super([problem]);
  }
}

/** A node of the parsed document (preserveOrder output, decoded). */
export interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  /** 1-based line of the start tag (best effort: by GUID, else 1). */
  line: number;
}

export function lineAt(text: string, index: number): number {
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

function toNodes(list: unknown, lines: LineFinder): Node[] {
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
    nodes.push({ tag, attrs, text, children: toNodes(childList, lines), line: lines.find(tag, attrs.guid) });
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

export function childrenNamed(node: Node | undefined, tag: string): Node[] {
  return node ? node.children.filter((c) => c.tag === tag) : [];
}
export function child(node: Node | undefined, tag: string): Node | undefined {
  return node?.children.find((c) => c.tag === tag);
}

/**
 * The parsed document's `<Project>` element, its namespace version ("" without a namespace) and
 * the line it starts on. `xml` has LF line ends. Throws QdeError for hostile or malformed XML.
 */
export function parseProjectXml(xml: string, file: string): { root: Node; version: string; rootLine: number } {
  const fail = (message: string, line = 1, field = "xml"): never => {
    throw new QdeError({ file, line, field, message });
  };
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
  const top = toNodes(parsed, new LineFinder(xml));
  const root = top.find((n) => n.tag === "Project");
  if (!root) return fail(`the root element is not <Project> (found <${top[0]?.tag ?? "nothing"}>); is this a REFI-QDA project file?`, 1, "Project");
  const rootTag = /<(?:[\w.-]+:)?Project\b[^>]*>/.exec(xml)?.[0] ?? "";
  const ns = /\bxmlns(?::[\w.-]+)?\s*=\s*["']urn:QDA-XML:project:([^"']*)["']/.exec(rootTag);
  const otherNs = /\bxmlns\s*=\s*["']([^"']*)["']/.exec(rootTag);
  if (!ns && otherNs) fail(`the namespace "${otherNs[1]}" is not a REFI-QDA project namespace (urn:QDA-XML:project:1.0)`, lineAt(xml, xml.indexOf(rootTag)), "xmlns");
  return { root, version: ns?.[1] ?? "", rootLine: lineAt(xml, xml.indexOf(rootTag)) };
}
