/**
 * The text filter's matches, marked in a row: each word of the filter is found case- and accent-insensitively
 * (as the index matches) and wrapped in a <mark>. Built with text nodes only (no HTML from note text).
 */

/** The filter's words, folded (lower case, no accents); empty when there is no filter. */
export function queryTerms(text: string): string[] {
	return fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

function fold(s: string): string {
	return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** [start, end) ranges of `text` that match a term, merged, in order. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	if (!terms.length || !text) return [];
	// fold each character on its own so positions map back to the original text
	let folded = "";
	const at: number[] = [];
	for (let i = 0; i < text.length; ) {
		const cp = text.codePointAt(i) ?? 0;
		const ch = String.fromCodePoint(cp);
		const f = fold(ch);
		for (let k = 0; k < f.length; k++) at.push(i);
		folded += f;
		i += ch.length;
	}
	at.push(text.length);
	const ranges: [number, number][] = [];
	for (const t of terms) {
		for (let p = folded.indexOf(t); p >= 0; p = folded.indexOf(t, p + t.length)) {
			const end = at[p + t.length] ?? text.length;
			ranges.push([at[p], end > at[p] ? end : at[p] + 1]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const out: [number, number][] = [];
	for (const r of ranges) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/** Set an element's text with the matches of `terms` marked. */
export function setHighlighted(el: HTMLElement, text: string, terms: readonly string[]): void {
	const ranges = matchRanges(text, terms);
	if (!ranges.length) {
		el.setText(text);
		return;
	}
	let pos = 0;
	for (const [a, b] of ranges) {
		if (a > pos) el.appendText(text.slice(pos, a));
		el.createEl("mark", { cls: "sb-tl-match", text: text.slice(a, b) });
		pos = b;
	}
	if (pos < text.length) el.appendText(text.slice(pos));
}
