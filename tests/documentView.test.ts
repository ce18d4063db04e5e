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
import { visibleTextNodes } from "../src/components/documentSource.js";
import { documentView, focusSegment, segmentStyle } from "../src/components/documentView.js";
import { t } from "../src/shared/i18n/index.js";
import { TRANSLATION_PENDING } from "../src/shared/model/vocab.js";
import { RECOMMENDATION_COLOR, VALENCE_COLOR } from "../src/shared/palette.js";
import { payload, writeHostileStudy } from "./fixtures/hostile.js";
import { useDom } from "./helpers.js";

useDom("http://127.0.0.1/en/documents/bab-v", ["KeyboardEvent", "MouseEvent"]);
beforeAll(() => {
  // jsdom does no layout: scrolling is a no-op.
  Object.assign(window.HTMLElement.prototype, { scrollIntoView() {} });
});

const [doc] = documentViews(loadStudy("data/study"));

/** What a reader sees of a rendered piece: hidden emphasis marks left out, a joined break as one space. */
const shownOf = (node: Element) => visibleTextNodes(node).map((n) => (n.parentElement?.closest(".doc-join") ? " " : n.data)).join("");
const fold = (s: string) => s.replace(/\s+/gu, " ").trim();
const pieceEls = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>(".doc-piece")];
const piecesOfSegment = (view: HTMLElement, id: string) => pieceEls(view).filter((p) => (p.dataset.segs ?? "").split(" ").includes(id));

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

  it("shows the source as written, each piece still the file's characters at its offsets and each segment on its words", () => {
    const study = loadStudy("data/study");
    const source = Array.from(study.sources[doc!.file]!);
    const view = documentView(doc!, { lang: "id", root: "../" });
    for (const p of pieceEls(view)) expect(p.textContent).toBe(source.slice(Number(p.dataset.start), Number(p.dataset.end)).join(""));
    // Emphasis in italics, its asterisks hidden; the breaks inside a sentence shown as spaces, the others kept.
    const marks = [...view.querySelectorAll<HTMLElement>(".doc-text .doc-mark")];
    expect(marks.map((m) => [m.textContent, m.hidden])).toEqual(doc!.emphasis.flatMap(() => [["*", true], ["*", true]]));
    expect(view.querySelectorAll(".doc-text em").length).toBeGreaterThanOrEqual(doc!.emphasis.length);
    expect([...view.querySelectorAll(".doc-text .doc-join")].map((j) => j.textContent).join("")).toBe(doc!.joins.map((j) => source.slice(j.start, j.end).join("")).join(""));
    const shown = pieceEls(view).map(shownOf).join("");
    expect(shown).not.toContain("*");
    const breaks = (s: string) => s.match(/\n/gu)?.length ?? 0;
    expect(breaks(shown)).toBe(breaks(source.join("")) - doc!.joins.reduce((n, j) => n + breaks(source.slice(j.start, j.end).join("")), 0));
    expect(doc!.joins.length).toBeGreaterThan(0);
    // What a locator link or a highlight points at reads as the segment's own words (text_id: asterisks out, white space folded).
    for (const seg of [...study.findings, ...study.recommendations]) expect(fold(piecesOfSegment(view, seg.id).map(shownOf).join("")), seg.id).toBe(fold(seg.text_id));
  });

  it("gives each uncoded sentence's reason in the page's language, or the English one marked as English and untranslated", () => {
    expect(doc!.excluded.length).toBeGreaterThan(0);
    for (const lang of ["id", "en"] as const) {
      const notes = [...documentView(doc!, { lang, root: "../" }).querySelectorAll<HTMLElement>(".doc-excluded-note")];
      expect(notes.map((n) => n.textContent)).toEqual(doc!.excluded.map((x) => ` [${t(lang, "document.excluded")}: ${lang === "id" ? x.reason_id : x.reason_en}]`));
      for (const n of notes) expect([n.lang, n.querySelector("[lang]"), n.querySelector(".untranslated-badge")]).toEqual([lang, null, null]);
    }
    const untranslated = { ...doc!, excluded: doc!.excluded.map((x) => ({ ...x, reason_id: "" })) };
    const notes = [...documentView(untranslated, { lang: "id", root: "../" }).querySelectorAll<HTMLElement>(".doc-excluded-note")];
    expect(notes.map((n) => [n.lang, n.querySelector('[lang="en"]')?.textContent, n.querySelector(".untranslated-badge")?.textContent])).toEqual(
      doc!.excluded.map((x) => ["id", x.reason_en, t("id", "analyses.untranslated")])
    );
  });

  it("names a pending translation in the text as such, never as English", () => {
    const seg = doc!.segments[2]!;
    const pending = { ...doc!, segments: doc!.segments.map((s) => (s.id === seg.id ? { ...s, text_en: `${TRANSLATION_PENDING} ${s.text_en}` } : s)) };
    const node = documentView(pending, { lang: "id", root: "../" }).querySelector<HTMLElement>(`.doc-translation[data-for="${seg.id}"]`)!;
    expect([node.lang, node.textContent]).toEqual(["id", ` [${seg.id}: ${t("id", "analyses.untranslated")}]`]);
  });

  it("renders a hostile source as text: markup, template markers, unmatched asterisks, bidirectional controls, emphasis cut by a segment", () => {
    const base = loadStudy("tests/fixtures/study-mini");
    const file = base.meta.sources[0]!.file;
    const hostile = `${payload(1)} 2 * 3 **x** *tanpa akhir \u202Eevil\u202C \u2066y\u2069 kader menerapkan *co-<b>production</b>* yang\n\nberjalan *baik*.\n\n1. Butir`;
    const chars = Array.from(hostile);
    const at = (s: string) => Array.from(hostile.slice(0, hostile.indexOf(s))).length;
    const finding = { ...base.findings[0]!, id: "H1", source: file, start: at("co-<b>"), end: at("baik*") + 5 };
    const study = { ...base, sources: { [file]: hostile }, findings: [finding], recommendations: [], excluded: [{ source: file, start: 0, end: 5, text: chars.slice(0, 5).join(""), reason: "<img src=x onerror=alert(9)>", reason_id: "" }] };
    const [hdoc] = documentViews(study);
    const view = documentView(hdoc!, { lang: "id", root: "../" });
    document.body.replaceChildren(view);
    view.querySelector<HTMLElement>("#H1")!.click();
    expect(view.querySelectorAll("script, img, svg, iframe, b, a[href^='javascript']")).toHaveLength(0);
    expect(pieceEls(view).map((p) => p.textContent).join("")).toBe(hostile);
    expect(view.querySelector(".doc-excluded-note")!.textContent).toContain("<img src=x onerror=alert(9)>");
    // The segment begins inside an emphasis: its words are in italics without the asterisk before them.
    expect(piecesOfSegment(view, "H1").map(shownOf).join("")).toBe("co-<b>production</b> yang berjalan baik");
    expect(piecesOfSegment(view, "H1")[0]!.querySelector("em")!.textContent).toBe("co-<b>production</b>");
    const shown = pieceEls(view).map(shownOf).join("");
    for (const kept of ["${alert(1)}", "2 * 3 **x** *tanpa akhir", "\u202Eevil\u202C", "\u2066y\u2069", ".\n\n1. Butir"]) expect(shown).toContain(kept);
    expect(view.querySelector(".doc-panel blockquote[lang='id']")!.textContent).toBe(chars.slice(finding.start, finding.end).join(""));
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
