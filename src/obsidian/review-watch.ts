/**
 * Watching the review-log folder for other devices' logs (Sync, git). A log that only grew is read for its new
 * lines; anything else (a log created, removed, renamed, or rewritten) reads the folder again.
 */
import { TFile, debounce, normalizePath, type App, type EventRef, type TAbstractFile } from "obsidian";

export interface WatchHost {
	folder(): string;
	/** This device's own log (its own writes are not news). */
	ownPath(): string;
	/** Logs that changed: `grown` = only modified (maybe appended to); false = something else happened. */
	changed(paths: string[], grown: boolean): Promise<void>;
}

export function watchLogs(app: App, host: WatchHost, register: (ref: EventRef) => void, delayMs: number): void {
	const paths = new Set<string>();
	let grown = true;
	const flush = debounce(
		() => {
			const list = [...paths];
			const onlyGrown = grown;
			paths.clear();
			grown = true;
			void host.changed(list, onlyGrown);
		},
		delayMs,
		true,
	);
	const isOtherLog = (path: string) => {
		const folder = `${normalizePath(host.folder())}/`;
		return path.startsWith(folder) && path.toLowerCase().endsWith(".md") && path !== host.ownPath();
	};
	const note = (path: string, modified: boolean) => {
		paths.add(path);
		if (!modified) grown = false;
		flush();
	};
	const on = (modified: boolean) => (f: TAbstractFile) => {
		if (f instanceof TFile && isOtherLog(f.path)) note(f.path, modified);
	};
	const { vault } = app;
	register(vault.on("create", on(false)));
	register(vault.on("modify", on(true)));
	register(vault.on("delete", on(false)));
	register(
		vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			if (isOtherLog(oldPath)) note(oldPath, false);
			else on(false)(f);
		}),
	);
}
