/**
 * The evidence explorer's views: the table of coded segments (locator, codes, the Indonesian
 * text and its English translation, search terms marked), the card of one opened segment,
 * and a SQL result with its CSV download. Pure logic lives in explorerFacets.ts, explorerSearch.ts, explorerState.ts and explorerSql.ts.
 */
import { INFERRED_MARK } from "../shared/inferred.js";
import { codingNotes, inferredOn, type InferredCode, type Restatement } from "./codingNotes.js";
import { isUntranslated } from "../shared/model/vocab.js";
import { t, type Lang } from "../shared/i18n/index.js";
import { el, fill, locatorLink, untranslatedBadge } from "./evidence.js";
import { toCsv } from "../shared/csv.js";
import type { Facet, Segment } from "./explorerFacets.js";
import type { Labels } from "./explorerLabels.js";
import { markTerms } from "./explorerSearch.js";
import type { SqlResult } from "./explorerSql.js";
import { VALENCE_COLOR, VALENCE_SYMBOL } from "../shared/palette.js";

/** What `el` accepts as a child. */
type Child = Parameters<typeof el>[2];

export interface EvidenceOptions {
  lang: Lang;
  labels: Labels;
  /** Folded search terms to mark in the texts. */
  terms?: readonly string[];
  /** The id of the opened segment, highlighted in the table. */
  selected?: string;
  /** The address of a view with `id` opened (keeps the other filters). */
  hrefFor: (id: string) => string;
  /** Opens a segment without leaving the page. */
  onSelect?: (id: string) => void;
  /** The study's inferred codes (inferred.csv): an actor or stage so coded is marked †. */
  inferred?: readonly InferredCode[];
}


function marked(text: string, terms: readonly string[]): Child[] {
  return markTerms(text, terms).map((p) => (p.mark ? el("mark", {}, p.text) : p.text));
}

/** A link to a segment that opens it in place (a plain click) or in a new tab (modified click). */
function segmentLink(id: string, { hrefFor, onSelect }: EvidenceOptions): HTMLAnchorElement {
  const a = el("a", { class: "segment-link", href: hrefFor(id), "data-open": id }, id);
  if (onSelect) {
    a.addEventListener("click", (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      onSelect(id);
    });
  }
  return a;
}

function joined(nodes: readonly Child[], separator = ", "): Child[] {
  return nodes.flatMap((n, i) => (i ? [separator, n] : [n]));
}

function valenceBadge(valence: string, labels: Labels): HTMLElement {
  // Valence as a symbol and a word, as on the analysis pages (colour only repeats them).
  return el("span", { class: `valence valence-${valence}`, style: `--valence:${VALENCE_COLOR[valence] ?? "inherit"}` }, `${VALENCE_SYMBOL[valence] ?? ""} ${labels.valence(valence)}`);
}

function entry(term: string, ...definition: Child[]): HTMLElement {
  return el("div", {}, el("dt", {}, term), el("dd", {}, ...definition));
}

/** The codes of a segment as a small definition list. */
function codes(seg: Segment, options: EvidenceOptions): HTMLElement {
  const { lang, labels } = options;
  const guessed = new Set(inferredOn(seg, options.inferred).map((x) => x.code));
  const marked = (code: string, label: string) => (guessed.has(code) ? `${label} ${INFERRED_MARK} (${t(lang, "analyses.inferred")})` : label);
  const list = (facet: Facet, values: readonly string[], label: (v: string) => string) =>
    values.length ? entry(labels.facet(facet), values.map(label).join(", ")) : null;
  return el(
    "dl",
    { class: "codes" },
    entry(labels.facet("dimension"), labels.dimension(seg.dimension)),
    seg.valence ? entry(labels.facet("valence"), valenceBadge(seg.valence, labels)) : null,
    list("subcode", seg.subcodes, labels.subcode),
    list("actor", seg.actors, (v) => marked(v, labels.actor(v))),
    list("stage", seg.stages, (v) => marked(v, labels.stage(v))),
    seg.answers.length ? entry(t(lang, "explorer.answers"), ...joined(seg.answers.map((id) => segmentLink(id, options)))) : null
  );
}

