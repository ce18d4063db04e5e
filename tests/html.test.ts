import { createMarkdownIt, parseMarkdown } from "@observablehq/framework/dist/markdown.js";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, inertHtml, safeUrl } from "../src/shared/html.js";

describe("escapeHtml", () => {
  it("turns the five characters of markup into references, and nothing else", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a> $x`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62; $x");
  });
});

describe("escapeMarkdown", () => {
  // Framework's own Markdown parser, as it reads a page: every `${…}` it finds becomes a cell of code.
  const md = createMarkdownIt();
  const render = (source: string) => parseMarkdown(source, { md, path: "/x.md" });
  const hostile = `<script>alert(1)</script> [x](javascript:alert(2)) *em* _u_ \`code\` \${alert(3)} {{4}} # h ![i](x) | a | ~~s~~ \\*`;

  it("shows every character of a study text as written, in Markdown text, a heading and an HTML block", () => {
    for (const page of [escapeMarkdown(hostile), `## ${escapeMarkdown(hostile)}`, `<p>${escapeMarkdown(hostile)}</p>`]) {
      const { body: html, code } = render(page);
      expect(code, page).toEqual([]);
      expect(html, page).not.toMatch(/<script|<a |<em>|<strong>|<code>|<img|<s>|<del>|<table|observablehq-loading/);
      const text = html.replace(/<\/?(p|h2)[^>]*>/g, "").replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[e]!);
      expect(text.trim()).toBe(hostile);
    }
  });

  it("leaves no `${` for Framework to read as an expression, and no line break to end a block", () => {
    expect(render("${x}").code, "without escaping Framework makes a cell").toHaveLength(1);
    expect(render(escapeMarkdown("${x}")).code).toEqual([]);
    expect(escapeMarkdown("a\n\n- b\r\n# c")).toBe("a - b &#35; c");
  });
});

describe("inertHtml", () => {
  it("keeps `${…}` from being read as an expression and blank lines from ending the HTML block", () => {
    expect(inertHtml('<p title="${x}">a\n\nb $5</p>')).toBe('<p title="&#36;{x}">a  b &#36;5</p>');
  });
});

describe("safeUrl", () => {
  it("lets only http: and https: addresses through", () => {
    expect(safeUrl("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeUrl(" http://example.org ")).toBe("http://example.org/");
    for (const bad of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:x", "./relative", "", null, undefined]) expect(safeUrl(bad), String(bad)).toBeUndefined();
  });
});
