/**
 * Reads a vault folder from disk for the command line: every Markdown note, its front-matter parsed
 * with gray-matter (JavaScript engine disabled: a `---js` block never runs), briefs parsed by core.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import matter from "gray-matter";
import { load as loadYaml } from "js-yaml";
import { isPublished, parseBrief } from "../core/brief";
import { isGeneratedFrontmatter } from "../core/garden/frontmatter";
import { publishKeysOf } from "../core/index/candidate";
import type { Brief, Frontmatter, Problem } from "../core/model";
import { DEFAULT_SETTINGS, type Settings } from "../settings";

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
	notes: VaultNote[];
	/** Briefs in path order; only published ones unless `all`. */
	briefs: Brief[];
	problems: Problem[];
}

const SKIP_DIRS = new Set([".obsidian", ".git", "node_modules", ".trash"]);

function walk(dir: string, root: string, out: string[]): void {
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		const st = statSync(full);
		if (st.isDirectory()) {
			if (!SKIP_DIRS.has(name)) walk(full, root, out);
		} else if (name.toLowerCase().endsWith(".md")) {
			out.push(relative(root, full).split(sep).join("/"));
		}
	}
}

/** Every engine gray-matter knows, turned off except YAML (safe schema) and JSON. */
const refuse = () => {
	throw new Error("this front-matter language is not read (only YAML and JSON)");
};
const MATTER_OPTIONS = {
	engines: {
		yaml: (s: string) => (loadYaml(s) ?? {}),
		json: (s: string) => JSON.parse(s) as object,
		javascript: refuse,
		js: refuse,
		coffee: refuse,
		cson: refuse,
		toml: refuse,
	},
};

/** gray-matter reads `---json`/`---js` languages and JSON bodies; a bad block becomes a Problem. */
export function readFrontmatter(path: string, text: string): { fm: Frontmatter | null; problem?: Problem } {
	const t = text.replace(/^\uFEFF/, "");
	if (!/^---[^\S\r\n]*[a-z]*\r?\n/.test(t)) return { fm: null };
	try {
		const lang = /^---[^\S\r\n]*([a-z]+)/.exec(t)?.[1];
		if (!lang && /^---\r?\n\s*\{/.test(t)) {
			// Digital Garden writes JSON between plain --- fences: JSON is YAML, but parse it as JSON for exact errors.
			const end = t.indexOf("\n---", 3);
			const block = end > 0 ? t.slice(t.indexOf("\n") + 1, end) : "";
			const fm = JSON.parse(block) as unknown;
			return { fm: isRecord(fm) ? fm : null };
		}
		const parsed = matter(t, MATTER_OPTIONS as unknown as Parameters<typeof matter>[1]);
		return { fm: isRecord(parsed.data) ? (parsed.data) : null };
	} catch (e) {
		const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
		return { fm: null, problem: { path, line: 0, message: `front-matter is not valid: ${msg}`, severity: "error" } };
	}
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}


/** Load a vault folder: notes, briefs (published only unless `all`) and problems. Never throws per note. */
export function loadVault(root: string, opts: { all?: boolean; settings?: Settings } = {}): LoadedVault {
	const settings = opts.settings ?? DEFAULT_SETTINGS;
	const keys = publishKeysOf(settings);
	const paths: string[] = [];
	walk(root, root, paths);
	const notes: VaultNote[] = [];
	const briefs: Brief[] = [];
	const problems: Problem[] = [];
	for (const path of paths) {
		let text: string;
		try {
			const size = statSync(join(root, path)).size;
			if (size > settings.maxNoteBytes) {
				problems.push({ path, line: 0, message: `too large (${size} bytes; the limit is ${settings.maxNoteBytes})`, severity: "warning" });
				continue;
			}
			text = readFileSync(join(root, path), "utf8");
		} catch (e) {
			problems.push({ path, line: 0, message: `cannot be read: ${e instanceof Error ? e.message : String(e)}`, severity: "error" });
			continue;
		}
		const { fm, problem } = readFrontmatter(path, text);
		// Garden pages written by Study Briefs carry the publish key too, but are never briefs.
		const isBrief = !!fm && keys.some((k) => k in fm) && !isGeneratedFrontmatter(fm);
		const publish = isPublished(fm, keys);
		const hidden = !!fm && isPublished(fm, ["dg-hide"]);
		notes.push({ path, text, frontmatter: fm, publish, hidden, isBrief });
		if (problem) {
			// A note whose front-matter can't be read is still a note; the reader reports the same problem.
			const brief = parseBrief({ path, text }, { publishKeys: keys, sectionSynonyms: settings.sectionSynonyms, parseYaml: loadYaml, maxBytes: settings.maxNoteBytes });
			const reported = brief.problems.length ? brief.problems : [problem];
			problems.push(...reported);
			continue;
		}
		if (!isBrief || (!publish && !opts.all)) continue;
		const brief = parseBrief({ path, text, frontmatter: fm }, { publishKeys: keys, sectionSynonyms: settings.sectionSynonyms, parseYaml: loadYaml, maxBytes: settings.maxNoteBytes });
		briefs.push(brief);
		problems.push(...brief.problems);
	}
	return { root, notes, briefs, problems };
}
