/** The document view's controls under jsdom: search marks and counts, filters dim, colour mode, translations. */
import { describe, expect, it } from "vitest";
import { documentViews } from "../loaders/study/document.js";
import { loadStudy } from "../loaders/study/load.js";
import { applyFilter, markHits } from "../src/components/documentControls.js";
import { documentView } from "../src/components/documentView.js";
import { useDom } from "./helpers.js";

useDom("http://127.0.0.1/id/documents/bab-v", ["Event"]);

const [doc] = documentViews(loadStudy("data/study"));
const source = doc!.pieces.map((p) => p.text).join("");

describe("document controls", () => {
  it("marks every hit of a search, across piece boundaries, keeping the text intact", () => {
    const view = documentView(doc!, { lang: "id", root: "../" });
    const text = view.querySelector<HTMLElement>(".doc-text")!;
    const word = "kader";
    const n = markHits(text, word);
    expect(n).toBe(source.match(/kader/giu)!.length);
    expect([...text.querySelectorAll(".doc-piece")].map((p) => p.textContent).join("")).toBe(source);
    expect([...text.querySelectorAll("mark")].map((m) => m.textContent).join("").toLowerCase()).toBe(word.repeat(n));
    // A phrase spanning two segments is one hit, marked in both pieces.
    const a = doc!.segments[0]!;
    const b = doc!.segments[1]!;
    const phrase = source.slice(b.start - 3, b.start + 4);
    expect(markHits(text, phrase)).toBeGreaterThanOrEqual(1);
    expect(markHits(text, "")).toBe(0);
    expect(text.querySelectorAll("mark")).toHaveLength(0);
    expect(a.id).not.toBe(b.id);
  });

  it("searches the text as shown: across hidden emphasis marks and joined breaks, keeping the emphasis and the characters", () => {
    const view = documentView(doc!, { lang: "id", root: "../" });
    const text = view.querySelector<HTMLElement>(".doc-text")!;
    const chars = Array.from(source);
    // A phrase around the first emphasis, and one across the first joined break, written as a reader sees them.
    const e = doc!.emphasis[0]!;
    const j = doc!.joins[0]!;
    const around = (from: number, to: number) => chars.slice(from, to).join("").replace(/\*/gu, "").replace(/\s+/gu, " ").trim();
    for (const [phrase, inside] of [
      [around(e.start - 12, e.end + 5), "em"],
      [around(j.start - 7, j.end + 5), ".doc-join"]
    ] as const) {
      expect(phrase).not.toMatch(/\*|\n/u);
      expect(markHits(text, phrase), phrase).toBeGreaterThanOrEqual(1);
      const marked = [...text.querySelectorAll("mark")].map((m) => m.textContent).join("");
      expect(marked.replace(/\s+/gu, " ")).toContain(phrase);
      expect(text.querySelectorAll(`${inside} mark`).length, inside).toBeGreaterThan(0);
    }
    expect(markHits(text, "")).toBe(0);
    expect([...text.querySelectorAll(".doc-piece")].map((p) => p.textContent).join("")).toBe(source);
    expect(text.querySelectorAll(".doc-mark").length).toBe(2 * doc!.emphasis.length);
    expect(text.querySelectorAll(".doc-join").length).toBeGreaterThanOrEqual(doc!.joins.length);
    expect(markHits(text, "*")).toBe(0);
  });

  it("dims the segments a filter leaves out and counts those kept", () => {
    const view = documentView(doc!, { lang: "id", root: "../" });
    const dim = doc!.segments.find((s) => s.dimension)!.dimension;
    const kept = applyFilter(doc!, view, { dimension: dim, valence: "" });
    expect(kept).toBe(doc!.segments.filter((s) => s.dimension === dim).length);
    const dimmed = [...view.querySelectorAll<HTMLElement>(".doc-tag.dimmed")].map((t) => t.dataset.seg);
    expect(dimmed).toEqual(doc!.segments.filter((s) => s.dimension !== dim).map((s) => s.id));
    expect(applyFilter(doc!, view, { dimension: "", valence: "" })).toBe(doc!.segments.length);
    expect(view.querySelectorAll(".dimmed")).toHaveLength(0);
  });

  it("switches the colour mode and shows the translations on the toggle (on by default in English)", () => {
    const id = documentView(doc!, { lang: "id", root: "../" });
    const radio = id.querySelector<HTMLInputElement>('.doc-colour input[value="valence"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event("change"));
    expect(id.dataset.colour).toBe("valence");
    expect([...id.querySelectorAll<HTMLElement>(".doc-translation")].every((t) => t.hidden)).toBe(true);
    const toggle = id.querySelector<HTMLInputElement>(".doc-toggle input")!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    expect([...id.querySelectorAll<HTMLElement>(".doc-translation")].some((t) => t.hidden)).toBe(false);
    const en = documentView(doc!, { lang: "en", root: "../" });
    expect(en.querySelectorAll(".doc-translation:not([hidden])")).toHaveLength(doc!.segments.length);
  });
});
