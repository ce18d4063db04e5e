// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { addDownloads, composeSvg, fileName, wrap } from "../src/components/chartDownload.js";

function figure(): HTMLElement {
  document.body.innerHTML = `<main id="observablehq-main"><figure id="f"><h2>Findings per stage</h2>
    <div><span class="plot-1-swatch"><svg fill="#1b7837"><rect/></svg>strength</span></div>
    <svg width="400" height="200" viewBox="0 0 400 200"><text x="10" y="20">Co-design</text></svg></figure>
    <p class="source-note">Source: our coding of the chapter.</p></main>`;
  return document.getElementById("f")!;
}

describe("chart downloads", () => {
  it("add SVG and PNG buttons to each chart figure, once", () => {
    const f = figure();
    addDownloads(document);
    addDownloads(document);
    expect(f.querySelectorAll(".chart-download").length).toBe(1);
    expect([...f.querySelectorAll(".chart-download-button")].map((b) => b.getAttribute("data-format"))).toEqual(["svg", "png"]);
  });

  it("compose a standalone SVG with the title, legend, source line and address around the chart", () => {
    const f = figure();
    const { svg, width, height } = composeSvg(f.querySelector<SVGSVGElement>("svg[width]")!, { title: "Findings per stage", source: "our coding of the chapter.", url: "https://example.org/en/?a=1&b=2", legend: [{ color: "#1b7837", label: "strength" }] }, "en");
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(200);
    const text = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    expect(text).toContain("Findings per stage");
    expect(text).toContain("Co-design");
    expect(text).toContain("strength");
    expect(text.join(" ")).toContain("Source: our coding of the chapter.");
    expect(text.join(" ")).toContain("https://example.org/en/?a=1&b=2");
  });

  it("name the file after the title and wrap long lines", () => {
    expect(fileName("Temuan per tahap × valensi", "png")).toBe("temuan-per-tahap-valensi.png");
    expect(fileName("", "svg")).toBe("chart.svg");
    expect(wrap("a b c d e f g h i j k l m n o p", 60, 10).length).toBeGreaterThan(1);
  });
});
