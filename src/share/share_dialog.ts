import "../styles/share.css";
import { type ShareKey, tShare } from "../i18n/share";
import type { Lang } from "../i18n/t";
import { el } from "../ui/dom";
import { copyField } from "./clipboard";
import { downloadBlob, textBlob } from "./download";
import { type EmbedKind, type EmbedOptions, embedCode, shareLink } from "./embed_code";

/**
 * The share dialog: a link to the current view, embed code with its options, and downloads
 * (PNG, GeoJSON, CSV). A native modal `<dialog>`: focus is trapped and Esc closes it; on close
 * it is removed and focus returns to the button that opened it. It reads the view it was
 * opened with and changes nothing in the app; it closes when the URL's hash changes behind it.
 */
export interface ShareDialogOptions {
  lang: Lang;
  story: string;
  /** The story title; both languages let the embed code name the iframe in the embed's language. */
  title: string | Readonly<Record<Lang, string>>;
  /** The app's URL without query or hash. */
  baseUrl: string;
  /** The folder of the app's index.html (src/assets/asset_urls.ts appFolder), for pym.js. */
  appFolder?: string;
  /** The current view's hash, as `formatHash` writes it (not `location.hash`, which lags behind). */
  currentHash: string;
  /** The current time as YYYY-MM-DD, for the link (the exact position of the playhead). */
  t: string;
  /** The view's date as the reader sees it ("Dezember 2024"), from shownDate. */
  date: string;
  /** The same date for file names, at its precision ("2024-12"). */
  fileDate: string;
  event?: string;
  onDownloadPng(): Promise<Blob | undefined>;
  geojson(): string | Promise<string>;
  csv(): string;
  /**
   * The URL of the story's single-file classroom copy (`zeitkarte-<story>.html`, written by
   * `npm run build`); absent for a story added to a built copy, which has none.
   */
  classroomFile?: string;
  /**
   * The page is a file on this computer (`file:`, the classroom copy): a link to it works only
   * here, so the dialog offers the view's hash (to add to the file's address wherever the file
   * is copied) instead of a link, and no embed code.
   */
  local?: boolean;
  returnFocus: HTMLElement;
}

const LANG_NAMES: Record<Lang, string> = { de: "Deutsch", en: "English" };

