/** Quote entries: a quote with what the panel shows and searches about its brief. Pure. */
import type { Brief, HistEvent, Quote } from "../model";
import { shortestLinkTexts } from "./citation";
import { normaliseText } from "./search";
import { canonicalSpeakers, speakerCounts, type SpeakerCount } from "./speakers";

/** The brief's main date: its earliest event. `key` sorts chronologically (BCE first). */
export interface MainDate {
	key: number;
	label: string;
}

export interface QuoteEntry {
	/** Unique across the vault: brief path + quote id (quote ids are unique within a brief). */
	key: string;
	/** Position in the list buildEntries returned (a stable small integer for caches). */
	index: number;
	quote: Quote;
	/** The speaker as a person across the vault: the fullest name written for them ("" when none). */
	speaker: string;
	briefPath: string;
	briefTitle: string;
	/** Folder of the brief, "" at the vault root. */
	course: string;
	tags: string[];
	publish: boolean;
	date: MainDate | null;
	/** Wikilink target in its shortest form (file name without .md, or the path when ambiguous). */
	linkText: string;
	/** Normalised text + speaker + brief title + section: what the plain search scans. */
	haystack: string;
	/** Short raw text for fuzzy matching: speaker, brief title and the start of the quote. */
	fuzzyText: string;
}

function eventKey(e: HistEvent): number {
	const s = e.date.start;
	return s.year * 10000 + (s.month ?? 0) * 100 + (s.day ?? 0);
}

const COARSE = new Set(["century", "millennium"]);

/**
 * The brief's main date: its earliest event (start date; the earlier line on ties). Century and
 * millennium mentions ("the 20th century") are context, not the brief's date: they count only when
 * the brief has no finer date. Null when the brief has no events.
 */
export function mainDate(brief: Pick<Brief, "events">): MainDate | null {
	const fine = brief.events.filter((e) => !COARSE.has(e.date.precision));
	let best: HistEvent | null = null;
	let bestKey = Infinity;
	for (const e of fine.length ? fine : brief.events) {
		const k = eventKey(e);
		if (k < bestKey || (k === bestKey && best && e.source.line < best.source.line)) {
			best = e;
			bestKey = k;
		}
	}
	return best ? { key: bestKey, label: best.date.label } : null;
}

/** One entry per quote of every brief, in brief order then quote order (reusing `cache` for unchanged briefs). */
export function buildEntries(briefs: readonly Brief[], cache?: WeakMap<Brief, QuoteEntry[]>): QuoteEntry[] {
	const links = shortestLinkTexts(briefs.map((b) => b.path));
	const out: QuoteEntry[] = [];
	for (const b of briefs) {
		if (!b.quotes.length) continue;
		const linkText = links.get(b.path) ?? b.path;
		// An unchanged brief (same object: the index replaces a brief's object when it changes) keeps its
		// entries; only the position and the link text (which depends on the other paths) are refreshed.
		const cached = cache?.get(b);
		if (cached) {
			for (const e of cached) {
				e.index = out.length;
				e.linkText = linkText;
				out.push(e);
			}
			continue;
		}
		const date = mainDate(b);
		const made: QuoteEntry[] = [];
		for (const q of b.quotes) {
			const e: QuoteEntry = {
				key: `${b.path}#${q.id}`,
				index: out.length,
				quote: q,
				speaker: q.speaker ?? "",
				briefPath: b.path,
				briefTitle: b.title,
				course: b.course,
				tags: b.tags,
				publish: b.publish,
				date,
				linkText,
				// One normalisation of the joined text gives a flat string (a concatenation of normalised parts
				// would be a rope that the first search must flatten, quote by quote).
				haystack: normaliseText(`${q.text}\n${q.speaker ?? ""}\n${b.title}\n${q.section}`),
				fuzzyText: `${q.speaker ?? ""} ${b.title} ${q.text.slice(0, 160)}`,
			};
			made.push(e);
			out.push(e);
		}
		cache?.set(b, made);
	}
	const people = canonicalSpeakers(out.map((e) => e.quote.speaker ?? "").filter(Boolean));
	for (const e of out) e.speaker = e.quote.speaker ? (people.get(e.quote.speaker) ?? e.quote.speaker) : "";
	return out;
}

export type PublishFilter = "published" | "unpublished" | "all";

/** Filters of the panel; unset fields do not filter. */
export interface QuoteFilter {
	brief?: string;
	/** This folder or below; "" means the vault root only. */
	course?: string;
	/** Tag without "#", case-insensitive; nested tags match their parent ("history" matches "history/russia"). */
	tag?: string;
	speaker?: string;
	publish?: PublishFilter;
}

function tagMatches(tags: readonly string[], tag: string): boolean {
	const t = tag.replace(/^#/, "").toLowerCase();
	return tags.some((x) => {
		const y = x.replace(/^#/, "").toLowerCase();
		return y === t || y.startsWith(`${t}/`);
	});
}

/** A predicate for the filter (fast path: everything passes when nothing is set). */
export function entryFilter(f: QuoteFilter): (e: QuoteEntry) => boolean {
	const publish = f.publish ?? "published";
	const checks: ((e: QuoteEntry) => boolean)[] = [];
	if (publish === "published") checks.push((e) => e.publish);
	if (publish === "unpublished") checks.push((e) => !e.publish);
	if (f.brief !== undefined) checks.push((e) => e.briefPath === f.brief);
	if (f.course !== undefined) {
		const c = f.course;
		checks.push((e) => (c === "" ? e.course === "" : e.course === c || e.course.startsWith(`${c}/`)));
	}
	if (f.tag) {
		const t = f.tag;
		checks.push((e) => tagMatches(e.tags, t));
	}
	if (f.speaker !== undefined) {
		const s = f.speaker;
		checks.push((e) => e.speaker === s);
	}
	return (e) => checks.every((c) => c(e));
}

/** Distinct values for the filter menus, sorted. */
export function filterOptions(entries: readonly QuoteEntry[]): {
	briefs: { path: string; title: string }[];
	courses: string[];
	tags: string[];
	speakers: string[];
	/** People with their number of quotes, most quoted first. */
	people: SpeakerCount[];
} {
	const briefs = new Map<string, string>();
	const courses = new Set<string>();
	const tags = new Set<string>();
	const speakers = new Set<string>();
	for (const e of entries) {
		briefs.set(e.briefPath, e.briefTitle);
		courses.add(e.course);
		for (const t of e.tags) tags.add(t.replace(/^#/, ""));
		if (e.speaker) speakers.add(e.speaker);
	}
	const cmp = (a: string, b: string) => a.localeCompare(b);
	return {
		briefs: [...briefs]
			.map(([path, title]) => ({ path, title }))
			.sort((a, b) => cmp(a.title, b.title) || cmp(a.path, b.path)),
		courses: [...courses].sort(cmp),
		tags: [...tags].sort(cmp),
		speakers: [...speakers].sort(cmp),
		people: speakerCounts(entries.map((e) => e.speaker)),
	};
}
