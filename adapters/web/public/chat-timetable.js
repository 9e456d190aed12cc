// The studio's week, read only: each day's sessions with the spots left, and where else to book.

import { $, call, el, timeOf } from "./chat-api.js";
import { countLabel, label } from "./chat-labels.js";

let week = 0;
let refreshTimer = null;

/** A session's time as the studio's clock shows it: the wall time of an ISO string with its offset. */
function studioTimeOf(iso) {
  const wall = typeof iso === "string" ? iso.match(/T(\d{2}:\d{2})(?::[\d.]+)?[+-]\d{2}:?\d{2}$/) : null;
  return wall ? wall[1] : timeOf(iso);
}

function sessionLine(session) {
  const item = el("li", { class: `session${session.full ? " full" : ""}` });
  const when = `${studioTimeOf(session.starts)}–${studioTimeOf(session.ends)}`;
  item.append(el("span", { class: "when" }, when), el("span", { class: "what" }, session.title));
  const details = [session.trainer, session.space].filter(Boolean).join(" · ");
  if (details) item.append(el("span", { class: "details" }, details));
  const spots = session.full
    ? label("full", "Full: waitlist open")
    : countLabel(session.spotsLeft, ["spotsOne", "{n} spot left"], ["spotsOther", "{n} spots left"]);
  item.append(el("span", { class: "spots" }, spots));
  return item;
}

function renderPlatforms(platforms) {
  const box = $("platforms");
  box.replaceChildren();
  if (!Array.isArray(platforms) || platforms.length === 0) return;
  box.append(el("p", {}, label("bookOn", "Book on:")));
  const list = el("ul", { class: "platform-links" });
  for (const platform of platforms) {
    const item = el("li");
    if (platform.url) {
      item.append(
        el("a", { href: platform.url, target: "_blank", rel: "noopener noreferrer" }, platform.name),
      );
    } else {
      item.textContent = platform.name;
    }
    list.append(item);
  }
  box.append(list);
}

function renderTimetable(data) {
  const first = data.days?.[0]?.label ?? data.weekStart;
  $("week-label").textContent = first ? label("weekOf", "Week of {day}", { day: first }) : "";
  renderPlatforms(data.platforms);
  const days = $("days");
  days.replaceChildren();
  for (const day of data.days ?? []) {
    const section = el("section", { class: "day", "aria-label": day.label });
    section.append(el("h3", {}, day.label));
    if (!day.sessions?.length) {
      section.append(el("p", { class: "empty" }, label("nothingOn", "Nothing on.")));
    } else {
      const list = el("ul", { class: "sessions" });
      for (const session of day.sessions) list.append(sessionLine(session));
      section.append(list);
    }
    days.append(section);
  }
  const prev = $("week-prev");
  prev.disabled = week <= 0;
  // A disabled button would drop the keyboard focus to the top of the page: it moves to "Next week".
  if (prev.disabled && document.activeElement === prev) $("week-next").focus();
}

/** Reads the week and shows it; `quiet` (a refresh in the background) keeps the last week on failure. */
export async function loadTimetable(quiet = false) {
  try {
    renderTimetable(await call(`timetable?week=${week}`));
    $("week-error").textContent = "";
    return true;
  } catch (error) {
    if (!quiet)
      $("week-error").textContent =
        error instanceof TypeError
          ? label("timetableFailed", "The timetable could not be loaded: check your connection.")
          : error.message;
    return false;
  }
}

/** A reply may have booked or freed a spot: the week is read again once the replies settle. */
export function refreshTimetableSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => loadTimetable(true), 1500);
}

export function initTimetable() {
  $("week-prev").addEventListener("click", async () => {
    week = Math.max(0, week - 1);
    await loadTimetable();
  });
  $("week-next").addEventListener("click", async () => {
    week += 1;
    // Past the weeks the studio shows: stay on the last one (the server said why).
    if (!(await loadTimetable())) week -= 1;
  });
  return loadTimetable();
}
