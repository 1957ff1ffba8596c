/**
 * The vault walk of the command line, robust the way Obsidian's own file list is: one bad entry never stops it.
 * A dangling symlink, a symlink loop, an unreadable folder or a file name that is not UTF-8 is skipped and
 * reported; a symlink is followed only when it points inside the vault (and each folder is read once); FIFOs,
 * sockets and devices are never opened. Folders Obsidian hides (names starting with ".") and node_modules are
 * not read. Names are read as bytes, so a Latin-1 name is reported instead of turning into a path that does
 * not exist.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { sep } from "node:path";
import type { Problem } from "../core/model";

/** Why a file of the vault is not read as a brief (`--json`'s `skipped` list). */
export type SkipReason =
	| "no publish key"
	| "not published"
	| "not Markdown"
	| "too large"
	| "unreadable"
	| "generated page"
	| "not a regular file"
	| "symlink outside the vault"
	| "dangling symlink"
	| "symlink loop"
	| "name not UTF-8";

export interface Skipped {
	path: string;
	reason: SkipReason;
	detail?: string;
}

export interface WalkResult {
	/** Every regular file (vault paths, "/"-separated) in path order, Markdown or not. */
	files: string[];
	/** One warning per bad entry. */
	problems: Problem[];
	skipped: Skipped[];
}

interface Walk extends WalkResult {
	rootReal: string;
	/** Folders read so far, as device:inode, so a loop or a second way into a folder is read once. */
	seen: Set<string>;
	recursive: boolean;
	readdir: (dir: Buffer) => Buffer[];
}

export interface WalkOptions {
	/** Read subfolders (default true). */
	recursive?: boolean;
	/** Lists a folder's names as bytes; tests pass one that fails (a root process can read any folder). */
	readdir?: (dir: Buffer) => Buffer[];
}

const SKIP_DIRS = new Set(["node_modules"]);
const SEP = Buffer.from(sep);
const utf8 = new TextDecoder("utf-8", { fatal: true });

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

function errorCode(e: unknown): string | undefined {
	const code = (e as { code?: unknown } | null)?.code;
	return typeof code === "string" ? code : undefined;
}

function isMarkdown(path: string): boolean {
	return path.toLowerCase().endsWith(".md");
}

function bad(w: Walk, path: string, reason: SkipReason, detail: string, report = true): void {
	w.skipped.push({ path, reason, detail });
	if (report) w.problems.push({ path, line: 0, message: detail, severity: "warning" });
}

/** Walks `root` (a folder that exists; only its own files unless `recursive`). Never throws for an entry inside it. */
export function walkVault(root: string, opts: WalkOptions = {}): WalkResult {
	const rootReal = realpathSync(root);
	const seen = new Set([folderKey(statSync(rootReal))]);
	const readdir = opts.readdir ?? ((dir: Buffer) => readdirSync(dir, { encoding: "buffer" }));
	const w: Walk = {
		files: [],
		problems: [],
		skipped: [],
		rootReal,
		seen,
		recursive: opts.recursive !== false,
		readdir,
	};
	readFolder(w, Buffer.from(root), "");
	return { files: w.files, problems: w.problems, skipped: w.skipped };
}

function folderKey(st: Stats): string {
	return `${st.dev}:${st.ino}`;
}

function readFolder(w: Walk, dir: Buffer, rel: string): void {
	let raw: Buffer[];
	try {
		raw = w.readdir(dir);
	} catch (e) {
		bad(w, rel || ".", "unreadable", `folder cannot be read: ${message(e)}`);
		return;
	}
	const entries: { name: string; bytes: Buffer }[] = [];
	for (const bytes of raw) {
		try {
			entries.push({ name: utf8.decode(bytes), bytes });
		} catch {
			const shown = bytes.toString("latin1");
			bad(
				w,
				rel ? `${rel}/${shown}` : shown,
				"name not UTF-8",
				"file name is not valid UTF-8: skipped (rename it)",
			);
		}
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const { name, bytes } of entries) {
		visit(w, Buffer.concat([dir, SEP, bytes]), rel ? `${rel}/${name}` : name, name);
	}
}

function visit(w: Walk, full: Buffer, path: string, name: string): void {
	if (name.startsWith(".") || SKIP_DIRS.has(name)) return;
	let st: Stats | null;
	try {
		st = lstatSync(full);
	} catch (e) {
		bad(w, path, "unreadable", `cannot be read: ${message(e)}`);
		return;
	}
	if (st.isSymbolicLink()) {
		st = followLink(w, full, path);
		if (!st) return;
	}
	if (st.isDirectory()) {
		if (!w.recursive) return;
		const key = folderKey(st);
		if (w.seen.has(key)) {
			bad(w, path, "symlink loop", "folder already read through another path (a symlink loop): skipped");
			return;
		}
		w.seen.add(key);
		readFolder(w, full, path);
	} else if (st.isFile()) {
		w.files.push(path);
	} else {
		// A FIFO named x.md would block a read forever; sockets and devices are no notes either.
		bad(w, path, "not a regular file", "not a regular file (a pipe, socket or device): skipped", isMarkdown(path));
	}
}

/** The stats of a symlink's target when it is inside the vault, else null (reported). */
function followLink(w: Walk, full: Buffer, path: string): Stats | null {
	let real: string;
	try {
		real = realpathSync(full);
	} catch (e) {
		const code = errorCode(e);
		if (code === "ENOENT")
			bad(w, path, "dangling symlink", "symlink to nothing (its target does not exist): skipped");
		else if (code === "ELOOP") bad(w, path, "symlink loop", "symlink loop: skipped");
		else bad(w, path, "unreadable", `symlink cannot be followed: ${message(e)}`);
		return null;
	}
	if (real !== w.rootReal && !real.startsWith(w.rootReal + sep)) {
		bad(w, path, "symlink outside the vault", "symlink to a place outside the vault: not followed");
		return null;
	}
	try {
		return statSync(full);
	} catch (e) {
		bad(w, path, "unreadable", `symlink cannot be followed: ${message(e)}`);
		return null;
	}
}
