import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { metricsBundle } from "../loaders/metrics/bundle.js";
import { loadMetrics } from "../loaders/metrics/load.js";

const FIXTURE = "tests/fixtures/metrics-mini";
/** Golden output; regenerate with UPDATE_GOLDEN=1 after a deliberate change, then review the diff. */
const GOLDEN = "tests/fixtures/metrics-mini.expected.json";

describe("metricsBundle", () => {
  const bundle = metricsBundle(loadMetrics(FIXTURE));

  it("matches the golden output for the mini fixture", () => {
    const actual = JSON.stringify(bundle, null, 2) + "\n";
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, actual);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf-8")));
  });

  it("joins each observation with its source and indicator", () => {
    const o = bundle.observations.find((x) => x.id === "O050")!;
    expect(o).toMatchObject({
      value: 923,
      source: "S040",
      publisher: "Republika",
      date: "2023-01-27",
      url: expect.stringMatching(/^https:\/\/news\.republika\.co\.id\//),
      excerpt: expect.stringContaining("923 balita stunting"),
      indicator_label_en: "Number of stunted children under five",
      kind: "count"
    });
  });

  it("lists the members of every conflict group", () => {
    expect(bundle.conflicts.map((c) => [c.id, c.observations])).toEqual([
      ["riskesdas-2013-indonesia", ["O003", "O004"]],
      ["ksh-cadre-count-estimates", ["O077", "O078"]],
      ["target-2024-indonesia", ["O084", "O085"]]
    ]);
  });

  it("indexes the related indicators per dimension", () => {
    expect(bundle.related).toEqual({
      "management-of-lay-actors": [expect.objectContaining({ indicator: "ksh-cadre-count", observations: ["O077", "O078"] })],
      planning: [expect.objectContaining({ indicator: "target-stunting-prevalence", observations: ["O084", "O085"] })]
    });
  });
});
