/** The timeline footer's link to the "Hidden and corrected" panel (shown while anything is hidden or corrected). */
import type { StudyHost } from "../host";
import { tk } from "../../obsidian/i18n";
import { plural } from "../progress/format";

export function renderCurationLink(footer: HTMLElement, host: StudyHost): void {
	const c = host.curation;
	const entries = c?.entries() ?? [];
	if (!c || !entries.length) return;
	footer.removeClass("sb-tl-hidden");
	const orphans = entries.filter((e) => e.orphan).length;
	const line = footer.createDiv({ cls: "sb-curation-footer" });
	const a = line.createEl("a", {
		cls: "sb-curation-footer-link",
		text: `${plural(entries.length, tk("1 hidden and corrected"), tk("{0} hidden and corrected"))}${orphans ? ` (${plural(orphans, tk("1 not found"), tk("{0} not found"))})` : ""}`,
		attr: { href: "#" },
	});
	a.addEventListener("click", (e) => {
		e.preventDefault();
		c.openPanel();
	});
}
