import { describe, expect, it } from "vitest";
import { scanHtml, srcsetUrls } from "../scripts/links/html.js";
import { cssUrls } from "../scripts/links/code.js";

describe("scanHtml", () => {
  it("reads URL attributes, ids, inline scripts and styles, and skips comments and script text", () => {
    const scan = scanHtml(`<!-- <a href="hidden"> -->
<a href='a.html' id=one>x</a><img src="i.png" srcset="i.png 1x, j.png 2x" alt="">
<script type="module">const s = "<a href=\\"not-a-link\\">";</script>
<script type="application/json">{"href": "json.html"}</script>
<style>p { background: url(bg.png) }</style><p style="background:url('inline.png')" id="two">`);
    expect(scan.refs.map((r) => `${r.tag}.${r.kind}=${r.value}`)).toEqual(["a.href=a.html", "img.src=i.png", "img.srcset=i.png", "img.srcset=j.png"]);
    expect([...scan.ids]).toEqual(["one", "two"]);
    expect(scan.scripts).toHaveLength(1);
    expect(scan.styles.flatMap((s) => cssUrls(s.text)).map((u) => u.value)).toEqual(["bg.png", "inline.png"]);
  });

  it("decodes character references in attributes, quoted or not", () => {
    const scan = scanHtml(`<a href="a?x=1&amp;y=2" id='&#8220;q&#x201D;' hidden>x</a><a href=&#46;/b name=n&amp;m>y</a>`);
    expect(scan.refs.map((r) => r.value)).toEqual(["a?x=1&y=2", "./b"]);
    expect([...scan.ids]).toEqual(["\u201cq\u201d", "n&m"]);
  });

  it("reads elements as a browser does: inside <template> and <noscript>, not inside a comment or a <textarea>", () => {
    const scan = scanHtml(`<template><a href="t.html" id="in-template">t</a></template><noscript><img src="n.png"></noscript>
<textarea><a href="text.html"></textarea><!-- <img src="c.png"> --><A HREF="upper.html">u</A>
<noscript>
<a href="no-js.html" id="in-noscript">no scripts</a></noscript>`);
    expect(scan.refs.map((r) => `${r.value}:${r.line}`)).toEqual(["t.html:1", "n.png:1", "upper.html:2", "no-js.html:4"]);
    expect([...scan.ids]).toEqual(["in-template", "in-noscript"]);
  });

  it("gives the line of each attribute, and the line each inline script and style starts on", () => {
    const scan = scanHtml(`<!DOCTYPE html>
<html><head>
<link rel="stylesheet"
  href="s.css">
<script type="module">
import "./m.js";</script>
</head><body>
<p style="color: red">x</p><style>
a { b: url(c.png) }</style>
</body></html>`);
    expect(scan.refs).toEqual([{ kind: "href", tag: "link", value: "s.css", line: 4 }]);
    expect(scan.scripts).toEqual([{ text: '\nimport "./m.js";', line: 5 }]);
    expect(scan.styles).toEqual([
      { text: "color: red", line: 8 },
      { text: "\na { b: url(c.png) }", line: 8 }
    ]);
  });
});

describe("srcsetUrls", () => {
  it("splits srcset candidates", () => {
    expect(srcsetUrls(" a.png 1x,b.png  2x , c.png")).toEqual(["a.png", "b.png", "c.png"]);
  });
});
