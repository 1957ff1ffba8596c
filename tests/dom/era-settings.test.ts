/**
 * Issue 16, items 2 and 9 in the plugin: the settings tab's "Era labels" and "BCE folders", the timeline rows
 * in the chosen convention (with "AD 43" beside BC dates), and the axis tooltip of an inferred year.
 */
import { describe, expect, it, vi } from "vitest";
import { StudyBriefsSettingTab } from "../../src/ui/settings-tab";
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from "../../src/settings";
import { parseBrief } from "../../src/core/brief";
import { BriefIndex } from "../../src/core/index/brief-index";
import { renderEvent, type RowContext } from "../../src/ui/timeline/rows";
import { briefEraText, dateLabeler } from "../../src/ui/shared/date-labels";
import { markTooltip } from "../../src/ui/timeline/axis/mount";
import { axisLabeler } from "../../src/ui/timeline/axis/geometry";
import { quizEraText } from "../../src/ui/quiz/era-text";
import { renderChoice } from "../../src/ui/quiz/render-choice";
import type { Question } from "../../src/core/quiz/types";

function settingsTab(settings: Settings) {
	const owner = { settings, saveSettings: vi.fn(async () => {}) };
	const tab = new StudyBriefsSettingTab({} as never, {} as never, owner);
	// Obsidian calls display() when the tab opens
	(tab as { display(): void }).display();
	const setting = (name: string): HTMLElement => {
		const el = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find(
			(s) => s.querySelector(".setting-item-name")?.textContent === name,
		);
		if (!el) throw new Error(`no setting ${name}`);
		return el;
	};
	return { owner, setting };
}

describe("the settings tab", () => {
	it("offers era labels as each note writes them, BC–AD or BCE–CE, and saves the choice", async () => {
		const { owner, setting } = settingsTab(migrateSettings({}));
		const select = setting("Era labels").querySelector("select")!;
		expect([...select.options].map((o) => o.value)).toEqual(["auto", "bc-ad", "bce-ce"]);
		expect(select.value).toBe("auto");
		select.value = "bce-ce";
		select.dispatchEvent(new Event("change"));
		await Promise.resolve();
		expect(owner.settings.eraLabels).toBe("bce-ce");
		expect(owner.saveSettings).toHaveBeenCalled();
	});

	it("takes the BCE folders as a comma-separated list and stores them cleaned", async () => {
		const { owner, setting } = settingsTab(migrateSettings({ bceFolders: ["Egyptology"] }));
		const input = setting("BCE folders").querySelector("input")!;
		expect(input.value).toBe("Egyptology");
		input.value = "Egyptology/, Ancient/Near East , ../x";
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		expect(owner.settings.bceFolders).toEqual(["Egyptology", "Ancient/Near East"]);
	});
});

const ROME = parseBrief({
	path: "Rome/rome.md",
	text: "---\ndg-publish: true\n---\n# Rome and Britain\n\n- Caesar was killed in 44 BC.\n- Claudius invaded Britain in AD 43.\n- The legions left Britain in 410.\n- Magna Carta was sealed in 1215.\n",
});

function rowLabels(eraLabels: Settings["eraLabels"]): string[] {
	const index = new BriefIndex();
	index.upsert(ROME);
	const events = index.timeline({ includeUnpublished: true });
	const labelOf = dateLabeler({ eraLabels }, index, [events[0], events[events.length - 1]]);
	const ctx: RowContext = {
		idPrefix: "t",
		titleOf: () => "Rome",
		colorOf: () => "var(--color-blue)",
		courseOf: () => "Rome",
		window: { lo: -100, hi: 1300 },
		activePath: null,
		selected: -1,
		total: events.length,
		dateLabel: labelOf,
	};
	return events.map((ev, i) => {
		const el = document.createElement("div");
		renderEvent(el, ev, i, ctx);
		expect(el.getAttribute("aria-label")?.startsWith(el.querySelector(".sb-tl-date-label")!.textContent)).toBe(
			true,
		);
		return el.querySelector(".sb-tl-date-label")!.textContent;
	});
}

