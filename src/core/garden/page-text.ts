/**
 * Text that goes into a garden page: links rewritten so that only published notes are linked,
 * embeds never carried over (Digital Garden would inline an unpublished note's content), and
 * Markdown that cannot break the page's structure.
 */
import { collapseSpace, escapeAlias, mapChars, escapePlain, escapeText, isSafeLinkPart, safeUrl } from "./escape";
import { linkDestination, mapLinks } from "./link-scan";
import type { NoteInfo, ResolveLink } from "./types";
import { baseName, withoutExtension } from "../text";

export interface Linker {
	/** `[[shortest]]` or `[[shortest|alias]]` for a vault path (no `.md`); `\|` inside tables. */
	link(path: string, alias?: string, heading?: string, inTable?: boolean): string;
	/** The note at this path will be published (exists, publish key set). */
	isPublished(path: string): boolean;
	resolve: ResolveLink;
}

/**
 * Shortest link text, as Obsidian writes it: the bare name when no other note (or generated page)
 * shares it, else the full path without `.md`.
 */
export function makeLinker(
	notes: NoteInfo[],
	resolve: ResolveLink,
	extraPaths: string[] = [],
	extraPublished = false,
): Linker {
	const count = new Map<string, number>();
	const memo = new Map<string, string>();
	const byPath = new Map<string, NoteInfo>();
	for (const n of notes) byPath.set(n.path, n);
	for (const p of extraPaths)
		if (!byPath.has(p)) byPath.set(p, { path: p, publish: extraPublished, hidden: false, exists: true });
	for (const p of byPath.keys()) {
		const k = baseName(p).toLowerCase();
		count.set(k, (count.get(k) ?? 0) + 1);
	}
	return {
		resolve,
		isPublished(path) {
			const n = byPath.get(path);
			return !!n && n.exists && n.publish;
		},
		link(path, alias, heading, inTable) {
			const key = `${path}\u0000${alias ?? ""}\u0000${heading ?? ""}\u0000${inTable ? 1 : 0}`;
			const known = memo.get(key);
			if (known !== undefined) return known;
			const made = makeLink(path, alias, heading, inTable);
			memo.set(key, made);
			return made;
		},
	};
	function makeLink(path: string, alias?: string, heading?: string, inTable?: boolean): string {
		const base = baseName(path);
		const text = (count.get(base.toLowerCase()) ?? 0) > 1 ? withoutExtension(path) : base;
		const target = cleanLinkPart(text);
		const head = heading ? cleanLinkPart(heading) : "";
		const shown = alias !== undefined ? escapeAlias(alias) : "";
		// A name that would be markup on the site cannot be a link target: its words, escaped, instead.
		if (!isSafeLinkPart(target) || !isSafeLinkPart(head)) return escapePlain(alias ?? base);
		const pipe = inTable ? "\\|" : "|";
		const full = target + (head ? `#${head}` : "");
		return shown && shown !== text ? `[[${full}${pipe}${shown}]]` : `[[${full}]]`;
	}
}

