/** obsidian shim, part 5: Setting and its value components. */
import { setIcon } from "./shim-ui";

abstract class ValueComponent<T> {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	private cb: ((v: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { attr: { type: "text" } });
		this.inputEl.addEventListener("input", () => this.cb?.(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.placeholder = p;
		return this;
	}
	onChange(cb: (v: string) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLInputElement;
	private cb: ((v: boolean) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createEl("input", { attr: { type: "checkbox" } });
		this.toggleEl.addEventListener("change", () => this.cb?.(this.toggleEl.checked));
	}
	getValue(): boolean {
		return this.toggleEl.checked;
	}
	setValue(value: boolean): this {
		this.toggleEl.checked = value;
		return this;
	}
	onChange(cb: (v: boolean) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private cb: ((v: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select");
		this.selectEl.addEventListener("change", () => this.cb?.(this.selectEl.value));
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, attr: { value } });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(cb: (v: string) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(t: string): this {
		this.buttonEl.setText(t);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setTooltip(t: string): this {
		this.buttonEl.setAttribute("aria-label", t);
		return this;
	}
	setDisabled(d: boolean): this {
		this.buttonEl.disabled = d;
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", cb);
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(typeof name === "string" ? name : (name.textContent ?? ""));
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(typeof desc === "string" ? desc : (desc.textContent ?? ""));
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		const c = new TextComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		const c = new ToggleComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		const c = new DropdownComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		const c = new ButtonComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addExtraButton(cb: (c: ButtonComponent) => unknown): this {
		return this.addButton(cb);
	}
}
