// The report reader: a highlighted span and its claim point at each other.
// Choosing one marks the other; #claim-ID in the URL opens on that claim.

function mark(id) {
  for (const node of document.querySelectorAll(".active")) node.classList.remove("active");
  const spans = [...document.querySelectorAll("mark.span")].filter((m) => m.dataset.claims.split(" ").includes(id));
  for (const m of spans) m.classList.add("active");
  const item = document.getElementById(`claim-${id}`);
  if (item) item.classList.add("active");
  return { spans, item };
}

function fromHash() {
  const match = /^#claim-(\d+)$/.exec(location.hash);
  if (!match) return;
  const { spans } = mark(match[1]);
  if (spans.length) spans[0].scrollIntoView({ block: "center" });
}

document.addEventListener("click", (event) => {
  const span = event.target.closest("mark.span");
  if (span) {
    const id = span.dataset.claims.split(" ")[0];
    history.replaceState(null, "", `#claim-${id}`);
    const { item } = mark(id);
    if (item) item.scrollIntoView({ block: "nearest" });
    return;
  }
  const claim = event.target.closest("li.claim");
  if (claim && !event.target.closest("a[href^='/']")) {
    history.replaceState(null, "", `#claim-${claim.dataset.claim}`);
    const { spans } = mark(claim.dataset.claim);
    if (spans.length) spans[0].scrollIntoView({ block: "center" });
  }
});
window.addEventListener("hashchange", fromHash);
fromHash();
