/** Obsidian's accent colours, as CSS variables, so courses follow the theme in light and dark. */
import { t } from "../i18n";
export const COURSE_PALETTE: readonly string[] = [
	"var(--color-blue)",
	"var(--color-orange)",
	"var(--color-green)",
	"var(--color-purple)",
	"var(--color-red)",
	"var(--color-cyan)",
	"var(--color-pink)",
	"var(--color-yellow)",
];

/** A colour per course (folder), assigned in name order so the same set of courses always looks the same. */
export function courseColors(courses: Iterable<string>): Map<string, string> {
	const sorted = [...new Set(courses)].sort((a, b) => a.localeCompare(b));
	return new Map(sorted.map((c, i) => [c, COURSE_PALETTE[i % COURSE_PALETTE.length]]));
}

/** How a course is named in the legend: the folder path, or "Vault root". */
export function courseName(course: string): string {
	return course === "" ? t("Vault root") : course;
}
