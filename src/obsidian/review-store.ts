import { Notice, TFile, debounce, normalizePath, type App, type EventRef, type TAbstractFile } from "obsidian";
import type { IndexQueries } from "../core/index/types";
import type { Brief, Problem } from "../core/model";
import {
	EASY, GOOD, HARD, AGAIN, cardIdFor, dueCards, dueCount, linkItemsOf, mastery, parseCardId, relink, relinkEvents,
	replayLogs, serializeEvent, createScheduler,
} from "../core/review";
import type { CardRef, CardState, DeviceLog, LinkItem, LogEventBody, ReviewGrade, Scheduler } from "../core/review";
import type { AnswerRecord, Rating } from "../ui/quiz/types";
import { deviceId as loadDeviceId } from "./device-id";

/** The marker in every log file's front-matter: a file without it is never written to. */
export const LOG_MARKER = "study-briefs: review-log";
export const LOG_HEADER = `---\ndg-publish: false\n${LOG_MARKER}\n---\n# Study Briefs review log\n\n%% One line per review, written by one device only. Do not edit. %%\n\n`;

const GRADES: Record<Rating, ReviewGrade> = { again: AGAIN, hard: HARD, good: GOOD, easy: EASY };

export interface ReviewStoreOptions {
	/** The vault folder for the logs (settings.reviewFolder), read on every write so a settings change applies. */
	folder: () => string;
	now?: () => number;
	scheduler?: Scheduler;
	/** Cards the index knows now (id + brief path), so never-reviewed cards count and stats find their brief. */
	cards?: () => Iterable<CardRef>;
	/** The path of the brief with this id (permalink or path), for cards known only from the logs. */
	briefPathOf?: (briefId: string) => string | undefined;
	/** Shown when a write fails (default: an Obsidian Notice). */
	notify?: (message: string) => void;
}

/** Front-matter lines blanked (line numbers kept), so the log parser sees only events. */
function stripFrontmatter(text: string): string {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.replace(/^\uFEFF/, "").trim() !== "---") return text;
	const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
	if (end < 0) return text;
	return lines.map((l, i) => (i <= end ? "" : l)).join("\n");
}

