/**
 * Writing project.qde with fast-xml-parser's XMLBuilder. Element text keeps its line ends as
 * characters, a CR as `&#13;` (XML would otherwise fold CRLF to LF); an attribute keeps its line
 * ends and tabs as character references (XML would otherwise read them as spaces). The builder
 * escapes through a list of entities applied to text and attributes alike, and an attribute
 * processor that runs before it: so line ends in attributes are first swapped for lone surrogate
 * code units (which no decoded UTF-8 text holds) and those are then written as references.
 */
import { XMLBuilder } from "fast-xml-parser";

const LF = "\uDFFA";
const TAB = "\uDFF9";

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  indentBy: " ",
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
  processEntities: true,
  entities: [
    { regex: /&/g, val: "&amp;" },
    { regex: /</g, val: "&lt;" },
    { regex: />/g, val: "&gt;" },
    { regex: /\r/g, val: "&#13;" },
    { regex: new RegExp(LF, "g"), val: "&#10;" },
    { regex: new RegExp(TAB, "g"), val: "&#9;" }
  ],
  attributeValueProcessor: (_name: string, value: string) => value.replace(/\n/g, LF).replace(/\t/g, TAB)
} as ConstructorParameters<typeof XMLBuilder>[0]);

/** An element: attributes as `@_name`, child elements by tag (arrays for repeated ones), text as a string. */
export type XmlElement = { [key: string]: string | number | XmlElement | XmlElement[] | undefined };

/** The document: the XML declaration and `root` as the `<Project>` element. */
export function buildQde(root: XmlElement): string {
  return builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "utf-8" }, Project: root }) as string;
}