export function openShareDialog(options: ShareDialogOptions): void {
  for (const open of document.querySelectorAll("dialog.share-dialog")) open.remove();
  const { lang } = options;
  const text = (key: ShareKey, params?: Record<string, string>) => tShare(lang, key, params);
  const status = el("p", { class: "share-status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  // Emptied first, so the same message twice ("Kopiert") is announced twice.
  const say = (message: string) => {
    status.textContent = "";
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status.textContent = message;
    }, 50);
  };

  const linkField = el("input", {
    type: "text",
    id: "share-link",
    name: "share-link",
    class: "share-field",
    readonly: true,
    spellcheck: "false",
    value: options.local
      ? `#${options.currentHash.replace(/^#/, "")}`
      : shareLink(options.baseUrl, options.currentHash, options.story),
  });
  const copyLink = el("button", { type: "button", class: "share-action" }, [
    text(options.local ? "shareCopyView" : "shareCopyLink"),
  ]);
  copyLink.addEventListener("click", async () =>
    say(text((await copyField(linkField)) ? "shareCopied" : "shareCopyFailed")),
  );

  const embed = options.local ? undefined : createEmbedSection(options, text);
  const copyCode = el("button", { type: "button", class: "share-action" }, [text("shareCopyCode")]);
  copyCode.addEventListener("click", async () =>
    say(text(embed && (await copyField(embed.code)) ? "shareCopied" : "shareCopyFailed")),
  );

  const close = el("button", { type: "button", class: "share-close" }, [text("shareClose")]);
  const dialog = el("dialog", { class: "share-dialog", lang, "aria-labelledby": "share-dialog-heading" }, [
    el("div", { class: "share-head" }, [el("h2", { id: "share-dialog-heading" }, [text("shareHeading")]), close]),
    el("section", { class: "share-section", "aria-labelledby": "share-link-heading" }, [
      el("h3", { id: "share-link-heading" }, [text(options.local ? "shareViewHeading" : "shareLinkHeading")]),
      el("label", { for: "share-link" }, [text(options.local ? "shareViewLabel" : "shareLinkLabel")]),
      el("div", { class: "share-row" }, [linkField, copyLink]),
      options.local ? el("p", { class: "share-note" }, [text("shareLocalNote")]) : null,
    ]),
    el("section", { class: "share-section", "aria-labelledby": "share-embed-heading" }, [
      el("h3", { id: "share-embed-heading" }, [text("shareEmbedHeading")]),
      ...(embed
        ? [
            embed.options,
            el("label", { for: "share-embed-code" }, [text("shareEmbedCode")]),
            embed.code,
            embed.note,
            el("div", { class: "share-row" }, [copyCode]),
          ]
        : [el("p", { class: "share-note" }, [text("shareLocalEmbed")])]),
    ]),
    el("section", { class: "share-section", "aria-labelledby": "share-download-heading" }, [
      el("h3", { id: "share-download-heading" }, [text("shareDownloadHeading")]),
      createDownloads(options, text, say),
    ]),
    status,
  ]);

  close.addEventListener("click", () => dialog.close());
  // The page's shortcuts (Space plays, ←/→ step, Home/End jump) must not move the story behind
  // the modal; Esc still closes, as that is the browser's default action, not a listener's.
  dialog.addEventListener("keydown", (event) => event.stopPropagation());
  // The view it shares is gone once the URL's view changes behind it (Back, an edited URL):
  // closed rather than offering a link to a view no longer on screen.
  const viewChanged = () => dialog.close();
  window.addEventListener("hashchange", viewChanged);
  dialog.addEventListener("close", () => {
    window.removeEventListener("hashchange", viewChanged);
    clearTimeout(statusTimer);
    dialog.remove();
    options.returnFocus.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  linkField.focus();
  linkField.select();
}

type Text = (key: ShareKey, params?: Record<string, string>) => string;

/** The embed options as radio groups and checkboxes; the code below them follows every change. */
function createEmbedSection(options: ShareDialogOptions, text: Text) {
  const code = el("textarea", {
    id: "share-embed-code",
    name: "embed-code",
    class: "share-field share-code",
    readonly: true,
    rows: 5,
    spellcheck: "false",
    "aria-describedby": "share-pym-note",
  });
  const note = el("p", { class: "share-note", id: "share-pym-note", hidden: true }, [text("sharePymNote")]);
  const date = options.date;
  const form = el("div", { class: "share-options" }, [
    radios("embed-lang", text("shareEmbedLang"), options.lang, [
      ["de", LANG_NAMES.de, "de"],
      ["en", LANG_NAMES.en, "en"],
    ]),
    radios("embed-start", text("shareEmbedStart"), "current", [
      ["current", text("shareStartCurrent", { date })],
      ["story", text("shareStartStory")],
    ]),
    el("fieldset", {}, [
      el("legend", {}, [text("shareEmbedOptions")]),
      checkbox("embed-autoplay", text("shareAutoplay"), false),
      checkbox("embed-controls", text("shareControls"), true),
    ]),
    radios("embed-kind", text("shareEmbedKind"), "iframe", [
      ["iframe", text("shareKindIframe")],
      ["pym", text("shareKindPym")],
    ]),
  ]);
  const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? false;
  const update = () => {
    const embedLang: Lang = value("embed-lang") === "en" ? "en" : "de";
    const fromView = value("embed-start") !== "story";
    const kind: EmbedKind = value("embed-kind") === "pym" ? "pym" : "iframe";
    const title = typeof options.title === "string" ? options.title : options.title[embedLang];
    const embedOptions: EmbedOptions = {
      baseUrl: options.baseUrl,
      ...(options.appFolder ? { appFolder: options.appFolder } : {}),
      story: options.story,
      lang: embedLang,
      title: tShare(embedLang, "shareIframeTitle", { title }),
      autoplay: checked("embed-autoplay"),
      controls: checked("embed-controls"),
      kind,
      ...(fromView ? { t: options.t, event: options.event } : {}),
    };
    code.value = embedCode(embedOptions);
    note.hidden = kind !== "pym";
  };
  form.addEventListener("change", update);
  update();
  return { options: form, code, note };
}

function radios(
  name: string,
  legend: string,
  selected: string,
  choices: readonly (readonly [value: string, label: string, lang?: string])[],
): HTMLFieldSetElement {
  return el("fieldset", {}, [
    el("legend", {}, [legend]),
    ...choices.map(([value, label, lang]) => {
      const id = `share-${name}-${value}`;
      return el("div", { class: "share-choice" }, [
        el("input", { type: "radio", name, id, value, checked: value === selected }),
        el("label", { for: id, lang }, [label]),
      ]);
    }),
  ]);
}

function checkbox(name: string, label: string, checked: boolean): HTMLElement {
  const id = `share-${name}`;
  return el("div", { class: "share-choice" }, [
    el("input", { type: "checkbox", name, id, checked }),
    el("label", { for: id }, [label]),
  ]);
}

/** Three buttons; the PNG is composed on demand, which takes a moment, so the button says it is busy. */
function createDownloads(options: ShareDialogOptions, text: Text, say: (message: string) => void): HTMLElement {
  const button = (kind: string, label: string) =>
    el("button", { type: "button", class: "share-action share-download", "data-download": kind }, [label]);
  const png = button("png", text("shareDownloadPng"));
  const geojson = button("geojson", text("shareDownloadGeojson"));
  const csv = button("csv", text("shareDownloadCsv"));
  const save = (blob: Blob, file: string) => {
    downloadBlob(blob, file, png.parentElement ?? document.body);
    say(text("shareDownloadStarted", { file }));
  };
  png.addEventListener("click", async () => {
    if (png.getAttribute("aria-busy") === "true") return;
    png.setAttribute("aria-busy", "true");
    try {
      const blob = await options.onDownloadPng();
      if (blob) save(blob, `${options.story}-${options.fileDate}.png`);
      else say(text("sharePngFailed"));
    } catch {
      say(text("sharePngFailed"));
    } finally {
      png.removeAttribute("aria-busy");
    }
  });
  geojson.addEventListener("click", async () =>
    save(textBlob(await options.geojson(), "application/geo+json"), `${options.story}-${options.lang}.geojson`),
  );
  csv.addEventListener("click", () =>
    save(textBlob(options.csv(), "text/csv"), `${options.story}-${options.lang}.csv`),
  );
  // The local file is the classroom copy itself: the note above says to pass it on.
  const classroom =
    options.classroomFile && !options.local
      ? [
          el("a", { class: "share-action share-download", href: options.classroomFile, download: "" }, [
            text("shareClassroom"),
          ]),
          el("p", { class: "share-note" }, [text("shareClassroomNote")]),
        ]
      : [];
  return el("div", { class: "share-downloads" }, [png, geojson, csv, ...classroom]);
}
