import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allCodes, decodeQde, decodeXmlEntities, guidKey, MAX_QDE_BYTES, parseQde, QdeError } from "../loaders/qda/qde.js";

const FIX = "tests/fixtures/qda";
const read = (name: string) => parseQde(decodeQde(readFileSync(`${FIX}/${name}`), name), name);
const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof QdeError) return error.problem;
    throw error;
  }
  throw new Error("expected a QdeError");
};
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("parseQde on real exports", () => {
  it("reads ATLAS.ti 23's export: two users, a nested codebook, no sources", () => {
    const p = read("atlas-ti-23-target.project.qde");
    expect(p.origin).toBe("ATLAS.ti for Windows 23.2.3.27778");
    expect(p.version).toBe("1.0");
    expect(p.users.map((u) => u.name)).toEqual(["Enric Llagostera", "ATLAS.ti"]);
    expect(p.codes).toHaveLength(1);
    expect(p.codes[0]!.children.map((c) => c.name)).toEqual(["2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92"]);
    expect(p.codes[0]!.children[0]!.path).toEqual(["Commits", "2022-05-10T02:05:59Z 19e4dce"]);
    expect(allCodes(p.codes)).toHaveLength(3);
    expect(p.textSources).toHaveLength(0);
    expect(p.problems).toEqual([]);
  });

  it("reads MAXQDA 24's project: 307 codes with descriptions, 10 text sources by internal path", () => {
    const p = read("maxqda-24-paper-themes.project.qde");
    expect(p.origin).toBe("MAXQDA 24 (Release 24.7.0)");
    const codes = allCodes(p.codes);
    expect(codes).toHaveLength(307);
    expect(p.codes[0]!.name).toBe("Additional Themes and Ideas");
    expect(p.codes[0]!.description).toMatch(/^This category encompasses/);
    expect(p.codes[0]!.color).toBe("#ef8256");
    expect(p.textSources).toHaveLength(10);
    expect(p.textSources[0]!.plainTextPath).toBe("internal://C5E4C960-5296-4FDE-8C63-DEABA4E17F92.txt");
    expect(p.textSources[0]!.line).toBe(934);
    expect(p.textSources.every((s) => s.selections.length === 0)).toBe(true);
  });
});

describe("parseQde on the variants real exports show", () => {
  const project = (ns: string, body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<Project name="t" ${ns}>${body}</Project>`;
  const body = `<CodeBook><Codes><Code guid="{${G(1).toLowerCase()}}" name="A" isCodable="false"><Code guid="${G(2)}" name="B" isCodable="true"/></Code></Codes></CodeBook>
<Sources><TextSource guid="${G(3)}" name="s"><PlainTextContent>a &amp; b &#x1F600; &lt;c&gt;<![CDATA[ &amp; raw]]></PlainTextContent>
<PlainTextSelection guid="${G(4)}" startPosition="0" endPosition="1"><Coding guid="${G(5)}"><CodeRef targetGUID="{${G(2).toLowerCase()}}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="${G(6)}" startPosition="2" endPosition="3"><Description>only a memo</Description></PlainTextSelection>
</TextSource></Sources>`;

  it.each(["1.0", "1:0", "0:4"])("accepts namespace version %s", (v) => {
    const p = parseQde(project(`xmlns="urn:QDA-XML:project:${v}"`, body));
    expect(p.version).toBe(v);
    expect(p.problems).toEqual([]);
  });

  it("normalises GUIDs (braces, case) so references resolve", () => {
    const p = parseQde(project('xmlns="urn:QDA-XML:project:1.0"', body));
    expect(guidKey("{abcdef00-0000-4000-8000-000000000001}")).toBe("ABCDEF00-0000-4000-8000-000000000001");
    expect(p.codes[0]!.isCodable).toBe(false);
    const [coded, memo] = p.textSources[0]!.selections;
    expect(coded!.codes).toEqual([G(2)]);
    expect(memo!.codes).toEqual([]);
    expect(memo!.description).toBe("only a memo");
  });

  it("decodes the predefined entities and character references, and keeps CDATA as written", () => {
    const p = parseQde(project('xmlns="urn:QDA-XML:project:1.0"', body));
    expect(p.textSources[0]!.content).toBe("a & b 😀 <c> &amp; raw");
    expect(decodeXmlEntities("&quot;&apos;&#65;")).toBe(`"'A`);
  });

  it("notes an unknown version and a reference to a missing code, without failing", () => {
    const p = parseQde(project('xmlns="urn:QDA-XML:project:2.5"', body.replace(`targetGUID="{${G(2).toLowerCase()}}"`, `targetGUID="${G(99)}"`)));
    expect(p.problems.map((x) => x.message)).toEqual([
      'unknown QDA-XML version "2.5"; read as 1.0',
      `refers to code ${G(99)}, which is not in the codebook`
    ]);
    expect(p.problems[1]!.line).toBe(4);
  });

  it("normalises CRLF inside the XML to LF, as XML requires", () => {
    const p = parseQde(project('xmlns="urn:QDA-XML:project:1.0"', `<Sources><TextSource guid="${G(3)}" name="s"><PlainTextContent>a\r\nb</PlainTextContent></TextSource></Sources>`));
    expect(p.textSources[0]!.content).toBe("a\nb");
  });
});

