/**
 * REFI-QDA projects: the real exports in tests/fixtures/qda (and this site's own export of
 * study-mini), unpacked, then mutated — the XML of project.qde (markup, attributes, positions,
 * GUIDs, lines), the entries (names, removals, additions, contents, sizes) and, after zipping,
 * the archive's structure — and imported with `npm run study -- import`. Some inputs are a bare
 * project.qde instead of a .qdpx.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { exportStudy, qdpxBytes } from "../../loaders/qda/export.js";
import { safeUnzip } from "../../loaders/qda/zip.js";
import { loadStudy } from "../../loaders/study/load.js";
import { zipSync, type Zippable } from "fflate";
import type { Family } from "./harness.js";
import { runImport } from "./importing.js";
import { applyByteOp, applyTextOp, maybeByteOp, textOp, tokens, value, type ByteOp, type TextOp } from "./mutate.js";
import { applyZipOps, zipOp, type ZipOp } from "./zipbytes.js";

const DIR = "tests/fixtures/qda";
const QDPX = ["nvivo-style.qdpx", "atlas-style.qdpx", "maxqda-style.qdpx", "qualcoder-style.qdpx", "atlas-ti-23-target.qdpx"];
const QDE = ["atlas-ti-23-target.project.qde", "maxqda-24-paper-themes.project.qde"];

/** XML snippets to insert: markup, entities, references, DTDs, deep nesting. */
const XML = [
  "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1;", "&#xD800;", "&#1114112;", "&nbsp;", "&foo;", "]]>",
  "<Code/>", "</Code>", "<Code guid=\"x\">", "<Code guid=\"{00000002-aaaa-4bbb-8ccc-000000000002}\" name=\"dup\"/>",
  "<!DOCTYPE Project>", "<!ENTITY a \"b\">", "<![CDATA[x]]>", "<?pi x?>", "<!-- c -->", "<!--", " a=\"1\" a=\"2\"",
  "<Project>", "</Project>", "<x>".repeat(300), "<Sources>", "<TextSource/>",
  "<TextSource guid=\"00000009-aaaa-4bbb-8ccc-000000000009\" name=\"x\" plainTextPath=\"internal://%ZZ.txt\"/>",
  "<TextSource guid=\"00000009-aaaa-4bbb-8ccc-000000000009\" name=\"x\"><PlainTextContent>abc</PlainTextContent></TextSource>",
  "<PlainTextSelection guid=\"00000009-aaaa-4bbb-8ccc-00000000000a\" startPosition=\"5\" endPosition=\"2\"/>",
  "<Coding guid=\"00000009-aaaa-4bbb-8ccc-00000000000b\"><CodeRef targetGUID=\"nope\"/></Coding>",
  "<Note guid=\"00000009-aaaa-4bbb-8ccc-00000000000c\" name=\"study-file:study.json\"><PlainTextContent>{</PlainTextContent></Note>",
  "<Description>study-segment: {</Description>", "xmlns=\"urn:other\"", "xmlns=\"urn:QDA-XML:project:9.9\"",
  "encoding=\"latin1\"", "\u0000", "\uFFFE", "\uD800"
];

/** Values for attributes: positions, GUIDs, paths. */
const ATTR = [
  "-1", "0", "1", "999999999", "1e3", "abc", "", " ", "5.5", "{00000002-aaaa-4bbb-8ccc-000000000002}", "not-a-guid",
  "internal://missing.txt", "internal://%ZZ", "internal://../../x.txt", "internal://", "file:///etc/passwd", "C:\\x.txt",
  "absolute://x", "true", "false", "study-file:actors.csv", "study-file:codebook/dimensions.csv"
];

const NAMES = [
  "../x.txt", "/abs.txt", "C:/x.txt", "a\\..\\b.txt", "Sources\\x.txt", "sources/X.TXT", "project.qde", "PROJECT.QDE",
  "x/project.qde", "other.qde", "a\u0001b", "dir/", "Sources/", "Sources/a/b.txt", "é.txt", "x".repeat(300)
];

