/**
 * Each chart's rows as a CSV download, built in the browser from the same rows the chart draws
 * (a Blob behind an `<a download>` link), so no extra data loader is needed.
 */
import { t, type Lang } from "../shared/i18n/index.js";
import { toCsv } from "../shared/csv.js";
import { el } from "./dom.js";
import type { Obs } from "./metricsFormat.js";

/** The observation's own columns (as in data/study/metrics/observations.csv), then its source's. */
export const CSV_COLUMNS = [
  "id",
  "indicator",
  "geography",
  "period",
  "value",
  "unit",
  "survey",
  "method",
  "source",
  "confidence",
  "conflict_group",
  "note",
  "note_id",
  "publisher",
  "title",
  "date",
  "url",
  "excerpt"
] as const satisfies readonly (keyof Obs)[];

/** RFC 4180 CSV of the rows, `CSV_COLUMNS` in order, numbers with a dot decimal. */
export function csvText(rows: readonly Obs[]): string {
  return toCsv(rows, CSV_COLUMNS);
}

/** A link that downloads the rows as `filename` (a UTF-8 CSV). */
export function downloadCsv(rows: readonly Obs[], { lang, filename }: { lang: Lang; filename: string }): HTMLAnchorElement {
  const blob = new Blob([csvText(rows)], { type: "text/csv;charset=utf-8" });
  return el(
    "a",
    { class: "metrics-download", href: URL.createObjectURL(blob), download: filename, "data-rows": rows.length },
    `${t(lang, "metrics.download")} (${rows.length} ${t(lang, "metrics.rows")}, ${filename})`
  );
}
