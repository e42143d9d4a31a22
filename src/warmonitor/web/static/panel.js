// The contested-claims panel: what each side's sources say about one place,
// side by side, each claim with its claimant, outlet, date and its words.
import { clear, el, getJSON, localLink } from "./dom.js";

function claimCard(c) {
  return el(
    "article",
    { class: "claim-card", "data-claim": c.id },
    el("div", { class: "who" }, el("strong", { text: c.claimant || c.outlet }), el("span", { class: "kind", text: c.outlet_kind })),
    el("div", { class: "muted", text: `${c.outlet} · ${c.published_at ? c.published_at.slice(0, 16).replace("T", " ") : "undated"}${c.date ? ` · about ${c.date}` : ""}` }),
    el("blockquote", {}, `…${c.before}`, el("mark", { text: c.span }), `${c.after}…`),
    el("div", { class: "summary", text: c.summary }),
    localLink(`/reports/${Number(c.report_id)}#claim-${Number(c.id)}`, `read in report #${Number(c.report_id)}: ${c.report_title || "(untitled)"}`),
  );
}

export async function showPlace(node, state) {
  clear(node);
  const contested = state.status === "contested";
  node.append(
    el("h2", { text: contested ? `Contested: ${state.place.name}` : `${state.place.name}: held by ${state.actor}` }),
    el("p", { class: "muted", text: `since ${state.since} · confidence ${Math.round(state.confidence * 100)}%` }),
  );
  const ids = [...state.evidence, ...state.disputed_by];
  if (!ids.length) {
    node.append(el("p", { class: "muted", text: "No claims recorded." }));
    return;
  }
  const claims = await getJSON(`/dashboard/claims.json?ids=${ids.map(Number).join(",")}`);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const column = (title, list) =>
    el("div", { class: "column" }, el("h3", { text: title }), ...list.map((id) => byId.get(id)).filter(Boolean).map(claimCard));
  node.append(
    el(
      "div",
      { class: contested ? "side-by-side" : "single" },
      column(state.actor ? `Says ${state.actor} holds it` : "Says the government side holds it", state.evidence),
      state.disputed_by.length ? column("Says otherwise", state.disputed_by) : null,
    ),
  );
}
