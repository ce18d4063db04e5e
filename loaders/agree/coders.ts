/**
 * Chooses the two coders to compare: two users of one project, or one coder per project.
 *
 * One project: the users who made codings; exactly two are taken as they are, otherwise
 * `--coders <A>,<B>` must name two (by name, case-insensitively, or by GUID). Two projects: all
 * codings of each, unless a project holds codings by more than one user (then `--coders` names
 * the user to take from each, in order). Codings that name no user belong to their project's
 * coder in the two-project form and to nobody in the one-project form (counted in the notes).
 */
import { DataError } from "../errors.js";
import { guidKey } from "../qda/qde.js";
import { nameKey } from "../qda/import.js";
import { userLabel, type AgreeCoding, type AgreeProject } from "./read.js";

export interface CoderView {
  label: string;
  project: AgreeProject;
  codings: AgreeCoding[];
}

/** Every user of the project (in <Users>, or only named by a coding), with their number of codings. */
export function projectUsers(p: AgreeProject): { guid: string; label: string; codings: number }[] {
  const guids = [...new Set([...p.project.users.map((u) => u.guid), ...p.codings.flatMap((c) => (c.user ? [c.user] : []))])];
  return guids.map((guid) => ({ guid, label: userLabel(p.project, guid), codings: p.codings.filter((c) => c.user === guid).length }));
}

function listUsers(p: AgreeProject): string {
  const users = projectUsers(p);
  return users.length ? users.map((u) => `${u.label} {${u.guid}} (${u.codings} coding${u.codings === 1 ? "" : "s"})`).join("; ") : "none";
}

/** The user `wanted` names (a name or a GUID); a located error listing the users when none or several match. */
export function findUser(p: AgreeProject, wanted: string): string {
  const users = projectUsers(p);
  const byGuid = users.filter((u) => u.guid === guidKey(wanted));
  const hits = byGuid.length ? byGuid : users.filter((u) => nameKey(u.label) === nameKey(wanted));
  if (hits.length === 1) return hits[0]!.guid;
  const message = hits.length
    ? `"${wanted}" names ${hits.length} users; give a GUID instead. The project's users: ${listUsers(p)}`
    : `no user "${wanted}" in this project. Its users: ${listUsers(p)}`;
  throw new DataError([{ file: p.file, line: 1, field: "--coders", message }]);
}

function view(p: AgreeProject, user: string | undefined, label?: string): CoderView {
  const codings = user === undefined ? p.codings : p.codings.filter((c) => c.user === user);
  return { label: label ?? (user ? userLabel(p.project, user) : p.file), project: p, codings };
}

/** Two users of one project. */
export function codersInOne(p: AgreeProject, chosen?: readonly [string, string]): [CoderView, CoderView] {
  let pair: string[];
  if (chosen) {
    pair = chosen.map((w) => findUser(p, w));
    if (pair[0] === pair[1]) throw new DataError([{ file: p.file, line: 1, field: "--coders", message: `both names are the same user; name two different users. The project's users: ${listUsers(p)}` }]);
  } else {
    pair = projectUsers(p).filter((u) => u.codings > 0).map((u) => u.guid);
    if (pair.length !== 2) {
      const anonymous = p.codings.filter((c) => c.user === undefined).length;
      const unnamed = anonymous ? ` ${anonymous} coding(s) name no user (no creatingUser).` : "";
      const message =
        pair.length < 2
          ? `${pair.length === 1 ? "only one user" : "no user"} made codings in this project; agreement needs two coders (or give one project per coder).${unnamed} The project's users: ${listUsers(p)}`
          : `${pair.length} users made codings; choose two with --coders <nameA>,<nameB>. The project's users: ${listUsers(p)}`;
      throw new DataError([{ file: p.file, line: 1, field: "--coders", message }]);
    }
  }
  return [view(p, pair[0]), view(p, pair[1])];
}

/** One coder per project. */
export function codersInTwo(a: AgreeProject, b: AgreeProject, chosen?: readonly [string, string]): [CoderView, CoderView] {
  const pick = (p: AgreeProject, wanted: string | undefined): CoderView => {
    if (wanted !== undefined) return view(p, findUser(p, wanted));
    const users = projectUsers(p).filter((u) => u.codings > 0);
    if (users.length > 1) {
      throw new DataError([{ file: p.file, line: 1, field: "--coders", message: `codings by ${users.length} users; name the user to take from each project with --coders <userInA>,<userInB>. The project's users: ${listUsers(p)}` }]);
    }
    return view(p, undefined, users[0]?.label ?? p.file.replace(/\.(qdpx|qde)$/i, ""));
  };
  const pair: [CoderView, CoderView] = [pick(a, chosen?.[0]), pick(b, chosen?.[1])];
  if (pair[0].label === pair[1].label) {
    pair[0].label += ` (${a.file})`;
    pair[1].label += ` (${b.file})`;
  }
  return pair;
}
