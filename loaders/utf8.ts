/**
 * Reading text files: UTF-8 only, strictly. The study, metrics and import readers all decode
 * through `decodeUtf8`, so a file in another encoding gets the same located problem everywhere
 * instead of replacement characters in the data.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Problem } from "./errors.js";

/** Largest file read at all, to fail clearly instead of exhausting memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The bytes as text (a byte-order mark dropped), or the problem: a UTF-16 byte-order mark, or the
 * line of the first byte sequence that is not UTF-8. `advice` ends the message: how to fix it.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, advice = "save the file as UTF-8"): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 1, field: "encoding", message: `text is UTF-16, not UTF-8 (${advice})` } };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    return { problem: { file, line, field: "encoding", message: `text is not valid UTF-8 (${advice})` } };
  }
}

/**
 * Reads a UTF-8 text file: undefined text when it does not exist (the caller says whether that is
 * a problem), else the text or the problem (too large, not UTF-8). `file` names it in problems.
 */
export function readUtf8File(path: string, file: string, maxBytes = MAX_FILE_BYTES): { text?: string; problem?: Problem } {
  if (!existsSync(path)) return {};
  if (statSync(path).size > maxBytes) return { problem: { file, line: 1, field: "file", message: `file is larger than ${maxBytes} bytes` } };
  return decodeUtf8(readFileSync(path), file);
}
