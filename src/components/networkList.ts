/**
 * The actor network's phone form: a layered list rather than a miniature. Actors are grouped
 * by kind (the network's rows, in the same order; the programme last); under each actor, its
 * channels, out (→) and in (←), each with its dimension's colour line and number. Every actor
 * and channel is a button that fills the details panel, as the nodes and edges of the figure do.
 */
import { pick, t } from "../shared/i18n/index.js";
import { s } from "./dom.js";
import { el } from "./evidence.js";
import { KIND_ORDER, PROGRAMME, visibleNodes } from "./networkLayout.js";
import { kindLabel, nodeShape } from "./networkGlyphs.js";
import { channelDescription, channelDetails, edgeLabel, nodeDetails, type Context, type NetworkChannel, type NetworkData } from "./networkData.js";

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
    const out = c.from === from;
    const d = ctx.dimension(c.dimension);
    return el(
      "li",
      { "data-channel": c.id },
      button(
        { class: "net-channel", title: channelDescription(c, ctx), style: `--dim:${d.color}` },
        () => channelDetails(c, ctx),
        el("span", { class: "net-dir", "aria-hidden": "true" }, out ? "→" : "←"),
        " ",
        el("span", { class: "net-other" }, ctx.actorLabel(out ? c.to : c.from)),
        el("span", { class: "net-edge" }, `${edgeLabel(c, ctx)} · ${pick(lang, c, "label")}`)
      )
    );
  };
  const actorItem = (id: string, kind: string) => {
    const mine = data.channels.filter((c) => c.from === id || c.to === id);
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
