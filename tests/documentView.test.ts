/**
 * The document view under a DOM (jsdom): the text as text (a hostile study's markup never
 * becomes elements), one tag per segment with its anchor, selection by click and its details,
 * focusSegment, and Escape. Layout (stripes) is tested in Chromium (tests/browser/document.test.ts).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentViews } from "../loaders/study/document.js";
import { loadStudy } from "../loaders/study/load.js";
import { documentView, focusSegment, segmentStyle } from "../src/components/documentView.js";
import { RECOMMENDATION_COLOR, VALENCE_COLOR } from "../src/shared/palette.js";
import { payload, writeHostileStudy } from "./fixtures/hostile.js";
import { useDom } from "./helpers.js";

useDom("http://127.0.0.1/en/documents/bab-v", ["KeyboardEvent", "MouseEvent"]);
beforeAll(() => {
  // jsdom does no layout: scrolling is a no-op.
  Object.assign(window.HTMLElement.prototype, { scrollIntoView() {} });
});

const [doc] = documentViews(loadStudy("data/study"));

describe("documentView", () => {
  it("renders every piece as text and one tag per coded segment, anchored by its id", () => {
    const view = documentView(doc!, { lang: "en", root: "../" });
    expect([...view.querySelectorAll(".doc-piece")].map((p) => p.textContent).join("")).toBe(doc!.pieces.map((p) => p.text).join(""));
    expect([...view.querySelectorAll(".doc-tag")].map((t) => t.id)).toEqual(doc!.segments.map((s) => s.id));
    expect(view.querySelectorAll(".doc-excluded-note")).toHaveLength(doc!.excluded.length);
  });

  it("shows a segment's details on a click, on its tag or its text, and closes on Escape", () => {
    const view = documentView(doc!, { lang: "en", root: "../" });
    document.body.replaceChildren(view);
    const seg = doc!.segments.find((s) => s.kind === "finding" && s.dimension)!;
    view.querySelector<HTMLElement>(`#${seg.id}`)!.click();
    const panel = view.querySelector(".doc-panel")!;
    expect(panel.textContent).toContain(seg.text_en);
    expect(panel.querySelector(`a[href="../dimensions/${seg.dimension}"]`)).not.toBeNull();
    expect(panel.querySelector(`a[href="../explorer?id=${seg.id}"]`)).not.toBeNull();
    expect(view.querySelector(`#${seg.id}`)!.getAttribute("aria-expanded")).toBe("true");
    view.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(panel.textContent).not.toContain(seg.text_en);
    const other = doc!.segments.at(-1)!;
    const piece = [...view.querySelectorAll<HTMLElement>(".doc-piece.seg")].find((p) => p.dataset.segs!.split(" ").includes(other.id))!;
    piece.click();
    expect(panel.textContent).toContain(other.text_en);
  });

  it("focusSegment opens a segment and focuses its tag; an unknown id does nothing", () => {
    const view = documentView(doc!, { lang: "id", root: "../" });
    document.body.replaceChildren(view);
    const seg = doc!.segments[3]!;
    expect(focusSegment(view, seg.id)).toBe(true);
    expect((document.activeElement as HTMLElement).dataset.seg).toBe(seg.id);
    expect(view.querySelector(".doc-panel")!.textContent).toContain(seg.text_en);
    expect(focusSegment(view, "no-such-segment")).toBe(false);
  });

  it("colours a segment by its dimension or its valence (recommendations in their own colour)", () => {
    const f = doc!.segments.find((s) => s.kind === "finding" && s.valence === "gap" && s.dimension)!;
    const r = doc!.segments.find((s) => s.kind === "recommendation")!;
    expect(segmentStyle(doc!, f).val).toBe(VALENCE_COLOR.gap);
    expect(segmentStyle(doc!, r).val).toBe(RECOMMENDATION_COLOR);
    expect(segmentStyle(doc!, f).number).toBe(String(doc!.dimensions.find((d) => d.id === f.dimension)!.order));
  });

  it("cuts the text at a second coder's boundaries too and names the coder in the key", () => {
    const study = loadStudy("data/study");
    const f = study.findings[4]!;
    const [withCoder] = documentViews(study, [{ name: "coder-2", segments: [{ source: f.source, start: f.start + 3, end: f.end + 7, dimension: study.dimensions[0]!.id }] }]);
    expect(withCoder!.coders[0]!.segments).toHaveLength(1);
    const view = documentView(withCoder!, { lang: "en", root: "../" });
    const pieces = [...view.querySelectorAll<HTMLElement>(".doc-piece[data-coder]")];
    const spans = pieces.map((p) => [p.dataset.start, p.dataset.end].map(Number) as [number, number]);
    // Contiguous from the coder's start to its end, cut where the study's own segments begin or end.
    expect(spans[0]![0]).toBe(f.start + 3);
    expect(spans.at(-1)![1]).toBe(f.end + 7);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBe(spans[i - 1]![1]);
    expect(spans.map((x) => x[1])).toContain(f.end);
    expect(view.querySelector(".doc-coder-help")!.textContent).toContain("coder-2");
    expect((view.querySelector(".doc-reading") as HTMLElement).style.getPropertyValue("--lanes")).toBe(String(withCoder!.lanes + 1 + withCoder!.coders[0]!.lanes));
    expect([...view.querySelectorAll(".doc-piece")].map((p) => p.textContent).join("")).toBe(study.sources[f.source]);
  });

  it("inserts a hostile study's texts as text", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "doc-hostile-")), "study");
    const fields = writeHostileStudy(dir);
    const [hostile] = documentViews(loadStudy(dir));
    const view = documentView(hostile!, { lang: "en", root: "../" });
    document.body.replaceChildren(view);
    for (const tag of view.querySelectorAll<HTMLElement>(".doc-tag")) tag.click();
    expect(view.querySelectorAll("script, img, svg, a[href^='javascript']")).toHaveLength(0);
    // The source text holds the findings' verbatim words, payload and all.
    const verbatim = fields.find((f) => f.file === "findings.csv" && f.field === "text_id")!;
    expect(view.textContent).toContain(payload(verbatim.n));
  });
});
