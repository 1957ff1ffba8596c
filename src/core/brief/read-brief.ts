/**
 * The brief reader: note text -> Brief. Pure (no Obsidian, no Node); never throws.
 *
 * Pipeline: front-matter (frontmatter.ts) -> line scan that blanks code, comments, math and converts HTML
 * (line-scan.ts, html.ts) -> sections from headings and bold labels (sections.ts) -> blocks: headings, list items,
 * table rows, paragraphs, blockquote paragraphs (blocks.ts) -> quotes (brief-quotes.ts), facts and themes
 * (facts.ts), dated events via core/dates read in note order with the era the note implies (brief-dates.ts,
 * events.ts), links (links.ts), ids (ids.ts). This file holds the options, the title, the front-matter and the
 * assembly of the Brief.
 *
 * Decisions taken from the corpus (../shared/corpus):
 * - Facts: bold-label bullets in a facts section; outside one only when the note has no facts section and
 *   the label is term-like (not a date, not repeated like `**Correct Answer:**`); `Term:: def` anywhere.
 * - Quotes: items/quoted paragraphs of a quotes section; blockquotes anywhere when attributed (— line after,
 *   last line, inline after the closing quote mark, a lone `- Author` line), introduced ("Creon says:"),
 *   in quote marks or in a quotes section; `[!quote]`/`[!cite]` callouts anywhere.
 * - Events: none from sources/references sections, task dates or daily-note links.
 * - Title: the first heading when it is the only one at its level and opens the note, else front-matter
 *   `title`, else the file name.
 */
import type { Brief, Frontmatter, NoteInput, Problem, Section } from "../model";
import { READER_DEFAULTS } from "./types";
import type { BriefOptions, ProblemLike, ResolvedOptions, ScanLine, SplitFrontmatter } from "./types";
import type { FindDatesOptions } from "../dates/types";
import { isHidden, isPublished, parseFrontmatter, permalinkOf, splitFrontmatterLines, tagsOf } from "./frontmatter";
import { scanLines } from "./line-scan";
import { readProseFences } from "./prose-fences";
import { findSections, innermostSections } from "./sections";
import { buildBlocks } from "./blocks";
import { briefQuotes } from "./brief-quotes";
import { findFacts, findThemes } from "./facts";
import { briefEvents } from "./brief-dates";
import { findLinks } from "./links";
import { IdMaker } from "./ids";
import { stripInline } from "./strip";
import { createDateReader, formatHistDate } from "../dates";
import { baseName, noteLines } from "../text";
import { noteLangOf } from "../lang/detect";
import { statedEra } from "./note-era";

export const DEFAULT_MAX_BYTES = READER_DEFAULTS.maxNoteBytes;

export function resolveOptions(opts: BriefOptions = {}): ResolvedOptions {
	return {
		publishKeys: opts.publishKeys?.length ? opts.publishKeys : [READER_DEFAULTS.publishKey],
		sectionSynonyms: opts.sectionSynonyms ?? READER_DEFAULTS.sectionSynonyms,
		parseYaml: opts.parseYaml,
		maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
		createDateReader: opts.createDateReader ?? ((o?: FindDatesOptions) => createDateReader(o)),
		lang: opts.lang ?? "auto",
		bceFolders: opts.bceFolders ?? [],
	};
}

/** The folder of a vault path ("" at the root). */
export function courseOf(path: string): string {
	const i = path.replace(/\\/g, "/").lastIndexOf("/");
	return i > 0 ? path.slice(0, i) : "";
}

function fmTitle(fm: Frontmatter | null | undefined): string | undefined {
	if (!fm) return undefined;
	const t = fm.title ?? fm.Title;
	return typeof t === "string" && t.trim() ? t.trim() : undefined;
}

/**
 * Title: the first heading when it is the note's only heading at the top level used (a title heading);
 * else the `title` front-matter; else the file name.
 * (A note whose top level is several H1 sections — "# Early Life", "# Legacy" — gets its front-matter title or file name.)
 */
