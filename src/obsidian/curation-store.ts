/**
 * Curation overrides in the vault: one append-only log per device (`<curation folder>/<deviceId>.md`, beside the
 * review logs, the same file rules: marker, header, copies read once), replayed into the CuratedIndex. Other
 * devices' logs arriving by sync are read again (they are small). Overrides that found their item under a new id
 * (an edit, a rename) get a move event, as review cards get a relink. Briefs are never written.
 */
import { Notice, normalizePath, type App, type EventRef } from "obsidian";
import type { Problem } from "../core/model";
import {
	CURATION_HEADER,
	CURATION_MARKER,
	curationFolder,
	moveEvents,
	replayOverrides,
	serializeOverride,
} from "../core/overrides";
import type { CuratedIndex, CurationState, OverrideBody } from "../core/overrides";
import { linkItemsOf } from "../core/review";
import type { DeviceLog } from "../core/review";
import { deviceId as loadDeviceId } from "./device-id";
import { appendLines, nextLine, readLogFiles, type LogFormat } from "./review-files";
import { watchLogs } from "./review-watch";
import { t } from "./i18n";

export const CURATION_LOG: LogFormat = {
	marker: CURATION_MARKER,
	header: CURATION_HEADER,
	name: "curation log",
	unit: "change",
};

export interface CurationStoreOptions {
	/** The review folder (settings.reviewFolder): the curation folder is beside it. */
	reviewFolder: () => string;
	now?: () => number;
	notify?: (message: string) => void;
}

export class CurationStore {
	readonly deviceId: string;
	private readonly now: () => number;
	private others: DeviceLog[] = [];
	private own = "";
	private ownLines: string[] = [];
	private pending: string[] = [];
	private ownNext = 0;
	private fileProblems: Problem[] = [];
	private logProblems: Problem[] = [];
	private chain: Promise<unknown> = Promise.resolve();
	private readonly listeners = new Set<() => void>();

	constructor(
		private readonly app: App,
		private readonly index: CuratedIndex,
		private readonly opts: CurationStoreOptions,
	) {
		this.deviceId = loadDeviceId(app);
		this.now = opts.now ?? (() => Date.now());
	}

	get folder(): string {
		return normalizePath(curationFolder(this.opts.reviewFolder()));
	}

	/** This device's log. */
	get path(): string {
		return normalizePath(`${this.folder}/${this.deviceId}.md`);
	}

	whenIdle(): Promise<void> {
		return this.chain.then(() => undefined);
	}

	/** The overrides in force, where they apply, the orphans; and the problems of the logs. */
	state(): CurationState & { problems: Problem[] } {
		return { ...this.index.curation(), problems: [...this.fileProblems, ...this.logProblems] };
	}

	/** Called after every change of the overrides (views re-render). Returns the unsubscribe. */
	onChange(cb: () => void): () => void {
		this.listeners.add(cb);
		return () => this.listeners.delete(cb);
	}

	/** Reads every device's log and applies the overrides. Never throws (problems are kept). */
	load(): Promise<void> {
		const run = async () => {
			const files = await readLogFiles(this.app, this.folder, this.deviceId, this.path, CURATION_LOG);
			this.others = files.others;
			this.own = files.own;
			this.fileProblems = files.problems;
			this.ownLines = [...this.pending];
			this.ownNext = nextLine(files.own) + this.ownLines.length;
			this.apply();
		};
		const p = this.chain.then(run, run);
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Appends overrides to this device's log; they apply at once (and stay applied if the write fails: retried). */
	add(events: OverrideBody | OverrideBody[]): Promise<boolean> {
		const list = Array.isArray(events) ? events : [events];
		if (!list.length) return Promise.resolve(true);
		const first = this.ownNext;
		const lines = list.map((e, i) =>
			serializeOverride(
				e.id ? e : { ...e, id: `${this.deviceId.slice(0, 8)}.${e.t.toString(36)}.${(first + i).toString(36)}` },
			),
		);
		this.ownNext += lines.length;
		for (const l of lines) {
			this.ownLines.push(l);
			this.pending.push(l);
		}
		this.apply();
		const p = this.chain.then(() => this.write());
		this.chain = p.catch(() => undefined);
		return p;
	}

	/** Takes an override back (an undo line: the log stays append-only). */
	undo(id: string): Promise<boolean> {
		return this.add({ k: "undo", of: id, t: this.now() });
	}

	/** Other devices' logs (Sync, git): read again when they change. */
	watch(register: (ref: EventRef) => void, delayMs = 500): void {
		watchLogs(
			this.app,
			{ folder: () => this.folder, ownPath: () => this.path, changed: () => this.load() },
			register,
			delayMs,
		);
	}

	/**
	 * Overrides follow their items: after each index change, the overrides found under a new id get a move line
	 * (so the next edit is compared with the item as it is now). Returns the unsubscribe.
	 */
	followIndex(): () => void {
		let queued = false;
		const check = () => {
			queued = false;
			const { overrides, placed } = this.index.curation();
			const textOf = (briefId: string, itemId: string) => {
				const path = [...placed.values()].find((p) => p.briefId === briefId)?.path;
				const b = path === undefined ? undefined : this.index.raw(path);
				return b ? linkItemsOf(b).find((i) => i.id === itemId)?.text : undefined;
			};
			const moves = moveEvents(overrides, placed, textOf, this.now());
			if (moves.length) void this.add(moves);
		};
		check();
		return this.index.onChange(() => {
			if (queued) return;
			queued = true;
			void Promise.resolve().then(check);
		});
	}

	private apply(): void {
		const own: DeviceLog = {
			device: this.deviceId,
			path: this.path,
			text: this.ownLines.length
				? `${this.own}${this.own && !this.own.endsWith("\n") ? "\n" : ""}${this.ownLines.join("\n")}\n`
				: this.own,
		};
		const r = replayOverrides([...this.others, own]);
		this.logProblems = r.problems;
		this.index.setOverrides(r.overrides);
		for (const cb of [...this.listeners]) {
			try {
				cb();
			} catch (e) {
				console.error("Study Briefs: curation listener failed", e);
			}
		}
	}

	private async write(): Promise<boolean> {
		if (!this.pending.length) return true;
		const batch = [...this.pending];
		try {
			await appendLines(this.app, this.folder, this.path, batch, CURATION_LOG);
			this.pending.splice(0, batch.length);
			return true;
		} catch (e) {
			console.error("Study Briefs: curation log write failed", e);
			const msg = t(
				"Study Briefs could not save your change to {0}. It still applies and will be saved with the next change.",
				this.path,
			);
			if (this.opts.notify) this.opts.notify(msg);
			else new Notice(msg);
			return false;
		}
	}
}
