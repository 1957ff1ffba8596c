/**
 * Quotes from list items: quote-mark, `Speaker:` and dash splitting of one item, the items of quotes sections.
 * Blockquotes and callouts: block-quotes.ts; quotes in prose and speaker forms: quote-forms.ts.
 */
import type { Section } from "../model";
import type { Block } from "./types";
import { stripInline } from "./strip";
import { isPassagesTitle, speakerFromSection } from "./quote-forms";
import { cleanSpeakerName } from "./speaker-names";
import { nameLike } from "./quote-subject";
import { bareName } from "./quote-whole";
import { CLOSE_DOUBLE_CLASS, CLOSE_MARKS, OPEN_DOUBLE_CLASS, OPEN_MARKS } from "../lang/quote-marks";

export interface RawQuote {
	text: string;
	speaker?: string;
	section: string;
	line: number;
	/** The speaker is the title of a text ("The East is Red"), not a person's name to clean. */
	titled?: boolean;
	/** The speaker is only the book's author by default (nobody named it at the quote). */
	implicit?: boolean;
	/** The quotation fills its paragraph or item and nobody is named at it (quote-whole.ts). */
	standalone?: boolean;
	/** The speaker is only a scholar cited in brackets ("(McGing 2010, 45)"): the section's speaker comes first. */
	cited?: boolean;
}

/** Quote marks of every language: « », „ “, » «, ‹ ›, ‚ ‘ as well as English ones (core/lang/quote-marks). */
const OPEN_Q = OPEN_MARKS;
const CLOSE_Q = CLOSE_MARKS;
/** Attribution dashes: em, en, horizontal bar, "--", "~". */
export const ATTRIB = /^(?:\u2014|\u2013|\u2015|--|~)[ \t]*([^\s~\u2014\u2013-].*)$/;

/** Removes one pair of surrounding quote marks. */
export function unwrapQuote(text: string): string {
	const t = text.trim();
	if (t.length >= 2 && OPEN_Q.includes(t[0]) && CLOSE_Q.includes(t[t.length - 1])) return t.slice(1, -1).trim();
	return t;
}

/** Drops leading white space and trailing white space, dots, commas and semicolons (a loop: the regex
 * `[\s.,;]+$` is retried from every character of a long run and is quadratic there). */
function trimSpeakerEnds(s: string): string {
	let end = s.length;
	while (end > 0 && /[\s.,;]/.test(s[end - 1])) end--;
	return s.slice(0, end).trimStart();
}

export function cleanSpeaker(s: string): string | undefined {
	let t = trimSpeakerEnds(stripInline(s));
	if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1);
	t = t.trim();
	return t && t.length <= 200 ? t : undefined;
}

/** `Speaker: "…"`, `Speaker : « … »`, `Speaker: „…“`, `Speaker, role (stage direction): "…"`. */
const SAID_ITEM = new RegExp(
	`^([^${OPEN_DOUBLE_CLASS}:\\n(]{1,80}(?:\\([^)\\n]{0,200}\\))?)[ \\t]*:[ \\t]*([${OPEN_DOUBLE_CLASS}].*[${CLOSE_DOUBLE_CLASS}])$`,
	"s",
);

