/**
 * Finds the wikilinks and Markdown links of a piece of brief text in one linear pass (the regular
 * expressions `(!?)\[\[([^\]\n]*?)\]\]` and `(!?)\[([^\]\n]*)\]\(([^)\n]*)\)` match the same links, but
 * retry from every `[`, which is quadratic on a line of unclosed brackets).
 */
export type LinkToken =
	| { kind: "wiki"; bang: boolean; inner: string }
	| { kind: "md"; bang: boolean; label: string; url: string };

/** The first index ≥ start of `ch` (text.length when none); amortised O(1) for non-decreasing starts. */
function finder(text: string, ch: string): (start: number) => number {
	let from = Number.POSITIVE_INFINITY;
	let at = -1;
	return (start) => {
		if (start >= from && start <= at) return at;
		from = start;
		const i = text.indexOf(ch, start);
		at = i < 0 ? text.length : i;
		return at;
	};
}

/** The text with every link replaced by `link(token)` and every stretch between links by `plain(stretch)`. */
export function mapLinks(text: string, plain: (s: string) => string, link: (t: LinkToken) => string): string {
	// Each finder is asked with non-decreasing starts: one per use (a shared one would rescan).
	const bracket = finder(text, "]");
	const paren = finder(text, ")");
	const labelEnd = finder(text, "\n");
	const urlEnd = finder(text, "\n");
	const stop = (start: number) => Math.min(bracket(start), labelEnd(start));
	const out: string[] = [];
	let last = 0;
	let i = 0;
	for (let p = text.indexOf("[", i); p >= 0; p = text.indexOf("[", i)) {
		const bang = p - 1 >= last && text[p - 1] === "!";
		let token: LinkToken | null = null;
		let end = -1;
		// One look-up per bracket, with non-decreasing starts (the finders' cache depends on it): after `[[`,
		// the first `]` or newline from p + 1 is also the first from p + 2.
		const q = stop(p + 1);
		if (text[p + 1] === "[" && text[q] === "]" && text[q + 1] === "]") {
			token = { kind: "wiki", bang, inner: text.slice(p + 2, q) };
			end = q + 2;
		}
		if (!token) {
			if (text[q] === "]" && text[q + 1] === "(") {
				const r = Math.min(paren(q + 2), urlEnd(q + 2));
				if (text[r] === ")") {
					token = { kind: "md", bang, label: text.slice(p + 1, q), url: text.slice(q + 2, r) };
					end = r + 1;
				}
			}
		}
		if (!token) {
			i = p + 1;
			continue;
		}
		out.push(plain(text.slice(last, bang ? p - 1 : p)), link(token));
		last = end;
		i = end;
	}
	out.push(plain(text.slice(last)));
	return out.join("");
}

/** A Markdown link destination without `<…>` and without a trailing `"title"` (linear). */
export function linkDestination(raw: string): string {
	let url = raw.trim();
	if (url.endsWith('"')) {
		const open = url.lastIndexOf('"', url.length - 2);
		if (open > 0 && /\s/.test(url[open - 1])) url = url.slice(0, open).trimEnd();
	}
	if (url.startsWith("<")) url = url.slice(1);
	if (url.endsWith(">")) url = url.slice(0, -1);
	return url;
}
