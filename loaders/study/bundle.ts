/** The study as the site reads it: tables plus the computed views, in one JSON document. */
import { chains, dimensionSummaries, participation, type Chain, type DimensionSummary, type ParticipationCell } from "./derive.js";
import type { Study } from "./load.js";

export interface StudyBundle extends Omit<Study, "dir" | "sources" | "allow" | "privateNames"> {
  participation: ParticipationCell[];
  summaries: DimensionSummary[];
  chains: Chain[];
}

export function studyBundle(study: Study): StudyBundle {
  const { dir: _dir, sources: _sources, allow: _allow, privateNames: _names, ...tables } = study;
  return { ...tables, participation: participation(study), summaries: dimensionSummaries(study), chains: chains(study) };
}