/** Splits a list-item quote into text and speaker: `"..." — Speaker`, `Speaker: "..."`, `... -- Speaker`. */
export function splitQuoteItem(raw: string): { text: string; speaker?: string } {
	const t = raw
		.split("\n")
		.map((l) => stripInline(l))
		.join("\n")
		.trim();
	const first = t[0];
	if (first && OPEN_Q.includes(first)) {
		let close = -1;
		for (let i = t.length - 1; i > 0; i--) {
			if (CLOSE_Q.includes(t[i]) || (t[i] === first && first === '"')) {
				let j = i + 1;
				while (j < t.length && (t[j] === " " || t[j] === "\t" || t[j] === "\n")) j++;
				const nameLine = t.slice(i + 1, j).includes("\n") && !t.slice(j).includes("\n") && bareName(t.slice(j));
				if (j >= t.length || nameLine || /^(?:\u2014|\u2013|\u2015|--?|~|\()/.test(t.slice(j, j + 2))) {
					close = i;
					break;
				}
			}
		}
		if (close > 0) {
			// A translation in brackets between the quotation and its speaker: `"Nous sommes…" ("We are…") - Le Monde`.
			const after = t
				.slice(close + 1)
				.trim()
				.replace(/^\([^()]*\)\s*(?=[\u2014\u2013\u2015~-])/, "");
			const speaker = after
				? cleanSpeaker(after.replace(/^(?:\u2014|\u2013|\u2015|--?|~)/, "").replace(/^\((.*)\)$/, "$1"))
				: undefined;
			return { text: t.slice(1, close).trim(), speaker };
		}
	}
	const said = SAID_ITEM.exec(t);
	if (said) return { text: unwrapQuote(said[2]), speaker: cleanSpeaker(said[1]) };
	// `Winston Churchill: We shall fight on the beaches` (no marks): a full name (a one-word label is a topic:
	// "Probability: …"), then the quotation.
	const plain =
		/^(\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'\u2019-]*|of|de|von|van)){1,3})[ \t]*:[ \t]+([^\s"\u201c][\s\S]{11,})$/u.exec(
			t,
		);
	if (plain && nameLike(plain[1])) return { text: unwrapQuote(plain[2]), speaker: cleanSpeaker(plain[1]) };
	const dash = Math.max(
		t.lastIndexOf(" \u2014 "),
		t.lastIndexOf(" \u2013 "),
		t.lastIndexOf(" -- "),
		t.lastIndexOf(" ~ "),
	);
	if (dash > 0) return { text: unwrapQuote(t.slice(0, dash)), speaker: cleanSpeaker(t.slice(dash + 3)) };
	const hy = t.lastIndexOf(" - ");
	if (hy > 0 && t.length - hy < 60 && /^[A-Z]/.test(t.slice(hy + 3)))
		return { text: unwrapQuote(t.slice(0, hy)), speaker: cleanSpeaker(t.slice(hy + 3)) };
	// An excerpt without quote marks, its author in brackets at the end: `Impossible is … fools (Napoleon Bonaparte)`.
	const paren = /^(.{12,}?)\s+\(([^()]{2,60})\)\s*$/s.exec(t);
	if (paren && cleanSpeakerName(paren[2]) && !/\d/.test(paren[2]))
		return { text: unwrapQuote(paren[1]), speaker: cleanSpeaker(paren[2]) };
	return { text: unwrapQuote(t) };
}

/** A paragraph that opens with a bold label naming a person, in a quotes section: the rest is that person's quotation. */
function labelQuote(b: Block): RawQuote | undefined {
	const sec = b.section;
	if (!sec || sec.kind !== "label" || sec.startLine !== b.lines[0]) return undefined;
	const speaker = speakerFromSection(sec.title);
	const plain = stripInline(b.parts.join("\n")).trim();
	const at = plain.indexOf(":");
	const text = at > 0 && plain.slice(0, at).trim() === sec.title.trim() ? unwrapQuote(plain.slice(at + 1)) : "";
	if (!speaker || text.split(/\s+/).length < 4) return undefined;
	return { text, speaker, section: sec.title, line: b.lines[0] };
}

/** A paragraph of a highlights section of six words or more (not a label line "Chapter 2:"). */
function passages(b: Block): boolean {
	const t = stripInline(b.parts.join(" ")).trim();
	return !!b.section && isPassagesTitle(b.section.title) && !t.endsWith(":") && t.split(/\s+/).length >= 6;
}

/** Quotes from the list items (and quoted paragraphs) of quote-role sections (nested lists: a `Speaker:` parent names its children). */
export function itemQuotes(blocks: Block[]): RawQuote[] {
	const out: RawQuote[] = [];
	const speakers: { indent: number; name: string }[] = [];
	let lastSection: Section | undefined;
	let prevEnd = -2;
	for (const b of blocks) {
		if (b.section !== lastSection) {
			speakers.length = 0;
			lastSection = b.section;
		}
		if (!b.section || b.section.role !== "quotes") continue;
		const prev = out[out.length - 1];
		// A name alone under a quotation (a child item, or the very next line): `- Franklin D. Roosevelt`.
		const name = b.kind === "item" || b.kind === "para" ? bareName(b.parts.join(" ")) : undefined;
		// (Under a sentence of five words or more: a list of themes, "Guilt" / "Greed", names nobody.)
		const under = prev && !prev.speaker && prev.text.split(/\s+/).length >= 5;
		if (name && under && ((b.kind === "item" && b.indent > 0) || b.lines[0] === prevEnd + 1)) {
			prev.speaker = name;
			continue;
		}
		// `**Seneca**: We suffer more often in imagination …`: a label naming a person, its quotation after it.
		const labelled = b.kind === "para" ? labelQuote(b) : undefined;
		if (labelled) {
			out.push(labelled);
			prevEnd = b.lines[b.lines.length - 1];
			continue;
		}
		// Paragraphs count too when they open with a quote mark (`"..." — Speaker` on its own line), and every
		// paragraph of a book's highlights ("## Highlights": `passage — location: 1234`).
		const para = b.kind === "para" && (OPEN_Q.includes(stripInline(b.parts[0] ?? "")[0] ?? "") || passages(b));
		if (b.kind !== "item" && !para) continue;
		while (speakers.length && speakers[speakers.length - 1].indent >= b.indent) speakers.pop();
		const raw = b.parts.join("\n");
		const plain = stripInline(raw).trim();
		if (!plain) continue;
		const attrib = ATTRIB.exec(plain);
		if (attrib && prev && b.indent > 0 && !prev.speaker) {
			prev.speaker = cleanSpeaker(attrib[1]);
			continue;
		}
		if (plain.endsWith(":") && !OPEN_Q.includes(plain[0]) && plain.length <= 80) {
			speakers.push({ indent: b.indent, name: plain.slice(0, -1).trim() });
			continue;
		}
		// `"…" - Holmes` on the first line, commentary on the next ones: the first line is the quote.
		const firstLine = b.parts.length > 1 ? splitQuoteItem(b.parts[0]) : null;
		const q = firstLine?.speaker && cleanSpeakerName(firstLine.speaker) ? firstLine : splitQuoteItem(raw);
		if (!q.text) continue;
		const own = q.speaker ? cleanSpeakerName(q.speaker) : undefined;
		const speaker =
			own ??
			(speakers.length ? speakers[speakers.length - 1].name : undefined) ??
			(b.section.kind === "heading" ? speakerFromSection(b.section.title) : undefined);
		out.push({ text: q.text, speaker, section: b.section.title, line: b.lines[0] });
		prevEnd = b.lines[b.lines.length - 1];
	}
	return out;
}
