/**
 * The stages × actors matrix: one button per cell showing its participation level by colour,
 * symbol and word; choosing a cell (click, or Tab and Enter/Space; arrow keys move between
 * cells) shows the findings that explain it, quoted with their locators, in a live region.
 * Stages are in codebook order; the stages named by the central problem are marked ◆ and
 * the actors with gap findings and no strength there are named in a caption. Levels name what
 * they count (derive.ts); a cell whose findings name only government or professional actors is
 * marked ‡, and one that rests only on the coder's inferences †. A table alternative follows.
 */
import { pick, t, type Lang, tw, type SourceKind } from "../shared/i18n/index.js";
import type { MatrixCell, MatrixView } from "../shared/model/views.js";
import { INFERRED_MARK } from "../shared/inferred.js";
import { el, quoteList, tableAlt, tf, type LinkOptions } from "./evidence.js";

export const LEVEL_SYMBOL: Record<MatrixCell["level"], string> = {
  "strengths-only": "●",
  "strengths-and-gaps": "◐",
  "gaps-only": "○",
  "neutral-only": "◇",
  "no-finding": "·"
};

/** The cell's findings name only government or professional actors: internal work, not co-production with lay actors. */
export function professionalOnly(c: Pick<MatrixCell, "who">): boolean {
  return c.who === "professional";
}

/** Every finding of the cell links its actor or stage by the coder's inference. */
export function inferredOnly(c: Pick<MatrixCell, "findings" | "inferred">): boolean {
  return c.findings.length > 0 && c.inferred.length === c.findings.length;
}

export const PROFESSIONAL_MARK = "‡";
export { INFERRED_MARK };

/** The marks after a cell's level: ‡ government or professional only, † inferred only. */
export function cellMarks(c: Pick<MatrixCell, "who" | "findings" | "inferred">): string {
  return `${professionalOnly(c) ? ` ${PROFESSIONAL_MARK}` : ""}${inferredOnly(c) ? ` ${INFERRED_MARK}` : ""}`;
}

function levelText(lang: Lang, c: MatrixCell): string {
  return `${LEVEL_SYMBOL[c.level]} ${t(lang, `stages.level.${c.level}`)}${cellMarks(c)}`;
}

/** The sentence under the matrix: who has gap findings and no strength at the central problem's stages. */
export function planningGapSentence(view: MatrixView, lang: Lang): string | null {
  if (!view.central) return null;
  const central = view.stages.filter((s) => s.central);
  if (!central.length) return null;
  const gapsOnly = [...new Set(view.byStage.filter((b) => central.some((s) => s.id === b.stage)).flatMap((b) => b.gapsOnly))];
  const label = new Map(view.actors.map((a) => [a.id, pick(lang, a, "label")]));
  if (!gapsOnly.length) return t(lang, "stages.summaryNone");
  return tf(lang, "stages.summary", {
    stages: central.map((s) => pick(lang, s, "label")).join(", "),
    actors: gapsOnly.map((a) => label.get(a) ?? a).join(", ")
  });
}