describe("timeline rows", () => {
	it("write the era on small CE years beside BC dates, as the setting says", () => {
		expect(DEFAULT_SETTINGS.eraLabels).toBe("auto");
		expect(rowLabels("auto")).toEqual(["44 BC", "AD 43", "AD 410", "1215"]);
		expect(rowLabels("bce-ce")).toEqual(["44 BCE", "43 CE", "410 CE", "1215"]);
	});
});

describe("the axis", () => {
	it("shows a hovered inferred mark's label and where its year came from", () => {
		const brief = parseBrief({
			path: "Egypt.md",
			text: "# Egypt\n\n## Ptolemaic Egypt, 305–30 BCE\n\n- Cleopatra became queen in 51.\n",
		});
		const ev = brief.events.find((e) => e.date.inferred)!;
		const canvas = document.createElement("canvas");
		markTooltip(canvas, ev, axisLabeler());
		expect(canvas.getAttribute("aria-label")).toBe(
			"51 BC? · Cleopatra became queen in 51.\nYear inferred: BC: the era of the heading “Ptolemaic Egypt, 305–30 BCE”",
		);
		markTooltip(canvas, null, axisLabeler());
		expect(canvas.hasAttribute("aria-label")).toBe(false);
	});
});

describe("quiz options and feedback", () => {
	const republic = parseBrief({
		path: "Rome/republic.md",
		text: "---\ndg-publish: true\n---\n# The Roman Republic\n\n- The Twelve Tables were written down in 450 BCE by the decemvirs.\n- Caesar was assassinated in the Senate house in 44 BCE.\n",
	});
	const index = new BriefIndex();
	index.upsert(republic);
	const hostWith = (eraLabels: Settings["eraLabels"]) => ({ settings: { ...DEFAULT_SETTINGS, eraLabels }, index });
	const q = { briefPath: republic.path, lang: undefined };

	it("show eras in the note's convention (auto) or the setting's; other languages keep their words", () => {
		expect(quizEraText(hostWith("auto"), q)("450 BC")).toBe("450 BCE");
		expect(quizEraText(hostWith("bc-ad"), q)("450 BC")).toBe("450 BC");
		expect(quizEraText(hostWith("bce-ce"), q)("31 BC – AD 14")).toBe("31 BCE – 14 CE");
		expect(quizEraText(hostWith("bce-ce"), { ...q, lang: "fr" })("44 av. J.-C.")).toBe("44 av. J.-C.");
	});

	it("an option is shown in the convention and submitted as the question wrote it", () => {
		const question = {
			id: "q1",
			kind: "date-choice",
			briefPath: republic.path,
			itemId: "e:x",
			prompt: "Augustus ruled from ____.",
			answer: "31 BC",
			options: ["31 BC", "AD 14"],
		} as unknown as Question;
		const submitted: unknown[] = [];
		const clicks: Array<() => void> = [];
		const el = document.createElement("div");
		renderChoice(el, {
			question,
			submit: (r) => submitted.push(r),
			actions: { on: (_el, fn) => clicks.push(() => fn(new MouseEvent("click"))), onEnter: () => {} },
			eraText: quizEraText(hostWith("bce-ce"), question),
		});
		expect([...el.querySelectorAll(".sb-quiz-option-text")].map((o) => o.textContent)).toEqual(["31 BCE", "14 CE"]);
		clicks[0]();
		expect(submitted).toEqual(["31 BC"]);
	});
});

describe("the quote index's dates", () => {
	it("follow the brief's own convention (auto) or the setting", () => {
		const bce = parseBrief({ path: "Greece/athens.md", text: "# Athens\n\n- Pericles died in 429 BCE.\n" });
		const bc = parseBrief({ path: "Rome/rome.md", text: "# Rome\n\n- Caesar died in 44 BC.\n" });
		const index = new BriefIndex();
		index.upsert(bce);
		index.upsert(bc);
		const auto = { eraLabels: "auto" as const };
		expect(briefEraText(auto, index, "429 BC", bce.path)).toBe("429 BCE");
		expect(briefEraText(auto, index, "44 BC", bc.path)).toBe("44 BC");
		expect(briefEraText({ eraLabels: "bce-ce" }, index, "44 BC", bc.path)).toBe("44 BCE");
		expect(briefEraText({ eraLabels: "bc-ad" }, index, "429 BCE", bce.path)).toBe("429 BC");
	});
});
