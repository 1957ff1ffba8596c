/**
 * The progress line a view shows while the first pass runs (on desktop and on mobile, where there is no status
 * bar): text and a bar above the view's content, in place of an empty state (hidden by the `sb-is-indexing` class).
 */
import type { ProgressFeed } from "../../obsidian/progress-feed";
import { isIndexing } from "../../obsidian/progress-feed";
import { fraction, indexingText, lowerFirst } from "./format";

export interface ProgressHostView {
	readonly contentEl: HTMLElement;
	register(cb: () => unknown): void;
}

/** Mounts the line above `view.contentEl` (it survives the view emptying its content); removed on close. */
export function mountProgressLine(view: ProgressHostView, feed: ProgressFeed | undefined): HTMLElement | null {
	if (!feed) return null;
	const content = view.contentEl;
	const line = createDiv({ cls: "sb-progress-line", attr: { role: "status", "aria-live": "polite" } });
	const label = line.createDiv({ cls: "sb-progress-text" });
	const bar = line.createDiv({
		cls: "sb-progress-bar",
		attr: { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100" },
	});
	const fill = bar.createDiv({ cls: "sb-progress-fill" });
	if (content.parentElement) content.parentElement.insertBefore(line, content);
	else content.prepend(line);
	const stop = feed.watch((p) => {
		const on = isIndexing(p);
		line.toggleClass("sb-is-hidden", !on);
		content.toggleClass("sb-is-indexing", on);
		if (!on) return;
		const pct = Math.round(fraction(p) * 100);
		label.setText(`Study Briefs: ${lowerFirst(indexingText(p))}\u2026`);
		bar.setAttr("aria-valuenow", String(pct));
		bar.setAttr("aria-label", indexingText(p));
		fill.setCssProps({ "--sb-progress": `${pct}%` });
	});
	view.register(() => {
		stop();
		line.remove();
		content.removeClass("sb-is-indexing");
	});
	return line;
}
