/**
 * The files under a folder: the one directory walker of the tools (cache keys, the link check,
 * the fuzzers' base folders, the benchmark, the layer check), from Node's own recursive listing.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface WalkOptions {
  /**
   * Leaves out every entry whose name this returns true for, with everything below it
   * (e.g. `(name) => name.startsWith(".")`). Only names below `root` are asked about.
   */
  skip?: (name: string) => boolean;
}

/** Orders paths as a depth-first walk that lists each folder's names sorted: `a/b` before `a-c`. */
function bySegments(a: string, b: string): number {
  const x = a.replaceAll("/", "\0");
  const y = b.replaceAll("/", "\0");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a symbolic link leads to a file (a dangling link does not). */
function linksToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The paths, relative to `root` and written with `/`, of every file under the folder `root`, in
 * the order of a depth-first walk with each folder's names sorted (by UTF-16 code units, as
 * `Array.prototype.sort`). A symbolic link to a file counts as a file; a symbolic link to a
 * folder is not followed (no cycles). Throws as `readdirSync` does when `root` is not a folder.
 */
export function filesUnder(root: string, options: WalkOptions = {}): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const parts = relative(root, path).split(sep);
    if (options.skip && parts.some(options.skip)) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && linksToFile(path))) files.push(parts.join("/"));
  }
  return files.sort(bySegments);
}
