/** Link resolution and publish state from Obsidian's metadata cache, for the garden and the linked-notes check. */
import { TFile, type App } from "obsidian";
import { isHidden, isPublished } from "../core/brief/frontmatter";
import type { EmbedsOf, NoteInfo, ResolveLink } from "../core/garden/types";

export { publishKeysOf } from "../core/index/candidate";

/** A link target as Obsidian resolves it (shortest path, relative paths, aliases of the file name). */
export function obsidianResolver(app: App): ResolveLink {
	return (target, fromPath) => {
		try {
			return app.metadataCache.getFirstLinkpathDest(target, fromPath)?.path ?? null;
		} catch {
			return null;
		}
	};
}

function frontmatterOf(app: App, file: TFile): Record<string, unknown> | null {
	try {
		return app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	} catch {
		return null;
	}
}

/** Publish state of one note (a note without a cache yet counts as not published). */
export function noteInfo(app: App, file: TFile, keys: string[]): NoteInfo {
	const fm = frontmatterOf(app, file);
	return { path: file.path, publish: isPublished(fm, keys), hidden: isHidden(fm), exists: true };
}

/** Every Markdown note of the vault with its publish state. */
export function vaultNotes(app: App, keys: string[]): NoteInfo[] {
	return app.vault.getMarkdownFiles().map((f) => noteInfo(app, f, keys));
}

/** The file at a path when it is a note (TFile), else null. */
export function fileAt(app: App, path: string): TFile | null {
	const f = app.vault.getAbstractFileByPath(path);
	return f instanceof TFile ? f : null;
}

/** The embeds of any note as the metadata cache knows them (for embeds of embeds). */
export function obsidianEmbeds(app: App): EmbedsOf {
	return (path) => {
		const file = fileAt(app, path);
		if (!file) return [];
		return (app.metadataCache.getFileCache(file)?.embeds ?? []).map((e) => e.link);
	};
}

/** Publish state of notes, read from the metadata cache the first time each path is asked for. */
export class LazyNotes extends Map<string, NoteInfo> {
	constructor(
		private readonly app: App,
		private readonly publishKeys: string[],
	) {
		super();
	}

	get(path: string): NoteInfo | undefined {
		if (!super.has(path)) {
			const file = fileAt(this.app, path);
			if (!file || file.extension !== "md") return undefined;
			super.set(path, noteInfo(this.app, file, this.publishKeys));
		}
		return super.get(path);
	}
}
