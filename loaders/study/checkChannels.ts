/**
 * The checks of channels.csv (docs/study-format.md), each problem located: what a tie names (a
 * directed or undirected tie two different parties in `from` and `to` and no `parties`; a hub
 * three or more parties in `parties` and no direction), every party an actor or the programme,
 * the dimension and the findings known, at least one finding; and each inferred party (a row of
 * inferred.csv for channels.csv) a party of its channel. Also what the site and the tests read
 * from a channel: its tie, its parties, the parties we inferred, and whether a finding it cites
 * names the parties it does not infer.
 */
import type { Row } from "../csv.js";
import type { Problem } from "../errors.js";
import { partiesOf, tieOf } from "../../src/shared/model/vocab.js";
import { STUDY_FILES } from "./read.js";
import { unique } from "./refs.js";
import type { Channel, Finding, Inferred } from "./schema.js";

export { partiesOf, tieOf };

/** The party of an actor–programme tie that is the programme itself, not an actor. */
export const PROGRAMME = "programme";

/** A study of the site's shape: what a channel's checks and readings need of it. */
interface ChannelStudy {
  channels: readonly Channel[];
  findings: readonly Finding[];
  inferred?: readonly Inferred[];
}

/** The parties of channel `id` that inferred.csv marks as our inference. */
export function inferredParties(study: Pick<ChannelStudy, "inferred">, id: string): string[] {
  return (study.inferred ?? []).filter((x) => x.file === STUDY_FILES.channels && x.id === id).map((x) => x.code);
}

/**
 * The channels none of whose findings names every party the channel does not infer. A finding
 * names an actor it carries (`findings.actors`) unless that actor is itself inferred on it; the
 * programme is not an actor, so no finding carries it and it is left out here.
 */
export function ungroundedChannels(study: ChannelStudy): string[] {
  const findings = new Map(study.findings.map((f) => [f.id, f]));
  const inferredOn = new Set((study.inferred ?? []).filter((x) => x.file === STUDY_FILES.findings).map((x) => `${x.id}\u0000${x.code}`));
  const names = (f: Finding | undefined, actor: string) => !!f && f.actors.includes(actor) && !inferredOn.has(`${f.id}\u0000${actor}`);
  return study.channels
    .filter((c) => {
      const inferred = new Set(inferredParties(study, c.id));
      const stated = partiesOf(c).filter((p) => p !== PROGRAMME && !inferred.has(p));
      return !c.findings.some((id) => stated.every((p) => names(findings.get(id), p)));
    })
    .map((c) => c.id);
}

export interface ChannelCheck {
  channels: Row<Channel>[];
  inferred: Row<Inferred>[];
  actors: ReadonlySet<string>;
  findings: ReadonlySet<string>;
  dimensions: ReadonlySet<string>;
}

/** Every problem of channels.csv, and of the rows of inferred.csv that name a channel. */
export function checkChannels({ channels, inferred, actors, findings, dimensions }: ChannelCheck): Problem[] {
  const F = STUDY_FILES;
  const problems: Problem[] = [];
  unique(channels, F.channels, (v) => v.id, "id", problems);
  const known = new Set([...actors, PROGRAMME]);
  const partiesById = new Map<string, string[]>();
  for (const { line, value: c } of channels) {
    const at = (field: string, message: string) => problems.push({ file: F.channels, line, field, message });
    const party = (field: string, id: string) => {
      if (!known.has(id)) at(field, `"${id}" is not an id in ${F.actors} (or "${PROGRAMME}")`);
    };
    const tie = tieOf(c);
    const aTie = `${tie === "undirected" ? "an" : "a"} ${tie} tie`;
    const listed = c.parties ?? [];
    if (tie === "hub") {
      for (const field of ["from", "to"] as const) {
        if (c[field]) at(field, `a hub has no direction: leave ${field} empty and list every party in parties (got "${c[field]}")`);
      }
      for (const p of listed) party("parties", p);
      for (const p of new Set(listed.filter((p, i) => listed.indexOf(p) !== i))) at("parties", `"${p}" is listed more than once`);
      const n = new Set(listed).size;
      if (n < 3) at("parties", `a hub joins at least 3 parties (got ${n}); two parties are a directed or an undirected tie, named in from and to`);
    } else {
      for (const field of ["from", "to"] as const) {
        if (!c[field]) at(field, `expected an actor id or "${PROGRAMME}": ${aTie} names its two parties in from and to`);
        else party(field, c[field]);
      }
      if (c.from && c.from === c.to) at("to", `"${c.to}" is also from: a tie joins two different parties`);
      if (listed.length) at("parties", `only a hub lists parties (expected an empty cell: ${aTie} names its two parties in from and to)`);
    }
    if (c.dimension && !dimensions.has(c.dimension)) at("dimension", `"${c.dimension}" is not an id in ${F.dimensions}`);
    for (const f of c.findings) if (!findings.has(f)) at("findings", `"${f}" is not an id in ${F.findings}`);
    if (!c.findings.length) at("findings", "expected at least one supporting finding");
    partiesById.set(c.id, partiesOf(c).filter(Boolean));
  }
  for (const { line, value } of inferred) {
    if (value.file !== F.channels) continue;
    const parties = partiesById.get(value.id);
    if (!parties) problems.push({ file: F.inferred, line, field: "id", message: `"${value.id}" is not an id in ${F.channels}` });
    else if (!parties.includes(value.code)) {
      problems.push({ file: F.inferred, line, field: "code", message: `"${value.code}" is not a party of ${value.id} in ${F.channels} (its parties: ${parties.join(", ") || "none"})` });
    }
  }
  return problems;
}