/** The table of segments; the opened one is highlighted (`aria-current`). */
export function evidenceTable(rows: readonly Segment[], options: EvidenceOptions): HTMLElement {
  const { lang, labels, terms = [], selected } = options;
  if (!rows.length) return el("p", { class: "evidence-empty", role: "status" }, t(lang, "explorer.none"));
  const col = (text: string, attrs = {}) => el("th", { scope: "col", ...attrs }, text);
  return el(
    "div",
    { class: "evidence-scroll" },
    el(
      "table",
      { class: "evidence-table" },
      el("caption", {}, t(lang, "explorer.tableCaption")),
      el(
        "thead",
        {},
        el("tr", {}, col(`${t(lang, "explorer.col.id")} · ${t(lang, "explorer.col.locator")}`), col(t(lang, "explorer.col.codes")), col(t(lang, "explorer.col.textId")), col(t(lang, "explorer.col.textEn")))
      ),
      el(
        "tbody",
        {},
        rows.map((seg) => {
          const current = seg.id === selected;
          return el(
            "tr",
            { id: `segment-${seg.id}`, "data-id": seg.id, "data-kind": seg.kind, class: current ? "is-selected" : null, "aria-current": current ? "true" : null },
            el(
              "th",
              { scope: "row" },
              segmentLink(seg.id, options),
              el("div", { class: "segment-kind" }, labels.kind(seg.kind)),
              el("div", { class: "locator" }, locatorLink(seg, { lang }))
            ),
            el("td", {}, codes(seg, options)),
            el("td", { class: "text-id", lang: "id" }, marked(seg.text_id, terms)),
            isUntranslated(seg.text_en) ? el("td", { class: "text-en" }, untranslatedBadge(lang)) : el("td", { class: "text-en", lang: "en" }, marked(seg.text_en, terms))
          );
        })
      )
    )
  );
}

export interface DetailOptions extends EvidenceOptions {
  /** Every segment, to list the recommendations that answer a finding. */
  all: readonly Segment[];
  /** Channels citing the segment (id and label in the page's language). */
  channels?: readonly { id: string; label: string; findings: readonly string[] }[];
  /** The study's restatements (restatements.csv), for our coding notes on a finding. */
  restatements?: readonly Restatement[];
}

/** The card of the segment opened by `?id=…` (or a note that no segment has that id). */
export function segmentDetail(id: string, options: DetailOptions): HTMLElement {
  const { lang, labels, all, channels = [], onSelect } = options;
  const seg = all.find((x) => x.id === id);
  const close = onSelect ? el("button", { type: "button", class: "segment-close", onclick: () => onSelect("") }, t(lang, "explorer.close")) : null;
  const title = (...children: Child[]) => el("h2", { id: "segment-detail-title", tabindex: -1 }, t(lang, "explorer.opened"), ...children);
  if (!seg) {
    return el(
      "section",
      { class: "card segment-detail", "aria-labelledby": "segment-detail-title", "data-missing": id },
      title(),
      el("p", {}, fill(t(lang, "explorer.notFound"), { id })),
      close
    );
  }
  const answeredBy = all.filter((r) => r.answers.includes(seg.id));
  const cited = channels.filter((c) => c.findings.includes(seg.id));
  return el(
    "section",
    { class: "card segment-detail", "aria-labelledby": "segment-detail-title", "data-id": seg.id },
    title(`: ${seg.id} `, el("small", {}, `(${labels.kind(seg.kind)})`)),
    el("p", { class: "locator" }, locatorLink(seg, { lang })),
    el("blockquote", { lang: "id", class: "text-id" }, seg.text_id),
    el("p", { class: "text-en" }, el("span", { class: "label" }, `${t(lang, "explorer.col.textEn")}: `), isUntranslated(seg.text_en) ? untranslatedBadge(lang) : el("span", { lang: "en" }, seg.text_en)),
    codes(seg, options),
    codingNotes(seg, {
      lang,
      label: (code) => (seg.actors.includes(code) ? labels.actor(code) : labels.stage(code)),
      link: (x) => segmentLink(x, options),
      inferred: options.inferred,
      restatements: options.restatements
    }),
    answeredBy.length ? el("p", {}, `${t(lang, "explorer.answeredBy")}: `, ...joined(answeredBy.map((r) => segmentLink(r.id, options)))) : null,
    cited.length ? el("p", {}, `${t(lang, "explorer.channels")}: `, cited.map((c) => `${c.id} (${c.label})`).join("; ")) : null,
    close
  );
}

