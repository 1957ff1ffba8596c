/**
 * The generated marker of exported card files (L8 of issue 14): an export overwrites a file only when it
 * carries the marker and was written for the same brief; anything else (a user's file, another brief's
 * export with the same title) is left alone. Anki TSV: a `#` comment line after Anki's own headers (Anki
 * ignores `#` lines it does not know). Spaced Repetition note: front-matter.
 */
export type ExportFormat = "anki" | "sr";

const KEY = "study-briefs-generated";
const BRIEF = "study-briefs-brief";

/** The export's text with the marker and the brief it was made from. */
export function markExport(content: string, format: ExportFormat, briefPath: string): string {
	const brief = JSON.stringify(briefPath);
	if (format === "sr") return `---\n${KEY}: true\n${BRIEF}: ${brief}\n---\n${content}`;
	const lines = content.split("\n");
	let head = 0;
	while (head < lines.length && lines[head].startsWith("#")) head++;
	lines.splice(head, 0, `# ${KEY}: true`, `# ${BRIEF}: ${brief}`);
	return lines.join("\n");
}

/** Who wrote a file at an export's path: not us (null), or us for this brief path ("" when unknown). */
export function exportOwner(text: string, format: ExportFormat): string | null {
	const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
	let head: string[];
	if (format === "sr") {
		if (lines[0]?.trim() !== "---") return null;
		const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
		if (end < 0) return null;
		head = lines.slice(1, end);
	} else {
		head = [];
		for (const l of lines) {
			if (!l.startsWith("#")) break;
			head.push(l.replace(/^#\s*/, ""));
		}
	}
	if (!head.some((l) => new RegExp(`^${KEY}\\s*:\\s*true\\s*$`).test(l.trim()))) return null;
	const b = head.map((l) => new RegExp(`^${BRIEF}\\s*:\\s*(.*)$`).exec(l.trim())).find(Boolean);
	if (!b) return "";
	try {
		const v: unknown = JSON.parse(b[1]);
		return typeof v === "string" ? v : "";
	} catch {
		return "";
	}
}
