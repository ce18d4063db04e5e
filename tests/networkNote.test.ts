// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ourAnalysisNote } from "../src/components/networkNote.js";

describe("ourAnalysisNote", () => {
  it("says in one line, in each language, that the network is our analysis and how it was built", () => {
    const id = ourAnalysisNote("id", "thesis-chapter");
    expect(id.getAttribute("data-voice")).toBe("ours");
    expect(id.querySelector("strong")!.textContent).toBe("Analisis kami");
    expect(id.textContent).toBe(
      "Analisis kami: jaringan ini kami susun sendiri dari bab kesimpulan, kalimat demi kalimat, dengan satu saluran untuk setiap mekanisme yang disebut teks; ini bukan bagan dari penelitian."
    );
    const en = ourAnalysisNote("en", "interviews");
    expect(en.textContent).toBe(
      "Our analysis: we built this network ourselves from the interview transcripts, sentence by sentence, one channel for each mechanism the text names; it is not a figure from the study."
    );
  });
});
