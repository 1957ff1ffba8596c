/** The dashboard's three charts: reviews per day (calendar heatmap), due forecast, retention per week. */
import type { ForecastDay, Heatmap, WeekRetention } from "../../core/stats/types";
import { svgEl, svgRoot, svgText, svgTitle } from "./svg";
import { pct, srTable } from "./tables";
import { t, tk } from "../../obsidian/i18n";

const CELL = 12;
const MONTHS = [
	tk("Jan"),
	tk("Feb"),
	tk("Mar"),
	tk("Apr"),
	tk("May"),
	tk("Jun"),
	tk("Jul"),
	tk("Aug"),
	tk("Sep"),
	tk("Oct"),
	tk("Nov"),
	tk("Dec"),
];

/** Monday = 0 ... Sunday = 6 of a YYYY-MM-DD date. */
function weekday(date: string): number {
	return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** 0 for no reviews, else 1..4 by share of the busiest day. */
export function heatLevel(count: number, max: number): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/** "1 review" / "12 reviews": `one` and `many` are keys, translated. */
function plural(n: number, one: string, many: string): string {
	return n === 1 ? t(one) : t(many, n.toLocaleString());
}

/** Weeks as columns, Monday at the top; month names above the week they start in. */
export function renderHeatmap(parent: HTMLElement, heat: Heatmap): SVGSVGElement {
	const first = heat.days.length ? weekday(heat.days[0].date) : 0;
	const cols = Math.ceil((heat.days.length + first) / 7);
	const left = 26;
	const top = 14;
	const svg = svgRoot(parent, left + cols * CELL, top + 7 * CELL, "sb-dash-heatmap");
	for (const [row, name] of [
		[0, t("Mon")],
		[2, t("Wed")],
		[4, t("Fri")],
	] as const)
		svgText(svg, 0, top + row * CELL + 9, name, "sb-dash-axis");
	let lastMonth = -1;
	heat.days.forEach((d, i) => {
		const pos = i + first;
		const col = Math.floor(pos / 7);
		const row = pos % 7;
		const month = Number(d.date.slice(5, 7)) - 1;
		if (row === 0 || i === 0) {
			if (month !== lastMonth && col < cols - 1)
				svgText(svg, left + col * CELL, 10, t(MONTHS[month]), "sb-dash-axis");
			lastMonth = month;
		}
		const rect = svgEl(
			svg,
			"rect",
			{
				x: left + col * CELL,
				y: top + row * CELL,
				width: CELL - 2,
				height: CELL - 2,
				rx: 2,
				"data-date": d.date,
				"data-count": d.count,
			},
			`sb-dash-heat sb-dash-heat-${heatLevel(d.count, heat.max)}`,
		);
		svgTitle(rect, `${d.date}: ${plural(d.count, tk("1 review"), tk("{0} reviews"))}`);
	});
	const weeks: Array<[string, number]> = [];
	heat.days.forEach((d, i) => {
		if (i === 0 || weekday(d.date) === 0) weeks.push([d.date, 0]);
		weeks[weeks.length - 1][1] += d.count;
	});
	srTable(
		parent,
		t("Reviews per week"),
		[t("Week from"), t("Reviews")],
		weeks.filter((w) => w[1] > 0).map(([w, n]) => [w, n]),
	);
	return svg;
}

/** Nice round top of a scale (1, 2, 5, 10, 20, 50...). */
export function niceMax(x: number): number {
	if (x <= 1) return 1;
	const p = 10 ** Math.floor(Math.log10(x));
	for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
	return 10 * p;
}

/** Bars per day for the next days; the first bar (today, with everything overdue) stands out. */
export function renderForecast(parent: HTMLElement, days: ForecastDay[]): SVGSVGElement {
	const bar = 14;
	const left = 28;
	const h = 90;
	const top = 8;
	const max = niceMax(Math.max(0, ...days.map((d) => d.due)));
	const svg = svgRoot(parent, left + days.length * bar, top + h + 18, "sb-dash-forecast");
	for (const v of [0, max / 2, max]) {
		const y = top + h - (v / max) * h;
		svgEl(svg, "line", { x1: left, x2: left + days.length * bar, y1: y, y2: y }, "sb-dash-grid");
		svgText(svg, left - 4, y + 3, String(Math.round(v)), "sb-dash-axis", "end");
	}
	days.forEach((d, i) => {
		const bh = (d.due / max) * h;
		const rect = svgEl(
			svg,
			"rect",
			{
				x: left + i * bar + 1,
				y: top + h - bh,
				width: bar - 3,
				height: Math.max(0, bh),
				rx: 1,
				"data-date": d.date,
				"data-due": d.due,
			},
			i === 0 ? "sb-dash-bar sb-dash-bar-today" : "sb-dash-bar",
		);
		svgTitle(
			rect,
			`${i === 0 ? t("Today (with overdue)") : d.date}: ${t("{0} due", plural(d.due, tk("1 card"), tk("{0} cards")))}`,
		);
		if (i === 0 || i % 7 === 0)
			svgText(
				svg,
				left + i * bar + bar / 2,
				top + h + 13,
				i === 0 ? t("Today") : `+${i}d`,
				"sb-dash-axis",
				i === 0 ? "start" : "middle",
			);
	});
	srTable(
		parent,
		t("Cards due per day"),
		[t("Day"), t("Cards due")],
		days.map((d, i) => [i === 0 ? t("{0} (today, with overdue)", d.date) : d.date, d.due]),
	);
	return svg;
}

/** Share recalled per week as bars against the desired retention (a dashed line); weeks without checks stay empty. */
export function renderRetention(parent: HTMLElement, weeks: WeekRetention[], desired: number): SVGSVGElement {
	const bar = 18;
	const left = 34;
	const h = 90;
	const top = 8;
	const width = left + weeks.length * bar;
	const svg = svgRoot(parent, width + 4, top + h + 18, "sb-dash-retention");
	for (const v of [0, 0.5, 1]) {
		const y = top + h - v * h;
		svgEl(svg, "line", { x1: left, x2: width, y1: y, y2: y }, "sb-dash-grid");
		svgText(svg, left - 4, y + 3, pct(v), "sb-dash-axis", "end");
	}
	weeks.forEach((w, i) => {
		if (w.rate === null) return;
		const bh = w.rate * h;
		const rect = svgEl(
			svg,
			"rect",
			{ x: left + i * bar + 2, y: top + h - bh, width: bar - 4, height: bh, rx: 1, "data-week": w.week },
			w.rate >= desired ? "sb-dash-bar sb-dash-bar-good" : "sb-dash-bar sb-dash-bar-low",
		);
		svgTitle(rect, t("Week of {0}: {1} recalled ({2} of {3})", w.week, pct(w.rate), w.recalled, w.checks));
	});
	weeks.forEach((w, i) => {
		if (i % 4 === 0)
			svgText(svg, left + i * bar + bar / 2, top + h + 13, w.week.slice(5), "sb-dash-axis", "middle");
	});
	const y = top + h - desired * h;
	svgEl(svg, "line", { x1: left, x2: width, y1: y, y2: y }, "sb-dash-target");
	srTable(
		parent,
		t("Recalled per week (desired retention {0})", pct(desired)),
		[t("Week from"), t("Checks"), t("Recalled"), t("Share")],
		weeks.filter((w) => w.checks > 0).map((w) => [w.week, w.checks, w.recalled, pct(w.rate ?? 0)]),
	);
	return svg;
}