export function participationMatrix(view: MatrixView, options: LinkOptions & { kind?: SourceKind }): HTMLElement {
  const { lang, root = "./" } = options;
  const cellOf = new Map(view.cells.map((c) => [`${c.actor}\u0000${c.stage}`, c]));
  const actorLabel = new Map(view.actors.map((a) => [a.id, pick(lang, a, "label")]));
  const stageLabel = new Map(view.stages.map((s) => [s.id, pick(lang, s, "label")]));
  const detail = el("div", { class: "cell-detail card", "aria-live": "polite", id: "cell-detail" }, el("p", { class: "help" }, t(lang, "stages.prompt")));
  const buttons: HTMLButtonElement[][] = [];

  function show(c: MatrixCell, button: HTMLButtonElement): void {
    for (const b of buttons.flat()) b.setAttribute("aria-pressed", String(b === button));
    const title = tf(lang, "stages.cellTitle", { actor: actorLabel.get(c.actor) ?? c.actor, stage: stageLabel.get(c.stage) ?? c.stage, level: t(lang, `stages.level.${c.level}`) });
    detail.replaceChildren(
      ...[
      el("h3", {}, `${LEVEL_SYMBOL[c.level]} ${title}`),
      el("p", { class: "help" }, `${tf(lang, "stages.counts", { s: c.strengths, g: c.gaps, n: c.neutral })} — ${t(lang, `stages.levelHelp.${c.level}`)}`),
      professionalOnly(c) ? el("p", { class: "help" }, `${PROFESSIONAL_MARK} ${t(lang, "stages.professionalOnly")}`) : null,
      c.inferred.length ? el("p", { class: "help" }, `${inferredOnly(c) ? `${INFERRED_MARK} ` : ""}${tf(lang, "stages.inferredIds", { ids: c.inferred.join(", ") })}`) : null,
      quoteList(c.findings, { lang, root, empty: t(lang, "stages.cellNone") })
      ].filter((n): n is HTMLElement => n !== null)
    );
    detail.setAttribute("data-showing", `${c.actor}|${c.stage}`);
  }

  function move(row: number, col: number): void {
    const b = buttons[Math.max(0, Math.min(buttons.length - 1, row))]?.[Math.max(0, Math.min(view.stages.length - 1, col))];
    b?.focus();
  }

  const table = el(
    "table",
    { class: "matrix", "aria-describedby": "matrix-caption" },
    el("caption", { id: "matrix-caption", class: "help" }, t(lang, "stages.chartAlt")),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, `${t(lang, "stages.actor")} ↓ · ${t(lang, "stages.stage")} →`),
        view.stages.map((s) =>
          el(
            "th",
            { scope: "col", class: s.central ? "central" : null, "data-stage": s.id },
            pick(lang, s, "label"),
            s.central && view.central ? [el("br", {}), el("small", {}, tf(lang, "stages.central", { id: view.central.id }))] : null
          )
        )
      )
    ),
    el(
      "tbody",
      {},
      view.actors.map((a, row) => {
        const rowButtons: HTMLButtonElement[] = [];
        buttons.push(rowButtons);
        return el(
          "tr",
          { "data-actor": a.id, "data-lay": String(a.lay) },
          el("th", { scope: "row" }, pick(lang, a, "label")),
          view.stages.map((s, col) => {
            const c = cellOf.get(`${a.id}\u0000${s.id}`);
            if (!c) return el("td", {});
            const label = `${tf(lang, "stages.cellTitle", { actor: pick(lang, a, "label"), stage: pick(lang, s, "label"), level: t(lang, `stages.level.${c.level}`) })} (${tf(lang, "analyses.findingsN", { n: c.findings.length })})`;
            const button = el(
              "button",
              {
                type: "button",
                class: `cell level-${c.level}`,
                "data-cell": `${c.actor}|${c.stage}`,
                "data-level": c.level,
                "data-who": c.who,
                "data-inferred-only": String(inferredOnly(c)),
                "aria-pressed": "false",
                "aria-controls": "cell-detail",
                "aria-label": label,
                title: label,
                onclick: () => show(c, button),
                onkeydown: (e: Event) => {
                  const k = (e as KeyboardEvent).key;
                  const d = k === "ArrowRight" ? [0, 1] : k === "ArrowLeft" ? [0, -1] : k === "ArrowDown" ? [1, 0] : k === "ArrowUp" ? [-1, 0] : null;
                  if (d) {
                    e.preventDefault();
                    move(row + d[0]!, col + d[1]!);
                  }
                }
              },
              // Shown only in the phone form, where each actor's row becomes a card of its stages.
              el("span", { class: "cell-stage", "aria-hidden": "true" }, pick(lang, s, "label")),
              levelText(lang, c),
              c.findings.length ? el("span", { class: "cell-count" }, ` (${c.findings.length})`) : null
            );
            rowButtons.push(button);
            return el("td", {}, button);
          })
        );
      })
    )
  );

  const legend = el(
    "ul",
    { class: "legend-list", "aria-label": t(lang, "stages.legend") },
    (Object.keys(LEVEL_SYMBOL) as MatrixCell["level"][]).map((l) =>
      el("li", {}, el("span", { class: `swatch level-${l}` }, LEVEL_SYMBOL[l]), el("strong", {}, t(lang, `stages.level.${l}`)), `: ${t(lang, `stages.levelHelp.${l}`)}`)
    ),
    view.cells.some(professionalOnly) ? el("li", {}, el("span", { class: "swatch" }, PROFESSIONAL_MARK), t(lang, "stages.professionalOnly")) : null,
    view.cells.some(inferredOnly) ? el("li", {}, el("span", { class: "swatch" }, INFERRED_MARK), t(lang, "stages.inferredOnly")) : null
  );

  const sentence = planningGapSentence(view, lang);
  const alt = tableAlt(
    lang,
    (["stages.actor", "stages.stage", "stages.level", "stages.findings"] as const).map((k) => t(lang, k)),
    view.cells.map((c) =>
      el(
        "tr",
        { "data-row": `${c.actor}|${c.stage}` },
        el("td", {}, actorLabel.get(c.actor) ?? c.actor),
        el("td", {}, stageLabel.get(c.stage) ?? c.stage),
        el("td", {}, levelText(lang, c)),
        el("td", {}, c.findings.flatMap((q, i) => [i ? ", " : "", el("a", { href: `${root}explorer?id=${encodeURIComponent(q.id)}` }, q.id)]))
      )
    )
  );

  return el(
    "figure",
    { class: "analysis-figure participation" },
    el("h2", {}, t(lang, "stages.chartTitle")),
    el("p", { class: "help coding-basis" }, tw(lang, "stages.basis", options.kind)),
    sentence ? el("p", { class: "gloss planning-gap" }, sentence) : null,
    legend,
    el("div", { style: "overflow-x:auto" }, table),
    el("p", { class: "help" }, t(lang, "stages.method")),
    detail,
    alt
  );
}
