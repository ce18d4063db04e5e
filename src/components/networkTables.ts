/**
 * The actor network's data as two tables (channels, actors): its text alternative. The channel
 * table says what the figure draws: each channel's parties (from → to for a directed tie), its
 * tie in words (directed, undirected, hub) and its basis (stated by the text, or † our
 * inference, with the reason on demand).
 */
import { pick, t, tw } from "../shared/i18n/index.js";
import { ours } from "./voice.js";
import { INFERRED_MARK } from "../shared/inferred.js";
import { el, fill } from "./evidence.js";
import type { Tie } from "../shared/model/vocab.js";
import { basisDetails, context, findingLinks, isInferred, partyLabel, type NetworkData, type NetworkOptions } from "./networkData.js";
import { kindLabel } from "./networkGlyphs.js";
import { partiesOf, tieOf, touches } from "./networkLayout.js";

/** How a row joins its parties: from → to, a — b (no direction), or a list (a hub); the direction column says it in words. */
const PARTY_JOINER: Record<Tie, string> = { directed: " → ", undirected: " — ", hub: ", " };

/** The channels as a table: the network's text alternative, marked as our analysis as the network is. */
export function channelTable(data: NetworkData, options: NetworkOptions): HTMLElement {
  return ours(options.lang, { text: tw(options.lang, "actors.networkMethod", options.kind) }, channelRows(data, options));
}

function channelRows(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  // Each column keeps a readable width: on a phone the table scrolls inside its card rather than break every word.
  const col = (text: string, rem: number) => el("th", { scope: "col", style: `min-width:${rem}rem` }, text);
  return el(
    "div",
    { class: "evidence-scroll" },
    el(
      "table",
      { class: "evidence-table channel-table" },
      el("caption", {}, fill(t(lang, "actors.tableChannels"), { n: data.channels.length })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          [
            col(t(lang, "actors.channel"), 6.5),
            col(t(lang, "actors.parties"), 12),
            col(t(lang, "actors.direction"), 5),
            col(t(lang, "actors.basis"), 6),
            col(t(lang, "actors.channelKind"), 6.5),
            col(t(lang, "actors.dimension"), 6),
            col(t(lang, "actors.findings"), 4.5)
          ]
        )
      ),
      el(
        "tbody",
        {},
        data.channels.map((c) => {
          const d = ctx.dimension(c.dimension);
          const tie = tieOf(c);
          return el(
            "tr",
            { "data-channel": c.id, "data-tie": tie, "data-basis": isInferred(c, ctx) ? "inferred" : "stated" },
            el("th", { scope: "row" }, el("strong", {}, c.id), " ", pick(lang, c, "label")),
            el("td", {}, partiesOf(c).map((p) => partyLabel(c, p, ctx)).join(PARTY_JOINER[tie])),
            el("td", {}, t(lang, `actors.tieShort.${tie}`)),
            el("td", {}, basisDetails(c, ctx, true)),
            el("td", {}, ctx.kindOf(c.channel)),
            el("td", {}, `${d.order ?? ""} ${d.name}`.trim()),
            el("td", {}, findingLinks(c.findings, ctx, false))
          );
        })
      )
    )
  );
}

/** The actors as a table: kind, channels in the selection, findings that name them. */
export function actorTable(data: NetworkData, options: NetworkOptions): HTMLElement {
  const ctx = context(data, options);
  const { lang } = ctx;
  const col = (text: string, rem: number) => el("th", { scope: "col", style: `min-width:${rem}rem` }, text);
  return el(
    "div",
    { class: "evidence-scroll" },
    el(
      "table",
      { class: "evidence-table actor-table" },
      el("caption", {}, t(lang, "actors.tableActors")),
      el("thead", {}, el("tr", {}, col(t(lang, "actors.actor"), 7), col(t(lang, "actors.kind"), 6), col(t(lang, "actors.channelsHere"), 6), col(t(lang, "actors.namedIn"), 5))),
      el(
        "tbody",
        {},
        data.actors.map((a) => {
          const mine = data.channels.filter((c) => touches(c, a.id)).map((c) => (isInferred(c, ctx) ? `${c.id} ${INFERRED_MARK}` : c.id));
          return el(
            "tr",
            { "data-actor": a.id },
            el("th", { scope: "row" }, pick(lang, a, "label")),
            el("td", {}, kindLabel(lang, a.kind)),
            el("td", {}, mine.length ? mine.join(", ") : t(lang, "actors.none")),
            el("td", {}, findingLinks(a.findings, ctx, false))
          );
        })
      )
    )
  );
}
