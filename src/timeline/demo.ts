import "../styles/app.css";
import { formatTime, mustParseDate } from "../story/dates";
import { createTimeline, type TimelineEvent } from "./timeline";
import { daysSince } from "./window";

const COLORS: Record<string, string> = { crash: "#c0392b", politics: "#1f6fb5", war: "#7b4fa0", economy: "#1e8a5a" };
const params = new URLSearchParams(location.search);
const lang = params.get("lang") ?? "de";
document.documentElement.lang = lang;
if (params.get("dark")) document.documentElement.style.colorScheme = "dark";

const raw: [string, string, string][] = [
  ["1993", "politics", "Unabhängigkeit und neue Verfassung"],
  ["2001-06", "economy", "Pipeline-Abkommen unterzeichnet"],
  ["2021-11-08", "war", "Waffenstillstand verkündet"],
];
const cats = ["crash", "politics", "war", "economy"];
for (let i = 0; i < 40; i++) {
  const m = 1 + ((i * 7) % 48);
  const year = 2022 + Math.floor((m - 1) / 12);
  const month = ((m - 1) % 12) + 1;
  const day = 1 + ((i * 11) % 28);
  const date =
    i % 6 === 0
      ? `${year}-${String(month).padStart(2, "0")}`
      : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  raw.push([date, cats[i % 4] as string, `Ereignis ${i + 1}: Verhandlungen in Baku, Tiflis und Jerewan`]);
}
for (let d = 1; d <= 31; d += 1 + (d % 3 === 0 ? 1 : 0)) {
  raw.push([`2024-12-${String(d).padStart(2, "0")}`, cats[d % 4] as string, `Dezember-Meldung ${d}`]);
}
raw.push(["2024-12-25", "crash", "AZAL-Flug 8243 stürzt bei Aktau ab"]);
raw.push(["2024-12", "politics", "Streit um Flugsicherung (ganzer Monat)"]);
raw.push(["2025", "economy", "Jahr der Handelsverträge"]);
raw.push(["2026-03-14", "politics", '<img src=x onerror="alert(1)"> bleibt Text']);

const locale = lang === "de" ? "de-DE" : "en-US";
const events: TimelineEvent[] = raw
  .map(([text, category, title], i) => {
    const d = mustParseDate(text);
    return {
      id: `e${i}`,
      time: d.start,
      until: d.end,
      precision: d.precision,
      category,
      title,
      dateLabel: formatTime(d.start, d.precision, locale),
    };
  })
  .sort((a, b) => a.time - b.time || b.until - a.until);

const span: [number, number] = [Date.UTC(1993, 0, 1), Date.UTC(2027, 0, 1)];
const log = { seeks: [] as [number, boolean][], selects: [] as string[] };
let t = Date.UTC(2024, 11, 25);
const out = document.getElementById("out") as HTMLElement;

const timeline = createTimeline({
  container: document.getElementById("timeline") as HTMLElement,
  span,
  window: [Date.UTC(2024, 0, 1), Date.UTC(2025, 6, 1)],
  events,
  categoryColor: (c) => COLORS[c] ?? "#666",
  labels: { overview: "Überblick 1993–2026", focus: "Ausschnitt", playhead: "Zeitpunkt" },
  onSeek: (next, final) => {
    log.seeks.push([next, final]);
    t = next;
    render();
  },
  onSelectEvent: (id) => {
    log.selects.push(id);
    const e = events.find((x) => x.id === id);
    if (e) {
      t = e.time;
      timeline.reveal(t);
      render();
    }
  },
});

function render() {
  let current: TimelineEvent | undefined;
  for (const e of events) if (e.time <= t) current = e;
  const text = `${formatTime(t, "day", locale)}${current ? ` — ${current.title}` : ""}`;
  out.textContent = text;
  timeline.update({ t, currentId: current?.id, valueText: text, valueNow: daysSince(span[0], t) });
}
render();
Object.assign(window, { __demo: { log, timeline, events } });
const style = document.createElement("style");
style.textContent = `.demo{display:grid;grid-template-rows:1fr auto;height:100dvh}.demo-map{background:var(--water);padding:1rem}`;
document.head.append(style);
