import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, findEntry, safeEntryName, safeUnzip, writeZip, ZipError } from "../loaders/qda/zip.js";

const enc = (s: string) => new TextEncoder().encode(s);

/** Offsets of every central-directory entry in a zip. */
function centralEntries(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) out.push(i);
  return out;
}

function patch32(zip: Uint8Array, at: number, value: number): void {
  new DataView(zip.buffer, zip.byteOffset, zip.byteLength).setUint32(at, value, true);
}

describe("safeUnzip", () => {
  it("reads what writeZip writes, with folders matched case-insensitively", () => {
    const zip = writeZip({ "project.qde": enc("<Project/>"), "sources/a.txt": enc("halo 👍") });
    const entries = safeUnzip(zip);
    expect(entries.map((e) => e.name).sort()).toEqual(["project.qde", "sources/a.txt"]);
    expect(new TextDecoder().decode(findEntry(entries, "Sources/a.txt")!.bytes)).toBe("halo 👍");
  });

  it("computes the standard CRC-32", () => {
    expect(crc32(enc("123456789"))).toBe(0xcbf43926);
  });

  it.each([
    ["../evil.txt", /contains "\.\." and would be written outside/],
    ["Sources/../../evil.txt", /contains "\.\."/],
    ["/etc/passwd", /absolute path/],
    ["C:/Windows/evil.txt", /absolute path/],
    ["..\\evil.txt", /contains "\.\."/]
  ])("refuses the entry name %s", (name, message) => {
    const zip = zipSync({ [name]: enc("x"), "project.qde": enc("<Project/>") });
    expect(() => safeUnzip(zip)).toThrow(message);
    expect(() => safeEntryName(name)).toThrow(ZipError);
  });

  it("refuses a zip bomb by its declared ratio before inflating anything", () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const zip = zipSync({ "project.qde": zeros }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => safeUnzip(zip)).toThrow(/would expand \d+ times .* looks like a zip bomb/);
  });

  it("refuses an entry larger than the per-entry limit, and archives past the total limit", () => {
    const zip = zipSync({ "a.txt": new Uint8Array(3000).fill(65), "b.txt": new Uint8Array(3000).fill(66) });
    expect(() => safeUnzip(zip, { maxEntryBytes: 2000 })).toThrow(/declares .* uncompressed; at most .* per entry/);
    expect(() => safeUnzip(zip, { maxTotalBytes: 5000 })).toThrow(/more than .* uncompressed in total/);
    expect(() => safeUnzip(zip, { maxEntries: 1 })).toThrow(/2 entries; at most 1/);
    expect(() => safeUnzip(zip, { maxArchiveBytes: 10 })).toThrow(/at most .* are accepted/);
  });

  it("counts while inflating: an entry that lies about its size stops at the declared size", () => {
    const zip = zipSync({ "project.qde": new Uint8Array(4 * 1024 * 1024).fill(32) });
    // Declare 1000 bytes in the central directory (what the checks before inflating read).
    const [cd] = centralEntries(zip);
    patch32(zip, cd! + 24, 1000);
    expect(() => safeUnzip(zip)).toThrow(/inflates past its declared size of 1000 bytes/);
  });

  it("refuses encrypted entries, other compression methods, duplicates and non-zips", () => {
    const base = () => zipSync({ "a.txt": enc("aaaa"), "b.txt": enc("bbbb") }, { level: 0 });
    const encrypted = base();
    const [cd] = centralEntries(encrypted);
    encrypted[cd! + 8] = encrypted[cd! + 8]! | 1;
    expect(() => safeUnzip(encrypted)).toThrow(/encrypted/);

    const method = base();
    const [m] = centralEntries(method);
    method[m! + 10] = 12; // bzip2
    expect(() => safeUnzip(method)).toThrow(/compression method 12/);

    const duplicate = base();
    const [, second] = centralEntries(duplicate);
    duplicate[second! + 46] = "a".charCodeAt(0);
    expect(() => safeUnzip(duplicate)).toThrow(/appears twice/);

    expect(() => safeUnzip(enc("this is not a zip file at all, just text"))).toThrow(/not a ZIP archive/);
    expect(() => safeUnzip(new Uint8Array(5))).toThrow(/not a ZIP archive/);
  });

  it("detects corruption by CRC", () => {
    const zip = zipSync({ "a.txt": enc("hello world") }, { level: 0 });
    const at = zip.indexOf("h".charCodeAt(0), 30);
    zip[at] = "j".charCodeAt(0);
    expect(() => safeUnzip(zip)).toThrow(/CRC mismatch/);
  });
});
