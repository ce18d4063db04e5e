import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesUnder } from "../loaders/walk.js";

/** A tree: nested folders, names that sort differently by path and by segment, a dot folder, links. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "walk-"));
  for (const dir of ["a/b/c", "a-c", ".hidden", "node_modules/x", "empty", "d/node_modules"]) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ["top.txt", "a/x.txt", "a/b/c/deep.txt", "a-c/z.txt", ".hidden/h.txt", ".dotfile", "node_modules/x/i.js", "d/node_modules/j.js", "d/B.txt", "d/a.txt"]) {
    writeFileSync(join(root, file), file);
  }
  symlinkSync(join(root, "top.txt"), join(root, "a/to-file"));
  symlinkSync(join(root, "a"), join(root, "to-folder"));
  symlinkSync(join(root, "nowhere"), join(root, "dangling"));
  return root;
}

describe("filesUnder", () => {
  const root = tree();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists every file below the folder, relative and with /, depth-first with each folder's names sorted", () => {
    expect(filesUnder(root)).toEqual([
      ".dotfile",
      ".hidden/h.txt",
      "a/b/c/deep.txt",
      "a/to-file",
      "a/x.txt",
      "a-c/z.txt",
      "d/B.txt",
      "d/a.txt",
      "d/node_modules/j.js",
      "node_modules/x/i.js",
      "top.txt"
    ]);
  });

  it("counts a link to a file as a file, and follows no link to a folder and no dangling link", () => {
    const files = filesUnder(root);
    expect(files).toContain("a/to-file");
    expect(files.some((f) => f.startsWith("to-folder"))).toBe(false);
    expect(files).not.toContain("dangling");
  });

  it("leaves out the entries `skip` names, with everything below them, at any depth", () => {
    const skip = (name: string) => name === "node_modules" || name.startsWith(".");
    expect(filesUnder(root, { skip })).toEqual(["a/b/c/deep.txt", "a/to-file", "a/x.txt", "a-c/z.txt", "d/B.txt", "d/a.txt", "top.txt"]);
  });

  it("asks `skip` only about names below the root", () => {
    const hidden = join(root, ".hidden");
    expect(filesUnder(hidden, { skip: (name) => name.startsWith(".") })).toEqual(["h.txt"]);
  });

  it("throws for a folder that is not there, and lists an empty folder as nothing", () => {
    expect(() => filesUnder(join(root, "missing"))).toThrow(/ENOENT/);
    expect(filesUnder(join(root, "empty"))).toEqual([]);
  });
});
