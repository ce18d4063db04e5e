/**
 * The evidence explorer's SQL: worked example queries over the study's tables (findings,
 * recommendations, actors, channels, participation — see loaders/study/sqlTables.ts), and
 * running a query into plain rows. Nothing here imports DuckDB: the explorer page passes in
 * its own runner (Framework's `sql`), so no other page ever loads it.
 */
import type { DictKey } from "../shared/i18n/index.js";

export interface SqlExample {
  id: string;
  /** Dictionary key of the example's name. */
  label: DictKey;
  sql: string;
}

export const SQL_EXAMPLES: readonly SqlExample[] = [
  {
    id: "gaps-per-dimension",
    label: "explorer.example.gaps-per-dimension",
    sql: `-- Gap findings per dimension (NULL = cross-cutting statements)
SELECT dimension,
       count(*) FILTER (WHERE valence = 'gap')::INTEGER AS gaps,
       count(*)::INTEGER AS findings,
       string_agg(id, ';' ORDER BY id) FILTER (WHERE valence = 'gap') AS gap_findings
FROM findings
GROUP BY dimension
ORDER BY gaps DESC, dimension NULLS LAST`
  },
  {
    id: "no-strength-in-co-design",
    label: "explorer.example.no-strength-in-co-design",
    sql: `-- Actors whose co-design cell holds gap findings and no strength ('gaps-only') or no finding ('no-finding')
SELECT p.actor, a.label_id, a.label_en, p.level, p.findings
FROM participation AS p
JOIN actors AS a ON a.id = p.actor
WHERE p.stage = 'co-design' AND p.level IN ('gaps-only', 'no-finding')
ORDER BY p.level, p.actor`
  },
  {
    id: "findings-per-stage-valence",
    label: "explorer.example.findings-per-stage-valence",
    sql: `-- Findings tagged with each stage, by valence: every tag, before the counting rule
-- (a finding tagged with two stages counts in both; the participation table applies the rule)
SELECT stage, valence, count(*)::INTEGER AS findings
FROM (
  SELECT unnest(string_split(stages, ';')) AS stage, valence
  FROM findings
  WHERE stages IS NOT NULL
)
GROUP BY stage, valence
ORDER BY stage, valence`
  },
  {
    id: "recommendations-answer-gaps",
    label: "explorer.example.recommendations-answer-gaps",
    sql: `-- Each recommendation with the gap findings it answers
SELECT r.id AS recommendation, r.gap, f.dimension, f.text_id, f.text_en
FROM (
  SELECT id, unnest(string_split(answers, ';')) AS gap
  FROM recommendations
) AS r
JOIN findings AS f ON f.id = r.gap
ORDER BY r.id, r.gap`
  },
  {
    id: "channels-per-actor",
    label: "explorer.example.channels-per-actor",
    sql: `-- Channels each actor is a party to: an end of a tie, or one of a hub's parties
-- ("from" and "to" are SQL keywords: quote them)
SELECT a.id AS actor, a.kind,
       count(c.id)::INTEGER AS channels,
       array_to_string(list_sort(list_distinct(list(c.channel))), ';') AS channel_kinds
FROM actors AS a
LEFT JOIN channels AS c
  ON a.id = c."from" OR a.id = c."to" OR list_contains(string_split(coalesce(c.parties, ''), ';'), a.id)
GROUP BY a.id, a.kind
ORDER BY channels DESC, actor`
  }
];

export const DEFAULT_EXAMPLE = SQL_EXAMPLES[0]!.id;

export function exampleById(id: string): SqlExample {
  return SQL_EXAMPLES.find((e) => e.id === id) ?? SQL_EXAMPLES[0]!;
}

/** The part of an Arrow table (what DuckDB-wasm returns) that a result needs. */
export interface ArrowLike {
  schema: { fields: readonly { name: string }[] };
  toArray(): readonly ({ toJSON(): Record<string, unknown> } | Record<string, unknown>)[];
}

export type SqlValue = string | number | boolean | null;

export interface SqlResult {
  query: string;
  columns: string[];
  rows: Record<string, SqlValue>[];
  /** The error message when the query failed. */
  error?: string;
}

/** A value as the result table and the CSV show it: BigInt as its digits, dates as ISO, lists joined with `;`. */
export function plainValue(value: unknown): SqlValue {
  if (value == null) return null;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && Symbol.iterator in value) return Array.from(value as Iterable<unknown>, (v) => String(plainValue(v))).join(";");
  return JSON.stringify(value);
}

/** Runs `query` with `run` and returns plain rows, or the error; never throws. */
export async function runQuery(run: (query: string) => Promise<ArrowLike>, query: string): Promise<SqlResult> {
  if (!query.trim()) return { query, columns: [], rows: [] };
  try {
    const table = await run(query);
    const columns = table.schema.fields.map((f) => f.name);
    const rows = table.toArray().map((row) => {
      const o = typeof row.toJSON === "function" ? (row.toJSON as () => Record<string, unknown>)() : (row as Record<string, unknown>);
      return Object.fromEntries(columns.map((c) => [c, plainValue(o[c])]));
    });
    return { query, columns, rows };
  } catch (error) {
    return { query, columns: [], rows: [], error: error instanceof Error ? error.message : String(error) };
  }
}
