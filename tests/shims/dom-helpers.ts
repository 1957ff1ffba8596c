/**
 * Obsidian extends Node/HTMLElement with createEl, createDiv, setText, empty ... and defines
 * `activeDocument`/`activeWindow`. Install the same helpers so views render in jsdom and Chromium.
 */
interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	value?: string;
	type?: string;
	placeholder?: string;
	href?: string;
	prepend?: boolean;
	parent?: Node;
}

function applyInfo(el: HTMLElement, o?: DomElementInfo | string): void {
	if (!o) return;
	if (typeof o === "string") {
		el.className = o;
		return;
	}
	if (o.cls) el.className = Array.isArray(o.cls) ? o.cls.join(" ") : o.cls;
	if (o.text !== undefined) {
		if (typeof o.text === "string") el.textContent = o.text;
		else el.appendChild(o.text);
	}
	if (o.attr)
		for (const [k, v] of Object.entries(o.attr)) if (v !== null && v !== false) el.setAttribute(k, String(v));
	if (o.title) el.title = o.title;
	if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
	if (o.type) el.setAttribute("type", o.type);
	if (o.placeholder) el.setAttribute("placeholder", o.placeholder);
	if (o.href) el.setAttribute("href", o.href);
}

function createElIn<K extends keyof HTMLElementTagNameMap>(
	parent: Node | null,
	tag: K,
	o?: DomElementInfo | string,
	cb?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, o);
	const target = typeof o === "object" && o?.parent ? o.parent : parent;
	if (target) {
		if (typeof o === "object" && o?.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	cb?.(el);
	return el;
}

const P = Node.prototype as any;
P.createEl = function (tag: any, o?: any, cb?: any) {
	return createElIn(this as Node, tag, o, cb);
};
P.createDiv = function (o?: any, cb?: any) {
	return createElIn(this as Node, "div", o, cb);
};
P.createSpan = function (o?: any, cb?: any) {
	return createElIn(this as Node, "span", o, cb);
};
P.empty = function () {
	while ((this as Node).firstChild) (this as Node).removeChild((this as Node).firstChild!);
};
P.setText = function (t: string | DocumentFragment) {
	(this as Node).textContent = "";
	if (typeof t === "string") (this as Node).textContent = t;
	else (this as Node).appendChild(t);
};
P.appendText = function (t: string) {
	(this as Node).appendChild(document.createTextNode(t));
};
P.instanceOf = function (type: any) {
	return this instanceof type;
};
P.detach = function () {
	(this as ChildNode).remove();
};

const E = Element.prototype as any;
E.addClass = function (...cls: string[]) {
	(this as Element).classList.add(...cls.filter(Boolean));
};
E.addClasses = function (cls: string[]) {
	(this as Element).classList.add(...cls.filter(Boolean));
};
E.removeClass = function (...cls: string[]) {
	(this as Element).classList.remove(...cls);
};
E.toggleClass = function (cls: string | string[], value: boolean) {
	for (const c of Array.isArray(cls) ? cls : [cls]) (this as Element).classList.toggle(c, value);
};
E.hasClass = function (cls: string) {
	return (this as Element).classList.contains(cls);
};
E.setAttr = function (k: string, v: string | number | boolean | null) {
	if (v === null || v === false) (this as Element).removeAttribute(k);
	else (this as Element).setAttribute(k, String(v));
};
E.setAttrs = function (o: Record<string, string | number | boolean | null>) {
	for (const [k, v] of Object.entries(o)) E.setAttr.call(this, k, v);
};
E.getText = function () {
	return (this as Element).textContent ?? "";
};
E.find = function (sel: string) {
	return (this as Element).querySelector(sel);
};
E.findAll = function (sel: string) {
	return Array.from((this as Element).querySelectorAll(sel));
};

const H = HTMLElement.prototype as any;
H.show = function () {
	(this as HTMLElement).style.display = "";
};
H.hide = function () {
	(this as HTMLElement).style.display = "none";
};
H.toggle = function (show: boolean) {
	(this as HTMLElement).style.display = show ? "" : "none";
};
H.isShown = function () {
	return (this as HTMLElement).style.display !== "none" && (this as HTMLElement).isConnected;
};
H.setCssProps = function (props: Record<string, string>) {
	for (const [k, v] of Object.entries(props)) (this as HTMLElement).style.setProperty(k, v);
};
H.setCssStyles = function (styles: Partial<CSSStyleDeclaration>) {
	Object.assign((this as HTMLElement).style, styles);
};

const D = Document.prototype as any;
D.createEl = function (tag: any, o?: any, cb?: any) {
	return createElIn(null, tag, o, cb);
};
(window as any).createEl = (tag: any, o?: any, cb?: any) => createElIn(null, tag, o, cb);
(window as any).createDiv = (o?: any, cb?: any) => createElIn(null, "div", o, cb);
(window as any).createSpan = (o?: any, cb?: any) => createElIn(null, "span", o, cb);
(window as any).createFragment = (cb?: (f: DocumentFragment) => void) => {
	const f = document.createDocumentFragment();
	cb?.(f);
	return f;
};
(window as any).activeDocument = document;
(window as any).activeWindow = window;

export {};
