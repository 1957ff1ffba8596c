/** The study dashboard: how the reviews are going, drawn from the review logs by core/stats. */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { MasteryRow, StudyStats } from "../../core/stats/types";
import type { StudyHost } from "../host";
import { renderForecast, renderHeatmap, renderRetention } from "./charts";
import { renderMastery, renderMissed, renderSummary, weakestFirst } from "./sections";
import { pct } from "./tables";
import { t } from "../../obsidian/i18n";

export const VIEW_TYPE_DASHBOARD = "study-briefs-dashboard";

/** Below this width the heatmap shows half a year (cells stay big enough to read on a phone). */
export const NARROW_PX = 560;

export interface DashboardDeps {
	/** The figures now; `heatmapDays` is how many days the heatmap shows. Null when the reviews are not loaded yet. */
	stats(opts: { heatmapDays: number }): StudyStats | null;
}

export class DashboardView extends ItemView {
	private narrow: boolean | null = null;
	private timer = 0;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: StudyHost,
		private readonly deps: DashboardDeps,
	) {
		super(leaf);
		this.icon = "bar-chart-2";
	}

	getViewType(): string {
		return VIEW_TYPE_DASHBOARD;
	}

	getDisplayText(): string {
		return t("Study dashboard");
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("sb-dash-view");
		this.register(this.host.index.onChange(() => this.scheduleRender()));
		this.register(() => window.clearTimeout(this.timer));
		this.registerEvent(
			this.app.workspace.on("active-leaf-change", (leaf) => {
				if (leaf === this.leaf) this.render();
			}),
		);
		this.render();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	onResize(): void {
		if (this.isNarrow() !== this.narrow) this.render();
	}

	private isNarrow(): boolean {
		const w = this.contentEl.clientWidth;
		return w > 0 && w < NARROW_PX;
	}

	private scheduleRender(): void {
		window.clearTimeout(this.timer);
		this.timer = window.setTimeout(() => this.render(), 300);
	}

	/** Draws everything again from fresh figures. Never throws: an error is shown in the view. */
	render(): void {
		const root = this.contentEl;
		root.empty();
		this.narrow = this.isNarrow();
		root.toggleClass("sb-dash-narrow", this.narrow);
		try {
			const s = this.deps.stats({ heatmapDays: this.narrow ? 26 * 7 : 365 });
			this.draw(root, s);
		} catch (e) {
			console.error("Study Briefs: dashboard could not render", e);
			root.empty();
			root.createEl("h3", { text: t("The dashboard could not be shown.") });
			root.createEl("p", { text: e instanceof Error ? e.message : String(e) });
		}
	}

	/** No reviews yet: what the page will show, and a quiz on the open brief to start with. */
	private drawEmpty(root: HTMLElement): void {
		const empty = root.createDiv({ cls: "sb-dash-empty" });
		empty.createEl("p", {
			text: t(
				"No reviews yet. Take a quiz on a brief: every answer is a review, and this page shows how your reviews go day by day.",
			),
		});
		const path = this.host.activePath();
		if (path && this.host.index.get(path)) {
			const b = empty.createEl("button", {
				cls: "mod-cta",
				text: t("Quiz this note"),
				attr: { type: "button" },
			});
			b.addEventListener("click", () => void this.host.startQuiz({ kind: "brief", path }));
		}
	}

	private draw(root: HTMLElement, s: StudyStats | null): void {
		const head = root.createDiv({ cls: "sb-dash-head" });
		head.createEl("h2", { cls: "sb-dash-title", text: t("Study dashboard") });
		const refresh = head.createEl("button", {
			cls: "sb-dash-refresh",
			text: t("Refresh"),
			attr: { type: "button" },
		});
		// Plain listeners: these buttons are replaced on every render (and go with their element).
		refresh.addEventListener("click", () => this.render());
		if (!s) {
			root.createEl("p", { cls: "sb-dash-note", text: t("Loading the review history\u2026") });
			return;
		}
		renderSummary(root, s);
		if (!s.totals.reviews) this.drawEmpty(root);
		const section = (title: string, note?: string) => {
			const el = root.createEl("section", { cls: "sb-dash-section" });
			el.createEl("h3", { cls: "sb-dash-section-title", text: title });
			if (note) el.createEl("p", { cls: "sb-dash-note", text: note });
			return el;
		};
		const days = s.heatmap.days.length;
		renderHeatmap(
			section(t("Reviews per day"), days >= 365 ? t("The last 12 months.") : t("The last 6 months.")),
			s.heatmap,
		);
		renderForecast(
			section(
				t("Due in the next 30 days"),
				t("Today's bar includes everything overdue. Cards never studied are not counted."),
			),
			s.forecast,
		);
		// A phone shows the last quarter: 26 bars would be too thin to read.
		const weeks = this.narrow ? s.retention.slice(-13) : s.retention;
		const checks = weeks.reduce((n, w) => n + w.checks, 0);
		const recalled = weeks.reduce((n, w) => n + w.recalled, 0);
		renderRetention(
			section(
				t("Retention per week"),
				t(
					"Answered right or close when a card came back: {0} over {1} weeks; the dashed line is the desired {2}.",
					checks ? pct(recalled / checks) : "\u2013",
					weeks.length,
					pct(s.desiredRetention),
				),
			),
			weeks,
			s.desiredRetention,
		);
		const start = this.host.startQuiz.bind(this.host);
		const courseQuiz = {
			can: (r: MasteryRow) => r.key !== "",
			start: (r: MasteryRow) => void start({ kind: "course", folder: r.key }),
		};
		const briefQuiz = {
			can: (r: MasteryRow) => !!this.host.index.get(r.key),
			start: (r: MasteryRow) => void start({ kind: "brief", path: r.key }),
		};
		if (s.courses.length)
			renderMastery(
				section(t("Mastery by course"), t("Share of cards you would recall now with 90% certainty or more.")),
				s.courses,
				courseQuiz,
			);
		if (s.briefs.length)
			renderMastery(section(t("Mastery by brief"), t("Weakest first.")), weakestFirst(s.briefs), briefQuiz, 10);
		renderMissed(section(t("Most missed")), this.host, s.missed);
	}
}
