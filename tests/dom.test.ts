// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { h, s } from "../src/components/dom.js";

describe("h and s", () => {
  it("build elements with attributes, nested children and listeners", () => {
    const onclick = vi.fn();
    const el = h("p", { class: "x", "data-n": 3, hidden: false, title: null, onclick }, "a", [h("b", {}, "b"), null, false, ["c", 4]]);
    expect(el.outerHTML).toBe('<p class="x" data-n="3">a<b>b</b>c4</p>');
    el.click();
    expect(onclick).toHaveBeenCalledTimes(1);
    expect(h("input", { disabled: true }).hasAttribute("disabled")).toBe(true);
  });

  it("inserts text as text, never as markup", () => {
    const el = h("div", {}, '<img src=x onerror="alert(1)">');
    expect(el.children).toHaveLength(0);
    expect(el.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it("creates SVG elements in the SVG namespace", () => {
    const svg = s("svg", { viewBox: "0 0 10 10" }, s("path", { d: "M0,0L1,1" }));
    expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.firstElementChild!.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg.getAttribute("viewBox")).toBe("0 0 10 10");
  });
});
