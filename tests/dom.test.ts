// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { allowedAddress, el, s } from "../src/components/dom.js";

describe("s", () => {
  it("creates SVG elements in the SVG namespace with attributes, nested children and listeners", () => {
    const onclick = vi.fn();
    const svg = s("svg", { viewBox: "0 0 10 10", hidden: false, title: null, onclick }, s("path", { d: "M0,0L1,1" }), [s("text", {}, "a", 1), null]);
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect([...svg.children].map((c) => c.namespaceURI)).toEqual(["http://www.w3.org/2000/svg", "http://www.w3.org/2000/svg"]);
    expect(svg.getAttribute("viewBox")).toBe("0 0 10 10");
    expect(svg.hasAttribute("hidden")).toBe(false);
    expect(svg.querySelector("text")!.textContent).toBe("a1");
    svg.dispatchEvent(new Event("click"));
    expect(onclick).toHaveBeenCalledTimes(1);
  });

  it("inserts text as text, never as markup", () => {
    const text = s("text", {}, "<tspan onload=\"alert(1)\">x</tspan>");
    expect(text.children).toHaveLength(0);
    expect(text.textContent).toBe('<tspan onload="alert(1)">x</tspan>');
  });
});

describe("addresses", () => {
  it("keep relative, http(s), blob and mailto addresses and drop script ones, however written", () => {
    for (const ok of ["./explorer?id=F1", "#rec-R1", "../dimensions/x", "https://example.org/a", "http://x", "blob:http://127.0.0.1/1", "mailto:a@b"]) expect(allowedAddress(ok), ok).toBe(true);
    for (const bad of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html,<script>alert(1)</script>"]) expect(allowedAddress(bad), bad).toBe(false);
    const a = el("a", { href: "javascript:alert(1)" }, "study source");
    expect(a.hasAttribute("href")).toBe(false);
    expect(a.textContent).toBe("study source");
    expect(el("a", { href: "https://example.org/" }).getAttribute("href")).toBe("https://example.org/");
    expect(s("a", { "xlink:href": "javascript:alert(1)" }).attributes).toHaveLength(0);
  });
});
