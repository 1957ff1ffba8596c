/**
 * The vault indexer: fills the BriefIndex from the vault and keeps it current. Which notes count as
 * briefs: see src/core/index/candidate.ts (any note whose front-matter has a publish key).
 * First pass in slices that yield to the UI (requestIdleCallback when present, else a 0 ms timer);
 * then metadataCache "changed" (it hands over the text), vault "delete", "rename" and "create".
 * Nothing throws out of here: unreadable, too large or unparsable notes become index problems.
 */
import { Component, TFile } from "obsidian";
import type { App, CachedMetadata, TAbstractFile } from "obsidian";
import { parseBrief } from "../core/brief";
import { ownStrings } from "../core/text/flat-strings";
import type { BriefOptions } from "../core/brief";
import type { BriefIndex } from "../core/index/brief-index";
import { briefOptionsOf, publishKeysOf } from "../core/brief/options";
import { rawHasPublishKey, tooLargeProblem, verdictOf } from "../core/index/candidate";
import type { Brief, Frontmatter, NoteInput } from "../core/model";
import type { Settings } from "../settings";
import { parserKey } from "./parse-cache";
import type { ParseCache } from "./parse-cache";
import { IdleYielder } from "./idle-yield";
import type { IndexerOptions, IndexerProgress } from "./indexer-options";
import { readNote } from "./read-note";
import { sweepInSlices, type SweepSteps } from "./sliced-sweep";

/** A note the first pass must read: the token tells whether it changed meanwhile. */
interface PendingRead {
	file: TFile;
	token: number;
	fm: Frontmatter | undefined;
}

export type { IndexerOptions, IndexerProgress } from "./indexer-options";

export class BriefIndexer extends Component {
	readonly ready: Promise<void>;
	private resolveReady!: () => void;
	private started = false;
	private pass: Promise<void> | null = null;
	private stopped = false;
	private readonly seq = new WeakMap<TFile, number>();
	private readonly yielder = new IdleYielder();
	private readonly cache: ParseCache | null;
	private readonly parse: (input: NoteInput, opts: BriefOptions) => Brief;
	private readonly now: () => number;
	/** Number of times the first pass yielded to the UI (tests, status). */
	get yieldCount(): number {
		return this.yielder.count;
	}
	/** Longest synchronous slice of the first pass, in ms (tests, status). */
	longestSliceMs = 0;
	/** Durations of the first pass's synchronous slices, in ms (the last 2,000). */
	readonly sliceTimes: number[] = [];
	readonly progress: IndexerProgress = { phase: "idle", done: 0, total: 0, parsed: 0, cached: 0, skipped: 0 };

	constructor(
		private readonly app: App,
		private readonly index: BriefIndex,
		private readonly getSettings: () => Settings,
		private readonly options: IndexerOptions = {},
	) {
		super();
		this.ready = new Promise((resolve) => (this.resolveReady = resolve));
		this.cache = options.cache ?? null;
		this.parse = options.parse ?? parseBrief;
		this.now = options.now ?? (() => performance.now());
	}

