/**
 * A stretch of the source as the document view shows it, written as it is: `*…*` emphasis in
 * italics with its asterisks hidden, a line break inside a sentence (SourceLayout.joins) as one
 * space. The asterisks and line breaks stay in the DOM as text, hidden or collapsed by the
 * browser, so a piece's `textContent` is still the file's characters at its offsets (locator
 * links and highlights land on the same words) while a reader sees, copies and searches the text
 * without them. A piece may begin or end inside an emphasis: the spans are the whole text's, so
 * each piece knows whether its words are emphasised. Every character is inserted as text.
 */
import type { SourceLayout, Span } from "../shared/model/document.js";
import { el } from "./dom.js";

/** A run of the source shown one way: words (emphasised or not), a hidden emphasis mark, or a joined break. */
export interface SourceRun {
  text: string;
  kind: "text" | "mark" | "join";
  em: boolean;
}

/** The first span that ends after `at` (spans sorted and disjoint, as sourceLayout gives them). */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How each character of `text`, which starts at code point `start` of the source, is shown, as runs. */
export function sourceRuns(text: string, start: number, layout: SourceLayout): SourceRun[] {
  const chars = Array.from(text);
  const runs: SourceRun[] = [];
  let e = firstEndingAfter(layout.emphasis, start);
  let j = firstEndingAfter(layout.joins, start);
  for (let i = 0; i < chars.length; i++) {
    const at = start + i;
    while (e < layout.emphasis.length && layout.emphasis[e]!.end <= at) e++;
    while (j < layout.joins.length && layout.joins[j]!.end <= at) j++;
    const emph = layout.emphasis[e];
    const join = layout.joins[j];
    const inEmph = !!emph && emph.start <= at;
    const kind: SourceRun["kind"] = join && join.start <= at ? "join" : inEmph && (at === emph.start || at === emph.end - 1) ? "mark" : "text";
    const em = kind === "text" && inEmph;
    const last = runs.at(-1);
    if (last && last.kind === kind && last.em === em) last.text += chars[i];
    else runs.push({ text: chars[i]!, kind, em });
  }
  return runs;
}

/** What a reader sees of the runs: emphasis marks left out, each joined break as one space. */
export function shownText(runs: readonly SourceRun[]): string {
  return runs.map((r) => (r.kind === "mark" ? "" : r.kind === "join" ? " " : r.text)).join("");
}

/**
 * The runs as DOM nodes: words as text (emphasis in <em>), a mark as a `hidden` span (not shown,
 * read or copied), a joined break as a span whose white space the browser collapses into one space.
 */
export function sourceNodes(runs: readonly SourceRun[]): Node[] {
  return runs.map((r) => {
    if (r.kind === "mark") return el("span", { class: "doc-mark", hidden: true }, r.text);
    // An inline style: the reading text keeps its line breaks (white-space: pre-wrap) but this one.
    if (r.kind === "join") return el("span", { class: "doc-join", style: "white-space:normal" }, r.text);
    return r.em ? el("em", {}, r.text) : document.createTextNode(r.text);
  });
}

/** The text nodes a reader sees under `node`, in order: every one but those of hidden emphasis marks. */
export function visibleTextNodes(node: Node): Text[] {
  if (node.nodeType === 3) return [node as Text];
  if (node.nodeType === 1 && (node as Element).hasAttribute("hidden")) return [];
  return [...node.childNodes].flatMap(visibleTextNodes);
}
