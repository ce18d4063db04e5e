/**
 * The actor network's phone form: a layered list rather than a miniature. Actors are grouped
 * by kind (the network's rows, in the same order; the programme last); under each actor, its
 * channels, each saying in words what the figure draws: "→ to B" and "← from A" for a directed
 * tie, "— with B" for an undirected one, "hub with B, C, D" for a hub; with its dimension's colour
 * line and number, and, for a tie that rests in part on our inference, † and a dashed line. Every
 * actor and channel is a button that fills the details panel, as the nodes and edges of the figure do.
 */
import { pick, t } from "../shared/i18n/index.js";
import { s } from "./dom.js";
import { el } from "./evidence.js";
import { KIND_ORDER, PROGRAMME, partiesOf, tieOf, touches, visibleNodes } from "./networkLayout.js";
import { kindLabel, nodeShape } from "./networkGlyphs.js";
import { channelDescription, channelDetails, edgeLabel, isInferred, nodeDetails, partyLabel, type Context, type NetworkChannel, type NetworkData } from "./networkData.js";

/** How a channel reads from one of its parties: a symbol (drawn, not read aloud), a word, and the other parties. */
function seenFrom(c: NetworkChannel, id: string, ctx: Context): { symbol: string; word: string; others: string[] } {
  const tie = tieOf(c);
  const others = partiesOf(c).filter((p) => p !== id);
  if (tie === "hub") return { symbol: "◎", word: t(ctx.lang, "actors.list.hub"), others };
  if (tie === "undirected") return { symbol: "—", word: t(ctx.lang, "actors.list.with"), others };
  return c.from === id ? { symbol: "→", word: t(ctx.lang, "actors.list.to"), others: [c.to] } : { symbol: "←", word: t(ctx.lang, "actors.list.from"), others: [c.from] };
}

const glyph = (kind: string) => s("svg", { width: 22, height: 22, viewBox: "-12 -12 24 24", "aria-hidden": "true", class: "net-glyph" }, nodeShape(kind, 9));

export function networkList(data: NetworkData, ctx: Context, details: HTMLElement): HTMLElement {
  const { lang } = ctx;
  const shown = new Set(visibleNodes(data.actors, data.channels));
  const actors = data.actors.filter((a) => shown.has(a.id));
  const kinds = [...KIND_ORDER.filter((k) => actors.some((a) => a.kind === k)), ...new Set(actors.map((a) => a.kind).filter((k) => !(KIND_ORDER as readonly string[]).includes(k)))];
  const show = (button: HTMLButtonElement, content: HTMLElement[]) => {
    for (const b of list.querySelectorAll("[aria-pressed]")) b.setAttribute("aria-pressed", String(b === button));
    details.replaceChildren(...content);
  };
  const button = (attrs: Record<string, string>, content: () => HTMLElement[], ...children: Parameters<typeof el>[2][]) => {
    const b = el("button", { type: "button", "aria-pressed": "false", ...attrs }, ...children) as HTMLButtonElement;
    b.addEventListener("click", () => show(b, content()));
    return b;
  };
  const channelItem = (c: NetworkChannel, from: string) => {
    const { symbol, word, others } = seenFrom(c, from, ctx);
    const d = ctx.dimension(c.dimension);
    const inferred = isInferred(c, ctx);
    return el(
      "li",
      { "data-channel": c.id, "data-tie": tieOf(c), "data-basis": inferred ? "inferred" : "stated" },
      button(
        { class: "net-channel", title: channelDescription(c, ctx), style: `--dim:${d.color}${inferred ? ";border-left-style:dashed" : ""}` },
        () => channelDetails(c, ctx),
        el("span", { class: "net-dir", "aria-hidden": "true" }, symbol),
        " ",
        el("span", { class: "net-word" }, word),
        " ",
        el("span", { class: "net-other" }, others.map((p) => partyLabel(c, p, ctx)).join(", ")),
        el("span", { class: "net-edge" }, `${edgeLabel(c, ctx)} · ${pick(lang, c, "label")}`)
      )
    );
  };
  const actorItem = (id: string, kind: string) => {
    const mine = data.channels.filter((c) => touches(c, id));
    const actor = data.actors.find((a) => a.id === id);
    return el(
      "li",
      { class: "net-actor", "data-node": id },
      button({ class: "net-name" }, () => nodeDetails(id, actor, data.channels, ctx), glyph(kind), ctx.actorLabel(id)),
      el("ul", { class: "net-channels" }, mine.map((c) => channelItem(c, id)))
    );
  };
  const list = el(
    "div",
    { class: "network-list", role: "group", "aria-label": t(lang, "actors.chartTitle") },
    kinds.map((k) =>
      el(
        "section",
        { class: "net-kind", "data-kind": k },
        el("h3", {}, kindLabel(lang, k)),
        el("ul", {}, actors.filter((a) => a.kind === k).map((a) => actorItem(a.id, k)))
      )
    ),
    shown.has(PROGRAMME) ? el("section", { class: "net-kind", "data-kind": PROGRAMME }, el("h3", {}, kindLabel(lang, PROGRAMME)), el("ul", {}, actorItem(PROGRAMME, PROGRAMME))) : null
  );
  return list;
}
