/** The words of the progress displays (status bar, the line in the views). */
import type { IndexingProgress } from "../../obsidian/progress-feed";
import { t, tk, uiLang } from "../../obsidian/i18n";

const n = (x: number) => x.toLocaleString();

/** "1 brief" / "1,234 briefs": `one` and `many` are keys ("1 brief", "{0} briefs"), translated. */
export function plural(count: number, one: string, many: string): string {
	return count === 1 ? t(one) : t(many, n(count));
}

/** "Indexing …" inside a sentence: "Study Briefs: indexing 1 / 10" (German keeps its capitals). */
export function lowerFirst(text: string): string {
	return uiLang() === "de" ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Indexing 1,234 / 10,000" (or "Loading the index" while the parse cache is read). */
export function indexingText(p: IndexingProgress): string {
	if (p.phase === "loading-cache") return t("Loading the index");
	return p.total ? t("Indexing {0} / {1}", n(p.done), n(p.total)) : t("Indexing");
}

/** 0..1, for the bar. */
export function fraction(p: IndexingProgress): number {
	if (p.phase === "loading-cache" || p.total <= 0) return 0;
	return Math.min(1, Math.max(0, p.done / p.total));
}

/** "1,234 briefs · 12 problems" once the index is ready. */
export function readyText(briefs: number, problems: number): string {
	const b = plural(briefs, tk("1 brief"), tk("{0} briefs"));
	return problems ? `${b} \u00b7 ${plural(problems, tk("1 problem"), tk("{0} problems"))}` : b;
}