/** Sets the value of the `index`-th attribute named `attr` (any attribute for `*`). */
type AttrOp = { attr: string; index: number; to: string };
const POSITIONS = ["-1", "0", "1", "2", "117", "156", "420", "425", "426", "999999999", "1e3", "5.5", "", "abc", "0x10"];
const GUIDS = ["", "not-a-guid", "{00000002-aaaa-4bbb-8ccc-000000000002}", "00000002-aaaa-4bbb-8ccc-000000000002", "{00000006-aaaa-4bbb-8ccc-000000000006}", "00000000-0000-0000-0000-000000000000"];
/** Values worth trying per attribute (besides the general ones). */
const BY_ATTR: Record<string, string[]> = {
  "*": ATTR,
  startPosition: POSITIONS,
  endPosition: POSITIONS,
  plainTextPath: ["internal://%ZZ", "internal://%", "internal://a%2Fb.txt", "internal://../x.txt", "internal://", "INTERNAL://x.txt", "relative://x.txt", "C:\\x.txt", "", "internal://Sources/x.txt"],
  guid: GUIDS,
  targetGUID: GUIDS,
  name: ["", " ", "Perencanaan", "Recommendation", "gap", "strength", "a/b", "..", "study-file:findings.csv", "x".repeat(300)],
  isCodable: ["true", "false", "", "yes", "1"],
  origin: ["", "QualCoder", "ATLAS.ti", "MAXQDA", "NVivo"],
  xmlns: ["urn:QDA-XML:project:1.0", "urn:QDA-XML:project:9", "urn:other", ""]
};
const ATTR_NAMES = Object.keys(BY_ATTR);
type EntryOp =
  | { op: "rename"; index: number; to: string }
  | { op: "remove"; index: number }
  | { op: "add"; name: string; content: string }
  | { op: "big"; name: string; size: number }
  | { op: "content"; index: number; ops: TextOp[]; bytes?: ByteOp };

export interface QdpxInput {
  base: string;
  xml: TextOp[];
  attrs: AttrOp[];
  entries: EntryOp[];
  zip: ZipOp[];
  stored: boolean;
}

function replaceAttr(xml: string, op: AttrOp): string {
  const name = op.attr === "*" ? "[\\w:.-]+" : op.attr;
  const list = [...xml.matchAll(new RegExp(`\\b${name}="([^"]*)"`, "g"))];
  if (!list.length) return xml;
  const m = list[op.index % list.length]!;
  const start = (m.index ?? 0) + m[0].length - m[1]!.length - 1;
  return xml.slice(0, start) + op.to + xml.slice(start + m[1]!.length);
}

