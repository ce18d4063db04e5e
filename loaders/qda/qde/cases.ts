/**
 * Cases and variables of a project.qde. Tools write them in two ways: `<Cases><Case>` elements
 * that point at the sources (`<SourceRef>`) or the selections (`<SelectionRef>`) they cover, with
 * `<VariableValue>`s under the case (NVivo, ATLAS.ti, QualCoder); and `<VariableValue>`s on a
 * `<TextSource>` itself (MAXQDA's document variables, read in sources.ts with `readValues`).
 */
import type { ReadContext } from "./context.js";
import type { QdaCase, QdaVariable, QdaVariableValue } from "./types.js";
import { child, childrenNamed, type Node } from "./xml.js";

const VALUE_ELEMENTS = ["TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"];

/** The project's `<Variables>`. */
export function readVariables(project: Node, ctx: ReadContext): QdaVariable[] {
  return childrenNamed(child(project, "Variables"), "Variable").map((v) => {
    const name = v.attrs.name ?? "";
    if (!name.trim()) ctx.problem(v, "Variable.name", "a variable without a name");
    return { guid: ctx.guid(v), name, type: v.attrs.typeOfVariable ?? "Text", description: ctx.description(v), line: v.line };
  });
}

/** The `<VariableValue>`s directly under `owner` (a Case or a TextSource). */
export function readValues(owner: Node, ctx: ReadContext): QdaVariableValue[] {
  return childrenNamed(owner, "VariableValue").map((vv) => {
    const ref = child(vv, "VariableRef");
    const valueNode = vv.children.find((x) => VALUE_ELEMENTS.includes(x.tag));
    return { variable: ref ? ctx.guid(ref, "targetGUID") : "", value: valueNode?.text ?? "", element: valueNode?.tag ?? "", line: owner.line };
  });
}

/** The project's `<Cases>`. */
export function readCases(project: Node, ctx: ReadContext): QdaCase[] {
  const refs = (c: Node, tag: string) => childrenNamed(c, tag).map((r) => ctx.guid(r, "targetGUID"));
  return childrenNamed(child(project, "Cases"), "Case").map((c) => ({
    guid: ctx.guid(c),
    name: c.attrs.name,
    description: ctx.description(c),
    codes: refs(c, "CodeRef"),
    sources: refs(c, "SourceRef"),
    selections: refs(c, "SelectionRef"),
    values: readValues(c, ctx),
    line: c.line
  }));
}
