import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { studyDir } from "../loaders/site/env.js";
import { dataPackage } from "../loaders/study/datapackage.js";
import { loadStudy } from "../loaders/study/load.js";
import { downloadFiles } from "../scripts/downloads.js";

describe("downloads", () => {
  it("are the data package under the study's id, then a zip holding exactly those files", () => {
    const study = loadStudy(studyDir());
    const id = study.meta.id;
    const files = downloadFiles(study);
    const pkg = dataPackage(study);
    expect(files.map((f) => f.path)).toEqual([...pkg.map((f) => `${id}/${f.path}`), `${id}.zip`]);
    expect(files.map((f) => f.path)).toContain(`${id}/datapackage.json`);
    for (const [i, f] of pkg.entries()) expect(strFromU8(files[i]!.content)).toBe(f.content);
    const zip = unzipSync(files.at(-1)!.content);
    expect(Object.keys(zip).sort()).toEqual(pkg.map((f) => `${id}/${f.path}`).sort());
    for (const f of pkg) expect(strFromU8(zip[`${id}/${f.path}`]!)).toBe(f.content);
  });
});
