/** planWrites: what to write, what is unchanged, what must not be touched, what is left over. */
import { comparable, isEditedPage, isGenerated } from "./frontmatter";
import { buildGardenPages } from "./pages";
import type { GardenInput, GardenPage, WritePlan } from "./types";

/** The reason given for a page a user's note already has the name of. */
export const NOT_OURS = "a note without the generated marker has this name";
/** The reason given for a page whose path runs through a symbolic link (never followed). */
export const LINK_IN_WAY = "a symbolic link is in the way (never followed)";

/** Why a generated page no brief produces any more is kept. */
export const EDITED = "edited since it was written";

/** Refusals that leave the page out of the pages (and the index), rather than only unwritten. */
const OMITTED = new Set([NOT_OURS, LINK_IN_WAY]);

function segments(path: string): string[] {
	return path.replace(/\\/g, "/").split("/");
}

/** A Markdown file (or a generated SVG) strictly inside `folder`, with no empty, "." or ".." segment. */
export function isInsideFolder(path: string, folder: string): boolean {
	const f = segments(folder.replace(/^\/+|\/+$/g, ""));
	const p = segments(path);
	if (f.some((s) => !s || s === "." || s === "..")) return false;
	if (p.some((s) => !s.trim() || s === "." || s === "..")) return false;
	if (p.length <= f.length || !/\.(md|svg)$/i.test(path)) return false;
	return f.every((s, i) => p[i] === s);
}

/**
 * existing: the files already in the garden folder (path -> text; null or missing = no file).
 * A page is written only when its content changed; a file without the generated marker is never overwritten.
 */
export function planWrites(
	pages: GardenPage[],
	existing: Map<string, string | null>,
	folder: string,
	blocked?: (path: string) => boolean,
): WritePlan {
	const plan: WritePlan = { write: [], unchanged: [], refused: [], stale: [], kept: [] };
	const lower = new Map<string, string>();
	for (const [p, t] of existing) if (t !== null) lower.set(p.toLowerCase(), p);
	const produced = new Set<string>();
	for (const page of pages) {
		if (!isInsideFolder(page.path, folder)) {
			plan.refused.push({ path: page.path, reason: "outside the garden folder" });
			continue;
		}
		if (blocked?.(page.path)) {
			plan.refused.push({ path: page.path, reason: LINK_IN_WAY });
			continue;
		}
		if (produced.has(page.path.toLowerCase())) {
			plan.refused.push({ path: page.path, reason: "two pages with the same name" });
			continue;
		}
		produced.add(page.path.toLowerCase());
		const actual = lower.get(page.path.toLowerCase());
		const text = actual !== undefined ? existing.get(actual) : null;
		if (text === null || text === undefined) plan.write.push(page);
		else if (!isGenerated(text)) plan.refused.push({ path: actual ?? page.path, reason: NOT_OURS });
		else if (comparable(text) === comparable(page.content)) plan.unchanged.push(page.path);
		else plan.write.push(page);
	}
	for (const [p, t] of existing) {
		if (t === null || produced.has(p.toLowerCase())) continue;
		if (!isInsideFolder(p, folder) || !isGenerated(t)) continue;
		// A generated page edited by hand (its hash no longer matches) is someone's notes now: never removed.
		if (isEditedPage(t)) plan.kept.push({ path: p, reason: EDITED });
		else plan.stale.push(p);
	}
	plan.stale.sort();
	return plan;
}

/**
 * The pages and their plan, with every refused page (a user's note has its name) left out of the pages and
 * so never linked from the index (G3). `refused` still lists them, so the caller reports them.
 */
export function planGarden(
	input: GardenInput,
	existing: Map<string, string | null>,
	blocked?: (path: string) => boolean,
): { pages: GardenPage[]; plan: WritePlan } {
	const folder = input.options.folder;
	const first = buildGardenPages(input);
	const plan = planWrites(first, existing, folder, blocked);
	const left = plan.refused.filter((r) => OMITTED.has(r.reason));
	if (!left.length) return { pages: first, plan };
	const pages = buildGardenPages({ ...input, omit: new Set(left.map((r) => r.path.toLowerCase())) });
	const again = planWrites(pages, existing, folder, blocked);
	return { pages, plan: { ...again, refused: [...left, ...again.refused] } };
}