export function titleOf(
	sections: Section[],
	fm: Frontmatter | null | undefined,
	path: string,
	linesBefore: (line: number) => number = () => 0,
): string {
	// "# Sources" / "# References" at the end do not make a note's title heading one of several.
	const headings = sections.filter((s) => s.kind === "heading" && s.title && s.role !== "source");
	const first = headings[0];
	if (first) {
		const top = headings.reduce((m, h) => Math.min(m, h.level), 6);
		const atTop = headings.filter((h) => h.level === top).length;
		// ... and it opens the note: at most 3 lines (an MDX import, a short intro) come before it.
		if (first.level === top && atTop === 1 && linesBefore(first.startLine) <= 3) return first.title;
	}
	return fmTitle(fm) ?? baseName(path);
}

function emptyBrief(path: string, fm: Frontmatter | null | undefined, o: ResolvedOptions): Brief {
	const permalink = permalinkOf(fm);
	const title = fmTitle(fm) ?? baseName(path);
	const brief: Brief = {
		path,
		id: permalink ?? path,
		title,
		publish: isPublished(fm, o.publishKeys),
		hidden: isHidden(fm),
		course: courseOf(path),
		tags: tagsOf(fm),
		sections: [],
		events: [],
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
	};
	if (permalink) brief.permalink = permalink;
	return brief;
}

/** Front-matter of a note too large to read: only its first 64 kB are looked at. */
function headFrontmatter(text: string, o: ResolvedOptions): Frontmatter | null {
	try {
		const split = splitFrontmatterLines(noteLines(text.slice(0, 65536)));
		return split.raw !== null && split.format ? parseFrontmatter(split.raw, split.format, o.parseYaml).data : null;
	} catch {
		return null;
	}
}

function problem(path: string, p: ProblemLike): Problem {
	return { path, line: p.line, message: p.message, severity: p.severity ?? "error" };
}

/**
 * Reads a note into a Brief. Never throws: anything wrong becomes a Problem on the Brief.
 * The Brief is plain JSON data; its strings may be slices of the note text (a caller that keeps Briefs for long
 * makes them own their strings: core/text/flat-strings.ts, as the plugin's indexer does).
 */
export function parseBrief(input: NoteInput, opts?: BriefOptions): Brief {
	const path = typeof input?.path === "string" ? input.path : "";
	const o = resolveOptions(opts);
	const text = typeof input?.text === "string" ? input.text : "";
	if (text.length > o.maxBytes) {
		const b = emptyBrief(path, input.frontmatter !== undefined ? input.frontmatter : headFrontmatter(text, o), o);
		b.problems.push(
			problem(path, {
				line: 0,
				message: `note is too large to read (${text.length} > ${o.maxBytes} bytes)`,
				severity: "warning",
			}),
		);
		return b;
	}
	try {
		return readBrief(path, text, input.frontmatter, o);
	} catch (err) {
		const b = emptyBrief(path, null, o);
		b.publish = false;
		b.problems.push(
			problem(path, {
				line: 0,
				message: `note could not be read: ${err instanceof Error ? err.message : String(err)}`,
			}),
		);
		return b;
	}
}

/**
 * The note's front-matter: the caller's (`given`, when it is not undefined) or the text's; its problems go to
 * `problems`. Broken front-matter keeps a note from being published.
 */
function readFrontmatter(
	split: SplitFrontmatter,
	given: Frontmatter | null | undefined,
	problems: ProblemLike[],
	o: ResolvedOptions,
): { fm: Frontmatter | null; fmBroken: boolean } {
	if (split.problem) problems.push(split.problem);
	let fm: Frontmatter | null = null;
	let fmBroken = !!split.problem;
	if (given !== undefined) {
		fm = given && typeof given === "object" ? given : null;
		// The caller found no front-matter (Obsidian's cache has none for broken YAML): say why, when the text has one.
		if (!fm && split.raw?.trim() && split.format) {
			const parsed = parseFrontmatter(split.raw, split.format, o.parseYaml);
			if (parsed.problem) {
				problems.push(parsed.problem);
				fmBroken = true;
			}
		}
	} else if (split.raw !== null && split.format) {
		const parsed = parseFrontmatter(split.raw, split.format, o.parseYaml);
		fm = parsed.data;
		if (parsed.problem) {
			problems.push(parsed.problem);
			fmBroken = true;
		}
	}
	return { fm, fmBroken };
}

