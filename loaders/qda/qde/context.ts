/** What the readers of a project.qde's parts share: the file, the problems so far, GUID and description reading. */
import type { Problem } from "../../errors.js";
import { child, type Node } from "./xml.js";

/** A GUID as a comparison key: braces dropped, upper case. */
export function guidKey(guid: string): string {
  return guid.trim().replace(/^\{/, "").replace(/\}$/, "").toUpperCase();
}

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

export class ReadContext {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  problem(node: Node, field: string, message: string): void {
    this.problems.push({ file: this.file, line: node.line, field, message });
  }

  /** The node's GUID attribute as a key; a missing or malformed GUID is a problem. */
  guid(node: Node, attr = "guid"): string {
    const raw = node.attrs[attr];
    if (!raw) {
      this.problem(node, `${node.tag}.${attr}`, "missing GUID");
      return `MISSING-${node.tag}-${this.problems.length}`;
    }
    if (!GUID.test(raw.trim())) this.problem(node, `${node.tag}.${attr}`, `"${raw}" is not a GUID`);
    return guidKey(raw);
  }

  /** The text of the node's `<Description>`, if any. */
  description(node: Node): string | undefined {
    return child(node, "Description")?.text;
  }

  /** A whole-number attribute; -1 (and a problem) when it is not one. */
  integer(node: Node, attr: string): number {
    const raw = (node.attrs[attr] ?? "").trim();
    if (!/^\d+$/.test(raw)) {
      this.problem(node, `${node.tag}.${attr}`, `expected a whole number, got "${raw}"`);
      return -1;
    }
    return Number(raw);
  }
}
