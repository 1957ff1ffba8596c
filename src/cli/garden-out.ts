/**
 * The --out folder of `study-briefs garden` (M4, L2 of issue 14): files are listed without following a
 * symbolic link, written only through real folders inside --out (never through a link), and never deleted:
 * a page is removed only when the manifest (`.study-briefs-pages.json`) says this tool wrote it and its text
 * is still exactly what was written; it is then moved to `--out/.trash/`. Before a page is overwritten, a
 * text that is not what this tool last wrote (a hand edit) is copied to the trash as well.
 */
import {
	closeSync,
	constants,
	lstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeSync,
	type Stats,
} from "node:fs";
import { join, relative, sep } from "node:path";

export const MANIFEST = ".study-briefs-pages.json";
export const TRASH = ".trash";
const SKIP = new Set([".obsidian", ".git", "node_modules", TRASH]);

function lstat(path: string): Stats | null {
	try {
		return lstatSync(path);
	} catch {
		return null;
	}
}

/** Every regular file under `root` ("/"-separated, relative), never through a link; bad entries are skipped. */
export function listRealFiles(
	root: string,
	onSkip?: (rel: string, why: string) => void,
): { files: string[]; links: string[] } {
	const files: string[] = [];
	const links: string[] = [];
	const walk = (dir: string) => {
		let names: string[];
		try {
			names = readdirSync(dir).sort();
		} catch (e) {
			onSkip?.(relative(root, dir), e instanceof Error ? e.message : String(e));
			return;
		}
		for (const name of names) {
			const full = join(dir, name);
			const rel = relative(root, full).split(sep).join("/");
			const st = lstat(full);
			if (!st) onSkip?.(rel, "cannot be read");
			else if (st.isSymbolicLink()) links.push(rel);
			else if (st.isDirectory()) {
				if (!SKIP.has(name)) walk(full);
			} else if (st.isFile()) files.push(rel);
		}
	};
	walk(root);
	return { files, links };
}

/** rel path -> hash of the text this tool last wrote there. */
export type Manifest = Map<string, string>;

export function readManifest(root: string): { manifest: Manifest; problem?: string } {
	const file = join(root, MANIFEST);
	const st = lstat(file);
	if (!st) return { manifest: new Map() };
	if (!st.isFile())
		return { manifest: new Map(), problem: `${MANIFEST} is not a regular file: ignored, nothing is removed` };
	try {
		const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
		const pages = raw && typeof raw === "object" ? (raw as { pages?: unknown }).pages : undefined;
		const manifest: Manifest = new Map();
		if (pages && typeof pages === "object") {
			for (const [k, v] of Object.entries(pages)) if (typeof v === "string") manifest.set(k, v);
		}
		return { manifest };
	} catch (e) {
		return {
			manifest: new Map(),
			problem: `${MANIFEST} cannot be read (${e instanceof Error ? e.message : String(e)}): nothing is removed`,
		};
	}
}

/** Creates the folders of `rel` under `root` one by one; a link or a file in the way is an error (never followed). */
function realFolders(root: string, rel: string): string {
	const parts = rel.split("/");
	let dir = root;
	for (const seg of parts.slice(0, -1)) {
		dir = join(dir, seg);
		const st = lstat(dir);
		if (!st) mkdirSync(dir);
		else if (st.isSymbolicLink()) throw new Error(`${relative(root, dir)} is a symbolic link: not followed`);
		else if (!st.isDirectory()) throw new Error(`${relative(root, dir)} is not a folder`);
	}
	return join(dir, parts[parts.length - 1]);
}

const NOFOLLOW = typeof constants.O_NOFOLLOW === "number" ? constants.O_NOFOLLOW : 0;

/** Writes `text` to `root/rel` through real folders only; a link at the file itself is never followed. */
export function writeInside(root: string, rel: string, text: string): void {
	const file = realFolders(root, rel);
	if (lstat(file)?.isSymbolicLink()) throw new Error(`${rel} is a symbolic link: not followed`);
	const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NOFOLLOW, 0o644);
	try {
		const data = Buffer.from(text, "utf8");
		let done = 0;
		while (done < data.length) done += writeSync(fd, data, done, data.length - done);
	} finally {
		closeSync(fd);
	}
}

/** A free path in the trash for `rel` ("x.md", then "x (2).md", …). */
function trashPath(root: string, rel: string): string {
	const dot = rel.toLowerCase().endsWith(".md") ? rel.length - 3 : rel.length;
	for (let i = 1; ; i++) {
		const candidate = `${TRASH}/${i === 1 ? rel : `${rel.slice(0, dot)} (${i})${rel.slice(dot)}`}`;
		if (!lstat(join(root, candidate))) return candidate;
	}
}

/** Moves `root/rel` into `root/.trash/` (same folder tree); returns the trash path. */
export function moveToTrash(root: string, rel: string): string {
	const target = trashPath(root, rel);
	renameSync(join(root, rel), realFolders(root, target));
	return target;
}

/** Keeps a copy of `text` (what `rel` held before it is overwritten) in the trash; returns the trash path. */
export function copyToTrash(root: string, rel: string, text: string): string {
	const target = trashPath(root, rel);
	writeInside(root, target, text);
	return target;
}

export function writeManifest(root: string, manifest: Manifest): void {
	const pages: Record<string, string> = {};
	for (const k of [...manifest.keys()].sort()) pages[k] = manifest.get(k) ?? "";
	writeInside(root, MANIFEST, `${JSON.stringify({ version: 1, generator: "study-briefs", pages }, null, 2)}\n`);
}
