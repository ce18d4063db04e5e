/** The sources of a project.qde: text sources with their selections and codings; other kinds listed only. */
import { readValues } from "./cases.js";
import { codeRefs, codingsWithUsers } from "./codes.js";
import { guidKey, type ReadContext } from "./context.js";
import type { QdaCode, QdaProject, QdaSelection, QdaTextSource } from "./types.js";
import { child, childrenNamed, type Node } from "./xml.js";

function readSelection(sel: Node, codeIndex: ReadonlyMap<string, QdaCode>, ctx: ReadContext): QdaSelection {
  const start = ctx.integer(sel, "startPosition");
  const end = ctx.integer(sel, "endPosition");
  if (start >= 0 && end >= 0 && end < start) ctx.problem(sel, "PlainTextSelection.endPosition", `ends (${end}) before it starts (${start})`);
  const codings = childrenNamed(sel, "Coding");
  return {
    guid: ctx.guid(sel),
    name: sel.attrs.name,
    start,
    end,
    description: ctx.description(sel),
    codes: codeRefs(sel, codings, codeIndex, ctx),
    codings: codingsWithUsers(codings, codeIndex),
    creatingUser: sel.attrs.creatingUser ? guidKey(sel.attrs.creatingUser) : undefined,
    noteRefs: childrenNamed(sel, "NoteRef").map((r) => guidKey(r.attrs.targetGUID ?? "")),
    line: sel.line
  };
}

/** The project's `<Sources>`: each TextSource read whole, the other kinds (PDF, picture, audio, video) listed. */
export function readSources(project: Node, codeIndex: ReadonlyMap<string, QdaCode>, ctx: ReadContext): Pick<QdaProject, "textSources" | "otherSources"> {
  const textSources: QdaTextSource[] = [];
  const otherSources: QdaProject["otherSources"] = [];
  for (const s of child(project, "Sources")?.children ?? []) {
    if (s.tag !== "TextSource") {
      otherSources.push({ kind: s.tag, guid: ctx.guid(s), name: s.attrs.name });
      continue;
    }
    const guid = ctx.guid(s);
    const content = child(s, "PlainTextContent")?.text;
    const plainTextPath = s.attrs.plainTextPath;
    if (content === undefined && !plainTextPath) ctx.problem(s, "TextSource", "neither PlainTextContent nor plainTextPath is given");
    textSources.push({
      guid,
      name: s.attrs.name ?? guid,
      content,
      plainTextPath,
      richTextPath: s.attrs.richTextPath,
      description: ctx.description(s),
      selections: childrenNamed(s, "PlainTextSelection").map((sel) => readSelection(sel, codeIndex, ctx)),
      codes: codeRefs(s, childrenNamed(s, "Coding"), codeIndex, ctx),
      values: readValues(s, ctx),
      line: s.line
    });
  }
  return { textSources, otherSources };
}
