import { describe, expect, it } from "vitest";
import { id, idList, text } from "../loaders/fields.js";
import { defineTable, int, list, orList, packageFields, sqlColumns, str } from "../loaders/table.js";

const table = defineTable({
  name: "things",
  description: "Things",
  primaryKey: ["id"],
  fields: { id: str(id(), "thing id"), count: int("how many"), tags: list("tags"), note: str(text(), "a note") }
});

describe("defineTable", () => {
  it("makes the row schema and the CSV columns from the fields, in order", () => {
    expect(table.columns).toEqual(["id", "count", "tags", "note"]);
    expect(Object.keys(table.schema.shape)).toEqual(table.columns);
    expect(table.schema.parse({ id: "a", count: "3", tags: "x;y", note: " n " })).toEqual({ id: "a", count: 3, tags: ["x", "y"], note: "n" });
    expect(table.schema.safeParse({ id: "a", count: "three", tags: "", note: "n" }).success).toBe(false);
  });

  it("reads whole numbers and lists with the shared field types", () => {
    expect(table.fields.tags.schema.parse("a;b")).toEqual(idList().parse("a;b"));
    expect(table.fields.count.type).toBe("integer");
  });

  it("describes the fields for a data package: lists are strings that say how they are separated", () => {
    expect(packageFields(table)).toEqual([
      { name: "id", type: "string", description: "thing id" },
      { name: "count", type: "integer", description: "how many" },
      { name: "tags", type: "string", description: "tags (ids separated by ;)" },
      { name: "note", type: "string", description: "a note" }
    ]);
  });

  it("types the SQL columns: whole numbers as int, everything else as text", () => {
    expect(sqlColumns(table)).toEqual([
      { name: "id", type: "text" },
      { name: "count", type: "int" },
      { name: "tags", type: "text" },
      { name: "note", type: "text" }
    ]);
  });
});

describe("orList", () => {
  it("words the allowed values of a column", () => {
    expect(orList(["strength", "gap", "neutral"])).toBe("strength, gap or neutral");
    expect(orList(["a", "b"])).toBe("a or b");
    expect(orList(["a"])).toBe("a");
  });
});
