/**
 * Text that goes into a garden page: links rewritten so that only published notes are linked,
 * embeds never carried over (Digital Garden would inline an unpublished note's content), and
 * Markdown that cannot break the page's structure.
 */
import { HTML_TAG, MD_IMAGE, MD_LINK, MD_PLAIN, WIKI_EMBED, WIKI_LINK, WIKI_PLAIN, replaceBrackets } from "./linear-replace";
import type { NoteInfo, ResolveLink } from "./types";

export interface Linker {
	/** `[[shortest]]` or `[[shortest|alias]]` for a vault path (no `.md`); `\|` inside tables. */
	link(path: string, alias?: string, heading?: string, inTable?: boolean): string;
	/** The note at this path will be published (exists, publish key set). */
	isPublished(path: string): boolean;
	resolve: ResolveLink;
}

/** File name without folder and `.md`. */
export function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

function withoutMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/**
 * Shortest link text, as Obsidian writes it: the bare name when no other note (or generated page)
 * shares it, else the full path without `.md`.
 */
export function makeLinker(notes: NoteInfo[], resolve: ResolveLink, extraPaths: string[] = [], extraPublished = false): Linker {
	const count = new Map<string, number>();
	const memo = new Map<string, string>();
	const byPath = new Map<string, NoteInfo>();
	for (const n of notes) byPath.set(n.path, n);
	for (const p of extraPaths) if (!byPath.has(p)) byPath.set(p, { path: p, publish: extraPublished, hidden: false, exists: true });
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
		const text = (count.get(base.toLowerCase()) ?? 0) > 1 ? withoutMd(path) : base;
		const target = cleanLinkPart(text) + (heading ? `#${cleanLinkPart(heading)}` : "");
		const shown = alias !== undefined ? cleanLinkPart(alias) : "";
		const pipe = inTable ? "\\|" : "|";
		return shown && shown !== text ? `[[${target}${pipe}${shown}]]` : `[[${target}]]`;
	}
}

/** Characters that would end or split a wikilink are removed from its parts. */
function cleanLinkPart(s: string): string {
	return s.replace(/[[\]|]/g, " ").replace(/\s+/g, " ").trim();
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

function splitWiki(inner: string): { target: string; heading?: string; alias?: string } {
	const bar = inner.search(/\\?\|/);
	let alias: string | undefined;
	let rest = inner;
	if (bar >= 0) {
		alias = inner.slice(bar).replace(/^\\?\|/, "").trim() || undefined;
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

/**
 * Rewrites the links of one piece of brief text: a link to a published note becomes a shortest wikilink,
 * a link to anything else becomes its plain words, and every embed of a note or a local file is dropped
 * (an embed to a published note becomes a plain link).
 */
export function rewriteLinks(text: string, fromPath: string, linker: Linker, inTable = false): string {
	let out = replaceBrackets(text, WIKI_LINK, ([, bang, inner]) => {
		const { target, heading, alias } = splitWiki(inner);
		const path = target ? linker.resolve(target, fromPath) : null;
		const published = !!path && linker.isPublished(path);
		if (bang) return published && path ? linker.link(path, alias, heading, inTable) : "";
		if (published && path) return linker.link(path, alias, heading, inTable);
		return alias ?? (target ? baseName(target) : (heading ?? ""));
	});
	out = replaceBrackets(out, MD_LINK, ([m, bang, label, rawUrl]) => {
		const url = rawUrl.trim().replace(/^<|>$/g, "").replace(/\s+"[^"]*"$/, "");
		if (EXTERNAL.test(url)) return url.startsWith("#") ? label : m;
		if (bang) return "";
		const [file, heading] = safeDecode(url).split("#");
		const path = file ? linker.resolve(file, fromPath) : null;
		if (path && linker.isPublished(path)) return linker.link(path, label || undefined, heading || undefined, inTable);
		return label;
	});
	return out;
}

/** One line of inline Markdown: no line breaks, no HTML, no comments; optional table-cell escaping. */
export function inline(text: string, inTable = false): string {
	let s = text
		.replace(/%%[\s\S]*?(?:%%|$)/g, " ")
		.replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
		.replace(/</g, "&lt;")
		.replace(/\s+/g, " ")
		.trim();
	if (inTable) s = s.replace(/\\?\|/g, (m) => (m === "\\|" ? m : "\\|"));
	return s;
}

/** Brief text -> one line of safe inline Markdown for a garden page. */
export function gardenText(text: string, fromPath: string, linker: Linker, inTable = false): string {
	return inline(rewriteLinks(text, fromPath, linker, inTable), inTable);
}

/** Plain words without any Markdown link or formatting (for Mermaid, which cannot hold links). */
export function plainText(text: string): string {
	// Bracket patterns by a linear scan (linear-replace.ts): as regexes they were quadratic on runs of "[[".
	let t = replaceBrackets(text, WIKI_EMBED, () => "");
	t = replaceBrackets(t, WIKI_PLAIN, ([, inner]) => {
		const { target, alias } = splitWiki(inner);
		return alias ?? baseName(target);
	});
	t = replaceBrackets(t, MD_IMAGE, () => "");
	t = replaceBrackets(t, MD_PLAIN, ([, label]) => label);
	t = t.replace(/%%[\s\S]*?(?:%%|$)/g, " ");
	return replaceBrackets(t, HTML_TAG, () => " ")
		.replace(/[*_`~=]+/g, "")
		.replace(/\s+/g, " ")
		.trim();
}

/** A safe file name for a generated page (no folder separators, no `..`, no characters links reject). */
export function fileName(name: string): string {
	const s = name
		.replace(/[\\/:*?"<>|#^[\]]/g, " ")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^\.+/, "")
		.trim();
	return s.slice(0, 120) || "Untitled";
}
