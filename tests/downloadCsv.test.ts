import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";
import { observationSchema, sourceSchema } from "../loaders/metrics/schema.js";
import { CSV_COLUMNS, csvText } from "../src/components/downloadCsv.js";

const bundle = metricsBundle(loadMetrics("tests/fixtures/metrics-mini"));

describe("csvText", () => {
  it("has the observation's columns (as in observations.csv) and then its source's", () => {
    const sourceColumns = Object.keys(sourceSchema.shape).filter((c) => c !== "id");
    expect([...CSV_COLUMNS]).toEqual([...Object.keys(observationSchema.shape), ...sourceColumns]);
  });

  it("round-trips every row, quoting commas, quotes and line breaks", () => {
    const rows = [...bundle.observations, { ...bundle.observations[0]!, id: "X1", note: 'a "quoted", two-line\nnote' }];
    const text = csvText(rows);
    expect(text.split("\n")[0]).toBe(CSV_COLUMNS.join(","));
    const parsed = parse(text, { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((p, i) => {
      for (const c of CSV_COLUMNS) expect(p[c], `${rows[i]!.id}.${c}`).toBe(String(rows[i]![c]));
    });
    expect(parsed.at(-1)!.note).toBe('a "quoted", two-line\nnote');
  });

  it("writes numbers with a dot decimal", () => {
    const parsed = parse(csvText([bundle.observations.find((o) => o.id === "O035")!]), { columns: true }) as Record<string, string>[];
    expect(parsed[0]!.value).toBe("28.9");
  });
});
