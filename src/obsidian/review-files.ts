/**
 * Finding the review logs in the log folder. The device's own log is the one at its canonical path
 * (`<folder>/<deviceId>.md`); any other file named after a device — a conflict copy from a sync service
 * ("phone (conflicted copy 2026-11-25).md", "phone.sync-conflict-….md", "phone 2.md") or a backup in a subfolder —
 * is read as well, but its events are the same events (same content) and count once: nothing in a copy is lost,
 * nothing is counted twice, and a stale copy never hides the real log.
 */
import { TFile, normalizePath, type App } from "obsidian";
import type { Problem } from "../core/model";
import type { DeviceLog } from "../core/review";
import { blankFrontmatter } from "../core/text";
import { deviceOf } from "../core/review/device-of";

/** The marker in every log file's front-matter: a file without it is never written to. */
export const LOG_MARKER = "study-briefs: review-log";
export const LOG_HEADER = `---\ndg-publish: false\n${LOG_MARKER}\n---\n# Study Briefs review log\n\n%% One line per review, written by one device only. Do not edit. %%\n\n`;

/** A kind of per-device log (review logs, curation logs): its front-matter marker, header and name in messages. */
export interface LogFormat {
	marker: string;
	header: string;
	name: string;
	/** What one line records ("review"). */
	unit: string;
}

export const REVIEW_LOG: LogFormat = { marker: LOG_MARKER, header: LOG_HEADER, name: "review log", unit: "review" };

export { deviceOf } from "../core/review/device-of";

/** The line number the next appended line gets in a log's text (a torn last line keeps its own line). */
export function nextLine(text: string): number {
	let n = 0;
	for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
	return text.length === 0 || text.endsWith("\n") ? n : n + 1;
}

export interface LogFiles {
	/** Other devices' logs and copies (own copies included), in path order. */
	others: DeviceLog[];
	/** This device's log at its canonical path ("" when it does not exist yet). */
	own: string;
	problems: Problem[];
}

/** Reads every log in the folder. Problems (unreadable files, notes that are not logs, copies) are returned, never thrown. */
export async function readLogFiles(
	app: App,
	folder: string,
	deviceId: string,
	ownPath: string,
	format: LogFormat = REVIEW_LOG,
): Promise<LogFiles> {
	const prefix = `${normalizePath(folder)}/`;
	const files = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(prefix));
	const out: LogFiles = { others: [], own: "", problems: [] };
	const warn = (f: TFile, message: string) =>
		out.problems.push({ path: f.path, line: 0, message, severity: "warning" });
	for (const f of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
		let text: string;
		try {
			text = await app.vault.read(f);
		} catch (e) {
			warn(f, `${format.name} could not be read: ${String(e)}`);
			continue;
		}
		const device = deviceOf(f.path);
		if (f.path === ownPath) {
			out.own = blankFrontmatter(text);
			continue;
		}
		// Another note in the folder is not read as a log (and never written to).
		if (!text.includes(format.marker)) {
			warn(f, `not a Study Briefs ${format.name} (no marker), skipped`);
			continue;
		}
		const canonical = `${prefix}${device}.md`;
		if (f.path !== canonical) {
			warn(
				f,
				`a copy of the ${format.name} of ${device === deviceId ? "this device" : `device ${device}`} (a sync conflict or a backup): read with it, each ${format.unit} counted once. Keep it until you are sure it holds nothing new.`,
			);
		}
		out.others.push({ device, path: f.path, text: blankFrontmatter(text) });
	}
	return out;
}

/**
 * Appends lines to this device's log (made with its header if missing), each on its own line even after a torn
 * last line. Throws when the file is not a review log (it is never written to) or the write fails.
 */
export async function appendLines(
	app: App,
	folder: string,
	path: string,
	lines: string[],
	format: LogFormat = REVIEW_LOG,
): Promise<void> {
	const file = await ensureLog(app, folder, path, format.header);
	await app.vault.process(file, (data) => {
		if (data.trim() && !data.includes(format.marker))
			throw new Error(`${file.path} is not a Study Briefs ${format.name}`);
		const base = data.trim() ? data : format.header;
		return (base.endsWith("\n") ? base : `${base}\n`) + lines.map((l) => `${l}\n`).join("");
	});
}

async function ensureLog(app: App, folderPath: string, path: string, header: string): Promise<TFile> {
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return existing;
	if (existing) throw new Error(`${path} is a folder`);
	const folder = normalizePath(folderPath);
	if (!app.vault.getAbstractFileByPath(folder)) {
		try {
			await app.vault.createFolder(folder);
		} catch {
			// Created meanwhile (another write, or Sync): create() below tells if it is really missing.
		}
	}
	return app.vault.create(path, header);
}

/**
 * A log that only grew since it was read (`log.text`): its new text, the part added, and the line the part starts
 * on. Null when it was not simply appended to (rewritten, shorter, a torn last line completed) or is unreadable.
 */
export async function readGrowth(
	app: App,
	log: DeviceLog,
): Promise<{ text: string; tail: string; first: number } | null> {
	const file = log.path ? app.vault.getFileByPath(log.path) : null;
	if (!file) return null;
	let text: string;
	try {
		text = blankFrontmatter(await app.vault.read(file));
	} catch {
		return null;
	}
	const old = log.text;
	if ((old !== "" && !old.endsWith("\n")) || !text.startsWith(old)) return null;
	return { text, tail: text.slice(old.length), first: nextLine(old) };
}
