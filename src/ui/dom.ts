/**
 * Builds DOM from data without ever parsing HTML: text from story files and URLs goes in as
 * text nodes, so `<img onerror>` in a title stays a title.
 */
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/**
 * Sets `node`'s text only when it differs: views redrawn every frame while playing leave the
 * DOM untouched (no style, layout or paint invalidated) until what they show changes.
 */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an attribute only when its value differs (see setText). */
export function setAttr(node: Element, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Sets a CSS custom property through the CSSOM (allowed by the CSP, unlike style attributes). */
export function withVar<T extends HTMLElement>(node: T, name: string, value: string): T {
  if (node.style.getPropertyValue(name) !== value) node.style.setProperty(name, value);
  return node;
}
