/**
 * Test helpers for the quote panel: an in-memory IndexQueries, a recording StudyHost, a synthetic
 * vault of briefs (deterministic) and a mount helper that puts the view in a sidebar-sized box.
 */
import { WorkspaceLeaf, type App } from "obsidian";
import type { IndexFilter, IndexQueries } from "../../src/core/index/types";
import type { Brief, HistEvent, Quote, SourceRef } from "../../src/core/model";
import { mulberry32 } from "../../src/core/quiz/rng";
import { DEFAULT_SETTINGS, type Settings } from "../../src/settings";
import type { StudyHost } from "../../src/ui/host";
import type { OpenMode } from "../../src/obsidian/open-source";
import type { QuizScope } from "../../src/core/quiz/quiz-set";
import { QuoteIndexView } from "../../src/ui/quotes/quote-view";

/** A tiny in-memory index: enough of IndexQueries for the views (until BriefIndex lands). */
export class MemoryIndex implements IndexQueries {
	revision = 1;
	private map = new Map<string, Brief>();
	private listeners = new Set<(revision: number, changed: string[]) => void>();
	constructor(briefs: Brief[] = []) {
		for (const b of briefs) this.map.set(b.path, b);
	}
	set(briefs: Brief[]): void {
		this.map = new Map(briefs.map((b) => [b.path, b]));
		this.revision++;
		for (const l of this.listeners)
			l(
				this.revision,
				briefs.map((b) => b.path),
			);
	}
	get(path: string): Brief | undefined {
		return this.map.get(path);
	}
	briefs(filter: IndexFilter = {}): Brief[] {
		return [...this.map.values()].filter((b) => {
			if (!filter.includeUnpublished && !b.publish) return false;
			if (filter.brief !== undefined && b.path !== filter.brief) return false;
			if (
				filter.folder !== undefined &&
				!(b.course === filter.folder || b.course.startsWith(`${filter.folder}/`))
			)
				return false;
			if (filter.tag && !b.tags.some((t) => t.toLowerCase() === filter.tag!.toLowerCase())) return false;
			return true;
		});
	}
	timeline(filter?: IndexFilter): HistEvent[] {
		return this.briefs(filter).flatMap((b) => b.events);
	}
	quotes(filter?: IndexFilter): Quote[] {
		return this.briefs(filter).flatMap((b) => b.quotes);
	}
	problems() {
		return [];
	}
	onChange(cb: (revision: number, changed: string[]) => void): () => void {
		this.listeners.add(cb);
		return () => this.listeners.delete(cb);
	}
}

export interface HostRecord {
	opened: { ref: SourceRef; mode?: OpenMode }[];
	quizzes: QuizScope[];
}

export interface TestHost extends StudyHost {
	record: HostRecord;
	setActive(path: string | null): void;
}

export function makeHost(
	index: IndexQueries,
	opts: {
		now?: Date;
		gardenUrl?: (p: string) => string | null;
		reviewStats?: StudyHost["reviewStats"];
		settings?: Partial<Settings>;
	} = {},
): TestHost {
	const record: HostRecord = { opened: [], quizzes: [] };
	let active: string | null = null;
	const listeners = new Set<(p: string | null) => void>();
	return {
		app: {} as App,
		index,
		settings: { ...DEFAULT_SETTINGS, ...opts.settings },
		record,
		async openSource(ref, mode) {
			record.opened.push({ ref, mode });
		},
		async startQuiz(scope) {
			record.quizzes.push(scope);
		},
		activePath: () => active,
		onActiveChange(cb) {
			listeners.add(cb);
			return () => listeners.delete(cb);
		},
		setActive(path) {
			active = path;
			for (const l of listeners) l(path);
		},
		gardenUrl: opts.gardenUrl ?? (() => null),
		reviewStats: opts.reviewStats,
		now: () => opts.now ?? new Date(2026, 10, 28, 12, 0),
	};
}

const WORDS = (
	"empire treaty revolution reform parliament crown liberty republic war peace trade famine harvest army navy " +
	"constitution senate people nation frontier colony church council emperor king queen minister duty honour " +
	"freedom history memory justice law order power bread land labour industry railway steam coal iron empire " +
	"science reason faith doubt courage fear hope sacrifice victory defeat alliance betrayal diplomacy recognition " +
	"sovereignty independence union federation province city village river mountain sea ocean harbour fortress"
).split(" ");
const SPEAKERS = [
	"Franklin D. Roosevelt",
	"Maxim Litvinov",
	"Émile Zola",
	"José Martí",
	"Søren Kierkegaard",
	"Otto von Bismarck",
	"Catherine the Great",
	"Winston Churchill",
	"Mahatma Gandhi",
	"Cicero",
	"Thucydides",
	"Rosa Luxemburg",
	"Frédéric Bastiat",
	"Abraham Lincoln",
	"Queen Victoria",
	"Simón Bolívar",
	"Marcus Aurelius",
	"Ida B. Wells",
];
const COURSES = [
	"History/Russia",
	"History/Russia/Soviet era",
	"History/Ancient",
	"History/Americas",
	"Politics/Europe",
	"Economics",
	"",
];
const TAGS = ["history", "history/russia", "politics", "economics", "ancient", "exam"];

