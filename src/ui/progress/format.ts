/** The words of the progress displays (status bar, the line in the views). */
import type { IndexingProgress } from "../../obsidian/progress-feed";

const n = (x: number) => x.toLocaleString();

export function plural(count: number, one: string, many = `${one}s`): string {
	return `${n(count)} ${count === 1 ? one : many}`;
}

/** "Indexing 1,234 / 10,000" (or "Loading the index" while the parse cache is read). */
export function indexingText(p: IndexingProgress): string {
	if (p.phase === "loading-cache") return "Loading the index";
	return p.total ? `Indexing ${n(p.done)} / ${n(p.total)}` : "Indexing";
}

/** 0..1, for the bar. */
export function fraction(p: IndexingProgress): number {
	if (p.phase === "loading-cache" || p.total <= 0) return 0;
	return Math.min(1, Math.max(0, p.done / p.total));
}

/** "1,234 briefs · 12 problems" once the index is ready. */
export function readyText(briefs: number, problems: number): string {
	return problems ? `${plural(briefs, "brief")} \u00b7 ${plural(problems, "problem")}` : plural(briefs, "brief");
}
