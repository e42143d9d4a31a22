// Casualties by party over time as inline SVG: one line per party (best
// estimate as it was known on each day), the low-high range as a band, and a
// rule at the chosen day.
import { colourFor } from "./dom.js";

const NS = "http://www.w3.org/2000/svg";
const W = 560;
const H = 220;
const PAD = { left: 46, right: 110, top: 10, bottom: 26 };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// series: [{day, parties: [{party, low, best, high}]}], ordered by day.
export function drawChart(container, series, chosenDay) {
  while (container.firstChild) container.removeChild(container.firstChild);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart", "aria-label": "killed by party over time" });
  container.append(root);
  const parties = [...new Set(series.flatMap((s) => s.parties.map((p) => p.party)))].sort();
  if (!series.length || !parties.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "muted" }, "no tolls reported in this range"));
    return;
  }
  const top = Math.max(1, ...series.flatMap((s) => s.parties.map((p) => p.high ?? p.best ?? 0)));
  const x = (i) => PAD.left + (series.length === 1 ? 0.5 : i / (series.length - 1)) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
  for (const tick of [0, 0.5, 1]) {
    const v = Math.round(top * tick);
    root.append(svg("line", { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: "grid" }));
    root.append(svg("text", { x: PAD.left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, v));
  }
  series.forEach((s, i) => {
    if (series.length <= 12 || i % Math.ceil(series.length / 8) === 0) {
      root.append(svg("text", { x: x(i), y: H - 8, "text-anchor": "middle", class: "tick" }, s.day.slice(5)));
    }
  });
  const at = series.findIndex((s) => s.day === chosenDay);
  if (at >= 0) root.append(svg("line", { x1: x(at), x2: x(at), y1: PAD.top, y2: H - PAD.bottom, class: "today" }));
  parties.forEach((party, n) => {
    const colour = colourFor(party);
    const points = series
      .map((s, i) => ({ i, p: s.parties.find((q) => q.party === party) }))
      .filter(({ p }) => p && p.best != null);
    if (!points.length) return;
    const upper = points.map(({ i, p }) => `${x(i)},${y(p.high ?? p.best)}`);
    const lower = points.map(({ i, p }) => `${x(i)},${y(p.low ?? p.best)}`).reverse();
    root.append(svg("polygon", { points: [...upper, ...lower].join(" "), fill: colour, "fill-opacity": 0.12, stroke: "none" }));
    const line = svg("polyline", { points: points.map(({ i, p }) => `${x(i)},${y(p.best)}`).join(" "), fill: "none", stroke: colour, "stroke-width": 2, "data-party": party });
    root.append(line);
    for (const { i, p } of points) {
      const dot = svg("circle", { cx: x(i), cy: y(p.best), r: 3, fill: colour });
      dot.append(svg("title", {}, `${party}, ${series[i].day}: ${p.best} (${p.low}–${p.high})`));
      root.append(dot);
    }
    const last = points[points.length - 1].p;
    root.append(svg("text", { x: W - PAD.right + 6, y: PAD.top + 12 + n * 15, fill: colour, class: "key" }, `${party} ${last.best}`));
  });
}
