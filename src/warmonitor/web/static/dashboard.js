// The dashboard: a timeline of days moves the map, the control shading, the
// tolls and the chart together. The view (day and filters) lives in the URL
// hash, so a link reproduces it.
import { drawChart } from "./chart.js";
import { addDays, clear, colourFor, daysBetween, el, getJSON, localLink } from "./dom.js";
import { EVENT_COLOURS, WarMap } from "./map.js";
import { showPlace } from "./panel.js";

const root = document.getElementById("dashboard");
const form = document.getElementById("filters");
const slider = document.getElementById("timeline");
const status = document.getElementById("status");
const FILTERS = ["since", "until", "actor", "type", "area"];
const MAX_CHART_POINTS = 40;
// The map shows the chosen day and the days before it, fetched per move, so a
// store of a million events never sends them all to the browser.
const TRAIL_DAYS = 13;

const state = readHash();
let events = [];
let series = [];
let controlPlaces = [];
const map = new WarMap(document.getElementById("map"), (place) => openPlace(place));

// "Nubl, Aleppo": the place and, where it is another name, its first-level region,
// so an area filter's matches show why they match.
function whereAbouts(p) {
  const place = p.location || "";
  return p.admin1 && p.admin1 !== place ? `${place}, ${p.admin1}` : place;
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries([...FILTERS, "date", "event", "place", "claim"].map((k) => [k, params.get(k) || ""]));
}

function writeHash() {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v) params.set(k, v);
  history.replaceState(null, "", `#${params}`);
  document.getElementById("share").href = `#${params}`;
}

function range() {
  const first = state.since || root.dataset.first || new Date().toISOString().slice(0, 10);
  const last = state.until || root.dataset.last || first;
  return last < first ? [first, first] : [first, last];
}

function matchesArea(...names) {
  const want = state.area.trim().toLowerCase();
  return !want || names.some((n) => n && n.toLowerCase().includes(want));
}

// Pages of the events API followed at most this far (500 events a page).
const MAX_EVENT_PAGES = 10;

async function eventPages(query) {
  const features = [];
  let url = `/api/v1/events?${query}&limit=500`;
  for (let page = 0; url && page < MAX_EVENT_PAGES; page += 1) {
    const data = await getJSON(url);
    if (data.type !== "FeatureCollection") throw new Error("not GeoJSON");
    features.push(...data.features);
    // Only ever follow a next page on this same server.
    const next = data.next_url ? new URL(data.next_url, location.origin) : null;
    url = next && next.origin === location.origin ? next.pathname + next.search : null;
  }
  return features;
}

async function loadEvents(day) {
  const [first] = range();
  const from = addDays(day, -TRAIL_DAYS) < first ? first : addDays(day, -TRAIL_DAYS);
  const query = new URLSearchParams({ format: "geojson", since: from, until: day });
  if (state.type) query.set("event_type", state.type);
  let features = null;
  try {
    const withActor = new URLSearchParams(query);
    if (state.actor) withActor.set("actor", state.actor);
    features = await eventPages(withActor);
  } catch {
    // Without the events API (older servers), the export gives the same GeoJSON.
    features = (await getJSON(`/api/v1/export?${query}`)).features;
  }
  for (const f of features) {
    const p = f.properties;
    p.event_id = p.event_id ?? p.id ?? Number(String(f.id || "").replace(/\D/g, ""));
  }
  events = features.filter((f) => {
    const p = f.properties;
    if (p.kind && p.kind !== "event") return false;
    if (!f.geometry || !p.date_start) return false;
    if (state.actor && p.actor1 !== state.actor && p.actor2 !== state.actor) return false;
    return matchesArea(p.country, p.admin1, p.location);
  });
}

function castQuery(asOf) {
  const q = new URLSearchParams({ as_of: asOf });
  if (state.since) q.set("since", state.since);
  if (state.until) q.set("until", state.until);
  if (state.area) q.set("area", state.area);
  return `/api/v1/casualties?${q}`;
}

async function loadSeries() {
  const [first, last] = range();
  const span = daysBetween(first, last);
  const step = Math.max(1, Math.ceil((span + 1) / MAX_CHART_POINTS));
  const days = [];
  for (let i = 0; i <= span; i += step) days.push(addDays(first, i));
  if (days[days.length - 1] !== last) days.push(last);
  series = await Promise.all(
    days.map(async (day) => {
      try {
        const answer = await getJSON(castQuery(day));
        return { day, parties: answer.parties.filter((p) => p.party !== "total") };
      } catch {
        return { day, parties: [] };
      }
    }),
  );
}

async function showDay() {
  const day = state.date;
  document.getElementById("day-label").textContent = day;
  for (const node of document.querySelectorAll(".on-day")) node.textContent = day;
  await loadEvents(day);
  if (state.date !== day) return; // a later move of the slider won
  const shown = events.filter((f) => f.properties.date_start <= day);
  map.showEvents(shown, day);
  drawChart(document.getElementById("chart"), series, day);
  renderEventList(shown.filter((f) => day <= (f.properties.date_end || f.properties.date_start)));
  const [control, tolls] = await Promise.all([
    getJSON(`/api/v1/control?date=${day}`),
    getJSON(castQuery(day)).catch(() => null),
  ]);
  if (state.date !== day) return; // a later move of the slider won
  controlPlaces = control.places.filter(
    (s) => (!state.actor || s.actor === state.actor) && matchesArea(s.place.name, s.place.admin1, s.place.country),
  );
  map.showControl(controlPlaces);
  renderControlList(controlPlaces);
  renderTolls(tolls);
  status.textContent = `${events.length} event(s) on the map, up to ${TRAIL_DAYS} days before`;
  root.dataset.shownDay = day; // tests and screenshots wait for this
}

