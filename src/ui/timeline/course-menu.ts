import { Menu, Notice } from "obsidian";
import { COLOR_NAMES, courseName } from "./colors";
import type { TimelineView } from "./view";
import { t } from "../../obsidian/i18n";

/** The legend's context menu: pick a course's colour (saved in the settings), or go back to automatic. */
export function showCourseColorMenu(view: TimelineView, course: string, e: MouseEvent): void {
	const settings = view.host.settings;
	const current = Object.hasOwn(settings.courseColors ?? {}, course) ? settings.courseColors[course] : undefined;
	const set = (k: number | undefined) => {
		const next = { ...(settings.courseColors ?? {}) };
		if (k === undefined) delete next[course];
		else next[course] = k;
		settings.courseColors = next;
		view.refresh(true);
		view.host.saveSettings?.().catch((err: unknown) => {
			console.error("Study Briefs: could not save the course colour", err);
			new Notice(t("Could not save the course colour."));
		});
	};
	const menu = new Menu();
	menu.addItem((i) => i.setTitle(t("Colour of {0}", courseName(course))).setDisabled(true));
	menu.addItem((i) =>
		i
			.setTitle(t("Automatic"))
			.setChecked(current === undefined)
			.onClick(() => set(undefined)),
	);
	COLOR_NAMES.forEach((name, k) =>
		menu.addItem((i) =>
			i
				.setTitle(t(name))
				.setChecked(current === k)
				.onClick(() => set(k)),
		),
	);
	menu.showAtMouseEvent(e);
}
