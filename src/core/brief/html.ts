/** HTML bodies (Notion exports, MDX): one HTML line -> one Markdown-ish line, so line numbers stay true. */

const ENTITIES: Record<string, string> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: " ",
	rsquo: "\u2019",
	lsquo: "\u2018",
	rdquo: "\u201d",
	ldquo: "\u201c",
	ndash: "\u2013",
	mdash: "\u2014",
	hellip: "\u2026",
};

export function decodeEntities(text: string): string {
	if (!text.includes("&")) return text;
	return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, name: string) => {
		if (name[0] === "#") {
			const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[name.toLowerCase()] ?? m;
	});
}

const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const BLOCK_OPEN = /^\s*<(?:p|div|li|h[1-6]|blockquote|tr|ul|ol|table|section|article|figure|pre)\b/i;

export interface HtmlState {
	listDepth: number;
	inQuote: boolean;
}

export function newHtmlState(): HtmlState {
	return { listDepth: 0, inQuote: false };
}

/** True when the line has an HTML tag worth converting. */
export function hasHtml(line: string): boolean {
	return line.includes("<") && /<\/?[a-zA-Z][^<>]*>/.test(line);
}

function countTags(text: string, re: RegExp): number {
	let n = 0;
	re.lastIndex = 0;
	while (re.exec(text)) n++;
	return n;
}

/** Converts one line; returns the text and whether a block starts on it. */
export function htmlLine(line: string, st: HtmlState): { text: string; breakBefore: boolean } {
	if (!hasHtml(line)) {
		const t = decodeEntities(line);
		return { text: st.inQuote && t.trim() ? `> ${t}` : t, breakBefore: false };
	}
	const breakBefore = BLOCK_OPEN.test(line);
	const liAt = line.search(/<li\b/i);
	const before = liAt >= 0 ? line.slice(0, liAt) : line;
	const depthAtLi = st.listDepth + countTags(before, /<(?:ul|ol)\b/gi) - countTags(before, /<\/(?:ul|ol)>/gi);
	st.listDepth = Math.max(0, st.listDepth + countTags(line, /<(?:ul|ol)\b/gi) - countTags(line, /<\/(?:ul|ol)>/gi));
	const quoteOpen = /<blockquote\b/i.test(line);
	const quoteClose = /<\/blockquote>/i.test(line);
	if (quoteOpen) st.inQuote = true;
	if (/<t[dh]\b/i.test(line)) {
		const cells = line
			.split(/<t[dh]\b[^<>]*>/i)
			.slice(1)
			.map((c) => decodeEntities(c.replace(TAG, "")).replace(/\|/g, "\\|").trim());
		if (quoteClose) st.inQuote = false;
		return { text: cells.length ? `| ${cells.join(" | ")} |` : "", breakBefore: true };
	}
	const h = /^\s*<h([1-6])\b/i.exec(line);
	let text = line
		.replace(/<br\s*\/?>\s*$/i, "")
		.replace(/<br\s*\/?>/gi, " ")
		.replace(TAG, "");
	text = decodeEntities(text).trim();
	if (h && text) text = `${"#".repeat(Number(h[1]))} ${text}`;
	else if (liAt >= 0 && text) text = `${"  ".repeat(Math.max(0, depthAtLi - 1))}- ${text}`;
	else if (st.inQuote && text) text = `> ${text}`;
	if (quoteClose) st.inQuote = false;
	return { text, breakBefore };
}