	/** Starts the first pass (once) and the live updates; resolves when the first pass is done. */
	start(): Promise<void> {
		if (this.started || this.stopped) return this.ready;
		this.started = true;
		this.load();
		const { vault, metadataCache } = this.app;
		this.registerEvent(
			metadataCache.on("changed", (file, data, cache) => this.guard(() => this.onChanged(file, data, cache))),
		);
		this.registerEvent(vault.on("delete", (file) => this.guard(() => this.onDelete(file))));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.guard(() => this.onRename(file, oldPath))));
		this.registerEvent(vault.on("create", (file) => this.guard(() => this.onCreate(file))));
		void this.runPass().finally(() => this.resolveReady());
		return this.ready;
	}

	/** Drops everything and indexes again (after the publish keys or section names changed). */
	async reindex(): Promise<void> {
		if (!this.started || this.stopped) return;
		await this.pass;
		if (this.stopped) return;
		this.index.clear();
		await this.runPass();
	}

	private runPass(): Promise<void> {
		this.pass = this.firstPass().catch((err) => console.error("Study Briefs: indexing stopped", err));
		return this.pass;
	}

	/** Yield callbacks still pending (0 after unload). */
	pendingYields(): number {
		return this.yielder.size;
	}

	onunload(): void {
		this.stopped = true;
		this.progress.phase = "stopped";
		this.yielder.cancelAll();
		void this.cache?.dispose();
		this.resolveReady();
	}

	private publishKeys(): string[] {
		return publishKeysOf(this.getSettings());
	}

	private briefOptions(): BriefOptions {
		return { ...briefOptionsOf(this.getSettings()), parseYaml: this.options.parseYaml };
	}

	private verdict(cache: CachedMetadata | null | undefined) {
		return verdictOf(cache, this.publishKeys());
	}

	private isCurrent(file: TFile): boolean {
		return !this.stopped && this.app.vault.getAbstractFileByPath(file.path) === file;
	}

	private bump(file: TFile): number {
		const n = (this.seq.get(file) ?? 0) + 1;
		this.seq.set(file, n);
		return n;
	}

	private guard(fn: () => void): void {
		if (this.stopped) return;
		try {
			fn();
		} catch (err) {
			console.error("Study Briefs: index update failed", err);
		}
	}

	private tooLarge(file: TFile, size: number): boolean {
		const max = this.getSettings().maxNoteBytes;
		if (size <= max) return false;
		this.index.remove(file.path);
		this.cache?.delete(file.path);
		this.index.setProblem(file.path, tooLargeProblem(file.path, size, max));
		return true;
	}

	private forget(path: string): void {
		this.index.remove(path);
		this.cache?.delete(path);
	}

	/** Parses text into the index. `fm` undefined: the parser splits the front-matter itself. */
	private apply(file: TFile, text: string, fm: Frontmatter | undefined): void {
		if (fm === undefined && !rawHasPublishKey(text, this.publishKeys(), this.options.parseYaml))
			return this.forget(file.path);
		let brief: Brief;
		try {
			// Kept for the session: its strings become flat copies, so no slice keeps the whole note text alive.
			brief = ownStrings(this.parse({ path: file.path, text, frontmatter: fm }, this.briefOptions()));
		} catch (err) {
			this.index.remove(file.path);
			this.index.setProblem(file.path, {
				path: file.path,
				line: 0,
				severity: "error",
				message: `could not parse note: ${String(err)}`,
			});
			return;
		}
		this.index.clearProblem(file.path);
		this.index.upsert(brief);
		this.progress.parsed++;
		this.cache?.set(file.path, file.stat, brief);
	}

	private async firstPass(): Promise<void> {
		const p = this.progress;
		if (this.cache && p.phase === "idle") {
			p.phase = "loading-cache";
			this.report();
			await this.cache.load();
		}
		if (this.stopped) return;
		if (this.cache) this.cache.key = parserKey(briefOptionsOf(this.getSettings()));
		const files = this.app.vault.getMarkdownFiles();
		Object.assign(p, { phase: "indexing", done: 0, total: files.length, parsed: 0, cached: 0, skipped: 0 });
		this.report(); // the total is known: progress displays show "indexing 0 / N" before the first slice ends
		const steps: SweepSteps<TFile, PendingRead> = {
			classify: (file, toRead) => this.classify(file, toRead),
			read: (r) => readNote(this.app, r.file),
			apply: (r, res) => this.applyRead(r, res),
			batch: (fn) => this.index.batch(fn),
			now: this.now,
			endSlice: async (ms) => {
				this.noteSlice(ms);
				this.report();
				await this.yieldToUi();
				return !this.stopped;
			},
			stopped: () => this.stopped,
		};
		const concurrency = Math.max(1, this.options.readConcurrency ?? 8);
		if (!(await sweepInSlices(files, steps, this.options.sliceMs ?? 12, concurrency, (ms) => this.noteSlice(ms))))
			return;
		this.cache?.prune(new Set(this.app.vault.getMarkdownFiles().map((f) => f.path)));
		p.phase = "ready";
		this.report();
	}

	private noteSlice(ms: number): void {
		this.longestSliceMs = Math.max(this.longestSliceMs, ms);
		if (this.sliceTimes.push(ms) > 2000) this.sliceTimes.shift();
	}

	/** First pass, one note: skip it, take it from the parse cache, or queue it for reading. */
	private classify(file: TFile, toRead: PendingRead[]): void {
		const p = this.progress;
		p.done++;
		const cache = this.app.metadataCache.getFileCache(file);
		const v = this.verdict(cache);
		if (v === "skip" || !this.isCurrent(file)) {
			p.skipped++;
			return;
		}
		if (this.tooLarge(file, file.stat.size)) return;
		const hit = v === "brief" ? this.cache?.lookup(file.path, file.stat) : undefined;
		if (hit) {
			this.index.clearProblem(file.path);
			this.index.upsert(hit);
			p.cached++;
		} else toRead.push({ file, token: this.bump(file), fm: v === "brief" ? cache?.frontmatter : undefined });
	}

	/** First pass, one read result: index it unless the note changed, moved away or vanished meanwhile. */
	private applyRead(r: PendingRead, res: string | { error: string }): void {
		if (this.seq.get(r.file) !== r.token || !this.isCurrent(r.file)) return;
		if (typeof res === "string") return this.apply(r.file, res, r.fm);
		this.index.remove(r.file.path);
		this.index.setProblem(r.file.path, {
			path: r.file.path,
			line: 0,
			severity: "error",
			message: `could not read note: ${res.error}`,
		});
	}

	private report(): void {
		try {
			this.options.onProgress?.({ ...this.progress });
		} catch {
			// progress display must not stop indexing
		}
	}

	/** Resolves on the next idle period (or macrotask); unload resolves it early. */
	private yieldToUi(): Promise<void> {
		return this.yielder.next(this.stopped);
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata | null): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.bump(file);
		const v = this.verdict(cache);
		if (v === "skip") {
			this.forget(file.path);
			this.index.clearProblem(file.path);
			return;
		}
		if (this.tooLarge(file, Math.max(file.stat.size, data.length))) return;
		this.index.batch(() => this.apply(file, data, v === "brief" ? (cache?.frontmatter as Frontmatter) : undefined));
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.bump(file);
		this.forget(file.path);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		if (file.extension !== "md") {
			this.bump(file);
			return this.forget(oldPath);
		}
		const brief = this.index.get(oldPath);
		this.index.rename(oldPath, file.path);
		this.cache?.delete(oldPath);
		const moved = this.index.raw(file.path);
		if (moved && brief) this.cache?.set(file.path, file.stat, moved);
		else if (!brief && this.verdict(this.app.metadataCache.getFileCache(file)) !== "skip") this.onCreate(file);
	}

	/** A new note: its metadata arrives with "changed"; when the cache is already there, index now. */
	private onCreate(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache || this.verdict(cache) === "skip") return;
		const token = this.bump(file);
		void readNote(this.app, file).then((res) => {
			if (this.seq.get(file) !== token || !this.isCurrent(file)) return;
			this.guard(() => {
				if (typeof res === "string") this.onChanged(file, res, this.app.metadataCache.getFileCache(file));
			});
		});
	}
}
