import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../loaders/errors.js";
import { checkStudy, readStudy } from "../loaders/study/load.js";
import { detect, mask, namesPattern } from "../loaders/study/privacy.js";

function problems(dir: string) {
  const { study, rows, problems } = readStudy(dir);
  return [...problems, ...(study ? checkStudy(study, rows) : [])];
}

describe("detect", () => {
  it("finds NIKs, Indonesian phone numbers, e-mail addresses and listed names", () => {
    const names = namesPattern(["Siti Aminah", "Budi"]);
    const text = "NIK 3578012345678901, hp 0812-3456-7890 / +62 812 3456 7890 / 081234567890, mail siti.a@contoh.co.id; Siti  Aminah dan budi.";
    expect(detect(text, names).map((d) => [d.kind, d.value])).toEqual([
      ["NIK", "3578012345678901"],
      ["phone number", "0812-3456-7890"],
      ["phone number", "+62 812 3456 7890"],
      ["phone number", "081234567890"],
      ["e-mail address", "siti.a@contoh.co.id"],
      ["private name", "Siti  Aminah"],
      ["private name", "budi"]
    ]);
  });
  it("leaves ordinary numbers and words alone", () => {
    expect(detect("Peraturan Wali Kota Surabaya Nomor 79 Tahun 2022; 1000 HPK; 35780123456789 (14 digits); Budiman", namesPattern(["Budi"]))).toEqual([]);
  });
  it("masks what it found", () => {
    expect(mask("081234567890")).toBe("0812****");
    expect(mask("Budi")).toBe("B****");
  });
});

describe("the privacy guard in checkStudy", () => {
  it("passes the Kalirungkut study with no problem", () => {
    expect(problems("data/study")).toEqual([]);
  });

  it("finds the four planted values of the synthetic fixture, located, never printing them whole", () => {
    const found = problems("tests/fixtures/study-private");
    expect(found.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([
      "findings.csv:3: text_en",
      "recommendations.csv:2: text_en",
      "channels.csv:2: label_en",
      "source/mini.txt:9: text"
    ]);
    expect(found.map((p) => /^contains (.+?) \(/.exec(p.message)![0].slice(0, -2))).toEqual([
      "contains a phone number",
      "contains a name listed in private-names.txt",
      "contains an e-mail address",
      "contains a NIK"
    ]);
    const printed = found.map(formatProblem).join("\n");
    for (const secret of ["0812-3456-7890", "Siti Aminah", "admin.kader@example.org", "3578012345678901"]) expect(printed).not.toContain(secret);
    expect(printed).toContain("(0812****)");
  });

  it("reads the Indonesian reason of an excluded sentence too", () => {
    const dir = mkdtempSync(join(tmpdir(), "privacy-"));
    cpSync("tests/fixtures/study-private", dir, { recursive: true });
    writeFileSync(join(dir, "excluded.csv"), "source,start,end,text,reason,reason_id\nmini.txt,0,14,5.1 Kesimpulan,heading,judul menurut Siti Aminah\n");
    expect(problems(dir).map((p) => `${p.file}:${p.line}: ${p.field}`)).toContain("excluded.csv:2: reason_id");
  });

  it("lets an exact segment through when allow-private.csv allows it, and checks the allowance", () => {
    const dir = mkdtempSync(join(tmpdir(), "privacy-"));
    cpSync("tests/fixtures/study-private", dir, { recursive: true });
    writeFileSync(join(dir, "allow-private.csv"), "file,id,reason\nfindings.csv,F2,synthetic number kept on purpose\nsource/mini.txt,L9,synthetic\nactors.csv,nobody,x\nnotes.txt,X,y\n");
    expect(problems(dir).map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([
      "allow-private.csv:5: file",
      "recommendations.csv:2: text_en",
      "channels.csv:2: label_en"
    ]);
  });
});