function sentence(r: () => number, min: number, max: number): string {
	const n = min + Math.floor(r() * (max - min + 1));
	const w: string[] = [];
	for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
	const s = w.join(" ");
	return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function event(path: string, year: number, line: number): HistEvent {
	const label = year <= 0 ? `${1 - year} BC` : String(year);
	return {
		id: `ev-${path}-${line}`,
		briefPath: path,
		date: { start: { year }, end: { year }, precision: "year", approximate: false, text: label, label },
		text: `Something happened in ${label}.`,
		source: { path, line },
	};
}

/** A brief with given quotes (plain data, as the parser would produce it). */
export function makeBrief(
	path: string,
	title: string,
	quotes: { text: string; speaker?: string }[],
	extra: Partial<Brief> = {},
): Brief {
	const course = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	return {
		path,
		id: path,
		title,
		publish: true,
		hidden: false,
		course,
		tags: [],
		sections: [],
		events: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
		...extra,
		quotes: quotes.map((q, i) => ({
			id: `q-${i}-${q.text.slice(0, 12).replace(/\W+/g, "-").toLowerCase()}`,
			briefPath: path,
			text: q.text,
			speaker: q.speaker,
			section: "Key Quotes",
			source: { path, line: 20 + i * 2 },
		})),
	};
}

/** A synthetic vault: `briefCount` briefs with `perBrief` quotes each (some multi-line, some unpublished). */
export function syntheticBriefs(briefCount: number, perBrief: number, seed = 7): Brief[] {
	const prng = mulberry32(seed);
	const r = (): number => prng.next();
	const out: Brief[] = [];
	for (let b = 0; b < briefCount; b++) {
		const course = COURSES[b % COURSES.length];
		const title = `${sentence(r, 2, 4).slice(0, -1)} ${b}`;
		const path = `${course ? `${course}/` : ""}Brief ${b}.md`;
		const quotes = [];
		for (let q = 0; q < perBrief; q++) {
			const lines = r() < 0.15 ? 2 + Math.floor(r() * 2) : 1;
			const text = Array.from({ length: lines }, () => sentence(r, 6, 40)).join("\n");
			quotes.push({ text, speaker: r() < 0.8 ? SPEAKERS[Math.floor(r() * SPEAKERS.length)] : undefined });
		}
		const year = Math.floor(r() * 2400) - 500;
		out.push(
			makeBrief(path, title, quotes, {
				publish: b % 9 !== 4,
				tags: [TAGS[b % TAGS.length]],
				events: [event(path, year + 5, 3), event(path, year, 9)],
			}),
		);
	}
	return out;
}

/** Mount the panel in a sidebar-sized box (width x height) and open it. */
export async function mountQuotes(
	host: StudyHost,
	width = 360,
	height = 720,
): Promise<{ view: QuoteIndexView; box: HTMLElement; leaf: WorkspaceLeaf }> {
	const box = document.body.createDiv({ cls: "sb-test-sidebar workspace-leaf" });
	box.style.width = `${width}px`;
	box.style.height = `${height}px`;
	const leaf = new (WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf)(host.app);
	const view = new QuoteIndexView(leaf, host);
	box.appendChild(view.containerEl);
	await leaf.open(view);
	return { view, box, leaf };
}

/** Stub navigator.clipboard.writeText with a recorder. */
export function recordClipboard(): { writes: string[]; restore(): void } {
	const writes: string[] = [];
	const clip = navigator.clipboard as Clipboard | undefined;
	const original = clip?.writeText;
	const stub = async (text: string) => {
		writes.push(text);
	};
	if (clip) Object.defineProperty(clip, "writeText", { value: stub, configurable: true, writable: true });
	else Object.defineProperty(navigator, "clipboard", { value: { writeText: stub }, configurable: true });
	return {
		writes,
		restore() {
			if (clip && original)
				Object.defineProperty(clip, "writeText", { value: original, configurable: true, writable: true });
		},
	};
}

function ev(path: string, year: number, label: string, month?: number): HistEvent {
	return {
		id: `e-${path}-${label}`,
		briefPath: path,
		date: {
			start: { year, month },
			end: { year, month },
			precision: month ? "month" : "year",
			approximate: false,
			text: label,
			label,
		},
		text: label,
		source: { path, line: 2 },
	};
}

export const SOVIET = "History/Russia/US Recognition of Soviet Union Brief.md";
export const ROME = "History/Ancient/Fall of the Republic.md";
export const EMANCIPATION = "History/Russia/Emancipation of the Serfs.md";

/** A few hand-written briefs in the seed's spirit (for screenshots and action tests). */
export function sampleBriefs() {
	return [
		makeBrief(
			SOVIET,
			"Recognition of the Soviet Union, 1933",
			[
				{
					text: "Roosevelt hoped that recognition of the Soviet Union would serve U.S. strategic interests by limiting Japanese expansionism in Asia, and he believed that full diplomatic recognition would serve American commercial interests in the Soviet Union.",
				},
				{
					text: "The wide scope and public nature of the purges horrified both American diplomatic personnel stationed in the Soviet Union, and the world at large.",
				},
			],
			{ events: [ev(SOVIET, 1933, "1933"), ev(SOVIET, 1917, "1917")], tags: ["history/russia"] },
		),
		makeBrief(
			ROME,
			"The fall of the Roman Republic",
			[
				{ text: "Alea iacta est.", speaker: "Julius Caesar" },
				{
					text: "O tempora, o mores!\nThe senate understands these things, the consul sees them;\nyet this man still lives.",
					speaker: "Cicero",
				},
			],
			{ events: [ev(ROME, -48, "49 BC"), ev(ROME, -43, "44 BC")], tags: ["ancient"] },
		),
		makeBrief(
			EMANCIPATION,
			"Emancipation of the serfs",
			[
				{
					text: "It is better to abolish serfdom from above than to wait until it begins to abolish itself from below.",
					speaker: "Alexander II",
				},
			],
			{ events: [ev(EMANCIPATION, 1861, "Mar 1861", 3)], tags: ["history/russia"] },
		),
		makeBrief(
			"Drafts/Unfinished brief.md",
			"Unfinished brief",
			[{ text: "Not published yet.", speaker: "Nobody" }],
			{ publish: false },
		),
	];
}
