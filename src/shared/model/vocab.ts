/**
 * The study's vocabularies, defined once and shared by the loaders (which check a study against
 * them), the components (which draw them) and the interface's dictionaries: what a source can be,
 * the valences, verdicts and kinds of actor, what a participation cell counts, the marker of a
 * translation still to come, and the public figures' units, kinds, methods and confidence.
 */

/** What a study coded: selects the words the interface uses for its source. */
export const SOURCE_KINDS = ["thesis-chapter", "interviews", "field-notes", "documents"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The marker the importer writes before a segment's original text while its translation is
 * missing (docs/study-format.md). Such text is shown in its own language with a badge.
 */
export const TRANSLATION_PENDING = "[translation pending]";

export function isUntranslated(text: string): boolean {
  return text.trimStart().startsWith(TRANSLATION_PENDING);
}

export const VALENCES = ["strength", "gap", "neutral"] as const;
export type Valence = (typeof VALENCES)[number];

export const RATINGS = ["good", "fairly-good", "weak", "not-assessed"] as const;
export type Rating = (typeof RATINGS)[number];

export const ACTOR_KINDS = ["government", "health-service", "community-cadre", "community", "cross-sector"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * What a channel (channels.csv) is: a tie whose direction the text gives (`from` → `to`), a tie
 * between two parties the text gives no direction, or a hub among the several parties a sentence
 * names together (no direction). A channel without a tie is directed, as every channel was before
 * ties had kinds.
 */
export const TIES = ["directed", "undirected", "hub"] as const;
export type Tie = (typeof TIES)[number];

/** What a channel holds of its tie: `tie` and `parties` are optional columns (absent in older studies). */
export interface TieFields {
  from: string;
  to: string;
  tie?: string | undefined;
  parties?: readonly string[] | undefined;
}

/** A channel's tie: one without (a file without the column, or an empty cell) is directed. */
export function tieOf(c: Pick<TieFields, "tie">): Tie {
  return c.tie === "undirected" || c.tie === "hub" ? c.tie : "directed";
}

/** A channel's parties: a hub's list, or the two ends of a tie (from, then to). */
export function partiesOf(c: TieFields): string[] {
  return tieOf(c) === "hub" ? [...(c.parties ?? [])] : [c.from, c.to];
}

/** Actor kinds of lay actors (citizens, service users and volunteers); every other kind is government or professional. */
/** The types of a case variable: REFI-QDA's, in lower case (loaders/study/variables.ts reads and checks them). */
export const VARIABLE_TYPES = ["text", "integer", "float", "boolean", "date", "datetime"] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export const LAY_KINDS: readonly ActorKind[] = ["community-cadre", "community"];

/** The four co-production stages of the framework's codebook (data/framework/codebook/stages.csv). */
export const FRAMEWORK_STAGES = ["co-commissioning", "co-design", "co-delivery", "co-assessment"] as const;

/**
 * What a participation cell holds, named for what it counts (loaders/study/evidence.ts, the
 * counting rule): among the findings that count as co-production evidence there, strength
 * findings only, strengths and gaps, gap findings only (a gap says "limited", "not yet optimal" or
 * "not involved": it is not evidence of absence), neutral descriptions only; or, when none counts,
 * only internal work (findings naming no lay actor), only our inference (`not-stated`: the text
 * does not state the link), only restatements of earlier findings, or no finding at all.
 */
export const PARTICIPATION_LEVELS = ["strengths-only", "strengths-and-gaps", "gaps-only", "neutral-only", "internal-only", "not-stated", "restated-only", "no-finding"] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

/**
 * Who a cell's findings involve: `lay` when at least one of them names a lay actor (so the cell
 * can speak of co-production between lay and professional actors), `professional` when they name
 * only government or professional actors (internal work at that stage), "" when none.
 */
export type CellWho = "lay" | "professional" | "";

/** Why a finding at a stage is, or is not, counted as co-production evidence (loaders/study/evidence.ts). */
export const EVIDENCE_BASES = ["counted", "internal", "inferred", "restatement"] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

/** One unit per indicator (the metrics' SOURCE.md: "Units were normalised to one per indicator"). */
export const UNITS = ["percent", "children", "people", "kelurahan", "idr-per-month", "idr-per-activity", "percent-reduction-vs-2012"] as const;
export const KINDS = ["prevalence", "count", "programme", "money", "target"] as const;
/** How a value was produced: a named survey series, a city count, a policy target or a programme fact. */
export const METHODS = ["riskesdas", "psg", "ssgbi", "ssgi", "ski", "administrative", "target", "programme"] as const;
export const CONFIDENCE = ["high", "medium", "low"] as const;
export type Unit = (typeof UNITS)[number];
export type Kind = (typeof KINDS)[number];
export type Method = (typeof METHODS)[number];
export type Confidence = (typeof CONFIDENCE)[number];
