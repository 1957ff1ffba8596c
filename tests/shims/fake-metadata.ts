/**
 * The fake metadata cache (see fake-app.ts), faithful to Obsidian where the plugin depends on it:
 * - `links` holds wiki links `[[x]]` and Markdown links `[t](x.md)`; `embeds` holds `![[x]]` and `![t](x)`
 *   (never in `links`); URLs and links inside code are not links. `link` keeps the subpath (`Note#Part`).
 * - `getFirstLinkpathDest(linkpath, sourcePath)` takes a link path (no `#subpath`: use `getLinkpath`) and
 *   resolves it relative to the source note: an exact vault path,
 *   a path relative to the source's folder, then the file with that name, preferring the one nearest
 *   the source when names are duplicated (same folder, then the shortest path).
 * - After a write, the note is re-parsed later (Obsidian does it in a worker): "changed" (file, data, cache)
 *   and "resolved" fire on a later task, after the write's promise has resolved, and only when the
 *   content really changed (Obsidian compares a hash of the content and keeps the cache when it is equal).
 * Test helper: `whenIdle()` resolves once every pending re-parse has fired its events.
 */
import { Events, type TFile } from "./shim-core";
import type { FakeVault, MetadataSink } from "./fake-vault";

/** Captured at import, so tests that install fake timers still get "changed" events (a worker is not a timer). */
const laterTask: (fn: () => void) => unknown = globalThis.setTimeout.bind(globalThis);

export interface Loc {
	line: number;
	col: number;
	offset: number;
}
export interface Pos {
	start: Loc;
	end: Loc;
}
export interface FakeLinkCache {
	link: string;
	original: string;
	displayText?: string;
	position: Pos;
}

export interface FakeCache {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	/** Only the front-matter block ("yaml"), present also when its YAML is invalid (as in Obsidian). */
	sections?: { type: string; position: Pos }[];
	links?: FakeLinkCache[];
	embeds?: FakeLinkCache[];
}

export type FrontmatterParser = (raw: string) => Record<string, unknown> | undefined;

const FM = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFm(text: string): { raw: string | null; body: string; pos?: Pos } {
	const m = FM.exec(text);
	if (!m) return { raw: null, body: text };
	const block = m[0].replace(/\r?\n$/, "");
	const endLine = block.split("\n").length - 1;
	const pos = { start: { line: 0, col: 0, offset: 0 }, end: { line: endLine, col: 3, offset: block.length } };
	return { raw: m[1], body: text.slice(m[0].length), pos };
}

/** Blanks front-matter, fenced code and inline code (same length), so links inside them are not found. */
function linkableText(text: string, fmEnd: number): string {
	const blank = (s: string) => s.replace(/[^\n]/g, " ");
	const head = blank(text.slice(0, fmEnd));
	return (head + text.slice(fmEnd))
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
		.replace(/(`+)[^`\n][\s\S]*?\1/g, (m) => (m.includes("\n\n") ? m : blank(m)));
}

function locAt(text: string, offset: number): Loc {
	const before = text.slice(0, offset);
	const line = before.split("\n").length - 1;
	return { line, col: offset - (before.lastIndexOf("\n") + 1), offset };
}

const WIKI = /(!?)\[\[([^\]|\n]+?)(?:\|([^\]\n]*))?\]\]/g;
const MD = /(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]+>|[^)\s]+)(?:\s+"[^"\n]*")?\s*\)/g;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function safeDecode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

/** Links and embeds of a note, in text order. */
export function linksOf(text: string, fmEnd: number): { links: FakeLinkCache[]; embeds: FakeLinkCache[] } {
	const scan = linkableText(text, fmEnd);
	const found: (FakeLinkCache & { embed: boolean })[] = [];
	const add = (m: RegExpExecArray, link: string, displayText: string) => {
		const position = { start: locAt(text, m.index), end: locAt(text, m.index + m[0].length) };
		found.push({ link, original: m[0], displayText, position, embed: m[1] === "!" });
	};
	for (const m of scan.matchAll(WIKI)) add(m, m[2].trim(), m[3] ?? m[2].trim());
	for (const m of scan.matchAll(MD)) {
		const target = m[3].replace(/^<|>$/g, "");
		if (URL_SCHEME.test(target) || target.startsWith("#")) continue;
		add(m, safeDecode(target), m[2]);
	}
	found.sort((a, b) => a.position.start.offset - b.position.start.offset);
	const strip = ({ embed: _e, ...l }: FakeLinkCache & { embed: boolean }): FakeLinkCache => l;
	return { links: found.filter((l) => !l.embed).map(strip), embeds: found.filter((l) => l.embed).map(strip) };
}

/** Obsidian's getLinkpath: the link text without its `#heading` or `#^block` subpath. */
export function getLinkpath(linktext: string): string {
	const i = linktext.indexOf("#");
	return i < 0 ? linktext : linktext.slice(0, i);
}

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i < 0 ? "" : path.slice(0, i);
}

/** Resolves `a/./b/../c` against a folder; null when it climbs above the vault root. */
function joinPath(folder: string, rel: string): string | null {
	const out = folder ? folder.split("/") : [];
	for (const part of rel.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (!out.length) return null;
			out.pop();
		} else out.push(part);
	}
	return out.join("/");
}

