import type { HistDate } from "../model";
import type { DateReader } from "../dates/types";
import type { Block } from "./types";
import { blockLabel } from "./facts";
import { splitSentences } from "./sentences";
import { plainTitle, stripInline } from "./strip";

export interface RawEvent {
	date: HistDate;
	text: string;
	label?: string;
	section?: string;
	line: number;
}

/** Sentences longer than this are read in pieces (bounded work per call to the date reader). */
const MAX_SENTENCE = 1000;

function chunks(text: string): { text: string; start: number }[] {
	if (text.length <= MAX_SENTENCE) return [{ text, start: 0 }];
	const out: { text: string; start: number }[] = [];
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + MAX_SENTENCE);
		if (end < text.length) {
			const sp = text.lastIndexOf(" ", end);
			if (sp > start + MAX_SENTENCE / 2) end = sp;
		}
		out.push({ text: text.slice(start, end), start });
		start = end;
	}
	return out;
}

function safeRead(reader: DateReader, text: string): ReturnType<DateReader["read"]> {
	try {
		return reader.read(text);
	} catch {
		return [];
	}
}

/** Dated events from every readable block, read in note order so the reader can carry its anchor year. */
export function findEvents(blocks: Block[], reader: DateReader): RawEvent[] {
	const out: RawEvent[] = [];
	for (const b of blocks) {
		const section = b.section?.title;
		if (b.kind === "heading") {
			const text = plainTitle(b.parts[0]);
			for (const m of safeRead(reader, text)) out.push({ date: m.date, text, section, line: b.lines[0] });
			continue;
		}
		const lab = b.kind === "item" || b.kind === "para" || b.kind === "quote" ? blockLabel(b) : null;
		const label = lab?.label;
		const parts = lab ? [lab.first, ...b.parts.slice(1)] : b.parts;
		const starts: number[] = [];
		let joined = "";
		for (const p of parts) {
			const s = stripInline(p);
			if (!s) {
				starts.push(joined.length);
				continue;
			}
			if (joined) joined += " ";
			starts.push(joined.length);
			joined += s;
		}
		const lineAt = (offset: number): number => {
			let i = 0;
			while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
			return b.lines[i] ?? b.lines[0];
		};
		if (label) {
			const first = splitSentences(joined)[0]?.text ?? joined;
			for (const m of safeRead(reader, label)) {
				out.push({ date: m.date, text: first || label, label, section, line: b.lines[0] });
			}
		}
		for (const s of splitSentences(joined)) {
			for (const c of chunks(s.text)) {
				for (const m of safeRead(reader, c.text)) {
					const ev: RawEvent = { date: m.date, text: c.text, section, line: lineAt(s.start + c.start + m.index) };
					if (label) ev.label = label;
					out.push(ev);
				}
			}
		}
	}
	return out;
}
