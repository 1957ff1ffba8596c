/** Hand-made briefs and a tiny vault for the garden tests (independent of the brief reader). */
import type { Brief, HistDate, HistEvent, LinkRef, Quote } from "../../../src/core/model";
import type { NoteInfo, ResolveLink } from "../../../src/core/garden";

export function date(
	year: number,
	label?: string,
	precision: HistDate["precision"] = "year",
	month?: number,
): HistDate {
	const lbl = label ?? (year <= 0 ? `${1 - year} BC` : String(year));
	return { start: { year, month }, end: { year, month }, precision, approximate: false, text: lbl, label: lbl };
}

let n = 0;
export function event(briefPath: string, d: HistDate, text: string, label?: string): HistEvent {
	n++;
	return { id: `e${n}`, briefPath, date: d, text, label, source: { path: briefPath, line: n } };
}

export function quote(briefPath: string, text: string, speaker?: string): Quote {
	n++;
	return { id: `q${n}`, briefPath, text, speaker, section: "Key Quotes", source: { path: briefPath, line: n } };
}

export function link(target: string, embed = false, alias?: string): LinkRef {
	return { target, embed, alias, kind: "wiki", line: 3 };
}

export function brief(path: string, over: Partial<Brief> = {}): Brief {
	const slash = path.lastIndexOf("/");
	return {
		path,
		id: over.permalink ?? path,
		title: path.slice(slash + 1).replace(/\.md$/, ""),
		publish: true,
		hidden: false,
		course: slash > 0 ? path.slice(0, slash) : "",
		tags: [],
		sections: [],
		events: [],
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
		...over,
	};
}

export function note(path: string, publish: boolean, hidden = false): NoteInfo {
	return { path, publish, hidden, exists: true };
}

/** Obsidian-like resolution: exact path, path + ".md", else the unique (first) note with that base name. */
export function resolverFor(paths: string[]): ResolveLink {
	return (target: string) => {
		const t = target.trim();
		for (const p of paths) if (p === t || p === `${t}.md`) return p;
		const base = t.replace(/\.md$/i, "").toLowerCase();
		return (
			paths.find(
				(p) =>
					p
						.slice(p.lastIndexOf("/") + 1)
						.replace(/\.md$/i, "")
						.toLowerCase() === base,
			) ?? null
		);
	};
}

const ROME = "History/Rome/Caesar.md";
const SOVIET = "History/Russia/US Recognition.md";

/** Two published briefs, one unpublished brief, a private note linked and embedded, a hidden note. */
export function smallVault() {
	const rome = brief(ROME, {
		title: "Julius Caesar",
		events: [
			event(ROME, date(-48), "Caesar crosses into Greece and defeats Pompey at Pharsalus."),
			event(ROME, date(-43), "Caesar is assassinated on the Ides of March, see [[Private diary|my notes]]."),
		],
		quotes: [quote(ROME, "I came, I saw, I conquered.", "Julius Caesar")],
		links: [link("Private diary"), link("Secret plans", true), link("Glossary"), link("Nowhere")],
	});
	const soviet = brief(SOVIET, {
		title: "Recognition of the Soviet Union, 1933",
		events: [
			event(SOVIET, date(1917), "The U.S. severed diplomatic ties with Russia.", "Background"),
			event(
				SOVIET,
				date(1933, "Nov 1933", "month", 11),
				"Roosevelt–Litvinov conversations | agreements. ![[Secret plans]]",
			),
			event(SOVIET, date(1939), "The Molotov-Ribbentrop Pact, as in [[Caesar]]."),
		],
		quotes: [quote(SOVIET, "Roosevelt hoped that recognition\nwould serve U.S. interests.")],
	});
	const draft = brief("Drafts/Draft brief.md", {
		publish: false,
		events: [event("Drafts/Draft brief.md", date(1800), "SECRETDRAFTWORD happened.")],
		quotes: [quote("Drafts/Draft brief.md", "SECRETDRAFTQUOTE")],
	});
	const notes = [
		note(ROME, true),
		note(SOVIET, true),
		note("Drafts/Draft brief.md", false),
		note("Private diary.md", false),
		note("Secret plans.md", false),
		note("Glossary.md", true, true),
	];
	const resolve = resolverFor(notes.map((x) => x.path));
	return { briefs: [rome, soviet, draft], notes, resolve, rome, soviet, draft };
}
