import type { Brief } from "../model";

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

/**
 * The same brief at a new path: its items' briefPath and source.path follow, ids are kept
 * (they come from content). The id follows the path only when it was the path (no permalink).
 */
export function repathBrief(brief: Brief, newPath: string): Brief {
	const src = <T extends { source: { path: string; line: number } }>(item: T): T => ({
		...item,
		briefPath: newPath,
		source: { ...item.source, path: newPath },
	});
	return {
		...brief,
		path: newPath,
		id: brief.id === brief.path ? newPath : brief.id,
		course: folderOf(newPath),
		events: brief.events.map(src),
		quotes: brief.quotes.map(src),
		facts: brief.facts.map(src),
		problems: brief.problems.map((p) => ({ ...p, path: newPath })),
	};
}
