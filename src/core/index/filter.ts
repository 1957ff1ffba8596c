import type { Brief } from "../model";
import type { IndexFilter } from "./types";

import { searchText, searchWords } from "../text";

/** Item text as the timeline search sees it (core/text/search-text.ts): "Élan, don't!" -> "elan dont". */
export const normaliseText: (text: string) => string = searchText;

/** Query words, normalised; every one must occur in the item's text. */
export function queryWords(text: string | undefined): string[] {
	return text ? searchWords(text) : [];
}

export function matchesWords(haystack: string, words: string[]): boolean {
	for (const w of words) if (!haystack.includes(w)) return false;
	return true;
}

function cleanTag(tag: string): string {
	return tag.trim().replace(/^#+/, "").toLowerCase();
}

/** A brief tag matches the filter tag when equal or nested below it (`a/b` matches `a`). */
export function hasTag(brief: Brief, tag: string): boolean {
	const want = cleanTag(tag);
	if (!want) return true;
	for (const t of brief.tags) {
		const have = cleanTag(t);
		if (have === want || have.startsWith(`${want}/`)) return true;
	}
	return false;
}

/** The brief is in `folder` or below; "" (the vault root) holds everything. */
export function inFolder(brief: Brief, folder: string): boolean {
	const f = folder.replace(/^\/+|\/+$/g, "");
	if (!f) return true;
	return brief.course === f || brief.course.startsWith(`${f}/`);
}

/** Everything in the filter that is about the brief (not the text search). */
export function briefMatches(brief: Brief, filter: IndexFilter): boolean {
	if (!filter.includeUnpublished && !brief.publish) return false;
	if (filter.brief !== undefined && brief.path !== filter.brief) return false;
	if (filter.folder !== undefined && !inFolder(brief, filter.folder)) return false;
	if (filter.tag !== undefined && !hasTag(brief, filter.tag)) return false;
	return true;
}

/** A stable cache key for a filter. */
export function filterKey(filter: IndexFilter): string {
	return JSON.stringify([
		filter.brief ?? null,
		filter.folder ?? null,
		filter.tag === undefined ? null : cleanTag(filter.tag),
		!!filter.includeUnpublished,
		queryWords(filter.text).join(" "),
	]);
}