describe("parseQde reads cases and variables both ways tools write them", () => {
  const xml = `<Project name="c" xmlns="urn:QDA-XML:project:1.0">
<Variables><Variable guid="${G(10)}" name="peran" typeOfVariable="Text"><Description>role</Description></Variable><Variable guid="${G(11)}" name="umur" typeOfVariable="Integer"/></Variables>
<Cases>
<Case guid="${G(20)}" name="INF-01"><Description>first</Description><VariableValue><VariableRef targetGUID="${G(10)}"/><TextValue>kader</TextValue></VariableValue><VariableValue><VariableRef targetGUID="{${G(11).toLowerCase()}}"/><IntegerValue>34</IntegerValue></VariableValue><SourceRef targetGUID="${G(3)}"/></Case>
<Case guid="${G(21)}" name="INF-02"><SelectionRef targetGUID="${G(4)}"/></Case>
</Cases>
<Sources><TextSource guid="${G(3)}" name="s"><PlainTextContent>abc</PlainTextContent><PlainTextSelection guid="${G(4)}" startPosition="0" endPosition="1"/><VariableValue><VariableRef targetGUID="${G(11)}"/><IntegerValue>7</IntegerValue></VariableValue></TextSource></Sources>
</Project>`;

  it("reads <Case> elements with their values, sources and selections, and values on a <TextSource>", () => {
    const p = parseQde(xml);
    expect(p.problems).toEqual([]);
    expect(p.variables.map((v) => [v.name, v.type, v.description])).toEqual([["peran", "Text", "role"], ["umur", "Integer", undefined]]);
    expect(p.cases.map((c) => [c.name, c.description, c.sources, c.selections])).toEqual([["INF-01", "first", [G(3)], []], ["INF-02", undefined, [], [G(4)]]]);
    expect(p.cases[0]!.values.map((v) => [v.variable, v.value, v.element])).toEqual([[G(10), "kader", "TextValue"], [G(11), "34", "IntegerValue"]]);
    expect(p.cases[1]!.line).toBe(5);
    expect(p.textSources[0]!.values.map((v) => [v.variable, v.value])).toEqual([[G(11), "7"]]);
  });

  it("notes a malformed reference", () => {
    const p = parseQde(xml.replace(`<SelectionRef targetGUID="${G(4)}"/>`, '<SelectionRef targetGUID="nope"/>'));
    expect(p.problems.map((x) => `${x.field}: ${x.message}`)).toEqual(['SelectionRef.targetGUID: "nope" is not a GUID']);
  });
});

describe("parseQde refuses hostile and broken files with located errors", () => {
  it("refuses a DTD (billion laughs) before parsing", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<Project name="x">&lol2;</Project>`;
    const p = problemOf(() => parseQde(xml, "project.qde"));
    expect(p).toMatchObject({ file: "project.qde", line: 2, field: "dtd" });
    expect(p.message).toMatch(/DTDs and entity definitions are refused/);
  });

  it("refuses an external entity even without a DOCTYPE keyword in upper case", () => {
    expect(problemOf(() => parseQde(`<!doctype x SYSTEM "file:///etc/passwd"><Project name="x"/>`)).field).toBe("dtd");
  });

  it("refuses files that are not UTF-8", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('<Project name="caf'), 0xe9, ...new TextEncoder().encode('"/>')]);
    expect(problemOf(() => decodeQde(latin1, "project.qde")).message).toMatch(/not valid UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00]);
    expect(problemOf(() => decodeQde(utf16, "project.qde")).message).toMatch(/UTF-16/);
    expect(problemOf(() => parseQde('<?xml version="1.0" encoding="ISO-8859-1"?><Project name="x"/>')).message).toMatch(/declares encoding "ISO-8859-1"/);
  });

  it("refuses a file larger than the limit without decoding it", () => {
    expect(problemOf(() => decodeQde(new Uint8Array(MAX_QDE_BYTES + 1), "project.qde")).field).toBe("file");
  });

  it("locates malformed XML, a wrong root and a foreign namespace", () => {
    expect(problemOf(() => parseQde(`<Project name="x">\n<Users>\n</Project>`))).toMatchObject({ field: "xml", line: 3 });
    expect(problemOf(() => parseQde(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>`)).message).toMatch(/root element is not <Project>/);
    expect(problemOf(() => parseQde(`<Project xmlns="urn:example" name="x"/>`)).field).toBe("xmlns");
  });

  it("survives deep nesting with an error, not a crash", () => {
    const deep = `<Project name="x"><CodeBook><Codes>${`<Code guid="${G(1)}" name="a" isCodable="true">`.repeat(5000)}${"</Code>".repeat(5000)}</Codes></CodeBook></Project>`;
    expect(() => parseQde(deep)).toThrow(QdeError);
  });
});
