import { Notice, parseYaml, Platform, Plugin, type WorkspaceLeaf } from "obsidian";
import { readerKeyOf } from "./core/brief/options";
import { CuratedIndex } from "./core/overrides";
import { checkAnswer } from "./core/quiz";
import type { QuizScope } from "./core/quiz/quiz-set";
import { createScheduler } from "./core/review";
import { registerCommands, type CommandTarget } from "./obsidian/commands";
import { createPublicApi, type StudyBriefsApi } from "./obsidian/api";
import { GardenWriter } from "./obsidian/garden-writer";
import { BriefIndexer } from "./obsidian/indexer";
import { defaultCacheStore, ParseCache } from "./obsidian/parse-cache";
import { PluginHost } from "./ui/plugin-host";
import { ReviewStore } from "./obsidian/review-store";
import { quizSetFor } from "./obsidian/quiz-source";
import { migrateSettings, type Settings } from "./settings";
import { DashboardView, VIEW_TYPE_DASHBOARD } from "./ui/dashboard/view";
import { dashboardStats } from "./ui/dashboard/source";
import { gardenLinkFor } from "./ui/linked-notes/garden-link";
import { LinkedNotesView, VIEW_TYPE_LINKS } from "./ui/linked-notes/view";
import { ProgressFeed } from "./obsidian/progress-feed";
import { StatusBarProgress } from "./ui/progress/status-bar";
import { QuizView, VIEW_TYPE_QUIZ } from "./ui/quiz/view";
import { QuoteIndexView, VIEW_TYPE_QUOTES } from "./ui/quotes/quote-view";
import { StudyBriefsSettingTab } from "./ui/settings-tab";
import { BLOCK_LANGUAGE, TimelineBlock } from "./ui/embed/block";
import { wireCuration } from "./ui/curation/plugin";
import type { CurationHost } from "./obsidian/curation-host";
import { registerAxisCommands } from "./ui/timeline/axis/commands";
import { TimelineView, VIEW_TYPE_TIMELINE } from "./ui/timeline/view";
import { followObsidianLanguage } from "./obsidian/i18n/follow-obsidian";
import { t } from "./obsidian/i18n";

/**
 * Study Briefs: lifecycle only. Settings, views, commands and the indexer are wired here; the work is
 * done in src/core (pure), src/obsidian (adapters) and src/ui (views).
 */
export default class StudyBriefsPlugin extends Plugin implements CommandTarget {
	settings!: Settings;
	/** The vault index, with the student's overrides (hidden, corrected, added) applied: src/core/overrides. */
	readonly index = new CuratedIndex();
	/** Public API for other plugins: app.plugins.plugins["study-briefs"].api (see src/obsidian/api.ts). */
	api!: StudyBriefsApi;
	private host!: PluginHost;
	private indexer!: BriefIndexer;
	private garden!: GardenWriter;
	private reviews!: ReviewStore;
	private stopAutoRefresh: (() => void) | null = null;
	/** The first pass's progress (status bar, the line in the views). */
	private readonly progress = new ProgressFeed();
	private reviewsLoaded = false;
	/** The reader options the index was built with (readerKeyOf). */
	private savedReaderKey: string | undefined;
	/** The era labels the open timelines were drawn with. */
	private shownEraLabels: string | undefined;

