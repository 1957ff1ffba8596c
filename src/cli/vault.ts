/**
 * Reads a vault folder from disk for the command line: every Markdown note, its front-matter split and parsed
 * by core exactly as the plugin reads it (Obsidian's rules: see core/brief/frontmatter.ts; YAML through js-yaml's
 * safe schema, so no language tag ever runs code), briefs parsed by core. Never throws for a note: anything
 * wrong is a Problem, and every note that is not a brief is listed in `skipped` with the reason.
 */
import { CliProgress, type ProgressStream } from "./progress";
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";
import { isPublished, parseBrief } from "../core/brief";
import { isHidden, parseFrontmatter, splitFrontmatter } from "../core/brief/frontmatter";
import { briefOptionsOf } from "../core/brief/options";
import { noteKindOf, tooLargeProblem } from "../core/index/candidate";
import type { Brief, Frontmatter, Problem } from "../core/model";
import type { Settings } from "../settings";
import { curateVaultBriefs } from "./curation";
import { readVaultSettings } from "./settings";
import { walkVault, type Skipped } from "./walk";

export type { Skipped, SkipReason } from "./walk";

export interface VaultNote {
	path: string;
	text: string;
	frontmatter: Frontmatter | null;
	publish: boolean;
	hidden: boolean;
	/** The note has the publish key at all (true or false): it is meant as a brief. */
	isBrief: boolean;
}

export interface LoadedVault {
	root: string;
	settings: Settings;
	notes: VaultNote[];
	/** Briefs in path order; only published ones unless `all` (or `anyNote`). */
	briefs: Brief[];
	problems: Problem[];
	/** Every file that is not one of `briefs`, with the reason. */
	skipped: Skipped[];
	/** Every regular file of the vault (attachments too), from the same robust walk: for link resolution. */
	files: string[];
}

export interface LoadOptions {
	/** Include briefs that are not published (`dg-publish: false`). */
	all?: boolean;
	/** Read every Markdown note as a brief, publish key or not (pages written by the garden excepted). */
	anyNote?: boolean;
	/** The settings to use; by default the vault's own (readVaultSettings). */
	settings?: Settings;
	/** Only the notes directly in `root`, no subfolders (a note outside any vault: its own folder). */
	shallow?: boolean;
	/** Keep each note's text in `notes` (the garden needs it; listings do not, so they pass false). Default true. */
	keepText?: boolean;
	/** Where a progress bar may be drawn while notes are read (stderr; drawn only on a terminal, for long work). */
	progress?: ProgressStream | null;
}

/** Front-matter as Obsidian reads it; a block that is there but unreadable becomes a Problem. */
export function readFrontmatter(path: string, text: string): { fm: Frontmatter | null; problem?: Problem } {
	const split = splitFrontmatter(text);
	if (split.problem)
		return {
			fm: null,
			problem: { path, line: split.problem.line, message: split.problem.message, severity: "error" },
		};
	if (split.raw === null || !split.format) return { fm: null };
	const parsed = parseFrontmatter(split.raw, split.format, loadYaml);
	if (!parsed.problem) return { fm: parsed.data };
	return {
		fm: null,
		problem: {
			path,
			line: parsed.problem.line,
			message: parsed.problem.message,
			severity: parsed.problem.severity ?? "error",
		},
	};
}

/**
 * A first line that looks like a front-matter opener but is not exactly `---` (`---yaml`, `---js`, `--- `):
 * Obsidian shows no properties there, so neither does Study Briefs; the note says why instead of going quiet.
 */
export function openerProblem(path: string, text: string): Problem | null {
	const first = /^\uFEFF?(---[^\r\n]*)/.exec(text.slice(0, 256))?.[1];
	if (first === undefined || first === "---" || /^-{4,}\s*$/.test(first)) return null;
	const shown = JSON.stringify(first.slice(0, 20));
	return {
		path,
		line: 0,
		message: `front-matter not read: its first line is ${shown}, and Obsidian reads properties only after a line that is exactly ---`,
		severity: "warning",
	};
}

type FileRead = { text: string } | { tooLarge: number } | { error: string };

