/**
 * Safe reading and writing of ZIP archives (a REFI-QDA .qdpx is one).
 *
 * Reading never trusts the archive: the central directory is parsed here, every entry name is
 * checked (no absolute paths, no `..`, no drive letters, no duplicates), encrypted and ZIP64
 * archives are refused, the declared sizes are checked against per-entry, total and ratio
 * limits BEFORE anything is inflated, and inflation counts the bytes it produces and stops as
 * soon as an entry grows past its declared size or a limit (a zip bomb that lies about its
 * sizes is caught while inflating, with bounded memory). CRC-32 is verified.
 */
import { Inflate, zipSync, type Zippable } from "fflate";

export class ZipError extends Error {
  override name = "ZipError";
}

export interface ZipLimits {
  /** Largest archive accepted, in bytes. */
  maxArchiveBytes: number;
  /** Most entries (files and folders). */
  maxEntries: number;
  /** Largest uncompressed entry, in bytes. */
  maxEntryBytes: number;
  /** Largest sum of uncompressed entries, in bytes. */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio for an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are not held to `maxRatio` (tiny files compress very well). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 512 * 1024 * 1024,
  maxEntries: 20_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024
};

export interface ZipEntry {
  /** The entry's path inside the archive, `/`-separated. */
  name: string;
  bytes: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)) >>> 0;
  return (c ^ 0xffffffff) >>> 0;
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 3 : 0)} MiB`;

/**
 * Checks an entry name and returns it `/`-separated. Refuses absolute paths, drive letters,
 * `..` segments, NUL and control characters: an archive may never write outside its folder.
 */
export function safeEntryName(raw: string): string {
  if (/[\u0000-\u001f]/.test(raw)) throw new ZipError(`entry name ${JSON.stringify(raw)} contains a control character`);
  const name = raw.replace(/\\/g, "/");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) {
    throw new ZipError(`entry "${raw}" has an absolute path; archive entries must be relative`);
  }
  if (name.split("/").some((segment) => segment === "..")) {
    throw new ZipError(`entry "${raw}" contains ".." and would be written outside the archive's folder`);
  }
  return name;
}

interface Directory {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readDirectory(data: Uint8Array, limits: ZipLimits): Directory[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 22) throw new ZipError("not a ZIP archive (too short)");
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a ZIP archive (no end-of-central-directory record)");
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0) throw new ZipError("multi-part (split) ZIP archives are not supported");
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ZipError("ZIP64 archives are not supported (the archive is larger than a study export should be)");
  }
  if (count > limits.maxEntries) throw new ZipError(`the archive has ${count} entries; at most ${limits.maxEntries} are accepted`);
  if (cdOffset + cdSize > eocd) throw new ZipError("corrupt ZIP archive (central directory out of bounds)");
  const entries: Directory[] = [];
  const seen = new Set<string>();
  let at = cdOffset;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError("corrupt ZIP archive (bad central directory entry)");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const rawName = data.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: UTF-8 name; otherwise CP437, which agrees with Latin-1 on the characters a path uses.
    const decoded = flags & 0x800 ? new TextDecoder("utf-8", { fatal: false }).decode(rawName) : new TextDecoder("latin1").decode(rawName);
    at += 46 + nameLength + extraLength + commentLength;
    const name = safeEntryName(decoded);
    if (seen.has(name)) throw new ZipError(`entry "${name}" appears twice in the archive`);
    seen.add(name);
    if (name.endsWith("/")) continue; // a folder
    if (flags & 0x1) throw new ZipError(`entry "${name}" is encrypted; export the project without a password`);
    if (method !== 0 && method !== 8) throw new ZipError(`entry "${name}" uses compression method ${method}; only stored (0) and deflate (8) are supported`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ZipError(`entry "${name}" uses ZIP64 sizes, which are not supported`);
    if (size > limits.maxEntryBytes) throw new ZipError(`entry "${name}" declares ${MB(size)} uncompressed; at most ${MB(limits.maxEntryBytes)} per entry are accepted`);
    if (size > limits.ratioFloorBytes && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw new ZipError(`entry "${name}" would expand ${Math.round(size / Math.max(1, compressedSize))} times (${MB(compressedSize)} → ${MB(size)}); a ratio above ${limits.maxRatio} looks like a zip bomb`);
    }
    total += size;
    if (total > limits.maxTotalBytes) throw new ZipError(`the archive declares more than ${MB(limits.maxTotalBytes)} uncompressed in total`);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
  }
  return entries;
}

function inflateEntry(data: Uint8Array, entry: Directory, limits: ZipLimits, budget: { left: number }): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== LOCAL) throw new ZipError(`corrupt ZIP archive (bad local header for "${entry.name}")`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipError(`corrupt ZIP archive ("${entry.name}" runs past the end of the file)`);
  const compressed = data.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`corrupt ZIP archive (stored entry "${entry.name}" has inconsistent sizes)`);
    out = compressed.slice();
  } else {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    const cap = Math.min(entry.size, limits.maxEntryBytes, budget.left);
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > cap) {
        throw new ZipError(
          produced > entry.size
            ? `entry "${entry.name}" inflates past its declared size of ${entry.size} bytes (a zip bomb or a corrupt archive)`
            : `entry "${entry.name}" inflates past the size limit`
        );
      }
      chunks.push(chunk);
    });
    const step = 64 * 1024;
    try {
      for (let i = 0; i < compressed.length; i += step) inflater.push(compressed.subarray(i, i + step), i + step >= compressed.length);
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError(`corrupt ZIP archive (cannot inflate "${entry.name}": ${(error as Error).message})`);
    }
    out = new Uint8Array(produced);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
  }
  if (out.length !== entry.size) throw new ZipError(`corrupt ZIP archive ("${entry.name}" is ${out.length} bytes, ${entry.size} declared)`);
  if (crc32(out) !== entry.crc) throw new ZipError(`corrupt ZIP archive (CRC mismatch in "${entry.name}")`);
  budget.left -= out.length;
  return out;
}

/**
 * Unpacks `data` in memory, within `limits`. Throws a ZipError with a plain-language message
 * for any hostile or broken archive; never writes to disk.
 */
export function safeUnzip(data: Uint8Array, limits: Partial<ZipLimits> = {}): ZipEntry[] {
  const l: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (data.length > l.maxArchiveBytes) throw new ZipError(`the archive is ${MB(data.length)}; at most ${MB(l.maxArchiveBytes)} are accepted`);
  const budget = { left: l.maxTotalBytes };
  return readDirectory(data, l).map((entry) => ({ name: entry.name, bytes: inflateEntry(data, entry, l, budget) }));
}

/** The entry at `path`, matching folder names case-insensitively (`Sources/` or `sources/`). */
export function findEntry(entries: readonly ZipEntry[], path: string): ZipEntry | undefined {
  return entries.find((e) => e.name === path) ?? entries.find((e) => e.name.toLowerCase() === path.toLowerCase());
}

/** A deflated ZIP of the given files (paths `/`-separated), with a fixed timestamp for reproducible output. */
export function writeZip(files: Record<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  const mtime = new Date("2020-01-01T00:00:00Z");
  for (const [path, bytes] of Object.entries(files)) tree[safeEntryName(path)] = [bytes, { level: 6, mtime }];
  return zipSync(tree);
}
