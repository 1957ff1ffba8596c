/**
 * Where a note's front-matter block is. Obsidian's rule (and so Digital Garden's): the note's first line is
 * exactly `---` and the block ends at the next line that is exactly `---`. `---yaml`, `--- ` and a `...` closer
 * are not front-matter there, so they are not here either. A BOM before the first line is ignored; CRLF, CR and
 * LF all end a line. The one finder for briefs, generated garden pages and review logs.
 */

const FENCE = "---";

/** The note's lines: BOM dropped, CRLF/CR/LF all line breaks. */
export function noteLines(text: string): string[] {
	return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

/**
 * The index of the line that closes the front-matter block opened by the first line, or -1 when the note has
 * no (closed) front-matter. Lines as from noteLines; an iterable, so a caller can stop reading at the block's end.
 */
export function frontmatterClose(lines: Iterable<string>): number {
	let i = 0;
	for (const line of lines) {
		if (i === 0 ? line !== FENCE : line === FENCE) return i === 0 ? -1 : i;
		i++;
	}
	return -1;
}

/** The lines of `text` one by one, as noteLines splits them, without splitting the rest of a long text. */
export function* leadingLines(text: string): Generator<string> {
	let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const br = /\r\n|\r|\n/g;
	for (;;) {
		br.lastIndex = start;
		const m = br.exec(text);
		if (!m) {
			yield text.slice(start);
			return;
		}
		yield text.slice(start, m.index);
		start = m.index + m[0].length;
	}
}

/** The front-matter block's inner lines (between the fences), or null when the note has none. */
export function frontmatterBlock(text: string): string[] | null {
	const lines = noteLines(text);
	const close = frontmatterClose(lines);
	return close < 0 ? null : lines.slice(1, close);
}

/**
 * `text` with its front-matter lines blanked and the line numbers kept (the rest of the text as it is), so a
 * line parser sees only the body. Reads only the top of a long text.
 */
export function blankFrontmatter(text: string): string {
	const close = frontmatterClose(leadingLines(text));
	if (close < 0) return text;
	// The offset just after the closing line's break.
	const br = /\r\n|\r|\n/g;
	let end = 0;
	for (let i = 0; i <= close; i++) {
		if (!br.exec(text)) return "\n".repeat(close);
		end = br.lastIndex;
	}
	return "\n".repeat(close + 1) + text.slice(end);
}