/** Reads a regular file only (checked on the open file, so a pipe put there meanwhile never blocks). */
export function readNoteFile(full: string, maxBytes: number): FileRead {
	let fd: number;
	try {
		fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) return { error: "not a regular file" };
		if (st.size > maxBytes) return { tooLarge: st.size };
		return { text: readFileSync(fd, "utf8") };
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	} finally {
		closeSync(fd);
	}
}

/** Load a vault folder: notes, briefs and problems. Never throws per note. */
export function loadVault(root: string, opts: LoadOptions = {}): LoadedVault {
	const own = opts.settings ? { settings: opts.settings } : readVaultSettings(root);
	const settings = own.settings;
	const reader = briefOptionsOf(settings);
	const keys = reader.publishKeys;
	const walked = walkVault(root, { recursive: opts.shallow !== true });
	const vault: LoadedVault = {
		root,
		settings,
		notes: [],
		briefs: [],
		problems: [...walked.problems],
		skipped: [...walked.skipped],
		files: walked.files,
	};
	if (own.problem) vault.problems.push(own.problem);
	const parse = (path: string, text: string, frontmatter?: Frontmatter | null) =>
		parseBrief({ path, text, frontmatter }, { ...reader, parseYaml: loadYaml });
	const bar = new CliProgress(opts.progress ?? null, "reading notes", walked.files.length);
	for (const path of walked.files) {
		bar.tick();
		if (!path.toLowerCase().endsWith(".md")) {
			vault.skipped.push({ path, reason: "not Markdown" });
			continue;
		}
		const read = readNoteFile(join(root, path), settings.maxNoteBytes);
		if ("tooLarge" in read) {
			const detail = `too large (${read.tooLarge} bytes; the limit is ${settings.maxNoteBytes})`;
			vault.problems.push(tooLargeProblem(path, read.tooLarge, settings.maxNoteBytes));
			vault.skipped.push({ path, reason: "too large", detail });
			continue;
		}
		if ("error" in read) {
			const detail = `cannot be read: ${read.error}`;
			vault.problems.push({ path, line: 0, message: detail, severity: "error" });
			vault.skipped.push({ path, reason: "unreadable", detail });
			continue;
		}
		const text = read.text;
		const { fm, problem } = readFrontmatter(path, text);
		const opener = fm || problem ? null : openerProblem(path, text);
		if (opener) vault.problems.push(opener);
		const kind = noteKindOf(fm, keys);
		// Garden pages and the plugin's own logs: written by Study Briefs, never briefs.
		const generated = kind === "generated" || kind === "log";
		const isBrief = kind === "brief" || (!generated && opts.anyNote === true);
		const publish = isPublished(fm, keys);
		const hidden = isHidden(fm);
		vault.notes.push({
			path,
			text: opts.keepText === false ? "" : text,
			frontmatter: fm,
			publish,
			hidden,
			isBrief,
		});
		if (problem && !opts.anyNote) {
			// A note whose front-matter can't be read is still a note; the reader reports the same problem.
			const brief = parse(path, text);
			const reported = brief.problems.length ? brief.problems : [problem];
			for (const p of reported) vault.problems.push(p);
			vault.skipped.push({ path, reason: "unreadable", detail: problem.message });
			continue;
		}
		const why = skipReason(generated, isBrief, publish || opts.all === true || opts.anyNote === true, keys);
		if (why) {
			vault.skipped.push({ path, ...why });
			continue;
		}
		const brief = parse(path, text, problem ? undefined : fm);
		vault.briefs.push(brief);
		for (const p of brief.problems) vault.problems.push(p);
	}
	bar.finish();
	// The student's hidden, corrected and added items (curation logs beside the review logs).
	const curated = curateVaultBriefs(root, settings.reviewFolder, vault.briefs);
	vault.briefs = curated.briefs;
	for (const p of curated.problems) vault.problems.push(p);
	return vault;
}

function skipReason(
	generated: boolean,
	isBrief: boolean,
	shown: boolean,
	keys: string[],
): Omit<Skipped, "path"> | null {
	if (generated) return { reason: "generated page", detail: "a page written by Study Briefs" };
	if (!isBrief) return { reason: "no publish key", detail: `no ${keys.join(" or ")} in its front-matter` };
	if (!shown) return { reason: "not published", detail: `${keys.join(" / ")} is off (use --all to include it)` };
	return null;
}