function renderControlList(places) {
  const list = clear(document.getElementById("control-list"));
  if (!places.length) list.append(el("li", { class: "muted", text: "No place has a known holder on this day." }));
  for (const s of places) {
    const contested = s.status === "contested";
    list.append(
      el(
        "li",
        { class: `control ${contested ? "contested" : "held"}`, "data-place": s.place.id, "data-status": s.status, "data-actor": s.actor || "" },
        el("span", { class: "swatch", "data-colour": contested ? "contested" : "held" }),
        el("button", { type: "button", class: "link", onclick: () => openPlace(s), text: s.place.name }),
        " ",
        contested ? el("strong", { class: "contested-label", text: "contested" }) : `held by ${s.actor}`,
        el("span", { class: "muted", text: ` since ${s.since}` }),
      ),
    );
    const swatch = list.lastElementChild.querySelector(".swatch");
    swatch.style.background = contested ? "#d62728" : colourFor(s.actor);
  }
}

function renderTolls(answer) {
  const body = clear(document.querySelector("#tolls tbody"));
  if (!answer) return;
  for (const p of [...answer.parties, answer.total]) {
    const marked = state.claim && [...p.claims, ...p.partisan_claims].includes(Number(state.claim));
    body.append(
      el(
        "tr",
        { class: `${p.party === "total" ? "total" : ""} ${marked ? "marked" : ""}`, "data-party": p.party },
        el("td", { text: p.party + (p.partisan_only ? " (partisan only)" : "") }),
        el("td", { text: p.low ?? "–" }),
        el("td", { text: p.best ?? "–" }),
        el("td", { text: p.high ?? "–" }),
        el("td", {}, ...p.claims.flatMap((id, i) => [i ? " " : "", localLink(`/claims/${Number(id)}`, `#${Number(id)}`)])),
      ),
    );
  }
}

function renderEventList(list) {
  const node = clear(document.getElementById("event-list"));
  if (!list.length) node.append(el("li", { class: "muted", text: "No events on this day under these filters." }));
  for (const f of list) {
    const p = f.properties;
    const dot = el("span", { class: "swatch" });
    dot.style.background = EVENT_COLOURS[p.event_type] || "#7f8c8d";
    node.append(
      el(
        "li",
        { "data-event": p.event_id },
        dot,
        el("button", { type: "button", class: "link", onclick: () => map.openEvent(p.event_id), text: `${p.sub_event_type || p.event_type}` }),
        el("span", { class: "muted", text: ` ${whereAbouts(p)}${p.fatalities_best ? ` · ${p.fatalities_best} killed` : ""}` }),
      ),
    );
  }
}

function renderLegend() {
  const node = clear(document.getElementById("legend"));
  for (const [type, colour] of Object.entries(EVENT_COLOURS)) {
    const dot = el("span", { class: "swatch" });
    dot.style.background = colour;
    node.append(el("span", { class: "legend-item" }, dot, type));
  }
  node.append(el("div", { class: "muted", text: "Circle size grows with fatalities; faded circles happened earlier. Dashed red rings: contested places." }));
}

async function openPlace(placeState) {
  state.place = String(placeState.place.id);
  writeHash();
  await showPlace(document.getElementById("contested"), placeState);
}

function setDay(day) {
  const [first, last] = range();
  state.date = day < first ? first : day > last ? last : day;
  slider.value = String(daysBetween(first, state.date));
  writeHash();
  return showDay().catch((err) => (status.textContent = `could not load ${state.date}: ${err.message}`));
}

async function reload() {
  status.textContent = "loading…";
  const [first, last] = range();
  slider.max = String(daysBetween(first, last));
  await loadSeries();
  await setDay(state.date || last);
  if (state.event) map.openEvent(Number(state.event));
  if (state.place) {
    const chosen = controlPlaces.find((s) => String(s.place.id) === state.place);
    if (chosen) await openPlace(chosen);
  }
}

function fillForm() {
  for (const name of FILTERS) form.elements[name].value = state[name];
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  for (const name of FILTERS) state[name] = form.elements[name].value.trim();
  state.event = "";
  writeHash();
  reload();
});
slider.addEventListener("input", () => {
  const [first] = range();
  state.event = "";
  setDay(addDays(first, Number(slider.value)));
});
document.getElementById("prev-day").addEventListener("click", () => setDay(addDays(state.date, -1)));
document.getElementById("next-day").addEventListener("click", () => setDay(addDays(state.date, 1)));
window.addEventListener("hashchange", () => {
  Object.assign(state, readHash());
  fillForm();
  reload();
});

fillForm();
renderLegend();
map.loadBasemap().then(() => map.showControl(controlPlaces));
reload();
