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

/** Sets a CSS custom property through the CSSOM (allowed by the CSP, unlike style attributes). */
export function withVar<T extends HTMLElement>(node: T, name: string, value: string): T {
  node.style.setProperty(name, value);
  return node;
}
