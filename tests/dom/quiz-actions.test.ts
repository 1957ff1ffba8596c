/** The quiz's one event style: clicks and Enter delegated at the view root (src/ui/quiz/actions.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ViewActions } from "../../src/ui/quiz/actions";

function mount() {
	const actions = new ViewActions();
	const root = document.body.createDiv();
	const ran: string[] = [];
	root.addEventListener("click", (e) => actions.click(e, root));
	root.addEventListener("keydown", (e) => actions.key(e));
	return { actions, root, ran };
}

describe("ViewActions", () => {
	it("a click on an element, or inside it, runs the nearest action once", () => {
		const { actions, root, ran } = mount();
		const card = root.createDiv();
		const btn = card.createEl("button");
		const label = btn.createSpan({ text: "Check" });
		actions.on(card, () => ran.push("card"));
		actions.on(btn, () => ran.push("button"));
		label.click();
		btn.click();
		card.click();
		expect(ran).toEqual(["button", "button", "card"]);
	});

	it("a disabled control does nothing, and nor does an element outside the root", () => {
		const { actions, root, ran } = mount();
		const btn = root.createEl("button");
		const inner = btn.createSpan();
		actions.on(btn, () => ran.push("button"));
		btn.disabled = true;
		inner.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		const outside = document.body.createEl("button");
		actions.on(outside, () => ran.push("outside"));
		outside.click();
		expect(ran).toEqual([]);
	});

	it("Enter in a text field runs its action (not while composing, not other keys) and is consumed", () => {
		const { actions, root, ran } = mount();
		const input = root.createEl("input");
		actions.onEnter(input, () => ran.push("enter"));
		const press = (init: KeyboardEventInit) => {
			const e = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
			input.dispatchEvent(e);
			return e.defaultPrevented;
		};
		expect(press({ key: "a" })).toBe(false);
		expect(press({ key: "Enter", isComposing: true })).toBe(false);
		expect(press({ key: "Enter" })).toBe(true);
		expect(ran).toEqual(["enter"]);
	});

	it("a re-render drops the old elements' actions with them", () => {
		const { actions, root, ran } = mount();
		const old = root.createEl("button");
		actions.on(old, () => ran.push("old"));
		root.empty();
		const fresh = root.createEl("button");
		fresh.click();
		old.click();
		expect(ran).toEqual([]);
	});
});

describe("src/ui/quiz uses only the delegated style", () => {
	it("no renderer adds its own listener: every click and key goes through the view root", () => {
		const dir = `${process.cwd()}/src/ui/quiz`;
		const offenders = readdirSync(dir)
			.filter((f) => f.endsWith(".ts"))
			.filter((f) =>
				/\.addEventListener\(|\.onclick\s*=|\.onkeydown\s*=/.test(readFileSync(`${dir}/${f}`, "utf8")),
			);
		expect(offenders).toEqual([]);
		expect(readFileSync(`${dir}/view.ts`, "utf8").match(/registerDomEvent\(/g)).toHaveLength(2);
	});
});
