import type { IndexFilter, IndexQueries } from "../../core/index/types";
import type { TimelineState } from "./toolbar";

/** What the scope and filters ask the index for; null when the scope has nothing to show. */
export function scopeFilter(state: TimelineState, index: IndexQueries, activePath: string | null): IndexFilter | null {
	const f: IndexFilter = { includeUnpublished: state.includeUnpublished };
	if (state.text.trim()) f.text = state.text.trim();
	if (state.scope === "active" || state.scope === "course") {
		const brief = activePath ? index.get(activePath) : undefined;
		if (!brief) return null;
		if (state.scope === "active") f.brief = brief.path;
		else f.folder = brief.course;
	} else if (state.scope === "folder") {
		// a course picked in the list or the legend: works without an open brief
		f.folder = state.course;
	} else if (state.scope === "tag") {
		if (!state.tag) return null;
		f.tag = state.tag;
	}
	return f;
}

/** Every tag of the briefs in view, sorted. */
export function tagsOf(index: IndexQueries, includeUnpublished: boolean): string[] {
	const set = new Set<string>();
	for (const b of index.briefs({ includeUnpublished })) for (const t of b.tags) set.add(t);
	return [...set].sort((a, b) => a.localeCompare(b));
}

/** Every course (folder) of the briefs in view, sorted: what the course picker offers. */
export function coursesOf(index: IndexQueries, includeUnpublished: boolean): string[] {
	const set = new Set<string>();
	for (const b of index.briefs({ includeUnpublished })) set.add(b.course);
	return [...set].sort((a, b) => a.localeCompare(b));
}

/** A brief's title, or its file name while the index does not know it. */
export function titleIn(index: IndexQueries, path: string): string {
	return index.get(path)?.title ?? path.replace(/\.md$/i, "").split("/").pop() ?? path;
}

/** A brief's course (folder). */
export function courseIn(index: IndexQueries, path: string): string {
	return index.get(path)?.course ?? path.split("/").slice(0, -1).join("/");
}
