/**
 * The built index.html's first script, inline (its hash is in the CSP; see vite.config.ts): it
 * finds the app's files when the page is opened under a path the server maps to index.html
 * (`/foo/bar?story=…`, `/foo/bar/`), and otherwise says which files failed instead of leaving
 * "Lädt …" forever.
 *
 * The build refers to its files relative to index.html (`./assets/index-….js`), so a copy works
 * from any folder. Under an unexpected deep path those URLs miss (404, or index.html served as
 * "JavaScript"). Then the entry module and the stylesheets are tried again one folder up, up to
 * the site's root: the nearest folder that has them is where the app lives. (The app then finds
 * its other files from its own modules' URLs: src/assets/asset_urls.ts.) When no folder has
 * them, `#app` becomes an error panel (role="alert") that names every URL that failed, a chunk
 * of the entry's (its `modulepreload`, MapLibre's) first: the entry fails with it. A
 * stylesheet of the page that fails while the app itself runs gets a one-line notice at the top
 * (a lazy chunk's own stylesheet, added later, is that part's: the app reports it).
 *
 * The function is serialized with `toString()` into the page, so it uses nothing from outside
 * its own body but `strings` (from src/i18n, chosen by the URL's `lang=en`) and DOM globals.
 */
export function assetBoot(strings: Record<"de" | "en", BootStrings>): void {
  // This runs before the parser reaches the stylesheet and the entry module: they are known by
  // their kind when their events arrive (the page has one module script and its stylesheets).
  const isEntry = (node: EventTarget | null): node is HTMLScriptElement =>
    node instanceof HTMLScriptElement && node.type === "module" && node.src !== "";
  const isStyle = (node: EventTarget | null): node is HTMLLinkElement =>
    node instanceof HTMLLinkElement && node.rel === "stylesheet";
  // The entry's chunks (MapLibre's): a blocked one fails the entry too, but the panel must name it.
  const isChunk = (node: EventTarget | null): node is HTMLLinkElement =>
    node instanceof HTMLLinkElement && node.rel === "modulepreload";
  const text = strings[/[?#&]lang=en(?:&|$)/.test(location.search + location.hash) ? "en" : "de"];
  const failed: string[] = [];
  const failedLinks = new Set<HTMLLinkElement>();
  let entryPath: string | undefined;
  let folder = new URL(".", document.baseURI);
  let started = false;
  let noticed = false;
  // The page's own stylesheets, known once the entry has run: a stylesheet a lazy chunk adds
  // later (Share's) is that part's, whose failure the app reports itself, not the page's style.
  let pageStyles: Set<Element> | undefined;
  const isPageStyle = (node: EventTarget | null): node is HTMLLinkElement =>
    isStyle(node) && (pageStyles === undefined || pageStyles.has(node));

  const styleNotice = (): void => {
    if (noticed) return;
    noticed = true;
    const notice = document.createElement("p");
    notice.className = "boot-notice";
    notice.setAttribute("role", "status");
    notice.textContent = `${text.styleFailed} (${Array.from(failedLinks, (link) => link.href).join(", ")})`;
    document.body.prepend(notice);
  };
  const panel = (): void => {
    const root = document.getElementById("app") ?? document.body;
    const box = document.createElement("div");
    box.className = "boot-error";
    box.setAttribute("role", "alert");
    const heading = document.createElement("h1");
    heading.textContent = text.title;
    const intro = document.createElement("p");
    intro.textContent = text.intro;
    const list = document.createElement("ul");
    for (const url of failed) {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = url;
      item.append(code);
      list.append(item);
    }
    const hint = document.createElement("p");
    hint.textContent = text.hint;
    box.append(heading, intro, list, hint);
    root.removeAttribute("aria-busy");
    root.replaceChildren(box);
  };
  const styleFailed = (link: HTMLLinkElement): void => {
    link.dataset.bootPath ??= link.getAttribute("href") ?? "";
    failed.push(link.href);
    const here = new URL(link.dataset.bootPath, folder).href;
    // An answer from a folder already given up: ask the folder the app is tried in now.
    if (link.href !== here) link.href = here;
    else failedLinks.add(link);
    if (started && failedLinks.size > 0) styleNotice();
  };
  // A server that answers a missing file with index.html gives a stylesheet that "loads" empty.
  const isEmpty = (link: HTMLLinkElement): boolean => {
    try {
      return link.sheet !== null && link.sheet.cssRules.length === 0;
    } catch {
      return false;
    }
  };
  const tryFolder = (): void => {
    for (const link of failedLinks) {
      // Its fate is open again: an error from the new folder puts it back.
      failedLinks.delete(link);
      link.href = new URL(link.dataset.bootPath ?? "", folder).href;
    }
    const retry = document.createElement("script");
    retry.type = "module";
    retry.crossOrigin = "anonymous";
    retry.src = new URL(entryPath ?? "", folder).href;
    document.head.append(retry);
  };

  // Capturing on the document: resource errors and loads do not bubble.
  document.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (isStyle(target)) return isPageStyle(target) ? styleFailed(target) : undefined;
      if (isChunk(target)) {
        // First in the list: the file the entry could not run without.
        if (!failed.includes(target.href)) failed.unshift(target.href);
        // Its error may come after the entry's: the panel then names it too.
        if (document.querySelector(".boot-error")) panel();
        return;
      }
      if (!isEntry(target)) return;
      entryPath ??= target.getAttribute("src") ?? "";
      failed.push(target.src);
      if (folder.pathname === "/") return panel();
      folder = new URL("..", folder);
      tryFolder();
    },
    true,
  );
  document.addEventListener(
    "load",
    (event) => {
      const target = event.target;
      if (isStyle(target)) {
        if (!isPageStyle(target)) return;
        if (isEmpty(target)) styleFailed(target);
        else failedLinks.delete(target);
        return;
      }
      if (!isEntry(target)) return;
      started = true;
      pageStyles = new Set(document.querySelectorAll('link[rel="stylesheet"]'));
      if (failedLinks.size > 0) styleNotice();
    },
    true,
  );
}

/** What the boot panel says, in one language (src/i18n/boot_strings.ts). */
export interface BootStrings {
  title: string;
  intro: string;
  hint: string;
  styleFailed: string;
}
