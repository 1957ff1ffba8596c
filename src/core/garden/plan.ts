/** planWrites: what to write, what is unchanged, what must not be touched, what is left over. */
import { comparable, isGenerated } from "./frontmatter";
import type { GardenPage, WritePlan } from "./types";

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
export function planWrites(pages: GardenPage[], existing: Map<string, string | null>, folder: string): WritePlan {
	const plan: WritePlan = { write: [], unchanged: [], refused: [], stale: [] };
	const lower = new Map<string, string>();
	for (const [p, t] of existing) if (t !== null) lower.set(p.toLowerCase(), p);
	const produced = new Set<string>();
	for (const page of pages) {
		if (!isInsideFolder(page.path, folder)) {
			plan.refused.push({ path: page.path, reason: "outside the garden folder" });
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
		else if (!isGenerated(text)) plan.refused.push({ path: actual ?? page.path, reason: "a note without the generated marker has this name" });
		else if (comparable(text) === comparable(page.content)) plan.unchanged.push(page.path);
		else plan.write.push(page);
	}
	for (const [p, t] of existing) {
		if (t === null || produced.has(p.toLowerCase())) continue;
		if (isInsideFolder(p, folder) && isGenerated(t)) plan.stale.push(p);
	}
	plan.stale.sort();
	return plan;
}