/** The columns of a segment in the CSV of the selection (lists joined with `;`). */
export const SEGMENT_CSV_COLUMNS = ["id", "kind", "source", "section", "item", "start", "end", "dimension", "subcodes", "valence", "actors", "stages", "answers", "text_id", "text_en"] as const satisfies readonly (keyof Segment)[];

/** A link that downloads the selected segments as CSV, made in the browser (no SQL engine needed). */
export function segmentsCsvLink(rows: readonly Segment[], { lang, filename = "segments.csv" }: { lang: Lang; filename?: string }): HTMLAnchorElement {
  const href = URL.createObjectURL(new Blob([toCsv(rows, SEGMENT_CSV_COLUMNS)], { type: "text/csv;charset=utf-8" }));
  return el("a", { class: "segments-download", href, download: filename, "data-rows": rows.length }, `${t(lang, "explorer.downloadSelected")} (${rows.length})`);
}

export interface SqlResultOptions {
  lang: Lang;
  /** File name of the CSV download. */
  filename: string;
  /** Rows shown in the page (all rows go into the CSV). */
  limit?: number;
  /** Marks the result with the example it came from (or "custom"), for readers and tests. */
  example: string;
}

/** A SQL result: row count, a table (NULL shown as such) and a CSV download made in the browser. */
export function sqlResultView(result: SqlResult, { lang, filename, limit = 500, example }: SqlResultOptions): HTMLElement {
  if (result.error !== undefined) {
    return el(
      "div",
      { class: "sql-result", "data-state": "error", "data-example": example, role: "alert" },
      el("p", {}, el("strong", {}, t(lang, "explorer.sqlError")), " ", el("code", {}, result.error))
    );
  }
  const csv = toCsv(result.rows, result.columns);
  const href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const cell = (v: unknown) => (v === null ? el("td", { class: "null" }, "NULL") : el("td", {}, String(v)));
  return el(
    "div",
    { class: "sql-result", "data-state": "ok", "data-example": example, "data-rows": result.rows.length },
    el("p", { role: "status" }, fill(t(lang, "explorer.rows"), { n: result.rows.length }), " · ", el("a", { class: "sql-download", href, download: filename }, t(lang, "explorer.download"))),
    result.rows.length > limit ? el("p", {}, fill(t(lang, "explorer.truncated"), { n: limit })) : null,
    el(
      "div",
      { class: "evidence-scroll" },
      el(
        "table",
        { class: "sql-table" },
        el("caption", {}, t(lang, "explorer.resultCaption")),
        el("thead", {}, el("tr", {}, result.columns.map((c) => el("th", { scope: "col" }, c)))),
        el("tbody", {}, result.rows.slice(0, limit).map((row) => el("tr", {}, result.columns.map((c) => cell(row[c])))))
      )
    )
  );
}

export interface SqlEditorOptions {
  lang: Lang;
  /** The SQL shown (and run) first. */
  value: string;
  rows?: number;
}

let editors = 0;

/**
 * An editable SQL box with a run button, usable with Framework's `view()`: its `value` is the
 * SQL last run, and running (the button, or Ctrl/⌘+Enter) dispatches an `input` event. It sets
 * no inline event handler attributes, so it works under the site's Content-Security-Policy
 * (Inputs.textarea does not).
 */
export function sqlEditor({ lang, value, rows = 10 }: SqlEditorOptions): HTMLFormElement & { value: string } {
  const id = `sql-editor-${++editors}`;
  const textarea = el("textarea", { id, name: "sql", rows, spellcheck: "false", autocomplete: "off", autocapitalize: "off", class: "sql-text" }, value);
  const form = el(
    "form",
    { class: "sql-editor" },
    el("label", { for: id }, t(lang, "explorer.sqlLabel")),
    textarea,
    el("div", { class: "sql-actions" }, el("button", { type: "submit" }, t(lang, "explorer.run")))
  ) as HTMLFormElement & { value: string };
  form.value = value;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    form.value = textarea.value;
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
  textarea.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}
