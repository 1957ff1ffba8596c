import { mixedHash } from "../../core/text";
import { t, tk } from "../../obsidian/i18n";

/**
 * Course colours: 12 distinct colours built from Obsidian's accent colours (CSS variables, so they follow
 * the theme in light and dark). A course keeps the colour its name hashes to unless another course took it
 * first (then the next free one, in name order): adding a course does not repaint the others, and up to 12
 * courses never share a colour. A colour chosen per course in the settings wins.
 */
export const COURSE_PALETTE: readonly string[] = [
	"var(--color-blue)",
	"var(--color-orange)",
	"var(--color-green)",
	"var(--color-purple)",
	"var(--color-red)",
	"var(--color-cyan)",
	"var(--color-pink)",
	"var(--color-yellow)",
	"color-mix(in srgb, var(--color-blue) 55%, var(--text-normal))",
	"color-mix(in srgb, var(--color-green) 55%, var(--text-normal))",
	"color-mix(in srgb, var(--color-red) 55%, var(--text-normal))",
	"color-mix(in srgb, var(--color-purple) 55%, var(--text-normal))",
];

/** Names of the palette entries, for the colour menu (sentence case). */
export const COLOR_NAMES: readonly string[] = [
	tk("Blue"),
	tk("Orange"),
	tk("Green"),
	tk("Purple"),
	tk("Red"),
	tk("Cyan"),
	tk("Pink"),
	tk("Yellow"),
	tk("Dark blue"),
	tk("Dark green"),
	tk("Dark red"),
	tk("Dark purple"),
];

/** Palette index per course: the chosen one, else its hash slot, else the next free slot. */
export function courseColorIndex(
	courses: Iterable<string>,
	chosen: Readonly<Record<string, number>> = {},
): Map<string, number> {
	const sorted = [...new Set(courses)].sort((a, b) => a.localeCompare(b));
	const out = new Map<string, number>();
	const taken = new Set<number>();
	const n = COURSE_PALETTE.length;
	for (const c of sorted) {
		const k = Object.hasOwn(chosen, c) ? chosen[c] : undefined;
		if (typeof k === "number" && k >= 0 && k < n) {
			out.set(c, k);
			taken.add(k);
		}
	}
	for (const c of sorted) {
		if (out.has(c)) continue;
		let k = mixedHash(c) % n;
		for (let step = 0; step < n && taken.has(k); step++) k = (k + 1) % n;
		out.set(c, k);
		taken.add(k);
	}
	return out;
}

/** A CSS colour per course. */
export function courseColors(
	courses: Iterable<string>,
	chosen: Readonly<Record<string, number>> = {},
): Map<string, string> {
	return new Map([...courseColorIndex(courses, chosen)].map(([c, k]) => [c, COURSE_PALETTE[k]]));
}

/** How a course is named in the legend: the folder path, or "Vault root". */
export function courseName(course: string): string {
	return course === "" ? t("Vault root") : course;
}

/** The short legend label: the folder's last segment (the full path is the tooltip). */
export function courseShortName(course: string): string {
	return course === "" ? "Vault root" : (course.split("/").pop() ?? course);
}
