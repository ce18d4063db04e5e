import { describe, expect, it } from "vitest";
import { cssUrls, moduleSpecifiers, registeredFiles } from "../scripts/links/code.js";

const values = (found: { value: string }[]) => found.map((f) => f.value);

describe("moduleSpecifiers", () => {
  it("finds static imports, re-exports and literal dynamic imports, also in minified code", () => {
    const js = `import*as l from"../a.js";import{b as c}from'./b.js';import "./side.js";export*from"./re.js";
export {x} from "./x.js";const m=import.meta.resolve("../not-an-import.wasm");const d=()=>import("./lazy.js");
const s = obj.import("./method.js");`;
    const found = moduleSpecifiers(js);
    expect(values(found.static)).toEqual(["../a.js", "./b.js", "./side.js", "./re.js", "./x.js"]);
    expect(values(found.dynamic)).toEqual(["./lazy.js"]);
  });

  it("takes no word 'import' in a string, comment, template or regular expression for an import", () => {
    // as in minified acorn: a keyword list in a string, followed by more strings
    const js = `var k="break case export import",q=",6:";// import "./comment.js"
const t=\`import "./template.js"\`,r=/import"x"/,v=import(someVariable);`;
    expect(moduleSpecifiers(js)).toEqual({ static: [], dynamic: [] });
  });

  it("gives each specifier once, at the line of its first import, counted from the line the code starts on", () => {
    const js = `import "./a.js";\n\nimport { b } from "./b.js";\nimport "./a.js";\nconst l = () => import("./c.js");`;
    expect(moduleSpecifiers(js)).toEqual({
      static: [{ value: "./a.js", line: 1 }, { value: "./b.js", line: 3 }],
      dynamic: [{ value: "./c.js", line: 5 }]
    });
    expect(moduleSpecifiers(js, 10).static.map((s) => s.line)).toEqual([10, 12]);
  });
});

describe("cssUrls", () => {
  it("reads url() and @import, skipping comments and #ids", () => {
    expect(values(cssUrls(`/* url(c.png) */ @import "base.css"; a{b:url( "q.png" )} m{mask:url(#m)} e{x:url()}`))).toEqual(["q.png", "base.css"]);
  });

  it("gives the line of each target, comments spanning lines included", () => {
    const css = `/* a\n url(in-comment.png) */\na { b: url(a.png) }\n@import 'b.css';\nc { d: url(a.png) }`;
    expect(cssUrls(css)).toEqual([{ value: "a.png", line: 3 }, { value: "b.css", line: 4 }]);
    expect(cssUrls(css, 7).map((u) => u.line)).toEqual([9, 10]);
  });
});

describe("registeredFiles", () => {
  it("reads the paths of Framework file registrations, with their lines", () => {
    const js = `\nregisterFile("../data/x.csv", {"name":"../data/x.csv","mimeType":"text/csv","path":"../_file/data/x.1a2b.csv","size":3});`;
    expect(registeredFiles(js)).toEqual([{ value: "../_file/data/x.1a2b.csv", line: 2 }]);
  });
});