function deviceOf(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/**
 * Review history in the vault: one append-only log per device (`<folder>/<deviceId>.md`, a Markdown
 * file so Sync carries it; `dg-publish: false` so it is never published), card state = replay of all
 * devices' logs. Writes go through a queue: a failed write keeps its events in memory (they still count)
 * and they are written with the next write. Nothing is ever written outside the log folder.
 */
export class ReviewStore {
	readonly deviceId: string;
	private readonly scheduler: Scheduler;
	private readonly now: () => number;
	private logs: DeviceLog[] = [];
	/** This device's lines since the last load (saved or still pending). */
	private ownLines: string[] = [];
	private pending: string[] = [];
	private chain: Promise<unknown> = Promise.resolve();
	private cache: { states: Map<string, CardState>; problems: Problem[] } | null = null;
	/** Brief paths learned from answered questions (card id -> brief path). */
	private readonly learned = new Map<string, string>();

	constructor(private readonly app: App, private readonly opts: ReviewStoreOptions) {
		this.deviceId = loadDeviceId(app);
		this.scheduler = opts.scheduler ?? createScheduler();
		this.now = opts.now ?? (() => Date.now());
	}

	/** This device's log file path. */
	get path(): string {
		return normalizePath(`${this.opts.folder()}/${this.deviceId}.md`);
	}

	/** Events not yet written (a write failed); they are retried with the next write. */
	get pendingCount(): number {
		return this.pending.length;
	}

	/** Reads every device's log in the folder and replays them. Problems (corrupt lines) are returned, never thrown. */
	load(): Promise<{ states: Map<string, CardState>; problems: Problem[] }> {
		const run = async () => {
			const prefix = `${normalizePath(this.opts.folder())}/`;
			const files = this.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(prefix));
			const logs: DeviceLog[] = [];
			const problems: Problem[] = [];
			for (const f of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
				try {
					const text = await this.app.vault.read(f);
					// Another note in the folder is not read as a log (and never written to).
					if (text.includes(LOG_MARKER) || deviceOf(f.path) === this.deviceId) logs.push({ device: deviceOf(f.path), path: f.path, text: stripFrontmatter(text) });
					else problems.push({ path: f.path, line: 0, message: "not a Study Briefs review log (no marker), skipped", severity: "warning" });
				} catch (e) {
					problems.push({ path: f.path, line: 0, message: `review log could not be read: ${String(e)}`, severity: "warning" });
				}
			}
			this.logs = logs;
			this.ownLines = [...this.pending];
			this.cache = null;
			const result = this.replay();
			result.problems.unshift(...problems);
			this.cache = result;
			return result;
		};
		const p = this.chain.then(run, run);
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Appends events to this device's log. Resolves true when they (and anything pending) reached the vault. */
	append(event: LogEventBody | LogEventBody[]): Promise<boolean> {
		const lines = (Array.isArray(event) ? event : [event]).map(serializeEvent);
		if (!lines.length) return Promise.resolve(true);
		this.pending.push(...lines);
		this.ownLines.push(...lines);
		this.cache = null;
		const p = this.chain.then(() => this.write());
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Records a quiz answer as a review of its card (drills such as match/order own no card: nothing written). */
	recordAnswer(rec: AnswerRecord): Promise<boolean> {
		const card = cardIdFor(rec.question);
		if (!card) return Promise.resolve(true);
		this.learned.set(card, rec.question.briefPath);
		return this.append({ k: "review", card, grade: GRADES[rec.rating], t: rec.at.getTime(), fmt: rec.question.kind, ms: Math.round(rec.ms) });
	}

	/** Takes back a recorded answer: an undo event (the log stays append-only). */
	undoAnswer(rec: AnswerRecord): Promise<boolean> {
		const card = cardIdFor(rec.question);
		if (!card) return Promise.resolve(true);
		return this.append({ k: "undo", card, t: Math.max(this.now(), rec.at.getTime()), of: rec.at.getTime() });
	}

	/**
	 * Reload when another device's log in the folder is created, changed or removed (Sync, git).
	 * `register` is a Component's registerEvent; `onReload` lets views refresh their stats.
	 */
	watch(register: (ref: EventRef) => void, onReload?: () => void, delayMs = 500): void {
		const reload = debounce(() => {
			void this.load().then(() => onReload?.());
		}, delayMs, true);
		const isOtherLog = (path: string) => {
			const folder = `${normalizePath(this.opts.folder())}/`;
			return path.startsWith(folder) && path.toLowerCase().endsWith(".md") && path !== this.path;
		};
		const onFile = (f: TAbstractFile) => {
			if (f instanceof TFile && isOtherLog(f.path)) reload();
		};
		const { vault } = this.app;
		register(vault.on("create", onFile));
		register(vault.on("modify", onFile));
		register(vault.on("delete", onFile));
		register(vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			if (isOtherLog(oldPath)) reload();
			else onFile(f);
		}));
	}

	/**
	 * Cards follow their items across edits: when a brief changes, old and new items are paired by
	 * similarity (core relink) and the cards of a slightly edited item are relinked; cards of an item that
	 * is gone are marked orphaned (kept, never deleted) and restored if it comes back. Returns the unsubscribe.
	 */
	followIndex(index: IndexQueries): () => void {
		const snap = new Map<string, { id: string; items: LinkItem[] }>();
		const take = (b: Brief) => snap.set(b.path, { id: b.id, items: linkItemsOf(b) });
		for (const b of index.briefs({ includeUnpublished: true })) take(b);
		return index.onChange((_revision, paths) => {
			const changes = paths.map((path) => {
				const before = snap.get(path);
				const after = index.get(path);
				if (after) take(after);
				else snap.delete(path);
				return { before, after };
			});
			// Relinks and orphans first, then restores (a renamed brief is removed at one path, added at another).
			const events = changes.flatMap((c) => this.relinkOrOrphan(c.before, c.after));
			const orphaned = new Set(events.flatMap((e) => (e.k === "orphan" ? [e.card] : [])));
			events.push(...changes.flatMap((c) => this.restore(c.after, orphaned)));
			if (events.length) void this.append(events);
		});
	}

	private cardsOf(briefId: string): CardState[] {
		return [...this.states().values()].filter((s) => parseCardId(s.id)?.briefId === briefId);
	}

	private relinkOrOrphan(before: { id: string; items: LinkItem[] } | undefined, after: Brief | undefined): LogEventBody[] {
		if (!before) return [];
		const live = this.cardsOf(before.id).filter((s) => !s.orphaned).map((s) => s.id);
		const result = relink(before.items, after && after.id === before.id ? linkItemsOf(after) : []);
		return relinkEvents(live, result, this.now());
	}

	private restore(after: Brief | undefined, orphanedNow: Set<string>): LogEventBody[] {
		if (!after) return [];
		const present = new Set(linkItemsOf(after).map((i) => i.id));
		return this.cardsOf(after.id)
			.filter((s) => (s.orphaned || orphanedNow.has(s.id)) && present.has(parseCardId(s.id)?.itemId ?? ""))
			.map((s) => ({ k: "restore" as const, card: s.id, t: this.now() }));
	}

	/** Card states (replayed lazily after a change). */
	states(): Map<string, CardState> {
		return this.current().states;
	}

	problems(): Problem[] {
		return this.current().problems;
	}

	/** Due cards and mastery (share of cards with recall >= 0.9) of one brief. */
	stats(briefPath: string): { due: number; mastery: number } {
		const states = this.states();
		const now = this.now();
		return { due: dueCount(states, now, briefPath), mastery: mastery(states, briefPath, now, this.scheduler) };
	}

	/** Card ids due now, soonest first. */
	dueCardIds(): string[] {
		return dueCards(this.states(), this.now()).map((s) => s.id);
	}

	private current(): { states: Map<string, CardState>; problems: Problem[] } {
		if (!this.cache) this.cache = this.replay();
		return this.cache;
	}

	private replay(): { states: Map<string, CardState>; problems: Problem[] } {
		const ownPath = this.path;
		const logs = this.logs.filter((l) => l.device !== this.deviceId);
		const saved = this.logs.find((l) => l.device === this.deviceId)?.text ?? "";
		// Own lines come after the saved text (pending ones included), so unsaved reviews still count.
		const extra = this.ownLines.filter((l) => !saved.includes(l));
		logs.push({ device: this.deviceId, path: ownPath, text: [saved, ...extra].join("\n") });
		const cards = new Map<string, string>(this.learned);
		for (const c of this.opts.cards?.() ?? []) cards.set(c.id, c.briefPath);
		const result = replayLogs(logs, [...cards].map(([id, briefPath]) => ({ id, briefPath })), this.scheduler);
		for (const s of result.states.values()) {
			if (s.briefPath) continue;
			const briefId = parseCardId(s.id)?.briefId;
			const path = briefId ? this.opts.briefPathOf?.(briefId) : undefined;
			if (path) s.briefPath = path;
		}
		return result;
	}

	private async write(): Promise<boolean> {
		if (!this.pending.length) return true;
		const batch = [...this.pending];
		try {
			const file = await this.ensureFile();
			await this.app.vault.process(file, (data) => {
				if (data.trim() && !data.includes(LOG_MARKER)) throw new Error(`${file.path} is not a Study Briefs review log`);
				const base = data.trim() ? data : LOG_HEADER;
				return (base.endsWith("\n") ? base : `${base}\n`) + batch.map((l) => `${l}\n`).join("");
			});
			this.pending.splice(0, batch.length);
			return true;
		} catch (e) {
			console.error("Study Briefs: review log write failed", e);
			const msg = `Study Briefs could not save ${batch.length === 1 ? "a review" : `${batch.length} reviews`} to ${this.path}. It will try again with the next answer.`;
			if (this.opts.notify) this.opts.notify(msg);
			else new Notice(msg);
			return false;
		}
	}

	private async ensureFile(): Promise<TFile> {
		const path = this.path;
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) return existing;
		if (existing) throw new Error(`${path} is a folder`);
		const folder = normalizePath(this.opts.folder());
		if (!this.app.vault.getAbstractFileByPath(folder)) {
			try {
				await this.app.vault.createFolder(folder);
			} catch {
				// Created meanwhile (another write, or Sync): create() below tells if it is really missing.
			}
		}
		return this.app.vault.create(path, LOG_HEADER);
	}
}
