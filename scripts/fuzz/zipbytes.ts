/**
 * Mutations of a ZIP archive's structure, made after it is written: header fields of the central
 * directory (method, flags, CRC, sizes, name length, local offset) and of the end record (disk,
 * entry count, directory size and offset), flipped bytes, truncation and junk around it.
 */
import fc from "fast-check";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Field → [offset in the record, width in bytes]. */
const CENTRAL_FIELDS = { flags: [8, 2], method: [10, 2], crc: [16, 4], csize: [20, 4], size: [24, 4], nameLen: [28, 2], extraLen: [30, 2], offset: [42, 4] } as const;
const EOCD_FIELDS = { disk: [4, 2], count: [10, 2], cdSize: [12, 4], cdOffset: [16, 4] } as const;

export type ZipOp =
  | { op: "central"; entry: number; field: keyof typeof CENTRAL_FIELDS; to: number }
  | { op: "eocd"; field: keyof typeof EOCD_FIELDS; to: number }
  | { op: "flip"; at: number; xor: number }
  | { op: "cut"; at: number }
  | { op: "junk"; before: boolean; length: number };

const fieldValue = fc.oneof(
  fc.constantFrom(0, 1, 2, 8, 9, 12, 99, 0x800, 0x801, 0x0808, 0xfffe, 0xffff, 0x7fffffff, 0xfffffffe, 0xffffffff, 600_000_000),
  fc.nat({ max: 0xffffffff }),
  fc.integer({ min: -3, max: 3 }).map((d) => -1000 - d) // marks "the current value plus d" (see apply)
);

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const zipOp: fc.Arbitrary<ZipOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("central" as const), entry: fc.nat({ max: 8 }), field: fc.constantFrom(...(Object.keys(CENTRAL_FIELDS) as (keyof typeof CENTRAL_FIELDS)[])), to: fieldValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("eocd" as const), field: fc.constantFrom(...(Object.keys(EOCD_FIELDS) as (keyof typeof EOCD_FIELDS)[])), to: fieldValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("flip" as const), at, xor: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("cut" as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("junk" as const), before: fc.boolean(), length: fc.integer({ min: 1, max: 70_000 }) }) }
);

function records(view: DataView): { eocd: number; central: number[] } {
  let eocd = -1;
  for (let i = view.byteLength - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  const central: number[] = [];
  if (eocd < 0) return { eocd, central };
  let p = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0 && p + 46 <= view.byteLength && view.getUint32(p, true) === CENTRAL; n--) {
    central.push(p);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { eocd, central };
}

function setField(view: DataView, offset: number, width: number, to: number): void {
  if (offset + width > view.byteLength) return;
  const old = width === 2 ? view.getUint16(offset, true) : view.getUint32(offset, true);
  const v = to <= -997 && to >= -1003 ? old + (-1000 - to) : to;
  if (width === 2) view.setUint16(offset, ((v % 0x10000) + 0x10000) % 0x10000, true);
  else view.setUint32(offset, ((v % 0x100000000) + 0x100000000) % 0x100000000, true);
}

export function applyZipOps(zip: Uint8Array, ops: readonly ZipOp[]): Uint8Array {
  let bytes = zip.slice();
  for (const m of ops) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (m.op === "central" || m.op === "eocd") {
      const { eocd, central } = records(view);
      if (m.op === "eocd" && eocd >= 0) setField(view, eocd + EOCD_FIELDS[m.field][0], EOCD_FIELDS[m.field][1], m.to);
      if (m.op === "central" && central.length) {
        const [off, width] = CENTRAL_FIELDS[m.field];
        setField(view, central[m.entry % central.length]! + off, width, m.to);
      }
    } else if (m.op === "flip") {
      if (bytes.length) bytes[Math.floor(m.at * bytes.length)]! ^= m.xor;
    } else if (m.op === "cut") bytes = bytes.slice(0, Math.floor(m.at * bytes.length));
    else {
      const out = new Uint8Array(bytes.length + m.length).fill(0x50);
      out.set(bytes, m.before ? m.length : 0);
      bytes = out;
    }
  }
  return bytes;
}
