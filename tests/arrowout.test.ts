import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { sqlValue, toArrowIpc, toArrowTable } from "../loaders/arrowout.js";

describe("sqlValue", () => {
  it("joins lists and turns empty texts and lists into NULL", () => {
    expect(sqlValue(["a", "b"], "text")).toBe("a;b");
    expect(sqlValue([], "text")).toBe(null);
    expect(sqlValue("", "text")).toBe(null);
    expect(sqlValue("5.10", "text")).toBe("5.10");
    expect(sqlValue(undefined, "text")).toBe(null);
  });

  it("keeps whole numbers and refuses anything else in an int column", () => {
    expect(sqlValue(42, "int")).toBe(42);
    expect(sqlValue("7", "int")).toBe(7);
    expect(() => sqlValue("7.5", "int")).toThrow(/whole number/);
  });
});

describe("toArrowIpc", () => {
  it("writes a stream with exactly the declared columns and types", () => {
    const rows = [
      { id: "F1", section: "5.10", start: 3, list: ["x", "y"], extra: "dropped" },
      { id: "F2", section: "5.2", start: 9, list: [] }
    ];
    const columns = [
      { name: "id", type: "text" },
      { name: "section", type: "text" },
      { name: "start", type: "int" },
      { name: "list", type: "text" }
    ] as const;
    const table = tableFromIPC(toArrowIpc(rows, columns));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual(["id:Utf8", "section:Utf8", "start:Int32", "list:Utf8"]);
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { id: "F1", section: "5.10", start: 3, list: "x;y" },
      { id: "F2", section: "5.2", start: 9, list: null }
    ]);
  });

  it("writes an empty table with its schema", () => {
    const table = toArrowTable([], [{ name: "id", type: "text" }]);
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(["id"]);
  });
});
