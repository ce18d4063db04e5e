/**
 * Synthetic coded segments for the benchmarks, and only for them: a seeded PRNG makes every
 * run produce the same rows, and every row says it is synthetic (a `synthetic` column, an id
 * prefix `SYN`, texts starting "[synthetic]" and file names containing "synthetic"). The shape
 * follows the real study — seven dimensions, four stages, eleven actors, the valence mix and
 * text lengths of data/study/findings.csv — but no value is taken from it.
 */
import { cell } from "../src/shared/csv.js";
import type { Study } from "../loaders/study/load.js";
import type { Dimension, Finding, Stage, Subcode, Actor, Valence } from "../loaders/study/schema.js";
import { findingSchema } from "../loaders/study/schema.js";

/** Mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 20241128;

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i + 1));

/** The synthetic codebook: as many dimensions, sub-codes, stages and actors as the real study. */
export const SYNTHETIC_CODEBOOK = {
  dimensions: range(7, (d) => `dimension-${d}`),
  subcodes: Object.fromEntries(range(7, (d) => `dimension-${d}`).map((d) => [d, range(4, (s) => `${d}-code-${s}`)])) as Record<string, string[]>,
  stages: range(4, (s) => `stage-${s}`),
  actors: range(11, (a) => `actor-${a}`)
};

/** Valence shares of the real findings (22 strength, 11 gap, 3 neutral of 36). */
const VALENCE_WEIGHTS: readonly [Valence, number][] = [
  ["strength", 22 / 36],
  ["gap", 11 / 36],
  ["neutral", 3 / 36]
];

const WORDS = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat".split(" ");

export class Picker {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  one<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let r = this.random();
    for (const [value, weight] of choices) {
      if ((r -= weight) < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }
  /** Up to `max` distinct items, in the order of `xs`. */
  some<T>(xs: readonly T[], max: number): T[] {
    const k = this.int(0, max);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, xs.length)) chosen.add(Math.floor(this.random() * xs.length));
    return [...chosen].sort((a, b) => a - b).map((i) => xs[i]!);
  }
  /** Filler text of about `length` characters, with commas and now and then a quotation. */
  text(prefix: string, length: number): string {
    let s = prefix;
    while (s.length < length) {
      const w = this.one(WORDS);
      const r = this.random();
      s += r < 0.08 ? `, ${w}` : r < 0.1 ? ` "${w}"` : ` ${w}`;
    }
    return `${s}.`;
  }
}

/** One row of the explorer benchmark table. */
export interface SegmentRow {
  id: string;
  dimension: string;
  stage: string;
  actor: string;
  valence: Valence;
  synthetic: true;
}

export const SEGMENT_COLUMNS = ["id", "dimension", "stage", "actor", "valence", "synthetic"] as const;

/** `n` coded segments, one dimension, stage and actor each: the rows the explorer groups. */
export function* syntheticSegments(n: number, seed = DEFAULT_SEED): Generator<SegmentRow> {
  const pick = new Picker(mulberry32(seed));
  const { dimensions, stages, actors } = SYNTHETIC_CODEBOOK;
  for (let i = 1; i <= n; i++) {
    yield {
      id: `SYN${i}`,
      dimension: pick.one(dimensions),
      stage: pick.one(stages),
      actor: pick.one(actors),
      valence: pick.weighted(VALENCE_WEIGHTS),
      synthetic: true
    };
  }
}

/** The segments as CSV text (header first). */
export function segmentsCsv(n: number, seed = DEFAULT_SEED): string {
  const lines: string[] = [SEGMENT_COLUMNS.join(",")];
  for (const s of syntheticSegments(n, seed)) lines.push(`${s.id},${s.dimension},${s.stage},${s.actor},${s.valence},true`);
  return `${lines.join("\n")}\n`;
}

export type FindingColumn = keyof typeof findingSchema.shape & string;
export const FINDING_COLUMNS = Object.keys(findingSchema.shape) as FindingColumn[];

/**
 * `n` rows in the format of the study's findings.csv (docs/study-format.md), as the raw cells
 * a file would hold. Texts are 40–250 characters (the real ones average 139 and 151).
 */
