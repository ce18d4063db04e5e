/**
 * The actor network's data and the details it shows for a channel or an actor: the types the
 * figure and the tables share, labels in one language, what a channel's tie and basis are in
 * words (directed, undirected or a hub; stated by the text or in part our inference, †), and the
 * details panel's content.
 */
import { pick, t, type Lang, type SourceKind } from "../shared/i18n/index.js";
import { INFERRED_MARK } from "../shared/inferred.js";
import type { TieFields } from "../shared/model/vocab.js";
import { el, explorerHref, tf } from "./evidence.js";
import { PROGRAMME, partiesOf, tieOf, touches } from "./networkLayout.js";
import { DIMENSION_COLORS, NO_DIMENSION_COLOR, kindLabel } from "./networkGlyphs.js";

/** The study format's file name for channels (docs/study-format.md), as inferred.csv names it. */
const CHANNELS_FILE = "channels.csv";

/** What `el` accepts as a child. */
export type Child = Parameters<typeof el>[2];

export interface NetworkActor {
  id: string;
  label_id: string;
  label_en: string;
  kind: string;
  findings: readonly string[];
}

export interface NetworkChannel extends TieFields {
  id: string;
  channel: string;
  label_id: string;
  label_en: string;
  dimension: string;
  findings: readonly string[];
}

export interface NetworkData {
  actors: readonly NetworkActor[];
  /** The channels to show (already filtered). */
  channels: readonly NetworkChannel[];
  dimensions: readonly { id: string; order: number; name_id: string; name_en: string }[];
  findings: readonly { id: string; text_id: string; text_en: string }[];
  /** The study's inferences (inferred.csv): the rows for channels.csv name a channel's inferred party. */
  inferred?: readonly { file: string; id: string; code: string; reason: string }[];
}

export interface NetworkOptions {
  lang: Lang;
  width?: number;
  /** The study's kind of source, named in our analysis's method ("the interview transcripts"). */
  kind?: SourceKind;
  /** Label of a channel kind (from the filter's options). */
  kindLabel?: (kind: string) => string;
}

export interface Context {
  lang: Lang;
  actorLabel: (id: string) => string;
  dimension: (id: string) => { order?: number; name: string; color: string };
  kindOf: (kind: string) => string;
  finding: (id: string) => { id: string; text_id: string; text_en: string } | undefined;
  /** The parties of a channel we inferred, each with its reason (none when the text names them all). */
  inferred: (channel: string) => readonly { code: string; reason: string }[];
}

export function context(data: NetworkData, { lang, kindLabel: kindOf = (k) => k }: NetworkOptions): Context {
  const actors = new Map(data.actors.map((a) => [a.id, pick(lang, a, "label")]));
  const dims = new Map(data.dimensions.map((d) => [d.id, d]));
  const findings = new Map(data.findings.map((f) => [f.id, f]));
  const inferred = new Map<string, { code: string; reason: string }[]>();
  for (const x of data.inferred ?? []) {
    if (x.file === CHANNELS_FILE) inferred.set(x.id, [...(inferred.get(x.id) ?? []), { code: x.code, reason: x.reason }]);
  }
  return {
    lang,
    actorLabel: (id) => (id === PROGRAMME ? t(lang, "actors.programme") : actors.get(id) ?? id),
    dimension: (id) => {
      const d = dims.get(id);
      if (!d) return { name: id || "—", color: NO_DIMENSION_COLOR };
      return { order: d.order, name: lang === "id" ? d.name_id : d.name_en, color: DIMENSION_COLORS[(d.order - 1) % DIMENSION_COLORS.length]! };
    },
    kindOf,
    finding: (id) => findings.get(id),
    inferred: (id) => inferred.get(id) ?? []
  };
}

/** Whether a channel rests in part on our inference (a party the text does not name). */
export function isInferred(c: { id: string }, ctx: Context): boolean {
  return ctx.inferred(c.id).length > 0;
}

/** A party's name, marked † where it is our inference on this channel. */
export function partyLabel(c: { id: string }, party: string, ctx: Context): string {
  const name = ctx.actorLabel(party);
  return ctx.inferred(c.id).some((x) => x.code === party) ? `${name} ${INFERRED_MARK}` : name;
}

/** The channel's tie in a sentence: "From A to B", "Between A and B, without direction", "Hub among A, B, C, without direction". */
export function tieSentence(c: NetworkChannel, ctx: Context): string {
  const tie = tieOf(c);
  const [a, b] = [c.from, c.to].map((p) => partyLabel(c, p, ctx));
  if (tie === "hub") return tf(ctx.lang, "actors.desc.hub", { parties: partiesOf(c).map((p) => partyLabel(c, p, ctx)).join(", ") });
  return tie === "undirected" ? tf(ctx.lang, "actors.desc.undirected", { a: a!, b: b! }) : tf(ctx.lang, "actors.desc.directed", { from: a!, to: b! });
}

/** The channel's basis in words: stated by the text, or "† our inference" (the reasons: basisDetails). */
export function basisText(c: { id: string }, ctx: Context): string {
  return isInferred(c, ctx) ? `${INFERRED_MARK} ${t(ctx.lang, "actors.basis.inferred")}` : t(ctx.lang, "actors.basis.stated");
}

