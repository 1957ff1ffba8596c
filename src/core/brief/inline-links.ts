/**
 * Linear scanners for `[[wikilinks]]` and `[text](url)` links. Regexes with a bounded body still cost
 * (bound x positions) on a line of 50,000 "[[": these scanners remember the next closer instead.
 */

export interface WikiSpan {
	start: number;
	end: number;
	body: string;
	embed: boolean;
}

export interface MdSpan {
	start: number;
	end: number;
	text: string;
	url: string;
	embed: boolean;
}

const MAX_BODY = 400;
const MAX_URL = 2000;

export function scanWikiLinks(text: string): WikiSpan[] {
	const out: WikiSpan[] = [];
	let i = 0;
	let close = -1;
	while (i < text.length) {
		const open = text.indexOf("[[", i);
		if (open < 0) break;
		if (close < open + 2) close = text.indexOf("]]", open + 2);
		if (close < 0) break;
		const realOpen = text.lastIndexOf("[[", close - 1);
		const body = text.slice(realOpen + 2, close);
		if (body && body.length <= MAX_BODY && !body.includes("\n")) {
			const embed = text[realOpen - 1] === "!";
			out.push({ start: embed ? realOpen - 1 : realOpen, end: close + 2, body, embed });
		}
		i = close + 2;
	}
	return out;
}

/** `[text](url)`, `[text](<url with spaces>)`, `[text](url "title")`, one level of parentheses in the url. */
export function scanMdLinks(text: string): MdSpan[] {
	const out: MdSpan[] = [];
	let lastOpen = -1;
	let nextParen = -1;
	// The ")" after a given ")" (a url with one level of parentheses), searched once per ")": not once per link.
	let afterOf = -1;
	let afterParen = -1;
	for (let k = 0; k < text.length; k++) {
		const ch = text[k];
		if (ch === "[") {
			lastOpen = k;
			continue;
		}
		if (ch !== "]" || text[k + 1] !== "(" || lastOpen < 0) continue;
		const open = lastOpen;
		lastOpen = -1;
		if (k - open - 1 > MAX_BODY || (open > 0 && text[open - 1] === "[")) continue;
		if (nextParen < k + 2) nextParen = text.indexOf(")", k + 2);
		if (nextParen < 0) break;
		let end = nextParen;
		// Too long already (a longer url only grows): skipped before any scan of it.
		if (end - (k + 2) > MAX_URL) continue;
		let inner = text.slice(k + 2, end);
		if (inner.includes("(") && !inner.includes(")")) {
			if (afterOf !== end) {
				afterOf = end;
				afterParen = text.indexOf(")", end + 1);
			}
			const more = afterParen;
			if (more > 0 && more - k < MAX_URL) {
				end = more;
				inner = text.slice(k + 2, end);
			}
		}
		if (inner.length > MAX_URL) continue;
		let url = inner.trim();
		if (url.startsWith("<")) {
			const gt = url.indexOf(">");
			if (gt < 0) continue;
			url = url.slice(1, gt);
		} else {
			const title = url.search(/\s+["']/);
			if (title > 0) url = url.slice(0, title);
			if (/\s/.test(url)) continue;
		}
		const embed = text[open - 1] === "!";
		out.push({ start: embed ? open - 1 : open, end: end + 1, text: text.slice(open + 1, k), url, embed });
		k = end;
	}
	return out;
}

/** Replaces spans (sorted, non-overlapping) with what `fn` returns. */
export function replaceSpans<T extends { start: number; end: number }>(
	text: string,
	spans: T[],
	fn: (s: T) => string,
): string {
	if (!spans.length) return text;
	let out = "";
	let at = 0;
	for (const s of spans) {
		if (s.start < at) continue;
		out += text.slice(at, s.start) + fn(s);
		at = s.end;
	}
	return out + text.slice(at);
}