export function* syntheticFindingRows(n: number, seed = DEFAULT_SEED): Generator<Record<FindingColumn, string>> {
  const pick = new Picker(mulberry32(seed));
  const { dimensions, subcodes, stages, actors } = SYNTHETIC_CODEBOOK;
  for (let i = 1; i <= n; i++) {
    const dimension = pick.int(1, 10) === 1 ? "" : pick.one(dimensions);
    const start = pick.int(0, 500_000);
    const textId = pick.text("[sintetis]", pick.int(40, 250));
    yield {
      id: `SYN${String(i).padStart(7, "0")}`,
      source: "synthetic.txt",
      section: `5.${pick.int(1, 4)}`,
      item: "synthetic",
      start: String(start),
      end: String(start + textId.length),
      dimension,
      subcodes: dimension ? pick.some(subcodes[dimension]!, 2).join(";") : "",
      valence: pick.weighted(VALENCE_WEIGHTS),
      actors: pick.some(actors, 3).join(";"),
      stages: pick.some(stages, 2).join(";"),
      text_id: textId,
      text_en: pick.text("[synthetic]", pick.int(40, 250))
    };
  }
}

/**
 * The synthetic findings as CSV files of at most `maxBytes` each (the loaders refuse larger
 * tables), each with its header. Yields the text of one file at a time.
 */
export function* findingsCsvShards(n: number, maxBytes: number, seed = DEFAULT_SEED): Generator<string> {
  const header = FINDING_COLUMNS.join(",");
  let lines = [header];
  let bytes = Buffer.byteLength(header) + 1;
  for (const row of syntheticFindingRows(n, seed)) {
    const line = FINDING_COLUMNS.map((c) => cell(row[c])).join(",");
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > maxBytes && lines.length > 1) {
      yield `${lines.join("\n")}\n`;
      lines = [header];
      bytes = Buffer.byteLength(header) + 1;
    }
    lines.push(line);
    bytes += size;
  }
  if (lines.length > 1) yield `${lines.join("\n")}\n`;
}

/** The file name of shard `i` (1-based). */
export function shardName(i: number): string {
  return `synthetic-findings-${String(i).padStart(3, "0")}.csv`;
}

/** A study around synthetic findings, with the synthetic codebook: what the derived views need. */
export function syntheticStudy(findings: Finding[]): Study {
  const { dimensions, subcodes, stages, actors } = SYNTHETIC_CODEBOOK;
  const dimensionRows: Dimension[] = dimensions.map((id, i) => ({
    id,
    order: i + 1,
    name_en: `Synthetic dimension ${i + 1}`,
    name_id: `Dimensi sintetis ${i + 1}`,
    name_thesis_id: "",
    description_en: "Synthetic, for benchmarks only.",
    description_id: "Sintetis, hanya untuk uji kinerja.",
    reference: ""
  }));
  const subcodeRows: Subcode[] = Object.entries(subcodes).flatMap(([dimension, ids]) =>
    ids.map((id) => ({ id, dimension, label_en: id, label_id: id, description_en: "", description_id: "" }))
  );
  const stageRows: Stage[] = stages.map((id, i) => ({ id, order: i + 1, label_en: id, label_id: id, description_en: "", description_id: "", reference: "" }));
  const actorRows: Actor[] = actors.map((id) => ({ id, label_id: id, label_en: id, kind: "community", findings: [] }));
  return {
    dir: "synthetic",
    meta: {
      id: "synthetic",
      title_id: "Studi sintetis untuk uji kinerja",
      title_en: "Synthetic study for benchmarks",
      place_id: "sintetis",
      place_en: "synthetic",
      framework: { citation: "synthetic" },
      coding_level_en: "synthetic",
      coding_level_id: "sintetis",
      author: null,
      year: null,
      institution: null,
      sources: [{ file: "synthetic.txt", title: "synthetic", provenance: "generated by bench/synthetic.ts" }]
    },
    sources: {},
    dimensions: dimensionRows,
    subcodes: subcodeRows,
    stages: stageRows,
    assessments: [],
    findings,
    recommendations: [],
    actors: actorRows,
    channels: [],
    excluded: [],
    allow: [],
    privateNames: []
  };
}
