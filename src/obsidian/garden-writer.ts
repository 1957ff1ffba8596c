/**
 * "Write garden pages": builds the pages from the index, plans them against the vault, writes only what
 * changed (vault.create / vault.process), never a note without the generated marker (refused and not linked
 * from the index), moves to the trash (fileManager.trashFile) only generated pages no published brief
 * produces any more and nobody edited since, trashes an edited page before rewriting it, names every
 * published brief that embeds an unpublished note, and sums it up in a Notice. A failed write is reported
 * and retried on the next run (its content still differs). Optional automatic refresh, debounced.
 */
import { Notice, normalizePath, TFile, type App } from "obsidian";
import {
	embedLeaks,
	gardenPublishKeys,
	gardenQuizFor,
	isEditedPage,
	isGenerated,
	planGarden,
	publishedBriefs,
	type EmbedLeak,
	type GardenInput,
	type GardenPage,
	type WritePlan,
} from "../core/garden";
import type { IndexQueries } from "../core/index/types";
import type { Settings } from "../settings";
import { fileAt, obsidianEmbeds, obsidianResolver, vaultNotes } from "./link-resolver";
import { EDITED, LINK_IN_WAY, NOT_OURS } from "../core/garden/plan";
import { quizDay } from "../core/quiz/quiz-set";
import { t } from "./i18n";

export interface GardenRunResult {
	written: string[];
	unchanged: string[];
	refused: { path: string; reason: string }[];
	removed: string[];
	failed: { path: string; error: string }[];
	/** Generated pages no brief produces any more, kept because they were edited. */
	kept?: { path: string; reason: string }[];
	/** Published briefs that embed a note the garden will not publish (its text would leak). */
	leaks?: EmbedLeak[];
}

export interface GardenRunOptions {
	/** Automatic refresh: no Notice when nothing was written and nothing went wrong. */
	quiet?: boolean;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

export class GardenWriter {
	private running: Promise<GardenRunResult> | null = null;
	private again = false;

	constructor(
		private readonly app: App,
		private readonly index: IndexQueries,
		private readonly settings: () => Settings,
		private readonly clock: () => Date = () => new Date(),
		/** Resolves when the first indexing pass is done: pages built earlier would miss briefs. */
		private readonly indexReady: Promise<unknown> = Promise.resolve(),
	) {}

	private folder(): string {
		return normalizePath(this.settings().gardenFolder);
	}

	/** What the pages are built from right now. */
	private input(): GardenInput {
		const s = this.settings();
		const now = this.clock();
		const today = quizDay(now);
		// Publish state as the garden's publisher reads it (G2): not the "Other publish keys".
		const keys = gardenPublishKeys(s);
		return {
			briefs: this.index.briefs(),
			notes: vaultNotes(this.app, keys),
			resolveLink: obsidianResolver(this.app),
			options: {
				folder: this.folder(),
				publishKey: s.gardenPublishKey,
				mermaid: s.gardenMermaid,
				perCourse: s.gardenPerCourse,
				axisImage: true,
				lang: s.noteLanguage,
				eraLabels: s.eraLabels,
			},
			quizFor: gardenQuizFor(s.quizLength, today),
		};
	}

	/** The pages the current index produces (nothing written; refused pages left out). */
	async buildPages(): Promise<GardenPage[]> {
		return (await this.planAll()).pages;
	}

	/** What a run would do right now. */
	async plan(): Promise<WritePlan> {
		return (await this.planAll()).plan;
	}

	private async planAll(): Promise<{ pages: GardenPage[]; plan: WritePlan; leaks: EmbedLeak[] }> {
		const folder = this.folder();
		const existing = new Map<string, string | null>();
		for (const f of this.app.vault.getFiles()) {
			if (!f.path.startsWith(`${folder}/`) || !/\.(md|svg)$/i.test(f.path)) continue;
			try {
				existing.set(f.path, await this.app.vault.read(f));
			} catch {
				existing.set(f.path, ""); // unreadable: no marker, so it is never overwritten
			}
		}
		const input = this.input();
		const { pages, plan } = planGarden(input, existing);
		const published = publishedBriefs(input.briefs, input.notes, folder);
		const leaks = embedLeaks(published, input.notes, input.resolveLink, obsidianEmbeds(this.app));
		return { pages, plan, leaks };
	}

	/** One run at a time; a request during a run schedules exactly one more. */
	run(opts: GardenRunOptions = {}): Promise<GardenRunResult> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = this.runOnce(opts).finally(() => {
			this.running = null;
			if (this.again) {
				this.again = false;
				void this.run(opts);
			}
		});
		return this.running;
	}

