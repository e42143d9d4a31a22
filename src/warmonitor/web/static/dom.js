// Building DOM from data. Everything that came from a report (titles, names,
// quotes) goes through textContent or attribute setters, never an HTML parser, so
// it is always shown as text.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// Only links to this server's own pages are made from data.
export function localLink(href, text) {
  return el("a", { href: href.startsWith("/") && !href.startsWith("//") ? href : "#", text });
}

// Parties in tolls have fixed colours, so the chart's lines never look alike.
const PARTY_COLOURS = {
  civilians: "#2ca02c",
  government: "#1f77b4",
  rebels: "#d95f02",
  unknown: "#7f7f7f",
  total: "#1d2329",
};
const PALETTE = ["#1f77b4", "#d95f02", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7570b3", "#a6761d"];

// A stable colour for a name (actors, parties): the same side keeps its colour
// across days and reloads.
export function colourFor(name) {
  if (!name) return "#8a8f94";
  if (PARTY_COLOURS[name.toLowerCase()]) return PARTY_COLOURS[name.toLowerCase()];
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}
