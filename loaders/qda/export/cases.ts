/**
 * A study's variables and cases as REFI-QDA elements: `<Variables>` with each variable's name,
 * type and description; `<Cases>` with each case's name, its id and note in the description block
 * (export/meta.ts), its values, the sources it covers whole (`<SourceRef>`) and its selections
 * (`<SelectionRef>`: the selection of a finding, recommendation or excluded sentence at the same
 * place, or an uncoded selection written for the case). Import reads them back unchanged.
 */
import type { Study } from "../../study/load.js";
import { QDA_TYPES } from "../../study/variables.js";
import { formatMeta, studyGuid } from "./meta.js";
import type { XmlElement } from "./xml.js";

/** A selection a case covers that no row of the study has: written as an uncoded selection of its source. */
export interface CaseSelection {
  guid: string;
  source: string;
  start: number;
  end: number;
}

/**
 * The Variables and Cases elements (undefined when the study has none), and the selections the
 * sources must carry for them. `rowSelections` gives the GUID of a row's selection by
 * `source:start-end`.
 */
export function casesXml(study: Study, rowSelections: ReadonlyMap<string, string>): { variables?: XmlElement; cases?: XmlElement; extra: CaseSelection[] } {
  const variables = study.variables ?? [];
  const typeOf = new Map(variables.map((v) => [v.name, v.type]));
  const extra: CaseSelection[] = [];
  const cases = (study.cases ?? []).map((c): XmlElement => {
    const covers = (study.caseSources ?? []).filter((s) => s.case === c.id);
    const selectionRefs = covers.flatMap((s) => {
      if (s.start === null || s.end === null) return [];
      const key = `${s.source}:${s.start}-${s.end}`;
      let guid = rowSelections.get(key) ?? extra.find((x) => `${x.source}:${x.start}-${x.end}` === key)?.guid;
      if (!guid) {
        guid = studyGuid("case-selection", key);
        extra.push({ guid, source: s.source, start: s.start, end: s.end });
      }
      return [{ "@_targetGUID": guid }];
    });
    const values = (study.caseValues ?? []).filter((v) => v.case === c.id && typeOf.has(v.variable));
    return {
      "@_guid": studyGuid("case", c.id),
      "@_name": c.name,
      Description: formatMeta({ kind: "case", id: c.id, description: c.description }),
      VariableValue: values.length
        ? values.map((v) => ({ VariableRef: { "@_targetGUID": studyGuid("variable", v.variable) }, [QDA_TYPES[typeOf.get(v.variable)!].element]: v.value }))
        : undefined,
      SourceRef: covers.some((s) => s.start === null) ? covers.filter((s) => s.start === null).map((s) => ({ "@_targetGUID": studyGuid("source", s.source) })) : undefined,
      SelectionRef: selectionRefs.length ? selectionRefs : undefined
    };
  });
  return {
    variables: variables.length
      ? {
          Variable: variables.map((v) => ({
            "@_guid": studyGuid("variable", v.name),
            "@_name": v.name,
            "@_typeOfVariable": QDA_TYPES[v.type].type,
            Description: v.description || undefined
          }))
        }
      : undefined,
    cases: cases.length ? { Case: cases } : undefined,
    extra
  };
}
