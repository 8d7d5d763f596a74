// The search page: Pagefind's JS API, with facets for issue area, section, partner and year.
// Pagefind fetches only the index chunks a query needs, so a search costs kilobytes, not the whole site.
// The page's state lives in the URL (?q=…&issue=…&sort=date) so that "search within this" links,
// the header's search box and the back button all work.

const FACETS = [
  ["issue", "Issue area"],
  ["section", "Section"],
  ["partner", "Partner"],
  ["year", "Year"],
  // Scorecards' jurisdiction cards carry these two (toolkits/<slug>/scorecard/<jurisdiction>/).
  ["jurisdiction", "Jurisdiction"],
  ["state", "State"],
];

const root = document.querySelector(".nr-search");
const form = root.querySelector(".nr-search__form");
const input = form.querySelector("#nr-search-q");
const sort = form.querySelector("#nr-search-sort");
const facets = form.querySelector(".nr-search__facets");
const status = root.querySelector(".nr-search__status");
const results = root.querySelector(".nr-search__results");

document.querySelector(".nr-search-nojs").hidden = true;
root.hidden = false;

// import() resolves against this script's URL, so resolve the page-relative bundle path first.
const pagefind = await import(new URL(root.dataset.bundle, document.baseURI).href);
await pagefind.options({ excerptLength: 24 });
const allFilters = await pagefind.filters();

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const chosen = {};
  for (const [name] of FACETS) chosen[name] = params.getAll(name);
  return { query: params.get("q") || "", sort: params.get("sort") === "date" ? "date" : "relevance", chosen };
}

function stateFromForm() {
  const chosen = {};
  for (const [name] of FACETS) {
    chosen[name] = [...facets.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  }
  return { query: input.value.trim(), sort: sort.value, chosen };
}

function urlOf(state) {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.sort === "date") params.set("sort", "date");
  for (const [name] of FACETS) for (const value of state.chosen[name]) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

// Facets are built once and only their counts change, so keyboard focus stays on the box just ticked.
function buildFacets() {
  for (const [name, label] of FACETS) {
    const values = Object.keys(allFilters[name] || {});
    if (!values.length) continue;
    values.sort((a, b) => (name === "year" ? b.localeCompare(a) : a.localeCompare(b)));
    const fieldset = document.createElement("fieldset");
    fieldset.className = "nr-facet";
    const legend = document.createElement("legend");
    legend.textContent = label;
    fieldset.append(legend);
    values.forEach((value, index) => {
      const box = document.createElement("input");
      Object.assign(box, { type: "checkbox", name, value, id: `nr-facet-${name}-${index}` });
      const text = document.createElement("label");
      text.htmlFor = box.id;
      text.dataset.value = value;
      const row = document.createElement("div");
      row.className = "nr-facet__option";
      row.append(box, text);
      fieldset.append(row);
    });
    facets.append(fieldset);
  }
}

// An option that would give no results is hidden, unless it is ticked (so it can be unticked);
// a group with nothing left to offer is hidden too.
function showFacets(state, counts) {
  for (const box of facets.querySelectorAll("input[type=checkbox]")) {
    box.checked = state.chosen[box.name].includes(box.value);
    const count = (counts[box.name] || {})[box.value] ?? 0;
    box.labels[0].textContent = `${box.value} (${count})`;
    box.parentElement.hidden = count === 0 && !box.checked;
  }
  for (const fieldset of facets.querySelectorAll("fieldset")) {
    fieldset.hidden = !fieldset.querySelector(".nr-facet__option:not([hidden])");
  }
}

async function renderResult(result) {
  const data = await result.data();
  const item = document.createElement("li");
  item.className = "nr-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  const about = document.createElement("p");
  about.className = "nr-result__meta";
  about.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.className = "nr-result__excerpt";
  // Pagefind's excerpt is the page's own text, escaped, with the matched words in <mark>.
  excerpt.innerHTML = data.excerpt;
  item.append(about, heading, excerpt);
  return item;
}

let latest = 0;

async function run(state) {
  const ticket = ++latest;
  const filters = {};
  for (const [name] of FACETS) if (state.chosen[name].length) filters[name] = { any: state.chosen[name] };
  const searching = state.query || Object.keys(filters).length;
  if (!searching) {
    showFacets(state, allFilters);
    results.replaceChildren();
    status.textContent = "Type a word, or choose an issue area, section, partner or year.";
    return;
  }
  const options = { filters };
  if (state.sort === "date") options.sort = { date: "desc" };
  const search = await pagefind.search(state.query || null, options);
  if (ticket !== latest) return;
  showFacets(state, search.filters);
  const shown = await Promise.all(search.results.slice(0, 20).map(renderResult));
  if (ticket !== latest) return;
  results.replaceChildren(...shown);
  const total = search.results.length;
  status.textContent = total === 0
    ? "Nothing found. Try fewer words or fewer filters."
    : `${total} ${total === 1 ? "result" : "results"}${total > 20 ? ", the first 20 shown" : ""}.`;
}

function show(state) {
  input.value = state.query;
  sort.value = state.sort;
  run(state);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const state = stateFromForm();
  history.replaceState(null, "", urlOf(state));
  run(state);
});
form.addEventListener("change", () => form.requestSubmit());
let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => form.requestSubmit(), 250);
});
window.addEventListener("popstate", () => show(stateFromUrl()));

buildFacets();
const filters = form.querySelector(".nr-search__filters");
const wide = matchMedia("(min-width: 60em)");
filters.open = wide.matches;
show(stateFromUrl());
