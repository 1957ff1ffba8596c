/**
 * What the index remembers between queries: the answers of the last few filters (dropped whenever the index
 * changes), and each item's normalised search text (kept as long as the item lives).
 */
import type { Brief, HistEvent, Quote } from "../model";
import { filterKey, matchesWords, normaliseText } from "./filter";
import type { IndexFilter } from "./types";

/** How many filters' answers are kept per revision. */
const QUERY_CACHE_SIZE = 16;

export class QueryMemo {
	private readonly answers = new Map<string, unknown[]>();
	private revision = -1;
	private readonly texts = new WeakMap<object, string>();

	/** The answer to (kind, filter) at this revision: computed once, handed out as a copy. */
	answer<T>(revision: number, kind: string, filter: IndexFilter, compute: () => T[]): T[] {
		if (this.revision !== revision) {
			this.answers.clear();
			this.revision = revision;
		}
		const key = kind + filterKey(filter);
		let hit = this.answers.get(key) as T[] | undefined;
		if (!hit) {
			hit = compute();
			if (this.answers.size >= QUERY_CACHE_SIZE) this.answers.clear();
			this.answers.set(key, hit);
		}
		return hit.slice();
	}

	/** Does the item's search text hold every query word? (No words: yes.) */
	matches<T extends object>(item: T, words: string[], text: (item: T) => string): boolean {
		if (!words.length) return true;
		let hay = this.texts.get(item);
		if (hay === undefined) {
			hay = normaliseText(text(item));
			this.texts.set(item, hay);
		}
		return matchesWords(hay, words);
	}
}

type TitleOf = (briefPath: string) => string | undefined;

/** What a brief is found by: title, path, themes, tags. */
export function briefText(b: Brief): string {
	return [b.title, b.path, b.themes.join(" "), b.tags.join(" ")].join(" ");
}

/** What an event is found by: its text, label, date and its brief's title. */
export function eventText(e: HistEvent, titleOf: TitleOf): string {
	return [e.text, e.label ?? "", e.date.label, e.date.text, titleOf(e.briefPath) ?? ""].join(" ");
}

/** What a quote is found by: its text, speaker and its brief's title. */
export function quoteText(q: Quote, titleOf: TitleOf): string {
	return [q.text, q.speaker ?? "", titleOf(q.briefPath) ?? ""].join(" ");
}
