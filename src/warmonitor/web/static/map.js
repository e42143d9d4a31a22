// The map: bundled boundaries (no tiles), events as circles coloured by type
// and sized by fatalities, places shaded by who holds them on the chosen day.
import { colourFor, el, localLink } from "./dom.js";

const L = window.L;

export const EVENT_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#2c3e50",
};

export function eventRadius(fatalities) {
  return 5 + 3 * Math.sqrt(Math.max(0, fatalities || 0));
}

export class WarMap {
  constructor(node, onPlace) {
    this.map = L.map(node, { zoomSnap: 0.5, minZoom: 2, maxZoom: 12, worldCopyJump: true, preferCanvas: false });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth; Syria: OCHA (CC BY-IGO)");
    this.map.setView([35.0, 38.5], 6.5);
    // Boundaries sit in their own pane under events and control.
    this.map.createPane("basemap").style.zIndex = "250";
    // Control rings under events, so an event in a held town stays clickable.
    this.map.createPane("control").style.zIndex = "410";
    this.map.createPane("events").style.zIndex = "420";
    this.districts = null;
    this.events = L.layerGroup().addTo(this.map);
    this.control = L.layerGroup().addTo(this.map);
    this.onPlace = onPlace;
    this.eventMarkers = new Map();
  }

  async loadBasemap() {
    const style = {
      countries: { color: "#8d969e", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1, className: "country" },
      admin1: { color: "#6b737a", weight: 1.2, fill: false, className: "governorate" },
      admin2: { color: "#a5acb2", weight: 0.6, dashArray: "3 3", fillColor: "#ffffff", fillOpacity: 0, className: "district" },
    };
    const layers = await Promise.all(
      ["countries", "syria_admin2", "syria_admin1"].map((name) =>
        fetch(`/static/basemap/${name}.geojson`).then((r) => r.json()),
      ),
    );
    L.geoJSON(layers[0], { pane: "basemap", style: style.countries, interactive: false }).addTo(this.map);
    this.districts = L.geoJSON(layers[1], {
      pane: "basemap",
      style: style.admin2,
      onEachFeature: (f, layer) => layer.bindTooltip(el("span", { text: `${f.properties.name}, ${f.properties.admin1}` }), { sticky: true }),
    }).addTo(this.map);
    const governorates = L.geoJSON(layers[2], { pane: "basemap", style: style.admin1, interactive: false }).addTo(this.map);
    this.map.fitBounds(governorates.getBounds(), { padding: [10, 10] });
  }

  showEvents(features, day) {
    this.events.clearLayers();
    this.eventMarkers.clear();
    for (const f of features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const today = p.date_start <= day && day <= (p.date_end || p.date_start);
      const marker = L.circleMarker([lat, lon], {
        pane: "events",
        radius: eventRadius(p.fatalities_best),
        color: "#ffffff",
        weight: 1,
        fillColor: EVENT_COLOURS[p.event_type] || "#7f8c8d",
        fillOpacity: today ? 0.85 : 0.3,
        className: `event ${today ? "event-today" : "event-earlier"}`,
      });
      marker.bindPopup(() => eventPopup(p));
      marker.addTo(this.events);
      this.eventMarkers.set(p.event_id, marker);
    }
  }

  openEvent(id) {
    const marker = this.eventMarkers.get(id);
    if (marker) marker.openPopup();
  }

  showControl(places) {
    this.control.clearLayers();
    if (this.districts) this.districts.eachLayer((layer) => layer.setStyle({ fillOpacity: 0 }));
    for (const state of places) {
      const { place } = state;
      if (place.lat == null || place.lon == null) continue;
      const contested = state.status === "contested";
      const colour = contested ? "#d62728" : colourFor(state.actor);
      const district = this.districtAt(place.lat, place.lon);
      if (district) district.setStyle({ fillColor: colour, fillOpacity: contested ? 0.12 : 0.22 });
      const ring = L.circleMarker([place.lat, place.lon], {
        pane: "control",
        radius: 11,
        color: colour,
        weight: contested ? 3 : 2,
        dashArray: contested ? "4 3" : null,
        fillColor: contested ? "#ffffff" : colour,
        fillOpacity: contested ? 0.55 : 0.45,
        className: `control-place control-${state.status}`,
      });
      ring.bindTooltip(el("span", { text: `${place.name}: ${contested ? "contested" : `held by ${state.actor}`}` }));
      ring.on("click", () => this.onPlace(state));
      ring.addTo(this.control);
      const path = ring.getElement();
      if (path) {
        path.dataset.place = String(place.id);
        path.dataset.status = state.status;
        path.dataset.actor = state.actor || "";
      }
    }
  }

  districtAt(lat, lon) {
    let found = null;
    if (!this.districts) return null;
    this.districts.eachLayer((layer) => {
      if (!found && containsPoint(layer.feature.geometry, lon, lat)) found = layer;
    });
    return found;
  }
}

function eventPopup(p) {
  const fatal = p.fatalities_best == null ? "not reported" : `${p.fatalities_best} (${p.fatalities_low}–${p.fatalities_high})`;
  return el(
    "div",
    { class: "popup", "data-event": p.event_id },
    el("strong", { text: p.sub_event_type || p.event_type }),
    el("div", { class: "muted", text: `${p.date_start}${p.date_end && p.date_end !== p.date_start ? ` to ${p.date_end}` : ""} · ${p.location || "?"}, ${p.country || ""}` }),
    el("div", { text: [p.actor1, p.actor2].filter(Boolean).join(" vs ") }),
    el("div", { text: `Killed: ${fatal} · grade ${p.grade || "?"} · ${p.independent_sources} independent source(s)` }),
    p.sources ? el("div", { class: "muted", text: `Sources: ${p.sources.join(", ")}` }) : null,
    el("div", {}, "Claims: ", ...(p.claims || []).flatMap((id, i) => [i ? ", " : "", localLink(`/claims/${Number(id)}`, `#${Number(id)}`)])),
  );
}

// Ray casting over a GeoJSON (Multi)Polygon: is the point inside an odd number of rings?
function containsPoint(geometry, x, y) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}
