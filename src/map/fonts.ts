/**
 * The one typeface of the app, self-hosted (public/fonts, from @fontsource/noto-sans, OFL). The
 * map draws labels from these files through the style's `font-faces`, so no glyph server is
 * needed; the page's CSS (src/styles/fonts.css) loads the same files.
 */
const RANGES = {
  latin: [
    "U+0000-00FF",
    "U+0131",
    "U+0152-0153",
    "U+02BB-02BC",
    "U+02C6",
    "U+02DA",
    "U+02DC",
    "U+0304",
    "U+0308",
    "U+0329",
    "U+2000-206F",
    "U+20AC",
    "U+2122",
    "U+2191",
    "U+2193",
    "U+2212",
    "U+2215",
    "U+FEFF",
    "U+FFFD",
  ],
  "latin-ext": [
    "U+0100-02BA",
    "U+02BD-02C5",
    "U+02C7-02CC",
    "U+02CE-02D7",
    "U+02DD-02FF",
    "U+1E00-1E9F",
    "U+2C60-2C7F",
  ],
  cyrillic: ["U+0301", "U+0400-045F", "U+0490-0491", "U+04B0-04B1", "U+2116"],
} as const;

export const FONT_REGULAR = "Noto Sans Regular";
export const FONT_BOLD = "Noto Sans Bold";

type Subset = keyof typeof RANGES;

function faces(assetUrl: (path: string) => string, weight: 400 | 700) {
  return (Object.keys(RANGES) as Subset[]).map((subset) => ({
    url: assetUrl(`fonts/noto-sans-${subset}-${weight}-normal.woff2`),
    "unicode-range": [...RANGES[subset]],
  }));
}

/**
 * The style's `font-faces`; `assetUrl` turns a path under public/ into an absolute URL on our
 * own origin (or a data: URL in the single-file build, src/assets/asset_urls.single.ts).
 */
export function fontFaces(assetUrl: (path: string) => string) {
  return { [FONT_REGULAR]: faces(assetUrl, 400), [FONT_BOLD]: faces(assetUrl, 700) };
}
