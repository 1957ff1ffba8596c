/** The linked-notes report: every link and embed of a brief, classified by what the garden will make of it. */
import type { Brief } from "../model";
import type { EmbedsOf, LinkReport, NoteInfo, ResolveLink } from "./types";

/** Digital Garden inlines embedded notes this many levels deep. */
const EMBED_DEPTH = 4;

function safeResolve(resolveLink: ResolveLink, target: string, from: string): string | null {
	try {
		return resolveLink(target, from);
	} catch {
		return null;
	}
}

/**
 * Notes that an embedded note embeds in turn, down to Digital Garden's depth: the
 * unpublished ones would be published inside the brief. Each is reported once, with the path to it.
 */
function nestedEmbeds(
	start: string,
	byPath: Map<string, NoteInfo>,
	resolveLink: ResolveLink,
	embedsOf: EmbedsOf,
): { path: string; via: string[] }[] {
	const out: { path: string; via: string[] }[] = [];
	const seen = new Set<string>([start]);
	let level: { path: string; via: string[] }[] = [{ path: start, via: [start] }];
	for (let depth = 2; depth <= EMBED_DEPTH && level.length; depth++) {
		const next: { path: string; via: string[] }[] = [];
		for (const { path, via } of level) {
			let targets: string[] = [];
			try {
				targets = embedsOf(path);
			} catch {
				targets = [];
			}
			for (const t of targets) {
				const hit = safeResolve(resolveLink, t.split("#")[0], path);
				if (!hit || seen.has(hit)) continue;
				seen.add(hit);
				const note = byPath.get(hit);
				if (!note || !note.exists) continue;
				// An embedded note is inlined with its own embeds, published or not: keep walking.
				if (!note.publish) out.push({ path: hit, via });
				next.push({ path: hit, via: [...via, hit] });
			}
		}
		level = next;
	}
	return out;
}

export function classifyLinks(
	brief: Brief,
	notes: NoteInfo[] | Map<string, NoteInfo>,
	resolveLink: ResolveLink,
	embedsOf?: EmbedsOf,
): LinkReport[] {
	const byPath = notes instanceof Map ? notes : new Map(notes.map((n) => [n.path, n]));
	const out: LinkReport[] = [];
	for (const link of brief.links) {
		if (!link.target.trim()) continue; // [[#Heading]]: the brief itself
		const path = safeResolve(resolveLink, link.target, brief.path);
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
		if (embedsOf && link.embed && report.path && note?.exists) {
			for (const n of nestedEmbeds(report.path, byPath, resolveLink, embedsOf)) {
				out.push({ from: brief.path, link, path: n.path, status: "embedded-unpublished", via: n.via });
			}
		}
	}
	return out;
}

const EMBED = /!\[\[([^\]|#\n]+)[^\]\n]*\]\]|!\[[^\]\n]*\]\(([^)\n]+)\)/g;

/** Embed targets of a note's text (wiki and Markdown embeds), for CLI use of classifyLinks' embedsOf. */
export function embedTargets(text: string): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(EMBED)) {
		let t = (m[1] ?? m[2] ?? "").trim();
		if (m[2] !== undefined) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(t)) continue;
			try {
				t = decodeURI(t);
			} catch {
				/* as written */
			}
		}
		if (t) out.push(t);
	}
	return out;
}

/** Unpublished notes the reports point to, each once, in first-seen order (candidates for "mark for publishing"). */
export function unpublishedTargets(reports: LinkReport[]): string[] {
	const out: string[] = [];
	for (const r of reports) {
		if ((r.status === "unpublished" || r.status === "embedded-unpublished") && r.path && !out.includes(r.path))
			out.push(r.path);
	}
	return out;
}

/** How many reports of each status. */
export function countByStatus(reports: LinkReport[]): Record<LinkReport["status"], number> {
	const c = { published: 0, unpublished: 0, missing: 0, "embedded-unpublished": 0, hidden: 0 };
	for (const r of reports) c[r.status]++;
	return c;
}

/** A published brief that embeds a note the garden's publisher will not publish (G1): its text would leak. */
export interface EmbedLeak {
	brief: string;
	/** The unpublished note. */
	note: string;
	/** Published notes in between, for an embed of an embed. */
	via?: string[];
}

/** Every embedded unpublished note of the given briefs, each brief and note pair once, in brief order. */
export function embedLeaks(
	briefs: Brief[],
	notes: NoteInfo[] | Map<string, NoteInfo>,
	resolveLink: ResolveLink,
	embedsOf?: EmbedsOf,
): EmbedLeak[] {
	const byPath = notes instanceof Map ? notes : new Map(notes.map((n) => [n.path, n]));
	const out: EmbedLeak[] = [];
	const seen = new Set<string>();
	for (const b of briefs) {
		for (const r of classifyLinks(b, byPath, resolveLink, embedsOf)) {
			if (r.status !== "embedded-unpublished" || !r.path) continue;
			const key = `${b.path}\u0000${r.path}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ brief: b.path, note: r.path, ...(r.via ? { via: r.via } : {}) });
		}
	}
	return out;
}

/** One line naming the brief and the note, for a Notice or the CLI. */
export function embedLeakMessage(l: EmbedLeak): string {
	const through = l.via?.length ? ` (through ${l.via.join(" -> ")})` : "";
	return `${l.brief} embeds ${l.note}${through}, which is not published: the garden would publish its text inside the brief`;
}
