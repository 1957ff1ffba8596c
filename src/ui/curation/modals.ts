/** The curation dialogs: a typed date with a live preview of what the date engine reads, and a speaker's name. */
import { Modal, type App } from "obsidian";
import { readTypedDate } from "../../core/overrides";
import { t } from "../../obsidian/i18n";

export interface DateModalOptions {
	title: string;
	/** The sentence the date is for, shown above the field. */
	sentence: string;
	initial: string;
	/** Also ask for a label (Add event). */
	withLabel?: boolean;
	submit: (date: string, label?: string) => void;
}

/** What the date engine reads in the typed text, in words ("Read as Mar 1917", "No date read yet"). */
export function previewText(typed: string): { ok: boolean; text: string } {
	const d = readTypedDate(typed);
	if (!d)
		return {
			ok: false,
			text: typed.trim() ? t('No date read: try "1917", "March 1917", "c. 1150" or "44 BC".') : t("Type a date."),
		};
	return { ok: true, text: d.approximate ? t("Read as {0} (approximate)", d.label) : t("Read as {0}", d.label) };
}

export class DateModal extends Modal {
	constructor(
		app: App,
		private readonly opts: DateModalOptions,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl, opts } = this;
		this.setTitle(opts.title);
		contentEl.addClass("sb-curation-modal");
		contentEl.createDiv({ cls: "sb-curation-sentence", text: opts.sentence });
		const field = contentEl.createEl("label", { cls: "sb-curation-field", text: t("Date") });
		const input = field.createEl("input", {
			cls: "sb-curation-date",
			attr: { type: "text", spellcheck: "false", "aria-describedby": "sb-curation-preview" },
		});
		input.value = opts.initial;
		const preview = contentEl.createDiv({
			cls: "sb-curation-preview",
			attr: { id: "sb-curation-preview", role: "status", "aria-live": "polite" },
		});
		let label: HTMLInputElement | null = null;
		if (opts.withLabel) {
			const lf = contentEl.createEl("label", { cls: "sb-curation-field", text: t("Label (optional)") });
			label = lf.createEl("input", { cls: "sb-curation-label", attr: { type: "text" } });
		}
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const save = buttons.createEl("button", { cls: "mod-cta", text: t("Save"), attr: { type: "button" } });
		const cancel = buttons.createEl("button", { text: t("Cancel"), attr: { type: "button" } });
		const update = () => {
			const p = previewText(input.value);
			preview.setText(p.text);
			preview.toggleClass("sb-is-bad", !p.ok);
			save.disabled = !p.ok;
			return p.ok;
		};
		const submit = () => {
			if (!update()) return;
			const l = label?.value.trim();
			opts.submit(input.value.trim(), l ? l : undefined);
			this.close();
		};
		input.addEventListener("input", update);
		input.addEventListener("keydown", (e) => {
			if (e.key === "Enter") {
				e.preventDefault();
				submit();
			}
		});
		save.addEventListener("click", submit);
		cancel.addEventListener("click", () => this.close());
		update();
		input.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}

export class SpeakerModal extends Modal {
	constructor(
		app: App,
		private readonly initial: string,
		private readonly submit: (name: string) => void,
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle(t("Edit speaker"));
		contentEl.addClass("sb-curation-modal");
		const field = contentEl.createEl("label", { cls: "sb-curation-field", text: t("Speaker (empty: none)") });
		const input = field.createEl("input", { cls: "sb-curation-speaker", attr: { type: "text" } });
		input.value = this.initial;
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const save = buttons.createEl("button", { cls: "mod-cta", text: t("Save"), attr: { type: "button" } });
		const cancel = buttons.createEl("button", { text: t("Cancel"), attr: { type: "button" } });
		const done = () => {
			this.submit(input.value.trim().slice(0, 200));
			this.close();
		};
		save.addEventListener("click", done);
		input.addEventListener("keydown", (e) => {
			if (e.key === "Enter") {
				e.preventDefault();
				done();
			}
		});
		cancel.addEventListener("click", () => this.close());
		input.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
