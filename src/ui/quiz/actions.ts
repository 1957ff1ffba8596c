/**
 * The quiz view's one event style, as in the timeline and the quote index: events are delegated at the view
 * root. Renderers say what a click on an element does (`on(el, fn)`) or what Enter in a text field does
 * (`onEnter(input, fn)`); the view listens once on its root (registerDomEvent) and hands every click and key
 * to `click`/`key`, which find the element's action. Actions of elements a re-render removed go with them.
 */
export type ClickAction = (evt: MouseEvent) => void;

/** What renderers get to attach actions with. */
export interface ActionSink {
	/** A click on `el`, or on anything inside it, runs `fn` (not while `el` is a disabled control). */
	on(el: HTMLElement, fn: ClickAction): void;
	/** Enter in the text field `el` (not while an input method is composing) runs `fn`. */
	onEnter(el: HTMLElement, fn: () => void): void;
}

function isDisabled(el: Element): boolean {
	return (el.instanceOf(HTMLButtonElement) || el.instanceOf(HTMLInputElement)) && el.disabled;
}

export class ViewActions implements ActionSink {
	private readonly clicks = new WeakMap<Element, ClickAction>();
	private readonly enters = new WeakMap<Element, () => void>();

	on(el: HTMLElement, fn: ClickAction): void {
		this.clicks.set(el, fn);
	}

	onEnter(el: HTMLElement, fn: () => void): void {
		this.enters.set(el, fn);
	}

	/** The root's click listener: runs the action of the nearest element (inside `root`) that has one. */
	click(evt: MouseEvent, root: HTMLElement): boolean {
		for (
			let el = evt.target instanceof Element ? evt.target : null;
			el && root.contains(el);
			el = el.parentElement
		) {
			const fn = this.clicks.get(el);
			if (!fn) continue;
			if (isDisabled(el)) return false;
			fn(evt);
			return true;
		}
		return false;
	}

	/** The root's keydown listener, first: Enter in a text field with an action. True when it handled the key. */
	key(evt: KeyboardEvent): boolean {
		if (evt.key !== "Enter" || evt.isComposing || !(evt.target instanceof Element)) return false;
		const fn = this.enters.get(evt.target);
		if (!fn) return false;
		evt.preventDefault();
		fn();
		return true;
	}
}
