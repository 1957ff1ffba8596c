/**
 * A static SVG of the time axis for the garden's timeline pages: the same scale, ticks, lanes, packing and
 * clusters as the live axis, sized for an 880 px column, every text 11 px or more, labels clipped to their
 * room so nothing overlaps. Colours work on light and dark sites (prefers-color-scheme inside the SVG).
 */
import {
	axisTicks,
	buildScale,
	eventYears,
	fitView,
	layoutAxis,
	prepareAxis,
	spaceTicks,
	xOf,
	type LayoutOptions,
	type Mark as AxisMark,
} from "../axis";
import type { HistEvent } from "../model";

export interface AxisSvgOptions {
	width?: number;
	title: string;
	/** The lane of an event (course); "" for one lane. */
	laneOf: (ev: HistEvent) => string;
	/** How a lane is named. */
	laneName?: (key: string) => string;
}

const FONT = 12;
/** A generous average glyph width for 12 px sans-serif, so estimated labels never run longer than drawn. */
const CHAR = 7.4;
const HEADER = 40;
const LANE_TITLE = 20;
const ROW = 24;
const ROWS = 3;
const CLUSTER = 22;
const COLORS = [
	"#2e6fd8",
	"#d2661e",
	"#2f9a4a",
	"#8a4fd0",
	"#cf3b3b",
	"#138a9c",
	"#c8408e",
	"#9a7a00",
	"#3f5f99",
	"#5d7f2e",
	"#9c4b3a",
	"#6b4e8f",
];

export function escapeXml(s: string): string {
	return s
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/"/g, "&quot;")
		.replace(/'/g, "&apos;");
}

function label(ev: HistEvent): string {
	return `${ev.date.label} · ${ev.label ?? ev.text}`.replace(/\s+/g, " ");
}

const STYLE = [
	`text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:${FONT}px;fill:#222}`,
	".t{fill:#555}.lane{font-weight:600}.n{font-size:11px}",
	".g{stroke:#ddd}.b{fill:#f2f2f2;stroke:#999;stroke-dasharray:3 3}.c{fill:#eee;stroke:#999}",
	"@media (prefers-color-scheme:dark){text{fill:#ddd}.t{fill:#aaa}.g{stroke:#444}.b{fill:#2a2a2a;stroke:#777}.c{fill:#333;stroke:#777}}",
].join("");

/** The SVG text, or null when there are no events. */
export function axisSvg(
	events: readonly HistEvent[],
	o: AxisSvgOptions,
): { svg: string; width: number; height: number } | null {
	if (!events.length) return null;
	const width = o.width ?? 880;
	const ys = events.map(eventYears);
	const scale = buildScale(
		ys.map((y) => y[0]),
		ys.map((y) => y[1]),
	);
	const data = prepareAxis(events, scale, o.laneOf);
	const view = fitView(scale, width - 16);
	view.v0 -= 8 / view.pxPerV;
	view.width = width;
	const named = data.lanes.some((l) => l !== "");
	const laneH = (named ? LANE_TITLE : 4) + ROWS * ROW + CLUSTER;
	const height = HEADER + data.lanes.length * laneH + 8;
	const opt: LayoutOptions = {
		rows: ROWS,
		markerPx: 10,
		gapPx: 6,
		charPx: CHAR,
		minLabelPx: 40,
		clusterPx: 32,
		labelOf: label,
		reserveLabelPx: 130,
	};
	const lay = layoutAxis(data, view, opt);
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(o.title)}">`,
		`<title>${escapeXml(o.title)}</title><style>${STYLE}</style>`,
	];
	for (const t of spaceTicks(axisTicks(scale, view, 110).ticks, CHAR, 10, width)) {
		out.push(`<line class="g" x1="${r(t.x)}" x2="${r(t.x)}" y1="${HEADER - 8}" y2="${height}"/>`);
		out.push(
			`<text class="t" x="${r(t.labelX ?? t.x)}" y="${HEADER - 16}" text-anchor="middle">${escapeXml(t.label)}</text>`,
		);
	}
	for (const b of scale.breaks) {
		const x0 = xOf(view, b.v0);
		out.push(
			`<rect class="b" x="${r(x0)}" y="${HEADER - 8}" width="${r(Math.max(xOf(view, b.v1) - x0, 4))}" height="${height - HEADER + 8}"><title>Axis break: ${escapeXml(`${Math.round(b.y1 - b.y0).toLocaleString("en-US")}`)} empty years left out</title></rect>`,
		);
	}
	data.lanes.forEach((key, l) => {
		const top = HEADER + l * laneH;
		if (l > 0) out.push(`<line class="g" x1="0" x2="${width}" y1="${top}" y2="${top}"/>`);
		if (named)
			out.push(
				`<text class="lane" x="6" y="${top + 15}">${escapeXml(o.laneName ? o.laneName(key) : key)}</text>`,
			);
	});
	for (const m of lay.marks)
		out.push(...markSvg(m, data.events[m.event], HEADER + m.lane * laneH + (named ? LANE_TITLE : 4) + m.row * ROW));
	for (const k of lay.clusters) {
		const y = HEADER + k.lane * laneH + (named ? LANE_TITLE : 4) + ROWS * ROW;
		const w = Math.max(k.x1 - k.x0, 28);
		out.push(`<rect class="c" x="${r(k.x0)}" y="${y + 2}" width="${r(w)}" height="17" rx="8"/>`);
		out.push(
			`<text class="n" x="${r(k.x0 + w / 2)}" y="${y + 14.5}" text-anchor="middle">${k.count > 999 ? `${Math.round(k.count / 100) / 10}k` : k.count}</text>`,
		);
	}
	out.push("</svg>");
	return { svg: out.join("\n"), width, height };
}

/** One event on the axis: a diamond (a point in time) or a bar (a span), and its label when it fits. */
function markSvg(m: AxisMark, ev: HistEvent, y: number): string[] {
	const out: string[] = [];
	const color = COLORS[m.lane % COLORS.length];
	const dash = ev.date.approximate ? ` stroke-dasharray="4 2"` : "";
	if (m.point) {
		const cx = (m.x0 + m.x1) / 2;
		out.push(`<path d="M${r(cx)},${y + 5} l6,6 l-6,6 l-6,-6 z" fill="${color}" stroke="${color}"${dash}/>`);
	} else {
		out.push(
			`<rect x="${r(m.x0)}" y="${y + 4}" width="${r(m.x1 - m.x0)}" height="15" rx="3" fill="${color}" fill-opacity="0.3" stroke="${color}"${dash}/>`,
		);
	}
	if (m.label)
		out.push(
			`<text x="${r(m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4)}" y="${y + 16}">${escapeXml(m.label)}</text>`,
		);
	return out;
}

function r(n: number): number {
	return Math.round(n * 10) / 10;
}