export function qdpxFamily(): Family<QdpxInput> {
  const bases = new Map<string, Map<string, Uint8Array>>();
  for (const f of QDPX) bases.set(f, new Map(safeUnzip(new Uint8Array(readFileSync(`${DIR}/${f}`))).map((e) => [e.name, e.bytes])));
  const mini = "tests/fixtures/study-mini";
  bases.set("study-mini-export.qdpx", new Map(safeUnzip(qdpxBytes(exportStudy(loadStudy(mini), mini))).map((e) => [e.name, e.bytes])));
  for (const f of QDE) bases.set(f, new Map([["project.qde", new Uint8Array(readFileSync(`${DIR}/${f}`))]]));
  const texts = [...bases.values()].flatMap((m) => [...m.values()].map((b) => new TextDecoder().decode(b).slice(0, 20_000)));
  const pool = tokens(texts);
  const xmlInsert = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...XML) }, { weight: 1, arbitrary: value(pool) });
  const xml = fc.array(textOp(pool, xmlInsert).filter((o) => o.op !== "header" && o.op !== "token" && o.op !== "quote"), { minLength: 1, maxLength: 3 });
  const attrs = fc.array(fc.constantFrom(...ATTR_NAMES).chain((attr) =>
      fc.record({ attr: fc.constant(attr), index: fc.nat({ max: 400 }), to: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BY_ATTR[attr]!) }, { weight: 1, arbitrary: fc.constantFrom(...ATTR) }, { weight: 1, arbitrary: value(pool) }) })
    ), { minLength: 1, maxLength: 3 });
  const entries = fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.record({ op: fc.constant("rename" as const), index: fc.nat({ max: 8 }), to: fc.constantFrom(...NAMES) }) },
      { weight: 2, arbitrary: fc.record({ op: fc.constant("remove" as const), index: fc.nat({ max: 8 }) }) },
      { weight: 2, arbitrary: fc.record({ op: fc.constant("add" as const), name: fc.constantFrom(...NAMES), content: value(pool) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant("big" as const), name: fc.constantFrom("Sources/big.txt", "big.bin"), size: fc.integer({ min: 1_000_000, max: 3_000_000 }) }) },
      { weight: 4, arbitrary: fc.record({ op: fc.constant("content" as const), index: fc.nat({ max: 8 }), ops: fc.array(textOp(pool), { maxLength: 2 }), bytes: maybeByteOp }) }
    ),
    { minLength: 1, maxLength: 2 }
  );
  const zip = fc.array(zipOp, { minLength: 1, maxLength: 2 });
  const none = fc.constant([]);
  // Each input mostly mutates one layer, so that inner layers (XML, positions, mapping, writing) are
  // reached as often as the archive's structure; some mutate several, a few none.
  const layers = (x: boolean, a: boolean, e: boolean, z: boolean) =>
    fc.record({
      base: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QDPX, "study-mini-export.qdpx") }, { weight: 1, arbitrary: fc.constantFrom(...QDE) }),
      xml: x ? xml : none,
      attrs: a ? attrs : none,
      entries: e ? entries : none,
      zip: z ? zip : none,
      stored: fc.boolean()
    }) as fc.Arbitrary<QdpxInput>;
  const arbitrary = fc.oneof(
    { weight: 1, arbitrary: layers(false, false, false, false) },
    { weight: 5, arbitrary: layers(true, false, false, false) },
    { weight: 6, arbitrary: layers(false, true, false, false) },
    { weight: 4, arbitrary: layers(false, false, true, false) },
    { weight: 3, arbitrary: layers(false, false, false, true) },
    { weight: 3, arbitrary: layers(true, true, true, true) }
  );
  return {
    name: "qdpx",
    about: "a REFI-QDA project with mutated XML, entries or archive, imported",
    arbitrary,
    run: (input, dir) => runImport(dir, inputName(input), build(bases, input)),
    fixture: (input) => ({ command: "import", input: inputName(input), files: { [inputName(input)]: build(bases, input) } })
  };
}

const inputName = (input: QdpxInput) => (input.base.endsWith(".qde") ? "fuzz.qde" : "fuzz.qdpx");

/** The mutated project's bytes: a bare .qde, or a zipped .qdpx. */
function build(bases: Map<string, Map<string, Uint8Array>>, input: QdpxInput): Uint8Array {
  const entries = [...bases.get(input.base)!.entries()];
  const qde = entries.findIndex(([name]) => name.endsWith(".qde"));
  if (qde >= 0) {
    let xml = new TextDecoder().decode(entries[qde]![1]);
    xml = input.xml.reduce(applyTextOp, xml);
    xml = input.attrs.reduce(replaceAttr, xml);
    entries[qde] = [entries[qde]![0], applyByteOp(xml, undefined)];
  }
  for (const e of input.entries) {
    const i = "index" in e && entries.length ? e.index % entries.length : -1;
    if (e.op === "rename" && i >= 0) entries[i] = [e.to, entries[i]![1]];
    else if (e.op === "remove" && i >= 0) entries.splice(i, 1);
    else if (e.op === "add") entries.push([e.name, applyByteOp(e.content, undefined)]);
    else if (e.op === "big") entries.push([e.name, new Uint8Array(e.size).fill(0x61)]);
    else if (e.op === "content" && i >= 0) {
      const text = new TextDecoder().decode(entries[i]![1]);
      entries[i] = [entries[i]![0], applyByteOp(e.ops.reduce(applyTextOp, text), e.bytes)];
    }
  }
  if (input.base.endsWith(".qde")) return entries.find(([name]) => name.endsWith(".qde"))?.[1] ?? new Uint8Array();
  const tree: Zippable = {};
  for (const [name, bytes] of entries) tree[name] = [bytes, { level: input.stored ? 0 : 6, mtime: new Date("2020-01-01T00:00:00Z") }];
  return applyZipOps(zipSync(tree), input.zip);
}
