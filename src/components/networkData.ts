/**
 * The actor network's data and the details it shows for a channel or an actor: the types the
 * figure and the tables share, labels in one language, and the details panel's content.
 */
import { pick, t, type Lang } from "../shared/i18n/index.js";
import { el, explorerHref } from "./evidence.js";
import { PROGRAMME } from "./networkLayout.js";
import { DIMENSION_COLORS, NO_DIMENSION_COLOR, kindLabel } from "./networkGlyphs.js";

/** What `el` accepts as a child. */
export type Child = Parameters<typeof el>[2];

export interface NetworkActor {
  id: string;
  label_id: string;
  label_en: string;
  kind: string;
  findings: readonly string[];
}

export interface NetworkChannel {
  id: string;
  from: string;
  to: string;
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
}

export interface NetworkOptions {
  lang: Lang;
  width?: number;
  /** Label of a channel kind (from the filter's options). */
  kindLabel?: (kind: string) => string;
}

export interface Context {
  lang: Lang;
  actorLabel: (id: string) => string;
  dimension: (id: string) => { order?: number; name: string; color: string };
  kindOf: (kind: string) => string;
  finding: (id: string) => { id: string; text_id: string; text_en: string } | undefined;
}

export function context(data: NetworkData, { lang, kindLabel: kindOf = (k) => k }: NetworkOptions): Context {
  const actors = new Map(data.actors.map((a) => [a.id, pick(lang, a, "label")]));
  const dims = new Map(data.dimensions.map((d) => [d.id, d]));
  const findings = new Map(data.findings.map((f) => [f.id, f]));
  return {
    lang,
    actorLabel: (id) => (id === PROGRAMME ? t(lang, "actors.programme") : actors.get(id) ?? id),
    dimension: (id) => {
      const d = dims.get(id);
      if (!d) return { name: id || "—", color: NO_DIMENSION_COLOR };
      return { order: d.order, name: lang === "id" ? d.name_id : d.name_en, color: DIMENSION_COLORS[(d.order - 1) % DIMENSION_COLORS.length]! };
    },
    kindOf,
    finding: (id) => findings.get(id)
  };
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

/** The label drawn on an edge: the channel's id and its dimension's number. */
export function edgeLabel(c: NetworkChannel, ctx: Context): string {
  const order = ctx.dimension(c.dimension).order;
  return `${c.id}${order ? ` · ${order}` : ""}`;
}

/** An edge's accessible name: it starts with the drawn label, then says what the label stands for. */
export function channelDescription(c: NetworkChannel, ctx: Context): string {
  const d = ctx.dimension(c.dimension);
  return `${edgeLabel(c, ctx)}: ${pick(ctx.lang, c, "label")}. ${t(ctx.lang, "actors.from")} ${ctx.actorLabel(c.from)} ${t(ctx.lang, "actors.to").toLowerCase()} ${ctx.actorLabel(c.to)}. ${t(ctx.lang, "actors.dimension")}: ${d.order ?? ""} ${d.name}. ${t(ctx.lang, "actors.findings")}: ${c.findings.join(", ")}.`;
}

export function channelDetails(c: NetworkChannel, ctx: Context): HTMLElement[] {
  const d = ctx.dimension(c.dimension);
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  return [
    el("h3", { class: "details-title", tabindex: -1 }, `${c.id} · ${pick(ctx.lang, c, "label")}`),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.from"), ctx.actorLabel(c.from)),
      row(t(ctx.lang, "actors.to"), ctx.actorLabel(c.to)),
      row(t(ctx.lang, "actors.channelKind"), ctx.kindOf(c.channel)),
      row(t(ctx.lang, "actors.dimension"), `${d.order ?? ""} ${d.name}`.trim())
    ),
    el("p", {}, el("strong", {}, `${t(ctx.lang, "actors.findings")}:`)),
    findingLinks(c.findings, ctx, true) as HTMLElement
  ];
}

export function nodeDetails(id: string, actor: NetworkActor | undefined, channels: readonly NetworkChannel[], ctx: Context): HTMLElement[] {
  const mine = channels.filter((c) => c.from === id || c.to === id);
  const row = (term: string, ...def: Child[]) => el("div", {}, el("dt", {}, term), el("dd", {}, ...def));
  const content = [
    el("h3", { class: "details-title", tabindex: -1 }, ctx.actorLabel(id)),
    el(
      "dl",
      { class: "codes" },
      row(t(ctx.lang, "actors.kind"), actor ? kindLabel(ctx.lang, actor.kind) : t(ctx.lang, "actors.programmeNote")),
      row(t(ctx.lang, "actors.channelsHere"), mine.length ? mine.map((c) => `${c.id} (${pick(ctx.lang, c, "label")})`).join("; ") : t(ctx.lang, "actors.none")),
      actor ? row(t(ctx.lang, "actors.namedIn"), findingLinks(actor.findings, ctx, false)) : null
    )
  ];
  if (actor) content.push(el("p", {}, el("a", { href: `./explorer?actor=${encodeURIComponent(actor.id)}` }, t(ctx.lang, "actors.allEvidence"))));
  return content;
}
