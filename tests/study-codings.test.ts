/**
 * The checks docs/coding-notes.md §12 cites, on the Kalirungkut study: spans, coverage of the
 * characters outside every span, references and the rules the notes state for answers, actors,
 * channels and inferred codes. (Locators, id references, sub-code dimensions and "answers are
 * gaps" are also checked by the loader itself: tests/study-load.test.ts.)
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PROGRAMME, inferredParties, partiesOf, tieOf, ungroundedChannels } from "../loaders/study/checkChannels.js";
import { loadStudy, STUDY_FILES } from "../loaders/study/load.js";

const DIR = "data/study";
const study = loadStudy(DIR);
const source = study.sources["bab-v.txt"]!;
const spans = [...study.findings, ...study.recommendations, ...study.excluded].map((r) => [r.start, r.end] as const);

describe("spans of data/study (coding notes §2)", () => {
  it("never start or end on whitespace", () => {
    for (const [start, end] of spans) {
      expect(/\s/.test(source[start]!), `${start}`).toBe(false);
      expect(/\s/.test(source[end - 1]!), `${end}`).toBe(false);
    }
  });

  it("end at a full stop, before a comma, at a line end, or before a split clause's conjunction", () => {
    const starts = new Set(study.findings.map((f) => f.start));
    for (const r of [...study.findings, ...study.recommendations]) {
      const beforeSplit = source[r.end] === " " && starts.has(r.end + 1) && /^(namun|meskipun|sehingga|dan|sementara|serta|yang)\b/.test(source.slice(r.end + 1));
      const ok = source[r.end - 1] === "." || source[r.end] === "," || source[r.end] === "\n" || beforeSplit;
      expect(ok, r.id).toBe(true);
    }
  });

  it("leave outside every span only whitespace, numbered-item markers and the commas between split clauses", () => {
    const covered = new Uint8Array(source.length);
    for (const [start, end] of spans) covered.fill(1, start, end);
    const outside = [...source].map((c, i) => (covered[i] ? " " : c)).join("");
    const tokens = outside.split(/\s+/).filter(Boolean);
    expect(tokens.filter((x) => !/^(\d\.|,)$/.test(x))).toEqual([]);
  });

  it("do not overlap", () => {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1]);
  });
});

describe("references and coding rules (coding notes §6-§8)", () => {
  const finding = new Map(study.findings.map((f) => [f.id, f]));

  it("lists on each actor exactly the findings that tag it, and every actor is cited", () => {
    for (const a of study.actors) {
      expect(a.findings, a.id).toEqual(study.findings.filter((f) => f.actors.includes(a.id)).map((f) => f.id));
      expect(a.findings.length, a.id).toBeGreaterThan(0);
    }
  });

  it("answers only gaps of the recommendation's own dimension or cross-cutting gaps", () => {
    for (const r of study.recommendations) {
      for (const id of r.answers) {
        const f = finding.get(id)!;
        expect(f.valence, `${r.id} → ${id}`).toBe("gap");
        expect([r.dimension, ""], `${r.id} → ${id}`).toContain(f.dimension);
      }
    }
  });

  it("grounds every channel in a finding that names all its parties, or marks the party inferred (§7)", () => {
    expect(ungroundedChannels(study)).toEqual([]);
    // The programme is not an actor: a channel names it only where a finding it cites says "program", else it is inferred.
    for (const c of study.channels.filter((x) => partiesOf(x).includes(PROGRAMME))) {
      const said = c.findings.some((id) => /\bprogram\b/i.test(finding.get(id)!.text_id));
      expect(said || inferredParties(study, c.id).includes(PROGRAMME), c.id).toBe(true);
    }
    // The check can fail: a channel whose finding does not name a party, and a programme tie nobody marked.
    const stray = { ...study.channels[0]!, id: "X1", from: "kecamatan", to: "community", findings: ["F13"] };
    expect(ungroundedChannels({ ...study, channels: [stray] })).toEqual(["X1"]);
  });

  it("draws a hub where one sentence names several parties together, and no chain of arrows for it (§7)", () => {
    const hubs = study.channels.filter((c) => tieOf(c) === "hub");
    expect(hubs.map((c) => [c.findings, partiesOf(c)])).toEqual([
      [["F08"], ["pemkot-surabaya", "kementerian-agama", "kecamatan", "kelurahan", "puskesmas"]],
      [["F11"], ["dinas-kesehatan", "puskesmas", "kader-surabaya-hebat", "community"]]
    ]);
    for (const hub of hubs) {
      const directed = study.channels.filter((c) => tieOf(c) !== "hub" && c.findings.some((f) => hub.findings.includes(f)));
      expect(directed.map((c) => c.id), hub.id).toEqual([]);
    }
  });

  it("gives every inferred code a reason, and tags no actor the span neither names nor lists as inferred", () => {
    for (const x of study.inferred ?? []) expect(x.reason.length, `${x.id} ${x.code}`).toBeGreaterThan(20);
    const inferred = new Set((study.inferred ?? []).map((x) => `${x.id}\u0000${x.code}`));
    const named = (f: (typeof study.findings)[number], actor: string) => {
      const a = study.actors.find((x) => x.id === actor)!;
      const words = [a.label_id, ...a.label_id.split(/[()]/)].map((w) => w.trim().toLowerCase()).filter((w) => w.length > 3);
      return words.some((w) => f.text_id.toLowerCase().includes(w));
    };
    // Mappings the notes state (§6): a mayoral regulation is the city's; "publik" is the community;
    // "mereka" in F10b is the community that F10, the same sentence, names.
    const mapped = new Set(["F04\u0000pemkot-surabaya", "F06\u0000community", "F10b\u0000community"]);
    for (const f of study.findings) {
      for (const a of f.actors) {
        const key = `${f.id}\u0000${a}`;
        expect(named(f, a) || inferred.has(key) || mapped.has(key), key.replace("\u0000", " ")).toBe(true);
      }
    }
  });
});

describe("the CSV files of data/study", () => {
  // The optional files the Kalirungkut study does not have (cases, allowances) are left out.
  const files = Object.values(STUDY_FILES).filter((f) => f !== STUDY_FILES.allow && existsSync(`${DIR}/${f}`));

  it("have no field with a line break, and parse under csv-parse's strict defaults", () => {
    for (const file of files) {
      const rows = parse(readFileSync(`${DIR}/${file}`, "utf-8"), { columns: true }) as Record<string, string>[];
      for (const row of rows) for (const [k, v] of Object.entries(row)) expect(/[\r\n]/.test(v), `${file} ${k}`).toBe(false);
    }
  });

  it("have exactly the columns docs/study-format.md documents", () => {
    const doc = readFileSync("docs/study-format.md", "utf-8");
    for (const file of files) {
      const header = readFileSync(`${DIR}/${file}`, "utf-8").split("\n")[0]!;
      expect(doc, file).toContain(header.split(",").join(", "));
    }
  });
});
