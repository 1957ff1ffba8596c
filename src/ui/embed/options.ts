/**
 * The options of a ```study-timeline block, one `key: value` per line:
 *   folder: History/Russia   tag: russia   brief: History/Russia/Revolution.md
 *   from: 1900   to: 1950 (or "44 BC", "AD 79")   mode: axis | list   height: 400   lanes: course | brief | tag | none
 * Unknown keys and bad values become problems shown in the block, never an exception.
 */
import { LANE_MODES, type LaneMode } from "../../core/axis/lanes";
import { t } from "../../obsidian/i18n";

export interface BlockOptions {
	folder?: string;
	tag?: string;
	brief?: string;
	/** Astronomical years, inclusive. */
	from?: number;
	to?: number;
	mode: "list" | "axis";
	/** Pixels. */
	height: number;
	lanes: LaneMode;
	unpublished: boolean;
}

export const DEFAULT_HEIGHT = 360;

/** "44 BC" -> -43, "AD 79" -> 79, "1917" -> 1917, "-43" -> -43 (astronomical); null when unreadable. */
export function readYear(text: string): number | null {
	const t = text.trim().replace(/,/g, "");
	let m = /^(\d{1,6})\s*(BC|BCE|B\.C\.)$/i.exec(t);
	if (m) return Number(m[1]) > 0 ? 1 - Number(m[1]) : null;
	m = /^(?:AD|CE|A\.D\.)?\s*(\d{1,4})\s*(?:AD|CE)?$/i.exec(t);
	if (m) return Number(m[1]) > 0 ? Number(m[1]) : null;
	m = /^-(\d{1,6})$/.exec(t);
	return m ? -Number(m[1]) : null;
}

export function parseBlock(source: string): { options: BlockOptions; problems: string[] } {
	const o: BlockOptions = { mode: "axis", height: DEFAULT_HEIGHT, lanes: "course", unpublished: false };
	const problems: string[] = [];
	for (const raw of source.split("\n")) {
		const line = raw.trim();
		if (!line || line.startsWith("#") || line.startsWith("//")) continue;
		const at = line.indexOf(":");
		if (at < 0) {
			problems.push(t('"{0}" is not "key: value".', line));
			continue;
		}
		const key = line.slice(0, at).trim().toLowerCase();
		const value = line
			.slice(at + 1)
			.trim()
			.replace(/^["']|["']$/g, "");
		switch (key) {
			case "folder":
				o.folder = value.replace(/^\/+|\/+$/g, "");
				break;
			case "tag":
				o.tag = value.replace(/^#/, "");
				break;
			case "brief":
				o.brief = value.replace(/^\[\[|\]\]$/g, "");
				break;
			case "from":
			case "to": {
				const y = readYear(value);
				if (y === null) problems.push(t('{0}: "{1}" is not a year (write 1917, 44 BC or AD 79).', key, value));
				else o[key] = y;
				break;
			}
			case "mode":
				if (value === "list" || value === "axis") o.mode = value;
				else problems.push(t('mode: "{0}" is not list or axis.', value));
				break;
			case "height": {
				const h = Number(value.replace(/px$/i, ""));
				if (Number.isFinite(h) && h >= 120 && h <= 2000) o.height = Math.round(h);
				else problems.push(t('height: "{0}" is not a number of pixels from 120 to 2000.', value));
				break;
			}
			case "lanes":
				if ((LANE_MODES as readonly string[]).includes(value)) o.lanes = value as LaneMode;
				else problems.push(t('lanes: "{0}" is not one of {1}.', value, LANE_MODES.join(", ")));
				break;
			case "unpublished":
				o.unpublished = /^(true|yes|1)$/i.test(value);
				break;
			default:
				problems.push(
					t(
						'Unknown option "{0}" (use folder, tag, brief, from, to, mode, height, lanes, unpublished).',
						key,
					),
				);
		}
	}
	if (o.from !== undefined && o.to !== undefined && o.from > o.to)
		problems.push(t("from is after to: nothing can be shown."));
	return { options: o, problems };
}