export class FakeMetadataCache extends Events implements MetadataSink {
	private readonly caches = new Map<string, FakeCache>();
	private readonly texts = new Map<string, string>();
	private pending = 0;
	private idle: (() => void)[] = [];
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** Test hook: getFileCache returns null for these paths. */
	readonly nullFor = new Set<string>();

	constructor(
		private readonly vault: FakeVault,
		private readonly parseFm: FrontmatterParser,
	) {
		super();
	}

	compute(file: TFile, text: string): FakeCache {
		const { raw, pos } = splitFm(text);
		const cache: FakeCache = {};
		const fm = raw === null ? undefined : this.parseFm(raw);
		if (fm) cache.frontmatter = fm;
		if (fm && pos) cache.frontmatterPosition = pos;
		if (pos) cache.sections = [{ type: "yaml", position: pos }];
		const { links, embeds } = linksOf(text, pos ? pos.end.offset : 0);
		if (links.length) cache.links = links;
		if (embeds.length) cache.embeds = embeds;
		this.caches.set(file.path, cache);
		this.texts.set(file.path, text);
		return cache;
	}

	/** Initial parse without events (the cache is ready at layout-ready, as in Obsidian). */
	prime(): void {
		for (const f of this.vault.getMarkdownFiles()) this.compute(f, this.vault.textOf(f.path) ?? "");
		this.relink();
	}

	/** A note was written: re-parse it on a later task, like Obsidian's worker. */
	update(file: TFile, text: string): void {
		this.pending++;
		laterTask(() => {
			try {
				this.reparse(file, text);
			} finally {
				if (--this.pending === 0) for (const cb of this.idle.splice(0)) cb();
			}
		});
	}

	private reparse(file: TFile, text: string): void {
		if (this.vault.getFileByPath(file.path) !== file || file.extension !== "md") return;
		// The newest content wins: a later write queued its own re-parse.
		if (this.vault.textOf(file.path) !== text) return;
		if (this.caches.has(file.path) && this.texts.get(file.path) === text) return;
		const cache = this.compute(file, text);
		this.relink();
		this.trigger("changed", file, text, cache);
		this.trigger("resolved");
	}

	/** Test helper: resolves when no re-parse is pending (every "changed" of earlier writes has fired). */
	whenIdle(): Promise<void> {
		return this.pending === 0 ? Promise.resolve() : new Promise((r) => this.idle.push(r));
	}

	forget(path: string): void {
		this.caches.delete(path);
		this.texts.delete(path);
		this.relink();
	}

	moved(file: TFile, oldPath: string): void {
		const c = this.caches.get(oldPath);
		const t = this.texts.get(oldPath);
		this.forget(oldPath);
		if (c && file.extension === "md") {
			this.caches.set(file.path, c);
			this.texts.set(file.path, t ?? "");
		}
		this.relink();
	}

	getFileCache(file: TFile): FakeCache | null {
		if (this.nullFor.has(file.path)) return null;
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): FakeCache | null {
		const f = this.vault.getFileByPath(path);
		return f ? this.getFileCache(f) : null;
	}

	/**
	 * Takes a link PATH, as Obsidian's does: a `#subpath` is not stripped here (LinkCache.link keeps it;
	 * callers use getLinkpath/parseLinktext first), so "Note#Part" finds no note.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const p = linkpath.trim();
		if (!p) return this.vault.getFileByPath(sourcePath);
		const byPath = (path: string | null) =>
			path === null ? null : (this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`));
		const rel = p.startsWith("./") || p.startsWith("../") ? byPath(joinPath(folderOf(sourcePath), p)) : null;
		if (rel || p.startsWith("./") || p.startsWith("../")) return rel;
		const exact = byPath(p.replace(/^\/+/, "")) ?? byPath(joinPath(folderOf(sourcePath), p));
		if (exact) return exact;
		const tail = p.toLowerCase().replace(/\.md$/, "");
		const name = tail.split("/").pop()!;
		const named = this.vault.getFiles().filter((f) => {
			const noExt = f.extension === "md" ? f.path.slice(0, -3) : f.path;
			return f.basename.toLowerCase() === name || f.name.toLowerCase() === name
				? `/${noExt.toLowerCase()}`.endsWith(`/${tail}`) || `/${f.path.toLowerCase()}`.endsWith(`/${tail}`)
				: false;
		});
		return this.nearest(named, folderOf(sourcePath));
	}

	/** Of several files with the same name: the one in the source's folder, else the shortest path. */
	private nearest(files: TFile[], folder: string): TFile | null {
		if (files.length <= 1) return files[0] ?? null;
		const here = files.find((f) => folderOf(f.path) === folder);
		if (here) return here;
		return [...files].sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const same = this.vault.getFiles().filter((f) => f.basename === file.basename);
		const base = same.length === 1 ? file.name : file.path;
		return omitMdExtension && file.extension === "md" ? base.replace(/\.md$/, "") : base;
	}

	private relink(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [path, cache] of this.caches) {
			const res: Record<string, number> = {};
			const unres: Record<string, number> = {};
			for (const l of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
				const key = getLinkpath(l.link);
				const dest = this.getFirstLinkpathDest(key, path);
				if (dest) res[dest.path] = (res[dest.path] ?? 0) + 1;
				else if (key) unres[key] = (unres[key] ?? 0) + 1;
			}
			this.resolvedLinks[path] = res;
			this.unresolvedLinks[path] = unres;
		}
	}
}
