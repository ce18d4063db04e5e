/**
 * The metrics components' shared stylesheet (added once per document), and the DOM builder of
 * dom.ts re-exported for them. DOM only at call time, so modules importing it load under Node.
 */
import { el } from "./dom.js";

export { el };

const STYLE_ID = "metrics-style";
const CSS = `
.metrics-figure { margin: 0 0 1rem; max-width: 100%; }
.metrics-figure > h3, .metrics-conflict h3 { margin: 0 0 .25rem; color: var(--theme-foreground); font-weight: 600; }
.metrics-conflict h3 code { color: inherit; }
.metrics-figure .metrics-subtitle { margin: 0 0 .5rem; color: var(--theme-foreground); }
.metrics-table a, .metrics-source a, .metrics-related a { text-decoration: underline; }
.metrics-figure [data-obs] { cursor: pointer; }
.metrics-figure [data-obs].is-selected { stroke-width: 3.5px; }
.metrics-legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; font-size: 12px; margin: .25rem 0; }
.metrics-legend span { display: inline-flex; align-items: center; gap: .3rem; }
.metrics-source { border-left: 3px solid var(--theme-foreground-faint); padding: .25rem .75rem; margin: .5rem 0; font-size: 14px; }
.metrics-source h4 { margin: 0 0 .25rem; }
.metrics-source dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .25rem 0; }
.metrics-source dt { font-weight: 600; }
.metrics-source dd { margin: 0; overflow-wrap: anywhere; }
.metrics-source blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 2px solid var(--theme-foreground-faintest); font-style: italic; }
.metrics-actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; margin: .5rem 0; }
.metrics-table-wrap { max-width: 100%; overflow-x: auto; }
table.metrics-table { font-size: 13px; border-collapse: collapse; }
table.metrics-table th, table.metrics-table td { padding: .2rem .5rem; vertical-align: top; text-align: left; }
table.metrics-table td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.metrics-notes { font-size: 14px; }
.metrics-facts { list-style: none; padding: 0; }
.metrics-facts li { margin: .35rem 0; }
.metrics-fact-note { font-size: 13px; margin-left: 1rem; }
button.metrics-source-button { font: inherit; font-size: 12px; padding: 0 .4rem; margin-left: .4rem; cursor: pointer; }
.metrics-conflict { margin: 1rem 0 1.5rem; }
.metrics-conflict h3 code { font-size: 90%; }
`;

/** Adds the metrics stylesheet to the document once. */
export function ensureStyles(): void {
  if (typeof document === "undefined" || document.getElementById(STYLE_ID)) return;
  document.head.append(el("style", { id: STYLE_ID }, CSS));
}
