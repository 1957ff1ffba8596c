/** The timeline footer's link to the "Hidden and corrected" panel (shown while anything is hidden or corrected). */
import type { StudyHost } from "../host";

export function renderCurationLink(footer: HTMLElement, host: StudyHost): void {
	const c = host.curation;
	const entries = c?.entries() ?? [];
	if (!c || !entries.length) return;
	footer.removeClass("sb-tl-hidden");
	const orphans = entries.filter((e) => e.orphan).length;
	const line = footer.createDiv({ cls: "sb-curation-footer" });
	const a = line.createEl("a", {
		cls: "sb-curation-footer-link",
		text: `${entries.length} hidden and corrected${orphans ? ` (${orphans} not found)` : ""}`,
		attr: { href: "#" },
	});
	a.addEventListener("click", (e) => {
		e.preventDefault();
		c.openPanel();
	});
}
