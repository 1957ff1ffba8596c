/** The linked-notes report: every link and embed of a brief, classified by what the garden will make of it. */
import type { Brief } from "../model";
import type { LinkReport, NoteInfo, ResolveLink } from "./types";

export function classifyLinks(brief: Brief, notes: NoteInfo[] | Map<string, NoteInfo>, resolveLink: ResolveLink): LinkReport[] {
	const byPath = notes instanceof Map ? notes : new Map(notes.map((n) => [n.path, n]));
	const out: LinkReport[] = [];
	for (const link of brief.links) {
		if (!link.target.trim()) continue; // [[#Heading]]: the brief itself
		let path: string | null = null;
		try {
			path = resolveLink(link.target, brief.path);
		} catch {
			path = null;
		}
		if (path === brief.path) continue;
		const note = path ? byPath.get(path) : undefined;
		let report: LinkReport;
		if (!path) report = { from: brief.path, link, path: null, status: "missing" };
		else if (!note) {
			const isNote = path.toLowerCase().endsWith(".md");
			report = isNote
				? { from: brief.path, link, path: null, status: "missing" }
				: { from: brief.path, link, path, status: "published", attachment: true };
		} else if (!note.exists) report = { from: brief.path, link, path: null, status: "missing" };
		else if (note.publish) report = { from: brief.path, link, path, status: note.hidden ? "hidden" : "published" };
		else report = { from: brief.path, link, path, status: link.embed ? "embedded-unpublished" : "unpublished" };
		out.push(report);
	}
	return out;
}

/** Unpublished notes the reports point to, each once, in first-seen order (candidates for "mark for publishing"). */
export function unpublishedTargets(reports: LinkReport[]): string[] {
	const out: string[] = [];
	for (const r of reports) {
		if ((r.status === "unpublished" || r.status === "embedded-unpublished") && r.path && !out.includes(r.path)) out.push(r.path);
	}
	return out;
}

/** How many reports of each status. */
export function countByStatus(reports: LinkReport[]): Record<LinkReport["status"], number> {
	const c = { published: 0, unpublished: 0, missing: 0, "embedded-unpublished": 0, hidden: 0 };
	for (const r of reports) c[r.status]++;
	return c;
}
