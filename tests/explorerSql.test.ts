import { describe, expect, it } from "vitest";
import { SQL_TABLE_NAMES } from "../loaders/study/sqlTables.js";
import { en } from "../src/shared/i18n/en.js";
import { id } from "../src/shared/i18n/id.js";
import { DEFAULT_EXAMPLE, SQL_EXAMPLES, exampleById, plainValue, runQuery, type ArrowLike } from "../src/components/explorerSql.js";

/** Table names after FROM or JOIN (subqueries and aliases aside). */
function tablesIn(sql: string): string[] {
  return [...sql.replace(/--.*$/gm, "").matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_][\w]*)/gi)].map((m) => m[1]!);
}

function fakeTable(columns: string[], rows: Record<string, unknown>[]): ArrowLike {
  return { schema: { fields: columns.map((name) => ({ name })) }, toArray: () => rows.map((r) => ({ toJSON: () => r })) };
}

describe("the example queries", () => {
  it("have unique ids, a name in both languages, and the first is the default", () => {
    const ids = SQL_EXAMPLES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of SQL_EXAMPLES) {
      expect(id[e.label]).toBeTruthy();
      expect(en[e.label]).toBeTruthy();
    }
    expect(DEFAULT_EXAMPLE).toBe(ids[0]);
    expect(exampleById("nope").id).toBe(DEFAULT_EXAMPLE);
    expect(exampleById(ids[2]!).id).toBe(ids[2]);
  });

  it("only read the tables the explorer loads", () => {
    for (const e of SQL_EXAMPLES) {
      const tables = tablesIn(e.sql);
      expect(tables.length, e.id).toBeGreaterThan(0);
      for (const t of tables) expect(SQL_TABLE_NAMES, `${e.id} reads ${t}`).toContain(t);
    }
    expect(tablesIn("SELECT * FROM nowhere")).toEqual(["nowhere"]);
  });

  it("include the worked examples the page promises", () => {
    expect(SQL_EXAMPLES.map((e) => e.id)).toEqual(
      expect.arrayContaining(["gaps-per-dimension", "no-strength-in-co-design", "findings-per-stage-valence"])
    );
  });
});

describe("runQuery", () => {
  it("returns plain rows in column order", async () => {
    const result = await runQuery(async () => fakeTable(["a", "n"], [{ a: "x", n: 2n }, { a: null, n: 3 }]), "SELECT 1");
    expect(result).toEqual({ query: "SELECT 1", columns: ["a", "n"], rows: [{ a: "x", n: "2" }, { a: null, n: 3 }] });
  });

  it("reports an error instead of throwing", async () => {
    const result = await runQuery(async () => {
      throw new Error("Parser Error: syntax error at or near \"SELEC\"");
    }, "SELEC 1");
    expect(result.error).toContain("syntax error");
    expect(result.rows).toEqual([]);
  });

  it("does not run an empty query", async () => {
    let ran = false;
    const result = await runQuery(async () => {
      ran = true;
      return fakeTable([], []);
    }, "  ");
    expect(ran).toBe(false);
    expect(result.columns).toEqual([]);
  });

  it("turns values into what a table and a CSV can show", () => {
    expect(plainValue(12n)).toBe("12");
    expect(plainValue(undefined)).toBe(null);
    expect(plainValue(new Date("2024-01-02T00:00:00Z"))).toBe("2024-01-02T00:00:00.000Z");
    expect(plainValue(["F1", "F2"])).toBe("F1;F2");
    expect(plainValue({ a: 1 })).toBe('{"a":1}');
  });
});
