import { describe, expect, it } from "vitest";
import { checkValue, compareValues, inferType, normaliseValue, typeFromQda, VARIABLE_TYPES } from "../loaders/study/variables.js";

describe("variable values", () => {
  it("read each value as its type, and say what was expected otherwise", () => {
    const ok: [string, string][] = [["text", "kader"], ["integer", "-3"], ["integer", "34"], ["float", "5.5"], ["float", "12"], ["boolean", "true"], ["boolean", "false"], ["date", "2024-02-29"], ["datetime", "2024-03-12T09:30:00+07:00"], ["datetime", "2024-03-12T09:30:00Z"]];
    for (const [type, value] of ok) expect(checkValue(type as never, value), `${type} ${value}`).toBeUndefined();
    const bad: [string, string, RegExp][] = [
      ["text", " ", /non-empty/],
      ["integer", "3.5", /whole number/],
      ["integer", "dua", /whole number/],
      ["float", "1,5", /dot decimal/],
      ["float", "1e3", /dot decimal/],
      ["boolean", "ya", /true or false/],
      ["boolean", "True", /true or false/],
      ["date", "2023-02-29", /YYYY-MM-DD/],
      ["date", "12/03/2024", /YYYY-MM-DD/],
      ["datetime", "2024-03-12 09:30", /YYYY-MM-DDTHH:MM/],
      ["datetime", "2024-03-12T09:30", /YYYY-MM-DDTHH:MM:SS/]
    ];
    for (const [type, value, message] of bad) expect(checkValue(type as never, value), `${type} ${value}`).toMatch(message);
  });

  it("normalise what tools write (xsd:boolean 1/0, a leading plus) and refuse what does not read", () => {
    expect(normaliseValue("boolean", "1")).toBe("true");
    expect(normaliseValue("boolean", "FALSE")).toBe("false");
    expect(normaliseValue("integer", "+7")).toBe("7");
    expect(normaliseValue("integer", " 12 ")).toBe("12");
    expect(normaliseValue("date", "kemarin")).toBeUndefined();
  });

  it("infer the narrowest type a column of values reads as", () => {
    expect(inferType(["34", "27", ""])).toBe("integer");
    expect(inferType(["5.5", "12"])).toBe("float");
    expect(inferType(["true", "False"])).toBe("boolean");
    expect(inferType(["2024-03-12", "2024-03-14"])).toBe("date");
    expect(inferType(["2024-03-12T09:30:00+07:00"])).toBe("datetime");
    expect(inferType(["kader", "34"])).toBe("text");
    expect(inferType(["", " "])).toBe("text");
  });

  it("map REFI-QDA's type names and order values by their type", () => {
    expect(VARIABLE_TYPES.map((t) => typeFromQda(t.toUpperCase()))).toEqual([...VARIABLE_TYPES]);
    expect(typeFromQda("DateTime")).toBe("datetime");
    expect(typeFromQda("Ordinal")).toBeUndefined();
    expect(["10", "9", "-1"].sort((a, b) => compareValues("integer", a, b))).toEqual(["-1", "9", "10"]);
    expect(["true", "false"].sort((a, b) => compareValues("boolean", a, b))).toEqual(["false", "true"]);
    expect(["bidan", "Ibu balita", "kader"].sort((a, b) => compareValues("text", a, b))).toEqual(["bidan", "Ibu balita", "kader"]);
  });
});
