import type { Section, SectionRole } from "../model";
import type { ScanLine, SectionSynonyms } from "./types";
import { plainTitle, stripEmphasis } from "./strip";
import { isQuoteTitle } from "./quote-forms";
import { langRoleOf } from "../lang/sections";

export const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/;
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;
/** `**Label:** text`, `**Label**: text`, `__Label:__ text` at the start of a paragraph. */
const INLINE_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)(:?)\1(:?)(?:[ \t]+(.*))?$/;

/** Sections that cite sources: no events are read from them (publication years are not history). */
const SOURCE_TITLES = new Set([
	"source",
	"sources",
	"references",
	"reference",
	"bibliography",
	"works cited",
	"citations",
	"links",
	"further reading",
	"sources used",
	"see also",
	"reading list",
	"readings",
	"suggested reading",
	"suggested readings",
	"recommended reading",
	"recommended readings",
	"required reading",
	"further readings",
	"works consulted",
	"external links",
	"useful links",
	"resources",
	"sources and further reading",
	"references and further reading",
	"bibliography and further reading",
	"notes and references",
	"footnotes",
]);

/** A label title is words and ordinary punctuation: `**T = RG ◦ YC**` (a formula) is not a label. */
const LABEL_TITLE = /^(?=.*\p{L})[\p{L}\p{N}\p{M}\s'\u2018\u2019"\u201c\u201d&/(),.:;?!#%\u2013\u2014-]+$/u;

export function normTitle(title: string): string {
	let t = stripEmphasis(title).toLowerCase();
	// Each replace only when it has something to do: white space other than single spaces; a space or ":" at the end.
	if (/[^\S ]| \s/.test(t)) t = t.replace(/\s+/g, " ");
	const last = t[t.length - 1];
	if (last === ":" || last === " ") t = t.replace(/[\s:]+$/, "");
	return t.trim();
}

/** Lower-cased synonym lists, kept while the list's entries stay the same (settings may edit a list in place). */
const lowered = new WeakMap<string[], { src: string[]; low: string[] }>();

function lowerList(list: string[]): string[] {
	const c = lowered.get(list);
	if (c && c.src.length === list.length && c.src.every((s, i) => s === list[i])) return c.low;
	const low = list.map((s) => s.toLowerCase());
	lowered.set(list, { src: list.slice(), low });
	return low;
}

export function roleOf(title: string, synonyms: SectionSynonyms): SectionRole {
	const t = normTitle(title);
	if (!t) return "other";
	if (lowerList(synonyms.quotes).includes(t) || isQuoteTitle(t)) return "quotes";
	if (lowerList(synonyms.facts).includes(t)) return "facts";
	if (lowerList(synonyms.themes).includes(t)) return "themes";
	if (t === "conclusion" || t === "conclusions" || t === "in conclusion") return "conclusion";
	if (SOURCE_TITLES.has(t)) return "source";
	return langRoleOf(t);
}

export interface LabelLine {
	title: string;
	/** Text after the label on the same line ("" for a whole-line label). */
	rest: string;
	/** True when the label ends with a colon (inside or after the bold). */
	colon: boolean;
}

/** A bold label at the start of a line: `**Key Quotes:**`, `**Background:** text`, `**Key Quotes**`. */
export function readLabel(text: string): LabelLine | null {
	const t = text.trim();
	if (!t.startsWith("**") && !t.startsWith("__")) return null;
	const m = INLINE_LABEL.exec(t);
	if (!m) return null;
	const title = m[2].trim();
	const colon = m[3] === ":" || m[4] === ":";
	const rest = (m[5] ?? "").trim();
	if (!title || (rest && !colon)) return null;
	return { title, rest, colon };
}

function isBlank(line: ScanLine | undefined): boolean {
	return !line || line.skip || !line.text.trim();
}

/** Headings and bold-label paragraphs, with inclusive line ranges and roles (inherited from parents). */
export function findSections(lines: ScanLine[], synonyms: SectionSynonyms): Section[] {
	const out: Section[] = [];
	const stack: { s: Section; eff: number; role: SectionRole }[] = [];
	const open = (s: Section, eff: number): void => {
		while (stack.length && stack[stack.length - 1].eff >= eff) {
			stack.pop()!.s.endLine = s.startLine - 1;
		}
		const own = s.role;
		const parentRole = stack.length ? stack[stack.length - 1].role : "other";
		const role = own !== "other" ? own : parentRole;
		if (
			own === "other" &&
			parentRole !== "other" &&
			(parentRole === "quotes" || parentRole === "facts" || parentRole === "themes")
		)
			s.role = parentRole;
		stack.push({ s, eff, role });
		out.push(s);
	};
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (line.skip) continue;
		const h = HEADING.exec(line.text);
		if (h) {
			const title = plainTitle(h[2]);
			open(
				{
					title,
					level: h[1].length,
					kind: "heading",
					role: roleOf(title, synonyms),
					startLine: n,
					endLine: lines.length - 1,
				},
				h[1].length,
			);
			continue;
		}
		if (LIST.test(line.text) || line.text.trimStart().startsWith(">")) continue;
		const label = readLabel(line.text);
		if (!label) continue;
		// A whole-line label (`**Key Quotes:**`) counts anywhere at column 0; `**Label:** text` only at a paragraph start.
		const prev = lines[n - 1];
		const paragraphStart = isBlank(prev) || (prev && HEADING.test(prev.text)) || line.breakBefore;
		if (!paragraphStart && (label.rest || /^\s/.test(line.text))) continue;
		const title = plainTitle(label.title);
		if (!LABEL_TITLE.test(title)) continue;
		open(
			{ title, level: 0, kind: "label", role: roleOf(title, synonyms), startLine: n, endLine: lines.length - 1 },
			7,
		);
	}
	return out;
}

/** Index of the innermost section for every line (-1 outside any section). */
export function innermostSections(lineCount: number, sections: Section[]): Int32Array {
	const at = new Int32Array(lineCount).fill(-1);
	const stack: number[] = [];
	let next = 0;
	for (let n = 0; n < lineCount; n++) {
		while (next < sections.length && sections[next].startLine === n) stack.push(next++);
		while (stack.length && sections[stack[stack.length - 1]].endLine < n) stack.pop();
		at[n] = stack.length ? stack[stack.length - 1] : -1;
	}
	return at;
}
