/**
 * A stretch of the source shown as written: the runs (pure), their DOM under jsdom (emphasis in
 * <em>, marks hidden, joined breaks collapsed, every character kept as text), and the text nodes a
 * reader sees. The whole view, with the study's own text, is in documentView.test.ts.
 */
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { sourceLayout } from "../loaders/study/documentSpans.js";
import { shownText, sourceNodes, sourceRuns, visibleTextNodes } from "../src/components/documentSource.js";

beforeAll(() => {
  const dom = new JSDOM("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { document: dom.window.document, window: dom.window });
});

/** The text cut at `cuts` (code points), each piece's runs: as a segment boundary or a search hit may cut it. */
function piecesOf(text: string, cuts: number[]) {
  const chars = Array.from(text);
  const layout = sourceLayout(text);
  const points = [0, ...cuts, chars.length];
  return points.slice(1).map((end, i) => {
    const start = points[i]!;
    const piece = chars.slice(start, end).join("");
    return { start, text: piece, runs: sourceRuns(piece, start, layout) };
  });
}

function rendered(nodes: Node[]): HTMLElement {
  const box = document.createElement("span");
  box.append(...nodes);
  return box;
}

describe("sourceRuns", () => {
  it("shows an emphasis cut by piece boundaries in italics in every piece, its asterisks hidden", () => {
    const pieces = piecesOf("a *bc de* f", [4, 7]);
    expect(pieces.map((p) => p.runs)).toEqual([
      [
        { text: "a ", kind: "text", em: false },
        { text: "*", kind: "mark", em: false },
        { text: "b", kind: "text", em: true }
      ],
      [{ text: "c d", kind: "text", em: true }],
      [
        { text: "e", kind: "text", em: true },
        { text: "*", kind: "mark", em: false },
        { text: " f", kind: "text", em: false }
      ]
    ]);
    expect(pieces.map((p) => shownText(p.runs)).join("")).toBe("a bc de f");
  });

  it("shows a break inside a sentence as a space, also when a boundary falls inside it, and keeps a paragraph's", () => {
    const text = "telah mencakup pengelolaan sumber\n\ndaya manusia.\n\n2. Perencanaan";
    expect(shownText(piecesOf(text, [])[0]!.runs)).toBe("telah mencakup pengelolaan sumber daya manusia.\n\n2. Perencanaan");
    const [before, after] = piecesOf(text, [34]);
    expect([before!.runs.at(-1), after!.runs[0]]).toEqual([
      { text: "\n", kind: "join", em: false },
      { text: "\n", kind: "join", em: false }
    ]);
    // Two joined parts read as one space: the browser collapses white space across them.
    expect((shownText(before!.runs) + shownText(after!.runs)).replace(/ +/g, " ")).toBe("telah mencakup pengelolaan sumber daya manusia.\n\n2. Perencanaan");
  });

  it("keeps every character: the runs join back to the piece, in code points (an emoji before the emphasis)", () => {
    const text = "😀 *Co-Production* 😀 pada\nprogram";
    for (const p of piecesOf(text, [1, 4, 17, 20])) expect(p.runs.map((r) => r.text).join("")).toBe(p.text);
    expect(piecesOf(text, []).map((p) => shownText(p.runs))).toEqual(["😀 Co-Production 😀 pada program"]);
  });
});

describe("sourceNodes", () => {
  it("renders emphasis as <em>, the asterisks as hidden text, a joined break as collapsible white space", () => {
    const [piece] = piecesOf("Implementasi *Co-Production* Pada pengelolaan sumber\n\ndaya", []);
    const box = rendered(sourceNodes(piece!.runs));
    expect(box.textContent).toBe(piece!.text);
    expect([...box.querySelectorAll("em")].map((e) => e.textContent)).toEqual(["Co-Production"]);
    expect([...box.querySelectorAll(".doc-mark")].map((m) => [m.textContent, m.hasAttribute("hidden")])).toEqual([
      ["*", true],
      ["*", true]
    ]);
    const join = box.querySelector<HTMLElement>(".doc-join")!;
    expect([join.textContent, join.style.whiteSpace]).toEqual(["\n\n", "normal"]);
    expect(visibleTextNodes(box).map((n) => n.data).join("")).toBe("Implementasi Co-Production Pada pengelolaan sumber\n\ndaya");
  });

  it("renders a hostile source as text: markup, template markers, unmatched asterisks and bidirectional controls", () => {
    const text = 'Awal <script>alert(1)</script> <img src=x onerror=alert(2)> ${alert(3)} {{4}} "><b>5</b> *<i>miring</i>* 2 * 3 **tebal** *tanpa akhir \u202Egnalabret\u202C \u2066x\u2069 sumber\n\ndaya';
    // Cut inside the emphasis and inside the joined break, as segment boundaries may.
    const pieces = piecesOf(text, [7, 60, 95, 157]);
    const box = rendered(pieces.flatMap((p) => sourceNodes(p.runs)));
    expect(box.textContent).toBe(text);
    expect([...box.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()).filter((tag) => tag !== "em" && tag !== "span")).toEqual([]);
    expect([...box.querySelectorAll("em")].map((e) => e.textContent)).toEqual(["<i>mi", "ring</i>"]);
    expect(box.querySelectorAll(".doc-join")).toHaveLength(2);
    // The joined break, cut in two, reads as one space (the browser collapses its white space).
    const shown = pieces.map((p) => shownText(p.runs)).join("").replace("sumber  daya", "sumber daya");
    expect(shown).toBe(text.replace("*<i>miring</i>*", "<i>miring</i>").replace("sumber\n\ndaya", "sumber daya"));
    expect(shown).toContain("\u202Egnalabret\u202C");
    expect(shown).toContain("${alert(3)}");
  });
});