	private async ensureFolder(path: string): Promise<void> {
		const parts = path.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const dir = parts.slice(0, i).join("/");
			if (!this.app.vault.getAbstractFileByPath(dir)) {
				try {
					await this.app.vault.createFolder(dir);
				} catch {
					// Created meanwhile (or by another device): vault.create reports a real failure.
				}
			}
		}
	}

	private async writePage(page: GardenPage): Promise<void> {
		const file = fileAt(this.app, page.path);
		if (!file) {
			const dir = page.path.slice(0, page.path.lastIndexOf("/"));
			if (dir) await this.ensureFolder(dir);
			await this.app.vault.create(page.path, page.content);
			return;
		}
		const before = await this.app.vault.read(file);
		if (isGenerated(before) && isEditedPage(before)) {
			// Edited by hand since it was written: keep those edits in the trash, then write the page afresh.
			await this.app.fileManager.trashFile(file);
			await this.app.vault.create(page.path, page.content);
			return;
		}
		await this.app.vault.process(file, (old) => {
			// Checked again at write time: the user may have replaced the page since it was read.
			if (!isGenerated(old)) throw new Error("a note without the generated marker has this name");
			return page.content;
		});
	}

	private async runOnce(opts: GardenRunOptions): Promise<GardenRunResult> {
		const result: GardenRunResult = { written: [], unchanged: [], refused: [], removed: [], failed: [] };
		let plan: WritePlan;
		try {
			await this.indexReady;
			const all = await this.planAll();
			plan = all.plan;
			result.leaks = all.leaks;
		} catch (e) {
			result.failed.push({ path: this.folder(), error: message(e) });
			new Notice(t("Study Briefs: could not build the garden pages: {0}", message(e)));
			return result;
		}
		result.unchanged = plan.unchanged;
		result.refused = plan.refused;
		result.kept = plan.kept;
		for (const page of plan.write) {
			try {
				await this.writePage(page);
				result.written.push(page.path);
			} catch (e) {
				result.failed.push({ path: page.path, error: message(e) });
			}
		}
		for (const path of plan.stale) {
			const file = fileAt(this.app, path);
			if (!(file instanceof TFile)) continue;
			try {
				await this.app.fileManager.trashFile(file);
				result.removed.push(path);
			} catch (e) {
				result.failed.push({ path, error: message(e) });
			}
		}
		this.notify(result, opts);
		return result;
	}

	private notify(r: GardenRunResult, opts: GardenRunOptions): void {
		const leaks = r.leaks ?? [];
		const trouble = r.failed.length + r.refused.length;
		// Automatic refresh does not repeat the embed warning when it has nothing else to say.
		if (opts.quiet && !trouble && !r.written.length && !r.removed.length) return;
		const parts = [t("{0} written", r.written.length), t("{0} unchanged", r.unchanged.length)];
		if (r.removed.length) parts.push(t("{0} moved to the trash", r.removed.length));
		if (r.kept?.length) parts.push(t("{0} kept", r.kept.length));
		if (r.refused.length) parts.push(t("{0} refused", r.refused.length));
		if (r.failed.length) parts.push(t("{0} failed", r.failed.length));
		const lines = [t("Study Briefs: garden pages: {0}.", parts.join(", "))];
		for (const x of r.refused)
			lines.push(
				t(
					"Not overwritten: {0} ({1}). Rename or move that note; the index does not link it.",
					x.path,
					reasonText(x.reason),
				),
			);
		for (const x of r.kept ?? [])
			lines.push(t("Kept {0}: no brief produces it any more, but it was {1}.", x.path, reasonText(x.reason)));
		for (const l of leaks) lines.push(leakWarning(l));
		for (const x of r.failed) lines.push(t("Could not write {0}: {1}. The next run tries again.", x.path, x.error));
		new Notice(lines.join("\n"), trouble || (leaks.length && !opts.quiet) ? 0 : undefined);
	}

	/**
	 * Regenerate when briefs change, at most once per `delayMs` of quiet. Changes to the garden folder
	 * itself (our own writes) do not trigger a run. Returns the function that stops it.
	 */
	startAutoRefresh(delayMs = 5000): () => void {
		let timer: number | null = null;
		const stopListening = this.index.onChange((_rev, changed) => {
			const folder = `${this.folder()}/`;
			if (changed.length && changed.every((p) => p.startsWith(folder))) return;
			if (timer !== null) window.clearTimeout(timer);
			timer = window.setTimeout(() => {
				timer = null;
				void this.run({ quiet: true });
			}, delayMs);
		});
		return () => {
			stopListening();
			if (timer !== null) window.clearTimeout(timer);
			timer = null;
		};
	}
}

/** An embed that would leak an unpublished note, in the interface language (core's embedLeakMessage is the CLI's). */
function leakWarning(l: EmbedLeak): string {
	return l.via?.length
		? t(
				"Warning: {0} embeds {1} (through {2}), which is not published: the garden would publish its text inside the brief.",
				l.brief,
				l.note,
				l.via.join(" -> "),
			)
		: t(
				"Warning: {0} embeds {1}, which is not published: the garden would publish its text inside the brief.",
				l.brief,
				l.note,
			);
}

/** The planner's reason for refusing or keeping a page (core's English words), in the interface language. */
function reasonText(reason: string): string {
	switch (reason) {
		case NOT_OURS:
			return t("a note without the generated marker has this name");
		case LINK_IN_WAY:
			return t("a symbolic link is in the way (never followed)");
		case EDITED:
			return t("edited since it was written");
		case "outside the garden folder":
			return t("outside the garden folder");
		case "two pages with the same name":
			return t("two pages with the same name");
		default:
			return reason;
	}
}
