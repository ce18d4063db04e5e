import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Info } from "csv-parse";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCsv, readCsvFile, scanPlainCsv } from "../loaders/csv.js";
import { formatProblem } from "../loaders/errors.js";
import { id, text, whole } from "../loaders/fields.js";
import { optionalColumn, str } from "../loaders/table.js";

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

  it("lets a file leave out an optional column, on either reader, and checks it where the file has it", () => {
    const withNote = z.object({ id: id(), name: text(), note: optionalColumn(str(text(), "a note")).schema });
    const read = (csv: string) => parseCsv(csv, "t.csv", withNote);
    for (const csv of ["id,name\na,A\n", "id,name\r\na,A\r\n"]) expect(read(csv)).toEqual({ rows: [{ line: 2, value: { id: "a", name: "A" } }], problems: [] });
    expect(read("id,name,note\na,A,hello\n").rows[0]!.value).toEqual({ id: "a", name: "A", note: "hello" });
    expect(read("id,name,note\na,A, \n").problems.map(formatProblem)).toEqual(['t.csv:2: note: expected a non-empty text (got " ")']);
    // A required column stays required, with the optional one present or not.
    expect(read("id,note\na,x\n").problems.map(formatProblem)).toEqual(["t.csv:1: name: missing column"]);
    expect(read("id\na\n").problems.map(formatProblem)).toEqual(["t.csv:1: name: missing column"]);
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

/**
 * Records as csv-parse reads them with parseCsv's options: the header's fields, then each
 * record with the line parseCsv derives from csv-parse's line count.
 */
function csvParseRecords(text: string): { fields: string[]; line?: number }[] {
  const records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as { record: string[]; info: Info }[];
  let previousEnd = 1;
  return records.map(({ record, info }, i) => {
    if (i === 0) return { fields: record };
    const newlines = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = Math.max(previousEnd + 1, info.lines - newlines);
    previousEnd = info.lines;
    return { fields: record, line };
  });
}

function scanned(text: string): { fields: string[]; line?: number }[] | undefined {
  const out: { fields: string[]; line?: number }[] = [];
  return scanPlainCsv(text, (fields, line) => (out.push(out.length ? { fields: [...fields], line } : { fields: [...fields] }), true)) ? out : undefined;
}

/** Seeded generator of small CSV files, mostly well-formed, some not. */
function randomCsv(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const plain = ["a", "beta", "", "x y", "ünï", "1.5", "F01", "a;b"];
  const quoted = ['"a,b"', '"say ""hi"""', '"two\nlines"', '""', '"\n"', '"end\n\nafter blank"', '","', '""""'];
  const broken = ['a"b', '"a"b', '"unclosed', "c\r", '"x\r\ny"'];
  const lines: string[] = [];
  const rows = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rows; r++) {
    if (random() < 0.15) lines.push("");
    const width = random() < 0.9 ? 3 : 2 + Math.floor(random() * 3);
    const fields = Array.from({ length: width }, () => {
      const k = random();
      return k < 0.55 ? pick(plain) : k < 0.95 ? pick(quoted) : pick(broken);
    });
    lines.push(fields.join(","));
  }
  const eol = random() < 0.1 ? "\r\n" : "\n";
  return (random() < 0.1 ? "\uFEFF" : "") + lines.join(eol) + (random() < 0.7 ? eol : "");
}

describe("scanPlainCsv (the fast reader behind parseCsv)", () => {
  it("reads exactly what csv-parse reads, with the same lines, or gives up", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let fast = 0;
    let gaveUp = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomCsv(random);
      const mine = scanned(text);
      let theirs: { fields: string[]; line?: number }[] | Error;
      try {
        theirs = csvParseRecords(text);
      } catch (error) {
        theirs = error as Error;
      }
      if (mine === undefined) {
        gaveUp++;
        continue;
      }
      fast++;
      expect(theirs, JSON.stringify(text)).not.toBeInstanceOf(Error);
      expect(mine, JSON.stringify(text)).toEqual(theirs);
    }
    // Both outcomes are exercised: most files take the fast path, malformed ones never do.
    expect(fast).toBeGreaterThan(1000);
    expect(gaveUp).toBeGreaterThan(300);
  });

  it("gives up on carriage returns, stray quotes and unclosed quotes", () => {
    for (const text of ["a,b\r\n1,2\r\n", 'a,b\n1,x"y\n', 'a,b\n"1"x,2\n', 'a,b\n"1,2\n']) expect(scanned(text)).toBeUndefined();
  });

  it("leaves errors to csv-parse: parseCsv reports the same problems on either path", () => {
    const schema = z.object({ id: id(), name: text(), count: whole() });
    // valid LF file: fast path; the same file with CRLF: csv-parse path
    const lf = 'id,name,count\na,"x\ny",1\n\nb,B,many\n';
    const crlf = lf.replace(/\n/g, "\r\n");
    expect(parseCsv(lf, "t.csv", schema)).toEqual(parseCsv(crlf.replace('"x\r\ny"', '"x\ny"'), "t.csv", schema));
    expect(parseCsv(lf, "t.csv", schema).problems.map(formatProblem)).toEqual(['t.csv:5: count: expected a whole number (got "many")']);
  });
});

describe("readCsvFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-file-"));
  const read = (name: string, optional?: boolean) => {
    const r = readCsvFile(join(dir, name), `sub/${name}`, schema, { optional });
    return { rows: r.rows.map((x) => x.value), problems: r.problems.map(formatProblem) };
  };

  it("reads a file into typed rows, named as the caller names it", () => {
    writeFileSync(join(dir, "ok.csv"), "id,name,count\na,A,1\n");
    expect(read("ok.csv")).toEqual({ rows: [{ id: "a", name: "A", count: 1 }], problems: [] });
    writeFileSync(join(dir, "bad.csv"), "id,name,count\na,A,x\n");
    expect(read("bad.csv").problems).toEqual(['sub/bad.csv:2: count: expected a whole number (got "x")']);
  });

  it("reports a missing file unless it is optional", () => {
    expect(read("none.csv").problems).toEqual(["sub/none.csv:1: file: file is missing"]);
    expect(read("none.csv", true)).toEqual({ rows: [], problems: [] });
  });

  it("refuses a file that is not UTF-8, on the line of the first bad byte", () => {
    writeFileSync(join(dir, "latin1.csv"), Buffer.concat([Buffer.from("id,name,count\na,A,1\nb,"), Buffer.from([0xe9]), Buffer.from(",2\n")]));
    expect(read("latin1.csv").problems).toEqual(["sub/latin1.csv:3: encoding: text is not valid UTF-8 (save the file as UTF-8)"]);
    writeFileSync(join(dir, "utf16.csv"), Buffer.from("\ufeffid,name,count\n", "utf16le"));
    expect(read("utf16.csv").problems).toEqual(["sub/utf16.csv:1: encoding: text is UTF-16, not UTF-8 (save the file as UTF-8)"]);
  });
});