/** Characters that would end or split a wikilink are removed from its parts. */
function cleanLinkPart(s: string): string {
	return s
		.replace(/[[\]|]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

function splitWiki(inner: string): { target: string; heading?: string; alias?: string } {
	const bar = inner.search(/\\?\|/);
	let alias: string | undefined;
	let rest = inner;
	if (bar >= 0) {
		alias =
			inner
				.slice(bar)
				.replace(/^\\?\|/, "")
				.trim() || undefined;
		rest = inner.slice(0, bar);
	}
	const hash = rest.indexOf("#");
	const target = (hash >= 0 ? rest.slice(0, hash) : rest).trim();
	const heading = hash >= 0 ? rest.slice(hash + 1).trim() || undefined : undefined;
	return { target, heading, alias };
}

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** One link of brief text, rewritten: a safe wikilink or Markdown link, or escaped plain words. */
function rewriteWiki(bang: boolean, inner: string, fromPath: string, linker: Linker, inTable: boolean): string {
	const { target, heading, alias } = splitWiki(inner);
	const path = target ? linker.resolve(target, fromPath) : null;
	const published = !!path && linker.isPublished(path);
	if (published && path) return linker.link(path, alias, heading, inTable);
	// An embed of anything but a published note is dropped: Digital Garden would inline its content.
	if (bang) return "";
	return escapeText(alias ?? (target ? baseName(target) : (heading ?? "")));
}

function rewriteMdLink(
	bang: boolean,
	label: string,
	rawUrl: string,
	fromPath: string,
	linker: Linker,
	inTable: boolean,
): string {
	const url = linkDestination(rawUrl);
	if (EXTERNAL.test(url)) {
		const safe = url.startsWith("#") ? null : safeUrl(url);
		// Only http(s) and mailto stay links; `javascript:`, `data:` and the like become their words.
		return safe && !bang ? `[${escapeText(label)}](${safe})` : escapeText(label);
	}
	if (bang) return "";
	const [file, heading] = safeDecode(url).split("#");
	const path = file ? linker.resolve(file, fromPath) : null;
	if (path && linker.isPublished(path)) return linker.link(path, label || undefined, heading || undefined, inTable);
	return escapeText(label);
}

/**
 * Rewrites the links of one piece of brief text and escapes everything else: a link to a published note
 * becomes a shortest wikilink, a link to anything else its escaped words, every embed of a note or a local
 * file is dropped (an embed of a published note becomes a plain link). `escape` is applied to the text
 * between links (escapeText keeps the brief's emphasis; escapePlain shows it as written).
 */
export function rewriteLinks(
	text: string,
	fromPath: string,
	linker: Linker,
	inTable = false,
	escape: (s: string) => string = escapeText,
): string {
	return mapLinks(text, escape, (t) =>
		t.kind === "wiki"
			? rewriteWiki(t.bang, t.inner, fromPath, linker, inTable)
			: rewriteMdLink(t.bang, t.label, t.url, fromPath, linker, inTable),
	);
}

/** Comments are never published (Obsidian's `%%…%%` and HTML's); an unclosed one runs to the end. */
function withoutComments(text: string): string {
	return text.replace(/%%[\s\S]*?(?:%%|$)/g, " ").replace(/<!--[\s\S]*?(?:-->|$)/g, " ");
}

/** One line: no line breaks; in a table, every unescaped `|` escaped. */
function oneLine(s: string, inTable: boolean): string {
	const line = collapseSpace(s);
	return inTable ? line.replace(/\\?\|/g, (m) => (m === "\\|" ? m : "\\|")) : line;
}

/** Plain text (a title, a label) -> one line of safe inline Markdown that shows exactly as written. */
export function inline(text: string, inTable = false): string {
	return oneLine(escapePlain(withoutComments(text)), inTable);
}

export interface GardenTextOptions {
	inTable?: boolean;
	/** Show the text exactly as written (no emphasis from the brief): quiz text, where `___` is a blank. */
	plain?: boolean;
}

/** Brief text -> one line of safe inline Markdown for a garden page (links rewritten, everything else escaped). */
export function gardenText(
	text: string,
	fromPath: string,
	linker: Linker,
	opts: GardenTextOptions | boolean = {},
): string {
	const o = typeof opts === "boolean" ? { inTable: opts } : opts;
	const inTable = !!o.inTable;
	return oneLine(
		rewriteLinks(withoutComments(text), fromPath, linker, inTable, o.plain ? escapePlain : escapeText),
		inTable,
	);
}

/** Formatting marks dropped and stray angle brackets blanked, for plain words. */
const FORMAT_CHARS = new Map<string, string>(
	[..."*_`~="]
		.map((c): [string, string] => [c, ""])
		.concat([
			["<", " "],
			[">", " "],
		]),
);

/** Plain words without any Markdown link or formatting (for Mermaid, which cannot hold links). */
export function plainText(text: string): string {
	const words = mapLinks(
		text,
		(s) => s,
		(t) => {
			if (t.bang) return "";
			if (t.kind === "md") return t.label;
			const { target, alias } = splitWiki(t.inner);
			return alias ?? baseName(target);
		},
	);
	const stripped = words.replace(/%%[\s\S]*?(?:%%|$)/g, " ").replace(/<[^<>]*>/g, " ");
	return collapseSpace(mapChars(stripped, FORMAT_CHARS));
}

/** A safe file name for a generated page (no folder separators, no `..`, no characters links reject). */
export function fileName(name: string): string {
	const s = name
		.replace(/[\\/:*?"<>|#^[\]{}$`]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^\.+/, "")
		.trim();
	return s.slice(0, 120) || "Untitled";
}
