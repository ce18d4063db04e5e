/**
 * Study folders (docs/study-format.md): tests/fixtures/study-mini with a few edits — CSV quoting,
 * encodings, BOMs, line ends, headers, offsets, references, study.json — read by validateStudy,
 * as `npm run study -- validate` and the build do; a valid one is then bundled (studyBundle).
 */
import { studyBundle } from "../../loaders/study/bundle.js";
import { validateStudy } from "../../loaders/study/load.js";
import { folder, folderFixture, writeFolder, type FolderInput } from "./folder.js";
import type { Family } from "./harness.js";

const BASE = "tests/fixtures/study-mini";

export function studyFamily(): Family<FolderInput> {
  const f = folder(BASE, {
    "private-names.txt": ["# names\nSiti\n", "\n\n", "Surabaya\n", "a\r\nb\r\n", "Pemerintah Kota Surabaya\n", ".\n", "*\n"],
    "allow-private.csv": ["file,id,reason\n", "file,id,reason\nfindings.csv,F1,a public office number\n", "file,id,reason\nsource/mini.txt,F1,x\n", "file,value,reason\nx,y,z\n"],
    "source/extra.txt": ["", "\uFEFFtext\n"]
  });
  return {
    name: "study",
    about: "a study folder with mutated files, read by validate",
    arbitrary: f.arbitrary,
    run(input, dir) {
      writeFolder(f, input, dir);
      const { study, problems } = validateStudy(dir);
      // A valid study goes on as the build's study.json loader takes it: the computed views.
      if (study && !problems.length) JSON.stringify(studyBundle(study));
      return problems;
    },
    fixture: (input) => ({ command: "validate", base: BASE, ...folderFixture(f, input) })
  };
}
