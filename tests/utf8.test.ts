import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUtf8, readUtf8File } from "../loaders/utf8.js";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeUtf8", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeUtf8(new TextEncoder().encode("caf\u00e9 \u{1F600}"), "a.txt")).toEqual({ text: "caf\u00e9 \u{1F600}" });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61), "a.txt")).toEqual({ text: "a" });
  });

  it("locates the first line that is not UTF-8, with the caller's advice", () => {
    expect(decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0a, 0x63, 0xe9), "a.csv", "export it as UTF-8")).toEqual({
      problem: { file: "a.csv", line: 3, field: "encoding", message: "text is not valid UTF-8 (export it as UTF-8)" }
    });
  });

  it("names UTF-16 by its byte-order mark, either byte order", () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const r = decodeUtf8(bytes(...bom, 0x61, 0), "a.csv");
      expect("problem" in r && r.problem).toEqual({ file: "a.csv", line: 1, field: "encoding", message: "text is UTF-16, not UTF-8 (save the file as UTF-8)" });
    }
  });

  it("refuses text holding a replacement character only when the bytes were not UTF-8", () => {
    expect(decodeUtf8(new TextEncoder().encode("a\uFFFDb"), "a.txt")).toEqual({ text: "a\uFFFDb" });
  });
});

describe("readUtf8File", () => {
  const dir = mkdtempSync(join(tmpdir(), "utf8-"));

  it("gives no text and no problem for a missing file", () => {
    expect(readUtf8File(join(dir, "none.txt"), "none.txt")).toEqual({});
  });

  it("refuses a file over the limit before reading it", () => {
    writeFileSync(join(dir, "big.txt"), "x".repeat(20));
    expect(readUtf8File(join(dir, "big.txt"), "big.txt", 10)).toEqual({ problem: { file: "big.txt", line: 1, field: "file", message: "file is larger than 10 bytes" } });
  });

  it("reads and decodes a file, naming it as the caller does in problems", () => {
    writeFileSync(join(dir, "ok.txt"), "halo\n");
    expect(readUtf8File(join(dir, "ok.txt"), "ok.txt")).toEqual({ text: "halo\n" });
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(readUtf8File(join(dir, "latin1.txt"), "sub/latin1.txt").problem).toMatchObject({ file: "sub/latin1.txt", field: "encoding" });
  });
});