	async onload(): Promise<void> {
		followObsidianLanguage();
		await this.loadSettings();
		const curation = wireCuration(this, this.index, {
			reviewFolder: () => this.settings.reviewFolder,
			host: () => this.host,
		});
		this.wire(curation.actions);
		this.registerViews();
		this.registerChrome();
		this.app.workspace.onLayoutReady(() => {
			void this.indexer.start();
			void curation.start(this.indexer.ready);
			this.applyAutoRefresh();
			void this.indexer.ready.then(async () => {
				await this.reviews.load();
				this.reviewsLoaded = true;
				for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD))
					if (leaf.view instanceof DashboardView) leaf.view.render();
				// Cards follow slightly edited items; another device's log arriving by sync is replayed.
				this.register(this.reviews.followIndex(this.index));
				this.reviews.watch((ref) => this.registerEvent(ref));
			});
		});
	}

	/** The host the views talk to, the indexer, the public API, the garden writer and the review store. */
	private wire(curation: CurationHost): void {
		this.host = new PluginHost(this.app, this.index, {
			settings: () => this.settings,
			startQuiz: (scope) => this.startQuiz(scope),
			gardenUrl: (path) => this.gardenUrl(path),
			reviewStats: (path) => this.reviews.stats(path),
			registerEvent: (ref) => this.registerEvent(ref),
			indexing: this.progress,
			openDashboard: () => void this.reveal(VIEW_TYPE_DASHBOARD, "main"),
			curation,
			saveSettings: () => this.saveSettings(),
		});
		const cache = new ParseCache(defaultCacheStore(this.app, this.manifest.dir), {});
		this.indexer = this.addChild(
			new BriefIndexer(this.app, this.index, () => this.settings, {
				cache,
				parseYaml,
				onProgress: (p) => this.progress.update(p),
			}),
		);
		this.api = createPublicApi(this.index, this.indexer.ready);
		this.garden = new GardenWriter(this.app, this.index, () => this.settings, undefined, this.indexer.ready);
		this.reviews = new ReviewStore(this.app, {
			folder: () => this.settings.reviewFolder,
			briefPathOf: (id) => this.index.briefs({ includeUnpublished: true }).find((b) => b.id === id)?.path,
		});
	}

	/** The views, the timeline block and the hover source. */
	private registerViews(): void {
		this.registerView(VIEW_TYPE_TIMELINE, (leaf) => new TimelineView(leaf, this.host));
		this.registerHoverLinkSource(VIEW_TYPE_TIMELINE, { display: t("Study Briefs timeline"), defaultMod: true });
		registerAxisCommands(this);
		this.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source, el, ctx) =>
			ctx.addChild(new TimelineBlock(el, source, this.host)),
		);
		this.registerView(VIEW_TYPE_QUOTES, (leaf) => new QuoteIndexView(leaf, this.host));
		this.registerView(
			VIEW_TYPE_QUIZ,
			(leaf) =>
				new QuizView(leaf, this.host, {
					generate: (scope) =>
						quizSetFor(this.index, this.settings, scope, {
							now: () => new Date(),
							dueCards: () => this.reviews.dueCardIds(),
						}),
					check: checkAnswer,
					record: async (answer) => void (await this.reviews.recordAnswer(answer)),
					undo: async (answer) => void (await this.reviews.undoAnswer(answer)),
				}),
		);
		this.registerView(VIEW_TYPE_LINKS, (leaf) => new LinkedNotesView(leaf, this.host));
		const scheduler = createScheduler();
		this.registerView(
			VIEW_TYPE_DASHBOARD,
			(leaf) =>
				new DashboardView(leaf, this.host, {
					stats: (o) =>
						this.reviewsLoaded
							? dashboardStats(this.index, this.reviews.states().values(), scheduler, {
									now: Date.now(),
									...o,
								})
							: null,
				}),
		);
		this.addCommand({
			id: "open-study-dashboard",
			name: t("Open study dashboard"),
			callback: () => void this.reveal(VIEW_TYPE_DASHBOARD, "main"),
		});
	}

	/** Status bar (desktop), ribbon, commands and settings tab. */
	private registerChrome(): void {
		// Desktop only: mobile has no status bar (the views show the same progress line).
		if (!Platform.isMobile) {
			new StatusBarProgress(this.addStatusBarItem(), this.progress, this.index, {
				open: () => void this.activateTimeline(),
				register: (cb) => this.register(cb),
				registerDomEvent: (el, type, cb) => this.registerDomEvent(el, type, cb),
			});
		}

		this.addRibbonIcon("calendar-clock", t("Open timeline"), () => void this.activateTimeline());
		registerCommands(this, this);
		this.addSettingTab(new StudyBriefsSettingTab(this.app, this, this));
	}

	onunload(): void {
		this.stopAutoRefresh?.();
	}

	async loadSettings(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		this.savedReaderKey ??= readerKeyOf(this.settings);
		this.shownEraLabels ??= this.settings.eraLabels;
	}

	async saveSettings(): Promise<void> {
		const before = this.savedReaderKey;
		await this.saveData(this.settings);
		this.settingsChanged(before);
	}

	/** Settings changed on another device (Sync): reload them. */
	async onExternalSettingsChange(): Promise<void> {
		const before = this.savedReaderKey;
		await this.loadSettings();
		this.settingsChanged(before);
	}

	/** What the reader depends on changed (publish keys, section names, size limit): read the vault again. */
	private settingsChanged(before: string | undefined): void {
		this.savedReaderKey = readerKeyOf(this.settings);
		// A re-read clears the index: curation follows renames and lists orphans again once it is done.
		if (this.savedReaderKey !== before) void this.indexer.reindex().then(() => this.index.settle());
		else if (this.shownEraLabels !== undefined && this.shownEraLabels !== this.settings.eraLabels)
			for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE))
				if (leaf.view instanceof TimelineView) leaf.view.refresh(true);
		this.shownEraLabels = this.settings.eraLabels;
		this.applyAutoRefresh();
	}

	private applyAutoRefresh(): void {
		this.stopAutoRefresh?.();
		this.stopAutoRefresh = this.settings.gardenAutoRefresh ? this.garden.startAutoRefresh() : null;
	}

	private async reveal(type: string, where: "main" | "right"): Promise<WorkspaceLeaf | null> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(type)[0] ?? null;
		if (!leaf) {
			leaf = where === "right" ? workspace.getRightLeaf(false) : workspace.getLeaf("tab");
			if (!leaf) return null;
			await leaf.setViewState({ type, active: true });
		}
		await workspace.revealLeaf(leaf);
		return leaf;
	}

	async activateTimeline(): Promise<void> {
		await this.reveal(VIEW_TYPE_TIMELINE, "main");
	}

	async activateQuotes(): Promise<void> {
		await this.reveal(VIEW_TYPE_QUOTES, "right");
	}

	async showRandomQuote(): Promise<void> {
		const leaf = await this.reveal(VIEW_TYPE_QUOTES, "right");
		const view = leaf?.view;
		if (view instanceof QuoteIndexView && !view.showRandomQuote()) new Notice(t("Study Briefs: no quotes yet."));
	}

	async startQuiz(scope: QuizScope): Promise<void> {
		const { workspace } = this.app;
		const leaf = workspace.getLeavesOfType(VIEW_TYPE_QUIZ)[0] ?? workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_QUIZ, active: true, state: { scope } });
		await workspace.revealLeaf(leaf);
	}

	async writeGardenPages(): Promise<void> {
		await this.garden.run();
	}

	async checkLinkedNotes(): Promise<void> {
		await this.reveal(VIEW_TYPE_LINKS, "right");
	}

	gardenUrl(path: string): string | null {
		return gardenLinkFor(this.app, this.settings, path);
	}

	exportFolder(): string {
		const parts = this.settings.reviewFolder.split("/");
		return parts.length > 1 ? parts.slice(0, -1).join("/") : parts[0];
	}
}
