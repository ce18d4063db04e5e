/**
 * The explorer's labels in one language for every code, from the codebook.
 */
import { pick, t, type DictKey, type Lang } from "../shared/i18n/index.js";
import { NO_DIMENSION, type Facet } from "./explorerFacets.js";

/** What the labels need from the study bundle (src/data/study.json). */
export interface LabelSource {
  dimensions: readonly { id: string; order: number; name_id: string; name_en: string }[];
  subcodes: readonly { id: string; dimension: string; label_id: string; label_en: string }[];
  stages: readonly { id: string; label_id: string; label_en: string }[];
  actors: readonly { id: string; label_id: string; label_en: string }[];
}

export interface Labels {
  facet(facet: Facet): string;
  dimension(id: string): string;
  /** The dimension's number in the codebook (1..n), or undefined. */
  dimensionOrder(id: string): number | undefined;
  subcode(id: string): string;
  stage(id: string): string;
  actor(id: string): string;
  valence(id: string): string;
  kind(id: string): string;
  /** The label of a value of any facet ("" is "all"). */
  value(facet: Facet, id: string): string;
}

const VALENCE_KEYS: Record<string, DictKey> = { strength: "valence.strength", gap: "valence.gap", neutral: "valence.neutral" };
const KIND_KEYS: Record<string, DictKey> = { finding: "explorer.kind.finding", recommendation: "explorer.kind.recommendation" };
const FACET_KEYS: Record<Facet, DictKey> = {
  kind: "explorer.facet.kind",
  dimension: "explorer.facet.dimension",
  subcode: "explorer.facet.subcode",
  valence: "explorer.facet.valence",
  actor: "explorer.facet.actor",
  stage: "explorer.facet.stage"
};

/** Labels in one language for every code, from the codebook (an unknown id is shown as itself). */
export function segmentLabels(study: LabelSource, lang: Lang): Labels {
  const byId = <T extends { id: string }>(rows: readonly T[], label: (r: T) => string) => {
    const m = new Map(rows.map((r) => [r.id, label(r)]));
    return (id: string) => m.get(id) ?? id;
  };
  const dimensionName = byId(study.dimensions, (d) => (lang === "id" ? d.name_id : d.name_en));
  const order = new Map(study.dimensions.map((d) => [d.id, d.order]));
  const labels: Labels = {
    facet: (f) => t(lang, FACET_KEYS[f]),
    dimension: (id) => (id === "" || id === NO_DIMENSION ? t(lang, "explorer.crossCutting") : dimensionName(id)),
    dimensionOrder: (id) => order.get(id),
    subcode: byId(study.subcodes, (s) => pick(lang, s, "label")),
    stage: byId(study.stages, (s) => pick(lang, s, "label")),
    actor: byId(study.actors, (a) => pick(lang, a, "label")),
    valence: (v) => (VALENCE_KEYS[v] ? t(lang, VALENCE_KEYS[v]) : v),
    kind: (k) => (KIND_KEYS[k] ? t(lang, KIND_KEYS[k]) : k),
    value: (facet, id) => {
      if (id === "") return t(lang, "explorer.all");
      switch (facet) {
        case "kind":
          return labels.kind(id);
        case "dimension":
          return labels.dimension(id);
        case "subcode":
          return labels.subcode(id);
        case "valence":
          return labels.valence(id);
        case "actor":
          return labels.actor(id);
        case "stage":
          return labels.stage(id);
      }
    }
  };
  return labels;
}

