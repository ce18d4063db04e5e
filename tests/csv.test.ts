import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCsv } from "../loaders/csv.js";
import { formatProblem } from "../loaders/errors.js";
import { id, text, whole } from "../loaders/fields.js";

const schema = z.object({ id: id(), name: text(), count: whole() });
const problems = (csv: string) => parseCsv(csv, "t.csv", schema).problems.map(formatProblem);

describe("parseCsv", () => {
  it("parses typed rows with the line each record starts on", () => {
    const { rows, problems } = parseCsv('id,name,count\na,"Alpha, first",1\nb,"two\nlines",2\nc,Gamma,3\n', "t.csv", schema);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, value: { id: "a", name: "Alpha, first", count: 1 } },
      { line: 3, value: { id: "b", name: "two\nlines", count: 2 } },
      { line: 5, value: { id: "c", name: "Gamma", count: 3 } }
    ]);
  });

  it("accepts a BOM and CRLF line ends", () => {
    const { rows, problems } = parseCsv("\uFEFFid,name,count\r\na,A,1\r\n", "t.csv", schema);
    expect(problems).toEqual([]);
    expect(rows[0]!.value).toEqual({ id: "a", name: "A", count: 1 });
  });

  it("locates an unclosed quote on the line where it opens", () => {
    expect(problems('id,name,count\na,A,1\nb,"B,2\nc,C,3\n')).toEqual([
      "t.csv:3: csv: a quoted field opened on this line is never closed (expected a closing double quote)"
    ]);
  });

  it("explains a stray quote", () => {
    expect(problems('id,name,count\na,"A"x,1\n')[0]).toMatch(/^t\.csv:2: csv: text follows a closing quote/);
    expect(problems('id,name,count\na,A"x,1\n')[0]).toMatch(/^t\.csv:2: csv: a quote inside an unquoted field/);
  });

  it("names unknown and missing columns on the header line", () => {
    expect(problems("id,nmae,count\na,A,1\n")).toEqual([
      "t.csv:1: nmae: unknown column (expected: id, name, count)",
      "t.csv:1: name: missing column"
    ]);
  });

  it("names the line and field of a wrong type", () => {
    expect(problems("id,name,count\na,A,1\nb,B,many\n")).toEqual(['t.csv:3: count: expected a whole number (got "many")']);
  });

  it("reports a record with too many fields", () => {
    expect(problems("id,name,count\na,A,1,extra\n")[0]).toMatch(/^t\.csv:2: csv: wrong number of fields: expected 3/);
  });

  it("refuses empty files and text that is not UTF-8", () => {
    expect(problems("")).toEqual(["t.csv:1: file: file is empty: expected a header row"]);
    expect(problems("id,name,count\na,\uFFFD,1\n")).toEqual(["t.csv:2: encoding: text is not valid UTF-8 (save the file as UTF-8)"]);
  });
});