function readBrief(path: string, text: string, given: Frontmatter | null | undefined, o: ResolvedOptions): Brief {
	const allLines = noteLines(text);
	const split = splitFrontmatterLines(allLines);
	const problems: ProblemLike[] = [];
	const { fm, fmBroken } = readFrontmatter(split, given, problems, o);
	const brief = emptyBrief(path, fm, o);
	if (fmBroken) brief.publish = false;
	const lines = scanLines(allLines, split.bodyStartLine);
	const codeDates = readProseFences(lines);
	if (codeDates) problems.push(codeDates);
	const lang = noteLangOf(
		fm,
		lines
			.filter((l) => !l.skip)
			.map((l) => l.text)
			.join("\n"),
		o.lang,
	).lang;
	if (lang !== "en") brief.lang = lang;
	const sections = findSections(lines, o.sectionSynonyms);
	const inner = innermostSections(lines.length, sections);
	const sectionOfLine = (n: number): Section | undefined => (inner[n] >= 0 ? sections[inner[n]] : undefined);
	const blocks = buildBlocks(lines, new Set(sections.filter((s) => s.kind === "label").map((s) => s.startLine)));
	for (const b of blocks) b.section = sectionOfLine(b.lines[0]);

	brief.title = titleOf(sections, fm, path, (line) => {
		let n = 0;
		for (let i = 0; i < line && n <= 3; i++) if (!lines[i].skip && lines[i].text.trim()) n++;
		return n;
	});
	brief.sections = sections;

	const ids = new IdMaker();
	const quotes = briefQuotes({ text, title: brief.title, fm, path }, lines, blocks, sectionOfLine);
	brief.quotes = quotes.map((q) => {
		const quote: Brief["quotes"][number] = {
			id: ids.make("q", q.text),
			briefPath: path,
			text: q.text,
			section: q.section,
			source: { path, line: q.line },
		};
		if (q.speaker) quote.speaker = q.speaker;
		if (q.speaker && q.implicit) quote.speakerInferred = true;
		return quote;
	});
	const hasFacts = sections.some((s) => s.role === "facts");
	brief.facts = findFacts(blocks, hasFacts).map((f) => ({
		id: ids.make("f", f.term),
		briefPath: path,
		term: f.term,
		definition: f.definition,
		source: { path, line: f.line },
	}));
	brief.themes = findThemes(blocks);
	const raw = briefEvents(
		{ path, text, title: brief.title, era: statedEra(path, fm?.era, o.bceFolders), lang },
		blocks,
		sections,
		sectionOfLine,
		o,
	);
	brief.events = raw.map((e) => {
		const ev: Brief["events"][number] = {
			id: ids.make("e", `${e.text}@${e.date.text}`),
			briefPath: path,
			// Labels in the note's language ("28 juin 1914", "XIXe siècle"); ids keep the words as written.
			date: lang === "en" ? e.date : { ...e.date, label: formatHistDate(e.date, { lang }) },
			text: e.text,
			source: { path, line: e.line },
		};
		if (e.label) ev.label = e.label;
		if (e.section) ev.section = e.section;
		return ev;
	});
	brief.links = findLinks(lines);
	const source = sourceLine(lines, sections);
	if (source) brief.source = source;
	brief.problems = problems.map((p) => problem(path, p));
	return brief;
}

/** The `**Source:** ...` line (or the first line of a "Source" section). */
function sourceLine(lines: ScanLine[], sections: Section[]): string | undefined {
	const s = sections.find((x) => x.role === "source" && x.kind === "label");
	if (!s) return undefined;
	const texts = lines.map((l) => l.text);
	const first = texts[s.startLine].replace(/^\s*(\*\*|__)[^*_]*?:?\1:?\s*/, "");
	const rest = first.trim() || texts.slice(s.startLine + 1, s.endLine + 1).find((t) => t.trim()) || "";
	const plain = stripInline(rest)
		.replace(/^[-*+]\s+/, "")
		.trim();
	return plain ? plain.replace(/^["\u201c](.*)["\u201d]$/, "$1") : undefined;
}
