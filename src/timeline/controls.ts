import { type AppState, SPEEDS, type Speed } from "../app/state";
import { type Lang, t } from "../i18n/t";
import { el, setAttr } from "../ui/dom";
import { type IconName, svgIcon } from "../ui/svg_icon";

/** The player's buttons. They only report intents; the app decides what they do. */
export interface ControlActions {
  togglePlay(): void;
  previous(): void;
  next(): void;
  start(): void;
  end(): void;
  setSpeed(speed: Speed): void;
  toggleLoop(): void;
  toggleFollow(): void;
}

export interface Controls {
  element: HTMLElement;
  update(state: AppState, dateLabel: string): void;
  setLang(lang: Lang): void;
}

export function createControls(actions: ControlActions, lang: Lang): Controls {
  const button = (icon: IconName, label: string, onClick: () => void, extra: Record<string, string> = {}) => {
    const b = el("button", { type: "button", class: "control", "aria-label": label, title: label, ...extra }, [
      svgIcon(icon),
    ]);
    b.addEventListener("click", onClick);
    return b;
  };
  const start = button("start", t(lang, "toStart"), actions.start);
  const previous = button("previous", t(lang, "previousEvent"), actions.previous, { "aria-keyshortcuts": "ArrowLeft" });
  const play = button("play", t(lang, "play"), actions.togglePlay, {
    class: "control play",
    "aria-keyshortcuts": "Space",
  });
  const next = button("next", t(lang, "nextEvent"), actions.next, { "aria-keyshortcuts": "ArrowRight" });
  const end = button("end", t(lang, "toEnd"), actions.end);
  const loop = button("loop", t(lang, "loop"), actions.toggleLoop, {
    "aria-pressed": "false",
    class: "control toggle",
  });
  const follow = button("follow", t(lang, "follow"), actions.toggleFollow, {
    "aria-pressed": "false",
    class: "control toggle",
  });
  const speedLabel = el("label", { class: "speed", for: "speed-select" }, [t(lang, "speed")]);
  const speed = el(
    "select",
    { id: "speed-select", class: "speed-select" },
    SPEEDS.map((s) => el("option", { value: String(s) }, [t(lang, "speedValue", { speed: s.toLocaleString(lang) })])),
  );
  speed.addEventListener("change", () => actions.setSpeed(Number(speed.value) as Speed));
  const date = el("output", { class: "current-date", "aria-hidden": "true" });
  const element = el("div", { class: "controls", role: "group", "aria-label": t(lang, "timeline") }, [
    el("div", { class: "control-buttons" }, [start, previous, play, next, end]),
    date,
    el("div", { class: "control-options" }, [speedLabel, speed, loop, follow]),
  ]);

  let playing: boolean | undefined;
  return {
    element,
    update(state, dateLabel) {
      if (playing !== state.playing) {
        playing = state.playing;
        play.replaceChildren(svgIcon(state.playing ? "pause" : "play"));
        const label = t(state.lang, state.playing ? "pause" : "play");
        play.setAttribute("aria-label", label);
        play.title = label;
      }
      if (date.textContent !== dateLabel) date.textContent = dateLabel;
      element.classList.toggle("is-playing", state.playing);
      if (speed.value !== String(state.speed)) speed.value = String(state.speed);
      setAttr(loop, "aria-pressed", String(state.loop));
      setAttr(follow, "aria-pressed", String(state.follow));
    },
    setLang(to) {
      const labels: [HTMLElement, string][] = [
        [start, t(to, "toStart")],
        [previous, t(to, "previousEvent")],
        [next, t(to, "nextEvent")],
        [end, t(to, "toEnd")],
        [loop, t(to, "loop")],
        [follow, t(to, "follow")],
      ];
      for (const [b, label] of labels) {
        b.setAttribute("aria-label", label);
        b.title = label;
      }
      speedLabel.textContent = t(to, "speed");
      element.setAttribute("aria-label", t(to, "timeline"));
      playing = undefined;
    },
  };
}
