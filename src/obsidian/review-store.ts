import { Notice, normalizePath, type App, type EventRef } from "obsidian";
import type { IndexQueries } from "../core/index/types";
import type { Problem } from "../core/model";
import {
	cardIdFor,
	dueCards,
	dueCount,
	mastery,
	parseLog,
	replayEngine,
	serializeEvent,
	createScheduler,
} from "../core/review";
import type { CardState, DeviceLog, LogEventBody, ReplayEngine, Scheduler } from "../core/review";
import { CardBriefPaths, StatesByBrief } from "../core/review/card-paths";
import type { AnswerRecord } from "../core/quiz/session";
import { deviceId as loadDeviceId } from "./device-id";
import { followIndex } from "./review-follow";
import { appendLines, nextLine, readGrowth, readLogFiles } from "./review-files";
import { watchLogs } from "./review-watch";
import type { ReviewStoreOptions } from "./review-store-options";
import { t } from "./i18n";

export { LOG_HEADER, LOG_MARKER } from "./review-files";
export type { ReviewStoreOptions } from "./review-store-options";

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
	/** Other devices' logs (and copies), as read by the last load. */
	private logs: DeviceLog[] = [];
	/** This device's log as read by the last load (front-matter blanked). */
	private ownText = "";
	/** This device's lines since the last load (saved or still pending), in order. */
	private ownLines: string[] = [];
	/** The line number of the next line appended to this device's log. */
	private ownNext = 0;
	private pending: string[] = [];
	private chain: Promise<unknown> = Promise.resolve();
	private fileProblems: Problem[] = [];
	/** The replayed state, kept up to date event by event; null = replay everything on the next read. */
	private engine: { engine: ReplayEngine; problems: Problem[] } | null = null;
	/** Each card's brief path: learned from answers, else asked of the index once per replay. */
	private readonly cardPaths = new CardBriefPaths((briefId) => this.opts.briefPathOf?.(briefId));
	private readonly grouped = new StatesByBrief();
	/** Steps done by replayed states since dropped. */
	private stepsBefore = 0;

	constructor(
		private readonly app: App,
		private readonly opts: ReviewStoreOptions,
	) {
		this.deviceId = loadDeviceId(app);
		this.scheduler = opts.scheduler ?? createScheduler();
		this.now = opts.now ?? (() => Date.now());
	}

	/** This device's log file path. */
	get path(): string {
		return normalizePath(`${this.opts.folder()}/${this.deviceId}.md`);
	}

	/** Resolves when every queued write, load and refresh has run. */
	whenIdle(): Promise<void> {
		return this.chain.then(() => undefined);
	}

	/** Events not yet written (a write failed); they are retried with the next write. */
	get pendingCount(): number {
		return this.pending.length;
	}

	/** Reads every device's log in the folder and replays them. Problems (corrupt lines) are returned, never thrown. */
	load(): Promise<{ states: Map<string, CardState>; problems: Problem[] }> {
		const run = async () => {
			await this.readAll();
			return { states: this.states(), problems: this.problems() };
		};
		const p = this.chain.then(run, run);
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Reads the folder again; the state is replayed in full on the next read. */
	private async readAll(): Promise<void> {
		const files = await readLogFiles(this.app, this.opts.folder(), this.deviceId, this.path);
		this.logs = files.others;
		this.ownText = files.own;
		this.ownNext = nextLine(files.own);
		this.fileProblems = files.problems;
		// Lines still pending (a failed write) are not in the file: they come after it.
		this.ownLines = [...this.pending];
		this.ownNext += this.ownLines.length;
		this.drop();
	}

	/** Appends events to this device's log. Resolves true when they (and anything pending) reached the vault. */
	append(event: LogEventBody | LogEventBody[]): Promise<boolean> {
		const first = this.ownNext;
		// Each event gets an id (device, time, line): the same in every copy of the log, unique to the event.
		const idOf = (e: LogEventBody, i: number) =>
			`${this.deviceId.slice(0, 8)}.${e.t.toString(36)}.${(first + i).toString(36)}`;
		const lines = (Array.isArray(event) ? event : [event]).map((e, i) =>
			serializeEvent(e.id ? e : { ...e, id: idOf(e, i) }),
		);
		if (!lines.length) return Promise.resolve(true);
		for (const l of lines) {
			this.pending.push(l);
			this.ownLines.push(l);
		}
		this.applyOwn(lines);
		const p = this.chain.then(() => this.write());
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Records a quiz answer as a review of its card (drills such as match/order own no card: nothing written). */
	recordAnswer(rec: AnswerRecord): Promise<boolean> {
		const card = cardIdFor(rec.question);
		if (!card) return Promise.resolve(true);
		this.cardPaths.learn(card, rec.question.briefPath);
		return this.append({
			k: "review",
			card,
			grade: rec.grade,
			t: rec.at.getTime(),
			fmt: rec.question.kind,
			ms: Math.round(rec.ms),
		});
	}

	/** Takes back a recorded answer: an undo event (the log stays append-only). */
	undoAnswer(rec: AnswerRecord): Promise<boolean> {
		const card = cardIdFor(rec.question);
		if (!card) return Promise.resolve(true);
		return this.append({ k: "undo", card, t: Math.max(this.now(), rec.at.getTime()), of: rec.at.getTime() });
	}

	/**
	 * Follow other devices' logs in the folder (Sync, git): a log that grew adds only its new lines to the state;
	 * a log created, removed or rewritten reads the folder again. `register` is a Component's registerEvent;
	 * `onReload` lets views refresh their stats.
	 */
	watch(register: (ref: EventRef) => void, onReload?: () => void, delayMs = 500): void {
		const changed = (paths: string[], grown: boolean) =>
			(grown ? this.refresh(paths) : this.load()).then(() => onReload?.());
		watchLogs(this.app, { folder: () => this.opts.folder(), ownPath: () => this.path, changed }, register, delayMs);
	}

	/** Other devices' logs changed: their new lines are applied when they only grew, else everything is read again. */
	refresh(paths: string[]): Promise<void> {
		const run = async () => {
			for (const path of paths) {
				if (!(await this.grew(path))) {
					await this.readAll();
					return;
				}
			}
		};
		const p = this.chain.then(run, run);
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Applies the lines a log gained; false when it did not simply grow (new, shorter, rewritten, unreadable). */
	private async grew(path: string): Promise<boolean> {
		const i = this.logs.findIndex((l) => l.path === path);
		const growth = i < 0 ? null : await readGrowth(this.app, this.logs[i]);
		if (!growth) return false;
		const log = this.logs[i];
		this.logs[i] = { ...log, text: growth.text };
		const e = this.engine;
		if (!e) return true;
		const parsed = parseLog(growth.tail, log.device, path);
		for (const p of parsed.problems) e.problems.push({ ...p, line: p.line + growth.first });
		for (const ev of parsed.events) {
			ev.seq += growth.first;
			if (e.engine.apply(ev, path) === "late") {
				this.drop();
				break;
			}
		}
		return true;
	}

	/**
	 * Cards follow their items and briefs: edits relink or orphan (and restore) cards, renames and moves (live or
	 * while closed) carry the history to the brief's new id (see review-follow.ts). Returns the unsubscribe.
	 */
	followIndex(index: IndexQueries): () => void {
		return followIndex(
			{ states: () => this.states(), append: (e) => this.append(e), now: () => this.now() },
			index,
		);
	}

	/** Card states (replayed lazily after a change). */
	states(): Map<string, CardState> {
		return this.current().engine.states;
	}

	/** Problems in the logs: unreadable files, copies, corrupt lines, events dated in the future. */
	problems(): Problem[] {
		const e = this.current();
		const problems = [...this.fileProblems];
		for (const p of e.problems) problems.push(p);
		for (const p of e.engine.problems) problems.push(p);
		for (const p of e.engine.futureProblems()) problems.push(p);
		return problems;
	}

	/** Due cards and mastery (share of cards with recall >= 0.9) of one brief. */
	stats(briefPath: string): { due: number; mastery: number } {
		const mine = this.byBrief().get(briefPath);
		if (!mine) return { due: 0, mastery: 0 };
		const now = this.now();
		return { due: dueCount(mine, now, briefPath), mastery: mastery(mine, briefPath, now, this.scheduler) };
	}

	/** States grouped by brief path, regrouped only when the states changed (views ask for many briefs' stats). */
	private byBrief(): Map<string, Map<string, CardState>> {
		const { engine } = this.current();
		return this.grouped.of(engine, engine.version, engine.states.values());
	}

	/** Card ids due now, soonest first. */
	dueCardIds(): string[] {
		return dueCards(this.states(), this.now()).map((s) => s.id);
	}

	/** Events replayed since the store was made (recomputes included): the work done, for growth tests. */
	get replaySteps(): number {
		return this.stepsBefore + (this.engine?.engine.steps ?? 0);
	}

	private current(): { engine: ReplayEngine; problems: Problem[] } {
		const e = this.engine ?? this.rebuild();
		for (const c of this.opts.cards?.() ?? []) e.engine.know(c.id, c.briefPath);
		return e;
	}

	/** Forgets the replayed state (counted steps kept): the next read replays everything. */
	private drop(): void {
		this.stepsBefore += this.engine?.engine.steps ?? 0;
		this.engine = null;
	}

	/** Replays every log from the start (after a load, or when an event arrived out of order). */
	private rebuild(): { engine: ReplayEngine; problems: Problem[] } {
		const own: DeviceLog = {
			device: this.deviceId,
			path: this.path,
			text: this.ownLines.length
				? `${this.ownText}${this.ownText && !this.ownText.endsWith("\n") ? "\n" : ""}${this.ownLines.join("\n")}`
				: this.ownText,
		};
		this.cardPaths.newReplay();
		// Answered cards have their events; what was learned from the answers is their brief path.
		const result = replayEngine([...this.logs, own], [], this.scheduler, {
			now: this.now,
			briefPathOf: (id) => this.cardPaths.of(id),
		});
		this.engine = result;
		return result;
	}

	/** New lines of this device go straight into the replayed state (one step each), unless one is out of order. */
	private applyOwn(lines: string[]): void {
		const first = this.ownNext;
		this.ownNext += lines.length;
		const e = this.engine;
		if (!e) return;
		const parsed = parseLog(lines.join("\n"), this.deviceId, this.path);
		for (const ev of parsed.events) {
			ev.seq += first;
			if (e.engine.apply(ev, this.path) === "late") return this.drop();
		}
	}

	private async write(): Promise<boolean> {
		if (!this.pending.length) return true;
		const batch = [...this.pending];
		try {
			await appendLines(this.app, this.opts.folder(), this.path, batch);
			this.pending.splice(0, batch.length);
			return true;
		} catch (e) {
			console.error("Study Briefs: review log write failed", e);
			const msg =
				batch.length === 1
					? t(
							"Study Briefs could not save a review to {0}. It will try again with the next answer.",
							this.path,
						)
					: t(
							"Study Briefs could not save {0} reviews to {1}. It will try again with the next answer.",
							batch.length,
							this.path,
						);
			if (this.opts.notify) this.opts.notify(msg);
			else new Notice(msg);
			return false;
		}
	}
}