/**
 * The basis with its reasons: each inferred party and why (inferred.csv's reason, in the
 * language the study wrote it in: English, as for the reasons of excluded sentences). `folded`
 * puts the reasons in a closed disclosure (the tables, where they would make every row tall).
 */
export function basisDetails(c: { id: string }, ctx: Context, folded = false): Child {
  const guessed = ctx.inferred(c.id);
  if (!guessed.length) return basisText(c, ctx);
  const reasons = el(
    "ul",
    { class: "basis-list" },
    guessed.map((x) => el("li", {}, el("strong", {}, `${ctx.actorLabel(x.code)} ${INFERRED_MARK}`), ": ", el("span", { lang: "en" }, x.reason)))
  );
  return [basisText(c, ctx), folded ? el("details", { class: "basis-reasons" }, el("summary", {}, t(ctx.lang, "actors.reason")), reasons) : reasons];
}

export function findingLinks(ids: readonly string[], ctx: Context, withText: boolean): Child {
  if (!ids.length) return t(ctx.lang, "actors.none");
  if (!withText) return ids.flatMap((id, i) => [i ? ", " : "", el("a", { href: explorerHref(id) }, id)]);
  return el(
    "ul",
    { class: "finding-list" },
    ids.map((id) => {
      const f = ctx.finding(id);
      const text = f ? (ctx.lang === "id" ? f.text_id : f.text_en) : "";
      return el("li", {}, el("a", { href: explorerHref(id) }, id), text ? el("span", { lang: ctx.lang }, ` — ${text}`) : null);
    })
  );
}

/** The label drawn on an edge or hub: the channel's id and its dimension's number, and † when it rests in part on our inference. */
export function edgeLabel(c: NetworkChannel, ctx: Context): string {
  const order = ctx.dimension(c.dimension).order;
  return `${c.id}${order ? ` · ${order}` : ""}${isInferred(c, ctx) ? ` ${INFERRED_MARK}` : ""}`;
}

/** An edge's accessible name: it starts with the drawn label, then says what the label stands for: the tie, the dimension, the findings and what we inferred. */
export function channelDescription(c: NetworkChannel, ctx: Context): string {
  const d = ctx.dimension(c.dimension);
  const guessed = ctx.inferred(c.id);
  const inferred = guessed.length ? ` ${INFERRED_MARK} ${tf(ctx.lang, "actors.desc.inferred", { parties: guessed.map((x) => ctx.actorLabel(x.code)).join(", ") })}.` : "";
  return `${edgeLabel(c, ctx)}: ${pick(ctx.lang, c, "label")}. ${tieSentence(c, ctx)}. ${t(ctx.lang, "actors.dimension")}: ${d.order ?? ""} ${d.name}. ${t(ctx.lang, "actors.findings")}: ${c.findings.join(", ")}.${inferred}`;
}

export function channelDetails(c: NetworkChannel, ctx: Context): HTMLElement[] {
  const d = ctx.dimension(c.dimension);
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  const tie = tieOf(c);
  const ends =
    tie === "directed"
      ? [row(t(ctx.lang, "actors.from"), partyLabel(c, c.from, ctx)), row(t(ctx.lang, "actors.to"), partyLabel(c, c.to, ctx))]
      : [row(t(ctx.lang, "actors.parties"), partiesOf(c).map((p) => partyLabel(c, p, ctx)).join(", "))];
  return [
    el("h3", { class: "details-title", tabindex: -1 }, `${c.id} · ${pick(ctx.lang, c, "label")}`),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.tie"), t(ctx.lang, `actors.tieShort.${tie}`)),
      ends,
      row(t(ctx.lang, "actors.channelKind"), ctx.kindOf(c.channel)),
      row(t(ctx.lang, "actors.dimension"), `${d.order ?? ""} ${d.name}`.trim()),
      row(t(ctx.lang, "actors.basis"), basisDetails(c, ctx))
    ),
    el("p", {}, el("strong", {}, `${t(ctx.lang, "actors.findings")}:`)),
    findingLinks(c.findings, ctx, true) as HTMLElement
  ];
}

export function nodeDetails(id: string, actor: NetworkActor | undefined, channels: readonly NetworkChannel[], ctx: Context): HTMLElement[] {
  const mine = channels.filter((c) => touches(c, id));
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  const content = [
    el("h3", { class: "details-title", tabindex: -1 }, ctx.actorLabel(id)),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.kind"), actor ? kindLabel(ctx.lang, actor.kind) : t(ctx.lang, "actors.programmeNote")),
      row(t(ctx.lang, "actors.channelsHere"), mine.length ? mine.map((c) => `${c.id}${isInferred(c, ctx) ? ` ${INFERRED_MARK}` : ""} (${pick(ctx.lang, c, "label")})`).join("; ") : t(ctx.lang, "actors.none")),
      actor ? row(t(ctx.lang, "actors.namedIn"), findingLinks(actor.findings, ctx, false)) : null
    )
  ];
  if (actor) content.push(el("p", {}, el("a", { href: `./explorer?actor=${encodeURIComponent(actor.id)}` }, t(ctx.lang, "actors.allEvidence"))));
  return content;
}
