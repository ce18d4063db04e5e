/**
 * The Compare cases matrix: the framework's dimensions down, the values of one case variable (or
 * the cases) across; each cell says how many coded segments it holds, from how many cases, and
 * their split by valence — in words and symbols, never by colour alone — with row or column
 * percentages on demand. A cell is a button: a click, or Enter/Space, lists its segments with
 * their locators (compareDetail). Wide screens get a table; a phone, or a table too wide for the
 * screen, one card per dimension. Our analysis: the page marks it as ours.
 *
 * What a segment is and which cases it belongs to is defined once, in loaders/study/matrix.ts
 * (`npm run study -- matrix` prints the same counts).
 */
import { countText, pick, t, type Lang } from "../shared/i18n/index.js";
import type { CompareView, Matrix, MatrixRow } from "../shared/model/compare.js";
import { VALENCE_SYMBOL } from "../shared/palette.js";
import { el } from "./dom.js";
import { quoteList, tf } from "./evidence.js";

/** The key of the matrix by case (a variable is keyed by its name). */
export const BY_CASE = "@cases";
export const PERCENTS = ["none", "row", "col"] as const;
export type Percent = (typeof PERCENTS)[number];

/** Narrowest room for one column of the table; below it the matrix is laid out as cards. */
const COLUMN_WIDTH = 128;
const ROW_HEADER_WIDTH = 200;

export function matrixKey(m: Pick<Matrix, "by">): string {
  return m.by.kind === "case" ? BY_CASE : m.by.name;
}

/** The matrix the key names, or the first one (the first variable's) for an unknown key. */
export function matrixOf(view: CompareView, key: string | null | undefined): Matrix {
  return view.matrices.find((m) => matrixKey(m) === key) ?? view.matrices[0]!;
}

/** A cell's key: dimension id and column value ("" for cases without a value). */
export function cellKey(r: Pick<MatrixRow, "dimension" | "value">): string {
  return `${r.dimension}|${r.value}`;
}

/** A column's label: the value as written, "(no value)", or the case's name. */
export function columnLabel(view: CompareView, m: Matrix, value: string, lang: Lang): string {
  if (m.by.kind === "case") return view.cases.find((c) => c.id === value)?.name ?? value;
  return value === "" ? t(lang, "compare.noValue") : value;
}

/** The label of a matrix in the selector: the variable's name, or "By case". */
export function matrixLabel(m: Matrix, lang: Lang): string {
  return m.by.kind === "case" ? t(lang, "compare.byCase") : m.by.name;
}

/** A cell's share of its row's or its column's segments (the cells' sum), or null. */
export function share(m: Matrix, r: MatrixRow, percent: Percent): number | null {
  if (percent === "none") return null;
  const peers = m.rows.filter((x) => (percent === "row" ? x.dimension === r.dimension : x.value === r.value));
  const total = peers.reduce((n, x) => n + x.segments, 0);
  return total ? r.segments / total : null;
}

function percentText(lang: Lang, p: number): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(p);
}

/** The valence split as symbols and numbers ("+2 −1 ○0"); the words are in the cell's accessible name. */
function splitText(r: MatrixRow): string {
  return `${VALENCE_SYMBOL.strength}${r.strengths} ${VALENCE_SYMBOL.gap}${r.gaps} ${VALENCE_SYMBOL.neutral}${r.neutral}`;
}

/** The valence split in words: "2 strengths, 1 gap, 0 descriptions". */
function splitWords(r: MatrixRow, lang: Lang): string {
  return [countText(lang, "strength", r.strengths), countText(lang, "gap", r.gaps), countText(lang, "neutral", r.neutral)].join(", ");
}

/** The cell in words: "3 segments from 2 cases: 2 strengths, 1 gap, 0 descriptions". */
export function cellWords(r: MatrixRow, lang: Lang): string {
  return tf(lang, "compare.cell", { segments: countText(lang, "segment", r.segments), cases: countText(lang, "case", r.cases), split: splitWords(r, lang) });
}

export interface CompareOptions {
  lang: Lang;
  width: number;
  percent?: Percent;
  /** The open cell's key. */
  selected?: string | null;
  /** Called with a cell's key when it is chosen. */
  onSelect?: (key: string) => void;
  /** Relative path from the page to its language's root. */
  root?: string;
}

