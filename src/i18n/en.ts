/** English. The type makes a missing or extra key a compile error. */
import type { DictKey } from "./id.js";

export const en: Record<DictKey, string> = {
  "site.title": "Co-producing 1000 HPK in Kalirungkut",
  "site.switch": "Bahasa Indonesia",
  "site.switchLabel": "Read this page in Indonesian",
  "site.footer": "Open data and code. Every number and quote carries its source.",
  "nav.section": "English",
  "nav.overview": "Overview",
  "nav.dimensions": "Seven dimensions",
  "nav.stages": "Stages × actors",
  "nav.actors": "Actors and channels",
  "nav.recommendations": "Recommendations",
  "nav.explorer": "Evidence explorer",
  "nav.metrics": "Programme metrics",
  "nav.brief": "Policy brief",
  "nav.data": "Data and method",
  "rating.good": "working well",
  "rating.fairly-good": "working fairly well, needs strengthening",
  "rating.weak": "weak",
  "rating.not-assessed": "not assessed",
  "valence.strength": "strength",
  "valence.gap": "gap",
  "valence.neutral": "neutral",
  "overview.title": "Co-production in the 1000 HPK mentoring programme",
  "overview.chartTitle": "The thesis's assessment of the seven dimensions",
  "overview.chartAlt": "Bar chart: number of strength and gap findings per dimension, labelled with the thesis's assessment",
  "overview.findings": "findings",
  "overview.dimension": "Dimension",
  "overview.assessment": "Thesis assessment"
};
