/** The desktop status bar item: "Study Briefs: indexing 1,234 / 10,000", then "1,234 briefs · 12 problems". */
import type { IndexQueries } from "../../core/index/types";
import type { IndexingProgress, ProgressFeed } from "../../obsidian/progress-feed";
import { isIndexing } from "../../obsidian/progress-feed";
import { indexingText, lowerFirst, readyText } from "./format";
import { t } from "../../obsidian/i18n";

export interface StatusBarOptions {
	/** Clicked: open the timeline (with its problems when there are some). */
	open(problems: boolean): void;
	/** Registers a teardown with the plugin. */
	register(cb: () => unknown): void;
	/** Registers a DOM listener with the plugin. */
	registerDomEvent(el: HTMLElement, type: "click", cb: (e: MouseEvent) => void): void;
}

export class StatusBarProgress {
	private problems = 0;
	private timer = 0;

	constructor(
		readonly el: HTMLElement,
		private readonly feed: ProgressFeed,
		private readonly index: IndexQueries,
		private readonly opts: StatusBarOptions,
	) {
		el.addClass("sb-status-bar", "mod-clickable");
		el.setAttr("role", "button");
		opts.registerDomEvent(el, "click", () => opts.open(this.problems > 0));
		opts.register(feed.watch((p) => this.show(p)));
		// Counts follow the index after the first pass (batched: a burst of edits redraws once).
		opts.register(
			index.onChange(() => {
				if (this.timer || isIndexing(this.feed.current)) return;
				this.timer = window.setTimeout(() => {
					this.timer = 0;
					this.show(this.feed.current);
				}, 250);
			}),
		);
		opts.register(() => window.clearTimeout(this.timer));
	}

	show(p: IndexingProgress): void {
		if (isIndexing(p)) {
			this.el.setText(`Study Briefs: ${lowerFirst(indexingText(p))}`);
			this.el.setAttr("aria-label", t("Open the timeline"));
			return;
		}
		if (p.phase !== "ready") {
			this.el.setText("");
			return;
		}
		const briefs = this.index.briefs({ includeUnpublished: true }).length;
		this.problems = this.index.problems().length;
		this.el.setText(readyText(briefs, this.problems));
		this.el.setAttr("aria-label", this.problems ? t("Open the timeline and its problems") : t("Open the timeline"));
	}
}
