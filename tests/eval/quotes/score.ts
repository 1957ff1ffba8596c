/** Scores the quote reader against the hand labels in labels.json (issue 17). Pure: no file access. */
import type { Quote } from "../../../src/core/model";

export type QuoteLabel = [line: number, start: string, speaker: string | null];
export interface NoteLabels {
	file: string;
	heldout?: boolean;
	/** "2026-12": a held-out note labelled by hand before the reader was run on it. */
	added?: string;
	quotes: QuoteLabel[];
	not: [line: number, start: string][];
	ignore?: [from: number, to: number][];
}

export interface Score {
	labelled: number;
	found: number;
	predicted: number;
	truePositives: number;
	withSpeaker: number;
	speakerRight: number;
	misses: string[];
	falsePositives: string[];
	wrongSpeakers: string[];
}

export function emptyScore(): Score {
	return {
		labelled: 0,
		found: 0,
		predicted: 0,
		truePositives: 0,
		withSpeaker: 0,
		speakerRight: 0,
		misses: [],
		falsePositives: [],
		wrongSpeakers: [],
	};
}

function norm(s: string): string {
	return s
		.replace(/[*_`\\[\]]/g, "")
		.replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\s+/g, " ")
		.trim()
		.toLowerCase();
}

function tokens(s: string): string[] {
	return norm(s)
		.replace(/[^\p{L}\p{N}\s]/gu, " ")
		.split(/\s+/)
		.filter(Boolean);
}

/**
 * True when one name is the other or a shorter form of it: same last word, the other words found in order
 * ("Churchill" / "Winston Churchill" / "Winston Spencer Churchill"; "Mr Birling" is not "Mrs Birling").
 */
export function sameSpeaker(label: string, got: string | undefined): boolean {
	if (!got) return false;
	const g = tokens(got);
	return label.split("|").some((alt) => {
		const a = tokens(alt);
		if (!a.length || !g.length) return false;
		const [short, long] = a.length <= g.length ? [a, g] : [g, a];
		if (short[short.length - 1] !== long[long.length - 1]) return false;
		let j = 0;
		for (const t of short.slice(0, -1)) {
			while (j < long.length - 1 && long[j] !== t) j++;
			if (j >= long.length - 1) return false;
			j++;
		}
		return true;
	});
}

function matches(q: Quote, line: number, start: string): boolean {
	const ql = q.source.line + 1;
	if (Math.abs(ql - line) > 3) return false;
	const text = norm(q.text);
	const s = norm(start)
		.replace(/^"+|"+$/g, "")
		.slice(0, 24);
	return text.includes(s) || (text.length >= 8 && s.startsWith(text.slice(0, 24)));
}

/** Adds one note's result to `into`. */
export function scoreNote(labels: NoteLabels, quotes: Quote[], into: Score): void {
	const ignored = (line: number): boolean => (labels.ignore ?? []).some(([a, b]) => line >= a && line <= b);
	const used = new Set<Quote>();
	into.labelled += labels.quotes.length;
	for (const [line, start, speaker] of labels.quotes) {
		const q = quotes.find((c) => !used.has(c) && matches(c, line, start));
		if (!q) {
			into.misses.push(`${labels.file}:${line} ${start}`);
			continue;
		}
		used.add(q);
		into.found++;
		if (speaker) {
			into.withSpeaker++;
			if (sameSpeaker(speaker, q.speaker)) into.speakerRight++;
			else into.wrongSpeakers.push(`${labels.file}:${line} want ${speaker}, got ${q.speaker ?? "(none)"}`);
		}
	}
	for (const q of quotes) {
		if (ignored(q.source.line + 1) && !used.has(q)) continue;
		into.predicted++;
		if (used.has(q)) into.truePositives++;
		else into.falsePositives.push(`${labels.file}:${q.source.line + 1} ${q.text.slice(0, 50)}`);
	}
}

export function ratios(s: Score): { recall: number; precision: number; speaker: number } {
	return {
		recall: s.labelled ? s.found / s.labelled : 1,
		precision: s.predicted ? s.truePositives / s.predicted : 1,
		speaker: s.withSpeaker ? s.speakerRight / s.withSpeaker : 1,
	};
}
