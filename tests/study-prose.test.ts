import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "../loaders/errors.js";
import { readProse } from "../loaders/study/prose.js";
import { proseBlocks, proseHtml } from "../src/shared/prose.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "prose-"));
  mkdirSync(join(dir, "prose"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "prose", name), text);
  return dir;
}

describe("study prose", () => {
  it("reads paragraphs and lists, drops # notes, and shows every other character as text", () => {
    expect(proseBlocks("# a note\nFirst line\nsame paragraph.\n\n- one\n- two\n")).toEqual([
      { kind: "p", text: "First line same paragraph." },
      { kind: "ul", items: ["one", "two"] }
    ]);
    // Markdown pages show it as written: markup, emphasis and `${…}` are all escaped.
    expect(proseHtml("<script>alert(1)</script> *not emphasis* ${x}")).toBe("<p>&#60;script&#62;alert&#40;1&#41;&#60;/script&#62; &#42;not emphasis&#42; &#36;&#123;x&#125;</p>");
  });

  it("reads each name in both languages", () => {
    const problems: Problem[] = [];
    const prose = readProse(folder({ "programme.id.md": "Program X.", "programme.en.md": "Programme X.", "README.md": "notes" }), problems);
    expect(problems).toEqual([]);
    expect(prose.programme).toEqual({ id: "Program X.", en: "Programme X." });
  });

  it("reports a text in one language only, an unknown name and an empty file, located", () => {
    const problems: Problem[] = [];
    readProse(folder({ "key-messages.en.md": "- one", "summary.en.md": "x", "programme.id.md": "# only a note\n", "programme.en.md": "Programme." }), problems);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/^prose\/programme\.id\.md: the file is empty/),
      expect.stringMatching(/^prose\/summary\.en\.md: expected <name>\.<id\|en>\.md/),
      expect.stringMatching(/^prose\/key-messages\.id\.md: key-messages is written in en only/),
      expect.stringMatching(/^prose\/programme\.id\.md: programme is written in en only/)
    ]);
  });

  it("is optional", () => {
    const problems: Problem[] = [];
    expect(readProse(mkdtempSync(join(tmpdir(), "prose-")), problems)).toEqual({});
    expect(problems).toEqual([]);
  });
});
