/** The typed REFI-QDA project (QDA-XML 1.0) that parseQde (../qde.ts) reads a project.qde into. */
import type { Problem } from "../../errors.js";

export interface QdaCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string;
  description?: string;
  /** Names from the top of the codebook down to this code. */
  path: string[];
  parent?: string;
  children: QdaCode[];
  line: number;
}

export interface QdaSelection {
  guid: string;
  name?: string;
  /** As written in the file: characters, counted the tool's way (see text.ts decideCrlf and import/qdpx.ts for line ends). */
  start: number;
  end: number;
  description?: string;
  /** GUID keys of the codes applied to this selection. */
  codes: string[];
  /** Each Coding with the user who made it (the Coding's creatingUser, when the tool wrote one). */
  codings: { code: string; creatingUser?: string }[];
  creatingUser?: string;
  noteRefs: string[];
  line: number;
}

export interface QdaTextSource {
  guid: string;
  name: string;
  /** Inline text (PlainTextContent), when the tool embedded it. */
  content?: string;
  /** `internal://<file>` (inside the archive), `absolute://…` or `relative://…`. */
  plainTextPath?: string;
  richTextPath?: string;
  description?: string;
  selections: QdaSelection[];
  /** Codes applied to the whole source. */
  codes: string[];
  /** Variable values written on the source itself (MAXQDA's document variables). */
  values: QdaVariableValue[];
  line: number;
}

export interface QdaUser {
  guid: string;
  name?: string;
}

export interface QdaVariable {
  guid: string;
  name: string;
  /** `typeOfVariable` as written (Text, Integer, Float, Boolean, Date, DateTime). */
  type: string;
  description?: string;
  line: number;
}

export interface QdaVariableValue {
  /** GUID key of the variable (VariableRef). */
  variable: string;
  /** The value's text as written in its element. */
  value: string;
  /** The element it was written in (TextValue, IntegerValue, …), or "" when there was none. */
  element: string;
  line: number;
}

export interface QdaCase {
  guid: string;
  name?: string;
  description?: string;
  codes: string[];
  /** GUID keys of the sources the case covers whole (SourceRef). */
  sources: string[];
  /** GUID keys of the selections the case covers (SelectionRef). */
  selections: string[];
  values: QdaVariableValue[];
  line: number;
}

export interface QdaNote {
  guid: string;
  name?: string;
  content?: string;
  plainTextPath?: string;
}

export interface QdaProject {
  /** The file this came from (for messages). */
  file: string;
  name: string;
  origin?: string;
  /** The namespace version (`1.0`, `1:0`, `0:4`, …), or "" without a namespace. */
  version: string;
  users: QdaUser[];
  /** The codebook as a tree. */
  codes: QdaCode[];
  /** Every code by GUID key. */
  codeIndex: Map<string, QdaCode>;
  textSources: QdaTextSource[];
  /** Sources that are not text (PDF, picture, audio, video): listed, not imported. */
  otherSources: { kind: string; guid: string; name?: string }[];
  variables: QdaVariable[];
  cases: QdaCase[];
  notes: QdaNote[];
  description?: string;
  /** Non-fatal problems met while reading (unknown code references, bad positions…). */
  problems: Problem[];
}
