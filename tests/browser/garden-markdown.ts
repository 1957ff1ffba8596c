/**
 * Test-only: a tiny Markdown renderer for the generated garden pages, close to Obsidian's reading view
 * for what the pages use: front-matter (as properties), headings, lists, tables, paragraphs,
 * blockquotes and callouts `> [!type]-` (folded ones as <details>, nested ones too), fenced code,
 * **bold**, *italic*, `\_` escapes and [[wikilinks|alias]]. Builds DOM nodes, never HTML strings.
 */

const ENTITIES: Record<string, string | undefined> = {
	lt: "<",
	gt: ">",
	amp: "&",
	"#123": "{",
	"#125": "}",
	"#36": "$",
};

function inline(parent: HTMLElement, text: string): void {
	const re = /\[\[([^\]]+)\]\]|\*\*([^*]+)\*\*|\*([^*]+)\*|\\([!-/:-@[-`{-~])|&(lt|gt|amp|#123|#125|#36);/g;
	let last = 0;
	for (const m of text.matchAll(re)) {
		if (m.index > last) parent.append(text.slice(last, m.index));
		if (m[1] !== undefined) {
			const [target, alias] = m[1].split(/\\?\|/);
			const a = parent.createEl("a", {
				cls: "internal-link",
				text: alias ?? target,
				attr: { "data-href": target, href: target },
			});
			a.dataset.href = target;
		} else if (m[2] !== undefined) inline(parent.createEl("strong"), m[2]);
		else if (m[3] !== undefined) inline(parent.createEl("em"), m[3]);
		else if (m[4] !== undefined) parent.append(m[4]);
		else parent.append(ENTITIES[m[5]] ?? "");
		last = m.index + m[0].length;
	}
	if (last < text.length) parent.append(text.slice(last));
}

function splitRow(line: string): string[] {
	const cells: string[] = [];
	let cur = "";
	const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
	for (let i = 0; i < body.length; i++) {
		if (body[i] === "\\" && body[i + 1] === "|") {
			cur += "\\|";
			i++;
		} else if (body[i] === "|") {
			cells.push(cur.trim());
			cur = "";
		} else cur += body[i];
	}
	cells.push(cur.trim());
	return cells;
}

function renderBlocks(parent: HTMLElement, lines: string[]): void {
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		if (!line.trim()) {
			i++;
			continue;
		}
		const fence = /^```(\w*)/.exec(line);
		if (fence) {
			const end = lines.findIndex((l, k) => k > i && l.startsWith("```"));
			const stop = end < 0 ? lines.length : end;
			const pre = parent.createEl("pre", { cls: `language-${fence[1]}` });
			pre.createEl("code", { text: lines.slice(i + 1, stop).join("\n") });
			i = stop + 1;
			continue;
		}
		const h = /^(#{1,6})\s+(.*)$/.exec(line);
		if (h) {
			inline(parent.createEl(`h${h[1].length}` as "h1"), h[2]);
			i++;
			continue;
		}
		if (line.startsWith(">")) {
			const block: string[] = [];
			while (i < lines.length && lines[i].startsWith(">")) block.push(lines[i++].replace(/^> ?/, ""));
			renderQuote(parent, block);
			continue;
		}
		if (line.startsWith("|")) {
			const rows: string[][] = [];
			while (i < lines.length && lines[i].startsWith("|")) rows.push(splitRow(lines[i++]));
			const table = parent.createEl("table");
			const head = table.createEl("thead").createEl("tr");
			for (const c of rows[0]) inline(head.createEl("th"), c);
			const body = table.createEl("tbody");
			for (const r of rows.slice(2)) {
				const tr = body.createEl("tr");
				for (const c of r) inline(tr.createEl("td"), c);
			}
			continue;
		}
		const item = /^(\s*)(?:([-*])|(\d+)\.)\s+(.*)$/.exec(line);
		if (item) {
			const ordered = !!item[3];
			const list = parent.createEl(ordered ? "ol" : "ul");
			while (i < lines.length) {
				const m = /^(\s*)(?:([-*])|(\d+)\.)\s+(.*)$/.exec(lines[i]);
				if (!m || !!m[3] !== ordered) break;
				inline(list.createEl("li"), m[4]);
				i++;
			}
			continue;
		}
		const para: string[] = [];
		while (i < lines.length && lines[i].trim() && !/^(#|>|\||```|\s*[-*] |\s*\d+\. )/.test(lines[i]))
			para.push(lines[i++]);
		inline(parent.createEl("p"), para.join(" "));
	}
}

function renderQuote(parent: HTMLElement, block: string[]): void {
	const head = /^\[!(\w+)\]([-+]?)\s*(.*)$/.exec(block[0] ?? "");
	if (!head) {
		renderBlocks(parent.createEl("blockquote"), block);
		return;
	}
	const [, type, fold, title] = head;
	const box = parent.createEl(fold ? "details" : "div", { cls: `callout`, attr: { "data-callout": type } });
	if (fold === "+") box.setAttribute("open", "");
	const titleEl = box.createEl(fold ? "summary" : "div", { cls: "callout-title" });
	titleEl.createSpan({ cls: "callout-icon", text: type === "quote" ? "❝" : type === "question" ? "?" : "✓" });
	inline(titleEl.createSpan({ cls: "callout-title-inner" }), title || type.charAt(0).toUpperCase() + type.slice(1));
	renderBlocks(box.createDiv({ cls: "callout-content" }), block.slice(1));
}

/** Renders a whole page (front-matter shown as a properties box, like Obsidian). */
export function renderMarkdown(parent: HTMLElement, markdown: string): HTMLElement {
	const root = parent.createDiv({ cls: "markdown-reading-view markdown-rendered" });
	let lines = markdown.split("\n");
	if (lines[0] === "---") {
		const end = lines.indexOf("---", 1);
		const props = root.createDiv({ cls: "metadata-container" });
		for (const l of lines.slice(1, end)) {
			const [k, ...v] = l.split(":");
			const row = props.createDiv({ cls: "metadata-property" });
			row.createSpan({ cls: "metadata-property-key", text: k.trim() });
			row.createSpan({ cls: "metadata-property-value", text: v.join(":").trim() });
		}
		lines = lines.slice(end + 1);
	}
	renderBlocks(root, lines);
	return root;
}
