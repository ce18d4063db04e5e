/**
 * Our coding notes on one segment: the codes we inferred rather than read in its sentence
 * (inferred.csv) and, for a finding that restates earlier ones, which and why (restatements.csv),
 * each with our reason. Our analysis, marked as ours. The reasons are written in English in the
 * study folder: on an Indonesian page each stands in its language with the not-yet-translated badge.
 */
import { t, type Lang } from "../shared/i18n/index.js";
import { INFERRED_MARK } from "../shared/inferred.js";
import { el, type Child } from "./dom.js";
import { untranslatedBadge } from "./evidence.js";
import { ours } from "./voice.js";

export interface InferredCode {
  file: string;
  id: string;
  code: string;
  reason: string;
}

export interface Restatement {
  finding: string;
  restates: readonly string[];
  reason: string;
}

export interface CodingNotesOptions {
  lang: Lang;
  /** A code's label (an actor's or a stage's name) in the page's language. */
  label: (code: string) => string;
  /** A segment's link (to open it in the explorer). */
  link: (id: string) => Child;
  inferred?: readonly InferredCode[];
  restatements?: readonly Restatement[];
}

/** The file of the study a segment of `kind` is a row of (inferred.csv names it). */
const FILE_OF: Record<string, string> = { finding: "findings.csv", recommendation: "recommendations.csv" };

/** The rows of inferred.csv on one segment: its id in its own file (a channel may share the id). */
export function inferredOn<X extends Pick<InferredCode, "id"> & { file?: string }>(seg: { id: string; kind: string }, inferred: readonly X[] = []): X[] {
  return inferred.filter((x) => x.id === seg.id && (x.file === undefined || x.file === FILE_OF[seg.kind]));
}

function reasonText(lang: Lang, reason: string): Child {
  return lang === "en" ? reason : [el("span", { lang: "en" }, reason), " ", untranslatedBadge(lang)];
}

/** The notes on segment `id` of `kind`, or null when we inferred nothing on it and it restates nothing. */
export function codingNotes(seg: { id: string; kind: string }, options: CodingNotesOptions): HTMLElement | null {
  const { lang, label, link } = options;
  const inferred = inferredOn(seg, options.inferred);
  const restatement = seg.kind === "finding" ? (options.restatements ?? []).find((r) => r.finding === seg.id) : undefined;
  if (!inferred.length && !restatement) return null;
  const items = [
    ...inferred.map((x) => el("li", { "data-inferred": x.code }, `${label(x.code)} ${INFERRED_MARK} (${t(lang, "analyses.inferred")}): `, reasonText(lang, x.reason))),
    restatement
      ? el(
          "li",
          { "data-restates": restatement.restates.join(";") },
          `${t(lang, "explorer.restates")} `,
          restatement.restates.flatMap((id, i) => [i ? ", " : "", link(id)]),
          `. ${t(lang, "explorer.notCountedAgain")} `,
          reasonText(lang, restatement.reason)
        )
      : null
  ];
  return ours(lang, "explorer.codingMethod", el("h3", {}, t(lang, "explorer.codingTitle")), el("ul", { class: "coding-notes" }, items));
}
