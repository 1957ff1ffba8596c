/**
 * A StudyHost for view tests: the real BriefIndex (in memory), default settings, and recordings of
 * everything a view asks the host to do (open a source, start a quiz, hover links). Generic: any UI
 * test may use it.
 */
import { Events, WorkspaceLeaf, type App, type ItemView } from "obsidian";
import { BriefIndex } from "../../../src/core/index/brief-index";
import type { Brief, Problem, SourceRef } from "../../../src/core/model";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/settings";
import type { StudyHost } from "../../../src/ui/host";
import type { OpenMode } from "../../../src/obsidian/open-source";
import type { QuizScope } from "../../../src/core/quiz/quiz-set";

export interface HoverLink {
	source: string;
	linktext: string;
	state?: { scroll?: number };
}

export class TestHost implements StudyHost {
	readonly app: App;
	readonly index: BriefIndex;
	settings: Settings;
	readonly opened: { ref: SourceRef; mode: OpenMode }[] = [];
	readonly quizzes: QuizScope[] = [];
	readonly hovers: HoverLink[] = [];
	private active: string | null = null;
	private readonly activeListeners = new Set<(path: string | null) => void>();
	stats = new Map<string, { due: number; mastery: number }>();

	constructor(
		briefs: Brief[] = [],
		opts: { settings?: Partial<Settings>; problems?: Problem[]; active?: string | null } = {},
	) {
		this.index = new BriefIndex();
		this.index.batch(() => {
			for (const b of briefs) this.index.upsert(b);
			for (const p of opts.problems ?? []) this.index.setProblem(p.path, p);
		});
		this.settings = { ...DEFAULT_SETTINGS, ...opts.settings };
		this.active = opts.active ?? null;
		const workspace = new Events();
		workspace.on("hover-link", (...data: unknown[]) => {
			const info = data[0] as HoverLink;
			this.hovers.push({ source: info.source, linktext: info.linktext, state: info.state });
		});
		this.app = { workspace } as unknown as App;
	}

	async openSource(ref: SourceRef, mode: OpenMode = "same"): Promise<void> {
		this.opened.push({ ref, mode });
	}

	async startQuiz(scope: QuizScope): Promise<void> {
		this.quizzes.push(scope);
	}

	activePath(): string | null {
		return this.active;
	}

	/** Test helper: make a note active (as if the user switched tabs). */
	setActive(path: string | null): void {
		this.active = path;
		for (const cb of this.activeListeners) cb(path);
	}

	onActiveChange(cb: (path: string | null) => void): () => void {
		this.activeListeners.add(cb);
		return () => this.activeListeners.delete(cb);
	}

	reviewStats(path: string): { due: number; mastery: number } | null {
		return this.stats.get(path) ?? null;
	}

	now(): Date {
		return new Date(Date.UTC(2026, 0, 15, 12));
	}
}

export interface Mounted<V extends ItemView> {
	view: V;
	leaf: WorkspaceLeaf;
	/** The pane the view sits in. */
	pane: HTMLElement;
	unmount(): Promise<void>;
}

/**
 * Put a view in an Obsidian-like pane of the given size in the page (theme-light or theme-dark on
 * body) and open it the way the workspace does.
 */
export async function mountView<V extends ItemView>(
	host: TestHost,
	make: (leaf: WorkspaceLeaf) => V,
	opts: { theme?: "light" | "dark"; width?: number; height?: number } = {},
): Promise<Mounted<V>> {
	const theme = opts.theme ?? "light";
	document.body.classList.remove("theme-light", "theme-dark");
	document.body.classList.add(theme === "dark" ? "theme-dark" : "theme-light", "sb-test-page");
	const pane = document.body.createDiv({ cls: "workspace-leaf sb-test-pane" });
	pane.style.width = `${opts.width ?? 760}px`;
	pane.style.height = `${opts.height ?? 640}px`;
	const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
	const leaf = new LeafCtor(host.app);
	const view = make(leaf);
	pane.appendChild(view.containerEl);
	await (leaf as unknown as { open(v: ItemView): Promise<unknown> }).open(view);
	return {
		view,
		leaf,
		pane,
		async unmount() {
			leaf.detach();
			pane.remove();
		},
	};
}

/** Wait for the next animation frame (layout and scroll events settle). */
export function nextFrame(): Promise<number> {
	return new Promise((resolve) => requestAnimationFrame(resolve));
}

export async function frames(n: number): Promise<void> {
	for (let i = 0; i < n; i++) await nextFrame();
}
