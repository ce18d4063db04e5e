/** The codebook of a project.qde: the tree of codes, every code by GUID, and how codings refer to them. */
import type { ReadContext } from "./context.js";
import { guidKey } from "./context.js";
import type { QdaCode } from "./types.js";
import { child, childrenNamed, type Node } from "./xml.js";

/** The codes under `<CodeBook><Codes>` as a tree, and every code by GUID key. */
export function readCodes(project: Node, ctx: ReadContext): { codes: QdaCode[]; codeIndex: Map<string, QdaCode> } {
  const codeIndex = new Map<string, QdaCode>();
  const read = (nodes: Node[], path: string[], parent?: string): QdaCode[] =>
    nodes.map((n) => {
      const guid = ctx.guid(n);
      const name = n.attrs.name ?? "";
      if (!name) ctx.problem(n, "Code.name", "a code without a name");
      if (codeIndex.has(guid)) ctx.problem(n, "Code.guid", `duplicate code GUID ${guid}`);
      const code: QdaCode = {
        guid,
        name,
        isCodable: (n.attrs.isCodable ?? "true").trim() !== "false" && (n.attrs.isCodable ?? "").trim() !== "0",
        color: n.attrs.color,
        description: ctx.description(n),
        path: [...path, name],
        parent,
        children: [],
        line: n.line
      };
      codeIndex.set(guid, code);
      code.children = read(childrenNamed(n, "Code"), code.path, guid);
      return code;
    });
  return { codes: read(childrenNamed(child(child(project, "CodeBook"), "Codes"), "Code"), []), codeIndex };
}

/** The GUID keys of the codes `codings` (Coding elements of `owner`) apply, each once; a dangling reference is a problem. */
export function codeRefs(owner: Node, codings: Node[], codeIndex: ReadonlyMap<string, QdaCode>, ctx: ReadContext): string[] {
  const out: string[] = [];
  for (const coding of codings) {
    const ref = child(coding, "CodeRef");
    if (!ref) {
      ctx.problem(owner, "Coding.CodeRef", "a coding without a CodeRef");
      continue;
    }
    const key = ctx.guid(ref, "targetGUID");
    if (!codeIndex.has(key)) ctx.problem(owner, "CodeRef.targetGUID", `refers to code ${key}, which is not in the codebook`);
    else if (!out.includes(key)) out.push(key);
  }
  return out;
}

/** Each Coding with the user who made it (for coder agreement). */
export function codingsWithUsers(codings: Node[], codeIndex: ReadonlyMap<string, QdaCode>): { code: string; creatingUser?: string }[] {
  return codings.flatMap((c) => {
    const ref = child(c, "CodeRef")?.attrs.targetGUID;
    return ref && codeIndex.has(guidKey(ref)) ? [{ code: guidKey(ref), creatingUser: c.attrs.creatingUser ? guidKey(c.attrs.creatingUser) : undefined }] : [];
  });
}

/** Every code of the tree, depth first. */
export function allCodes(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap((c) => [c, ...allCodes(c.children)]);
}
