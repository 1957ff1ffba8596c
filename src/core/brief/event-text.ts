/**
 * The text events are read from: daily-note links and task dates dropped, inline Markdown stripped, long sentences
 * in bounded chunks; reads that never throw.
 */
import type { DateReader } from "../dates/types";
import { stripInline } from "./strip";

/** Sentences longer than this are read in pieces (bounded work per call to the date reader). */
const MAX_SENTENCE = 1000;

export function chunks(text: string): { text: string; start: number }[] {
	if (text.length <= MAX_SENTENCE) return [{ text, start: 0 }];
	const out: { text: string; start: number }[] = [];
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + MAX_SENTENCE);
		if (end < text.length) {
			// Looks back only over the chunk's second half: an unbounded lastIndexOf rescans a line without spaces.
			const half = start + MAX_SENTENCE / 2;
			const sp = text.slice(half + 1, end + 1).lastIndexOf(" ");
			if (sp >= 0) end = half + 1 + sp;
		}
		out.push({ text: text.slice(start, end), start });
		start = end;
	}
	return out;
}

/** Obsidian Tasks dates: 📅 due, ⏳ scheduled, 🛫 start, ✅ done, ➕ created, ❌ cancelled. */
const TASK_DATE = /(?:\u{1F4C5}|\u23F3|\u{1F6EB}|\u2705|\u2795|\u274C)\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}/gu;

/** `[[2025-03-13]]` daily-note links and task dates are not history: dropped before reading dates. */
export function dropDateLinks(text: string): string {
	let t = text.includes("[[") ? text.replace(/\[\[\d{4}-\d{2}-\d{2}[^\]\n]{0,200}\]\]/g, " ") : text;
	if (/[\u23F3\u2705\u2795\u274C\uD83D]/.test(t)) t = t.replace(TASK_DATE, " ");
	return t;
}

export function stripForEvents(text: string): string {
	return stripInline(dropDateLinks(text));
}

export function safeRead(reader: DateReader, text: string): ReturnType<DateReader["read"]> {
	try {
		return reader.read(text);
	} catch {
		return [];
	}
}
