/** The details of one segment under jsdom: codes by name, both texts, locator, links. */
import { describe, expect, it } from "vitest";
import { documentViews } from "../loaders/study/document.js";
import { loadStudy } from "../loaders/study/load.js";
import { segmentPanel, segmentText } from "../src/components/documentPanel.js";
import { t } from "../src/shared/i18n/index.js";
import { TRANSLATION_PENDING } from "../src/shared/model/vocab.js";
import { useDom } from "./helpers.js";

useDom();

const study = loadStudy("data/study");
const [doc] = documentViews(study);

describe("segmentPanel", () => {
  it("names a finding's codes, actors and stages in the page's language, with both texts and links", () => {
    const seg = doc!.segments.find((s) => s.kind === "finding" && s.actors.length && s.stages.length && s.subcodes.length)!;
    const f = study.findings.find((x) => x.id === seg.id)!;
    const node = segmentPanel(doc!, seg, { lang: "en", root: "../" });
    const text = node.textContent!;
    for (const a of f.actors) expect(text).toContain(study.actors.find((x) => x.id === a)!.label_en);
    for (const s of f.stages) expect(text).toContain(study.stages.find((x) => x.id === s)!.label_en);
    expect(text).toContain(study.subcodes.find((x) => x.id === f.subcodes[0])!.label_en);
    expect(node.querySelector('blockquote[lang="id"]')!.textContent).toBe(segmentText(doc!, seg));
    expect(node.querySelector('blockquote[lang="en"]')!.textContent).toBe(f.text_en);
    expect(text).toContain(`${f.start}–${f.end}`);
    expect(node.querySelector(`a[href="../explorer?id=${f.id}"]`)).not.toBeNull();
  });

  it("shows what a recommendation answers, and no explorer link for it", () => {
    const seg = doc!.segments.find((s) => s.kind === "recommendation")!;
    const node = segmentPanel(doc!, seg, { lang: "id", root: "../" });
    expect(node.textContent).toContain(seg.answers.join(", "));
    expect(node.querySelector('a[href*="explorer"]')).toBeNull();
  });

  it("shows the source text as written (emphasis in italics, its asterisks hidden) and a pending translation as such", () => {
    const e = doc!.emphasis[0]!;
    const seg = doc!.segments.find((s) => s.start <= e.start && s.end >= e.end)!;
    const node = segmentPanel(doc!, seg, { lang: "en", root: "../" });
    const quote = node.querySelector('blockquote[lang="id"]')!;
    expect(quote.querySelector("em")!.textContent).toBe(Array.from(study.sources[doc!.file]!).slice(e.start + 1, e.end - 1).join(""));
    expect([...quote.querySelectorAll(".doc-mark")].every((m) => m.hasAttribute("hidden"))).toBe(true);
    const pending = segmentPanel(doc!, { ...seg, text_en: `${TRANSLATION_PENDING} ${seg.text_en}` }, { lang: "en", root: "../" });
    expect(pending.querySelector('blockquote[lang="en"]')).toBeNull();
    expect(pending.querySelector(".untranslated-badge")!.textContent).toBe(t("en", "analyses.untranslated"));
  });

  it("takes a segment's source text from the pieces it covers", () => {
    const seg = doc!.segments[0]!;
    expect(segmentText(doc!, seg)).toBe(Array.from(study.sources[doc!.file]!).slice(seg.start, seg.end).join(""));
  });
});