function cellButton(m: Matrix, r: MatrixRow, label: string, options: CompareOptions): HTMLElement {
  const { lang, percent = "none", selected, onSelect } = options;
  if (!r.segments) return el("span", { class: "compare-empty", "data-cell": cellKey(r), title: cellWords(r, lang) }, "—");
  const p = share(m, r, percent);
  return el(
    "button",
    {
      type: "button",
      class: "compare-cell",
      "data-cell": cellKey(r),
      "aria-pressed": String(selected === cellKey(r)),
      onclick: (e: Event) => {
        // The matrix stays as drawn: only which cell is pressed changes, so focus stays on it.
        const button = e.currentTarget as HTMLElement;
        for (const b of button.closest("[data-layout]")?.querySelectorAll("button[data-cell]") ?? []) b.setAttribute("aria-pressed", String(b === button));
        onSelect?.(cellKey(r));
      }
    },
    // Its name is its content (no aria-label that could say other than what shows): which cell,
    // for a screen reader only; the counts as shown; the split in words in place of its symbols.
    el("span", { class: "sr-only" }, `${label}: `),
    el("span", { class: "compare-count" }, `${countText(lang, "segment", r.segments)} · ${countText(lang, "case", r.cases)}`),
    el("span", { class: "compare-split", "aria-hidden": "true" }, splitText(r)),
    el("span", { class: "sr-only" }, `: ${splitWords(r, lang)}`),
    p === null ? null : el("span", { class: "compare-share" }, percentText(lang, p))
  );
}

/** The matrix as a table (wide) or one card per dimension (narrow). */
export function compareMatrix(view: CompareView, m: Matrix, options: CompareOptions): HTMLElement {
  const { lang, width, root = "./" } = options;
  const row = (dimension: string, value: string) => m.rows.find((r) => r.dimension === dimension && r.value === value)!;
  const dimensionName = (d: Matrix["dimensions"][number]) => pick(lang, d, "name");
  const dimensionLink = (d: Matrix["dimensions"][number]) => el("a", { href: `${root}dimensions/${encodeURIComponent(d.id)}` }, dimensionName(d));
  const legend = el("p", { class: "help compare-legend" }, t(lang, "compare.legend"));
  if (width < ROW_HEADER_WIDTH + m.columns.length * COLUMN_WIDTH) {
    return el(
      "div",
      { class: "compare-cards", "data-layout": "cards" },
      legend,
      m.dimensions.map((d) =>
        el(
          "section",
          { class: "compare-card", "data-dimension": d.id },
          el("h3", {}, dimensionLink(d)),
          el(
            "ul",
            {},
            m.columns.map((c) => {
              const label = `${dimensionName(d)} × ${columnLabel(view, m, c.value, lang)}`;
              return el("li", {}, el("span", { class: "compare-value" }, `${columnLabel(view, m, c.value, lang)} (${countText(lang, "case", c.cases.length)})`), cellButton(m, row(d.id, c.value), label, options));
            })
          )
        )
      )
    );
  }
  return el(
    "div",
    { class: "compare-scroll", "data-layout": "table" },
    legend,
    el(
      "table",
      { class: "compare-matrix" },
      el("caption", {}, tf(lang, "compare.caption", { by: matrixLabel(m, lang) })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t(lang, "compare.dimension")),
          m.columns.map((c) => el("th", { scope: "col", "data-value": c.value }, columnLabel(view, m, c.value, lang), el("br", {}), el("small", {}, countText(lang, "case", c.cases.length))))
        )
      ),
      el(
        "tbody",
        {},
        m.dimensions.map((d) =>
          el(
            "tr",
            { "data-dimension": d.id },
            el("th", { scope: "row" }, dimensionLink(d)),
            m.columns.map((c) => el("td", {}, cellButton(m, row(d.id, c.value), `${dimensionName(d)} × ${columnLabel(view, m, c.value, lang)}`, options)))
          )
        )
      )
    )
  );
}

/** The open cell: its segments, quoted with their locators into the document view, and its cases. */
export function compareDetail(view: CompareView, m: Matrix, key: string, options: Pick<CompareOptions, "lang" | "root">): HTMLElement {
  const { lang, root = "./" } = options;
  const r = m.rows.find((x) => cellKey(x) === key);
  if (!r || !r.segments) return el("p", { class: "help", "data-showing": "" }, t(lang, "compare.choose"));
  const d = m.dimensions.find((x) => x.id === r.dimension)!;
  const caseNames = r.caseIds.map((id) => view.cases.find((c) => c.id === id)?.name ?? id);
  return el(
    "section",
    { class: "compare-detail", "data-showing": key },
    el("h3", { tabindex: -1 }, `${pick(lang, d, "name")} × ${columnLabel(view, m, r.value, lang)}`),
    el("p", {}, cellWords(r, lang), ". ", `${t(lang, "compare.cases")}: ${caseNames.join(", ")}.`),
    quoteList(
      r.segmentIds.map((id) => view.quotes[id]!),
      { lang, root, compact: true }
    )
  );
}
