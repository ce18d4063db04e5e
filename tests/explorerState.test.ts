import { describe, expect, it } from "vitest";
import { EMPTY_STATE, parseState, serializeState } from "../src/components/explorerState.js";
import { NO_DIMENSION } from "../src/components/explorerFacets.js";

describe("URL state", () => {
  it("round-trips every field, in a stable order, leaving out empty values and the default example", () => {
    const state = { ...EMPTY_STATE, valence: "gap", actor: "community", q: 'kader "tahap perencanaan" & =?', id: "F12", example: "b", sql: "SELECT 1;\n-- x" };
    const qs = serializeState(state, "a");
    expect(qs.startsWith("?valence=gap&actor=community&q=")).toBe(true);
    expect(parseState(qs)).toEqual(state);
    expect(serializeState({ ...state, example: "a" }, "a")).not.toContain("example=");
    expect(serializeState(EMPTY_STATE)).toBe("");
  });

  it("drops malformed values and, when told the known values, unknown ones", () => {
    const s = parseState("?valence=%3Cscript%3E&actor=nobody&stage=co-design&id=F 1&dimension=_none&example=zzz", {
      actor: ["community"],
      stage: ["co-design"],
      example: ["gaps"]
    });
    expect(s.valence).toBe("");
    expect(s.actor).toBe("");
    expect(s.stage).toBe("co-design");
    expect(s.id).toBe("");
    expect(s.dimension).toBe(NO_DIMENSION);
    expect(s.example).toBe("");
  });

  it("accepts URLSearchParams and plain objects", () => {
    expect(parseState(new URLSearchParams({ kind: "recommendation" })).kind).toBe("recommendation");
    expect(parseState({ q: "  WhatsApp " }).q).toBe("WhatsApp");
  });
});
