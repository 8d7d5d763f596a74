// Sortable tables, as progressive enhancement of a real <table data-nr-sortable>.
// Without JavaScript the table reads as built (by jurisdiction, A to Z). With it, each column
// heading becomes a button that sorts the rows by that column; aria-sort on the heading says
// which column and which way, and a status line announces the new order to screen readers.
// Cells sort by their data-sort value (a level's place on the scale, points, a name).

for (const table of document.querySelectorAll("table[data-nr-sortable]")) {
  const headings = [...table.tHead.rows[0].cells];
  const body = table.tBodies[0];
  const status = document.createElement("p");
  status.className = "nr-visually-hidden";
  status.setAttribute("role", "status");
  table.closest(".nr-table-scroll").after(status);
  for (const hint of document.querySelectorAll(".nr-sortable-hint")) hint.hidden = false;

  const valueOf = (row, index) => row.cells[index].dataset.sort ?? row.cells[index].textContent.trim();
  const nameOf = (row) => valueOf(row, 0);

  function sortBy(index) {
    const heading = headings[index];
    const numeric = heading.dataset.sortType === "number";
    const current = heading.getAttribute("aria-sort");
    // Levels and points read best highest first; names A to Z. A second press reverses.
    const direction = current
      ? (current === "ascending" ? "descending" : "ascending")
      : (numeric ? "descending" : "ascending");
    for (const other of headings) other.removeAttribute("aria-sort");
    heading.setAttribute("aria-sort", direction);
    const sign = direction === "ascending" ? 1 : -1;
    const rows = [...body.rows].sort((a, b) => {
      const order = numeric
        ? Number(valueOf(a, index)) - Number(valueOf(b, index))
        : valueOf(a, index).localeCompare(valueOf(b, index));
      return sign * order || nameOf(a).localeCompare(nameOf(b));
    });
    body.append(...rows);
    const way = numeric
      ? (direction === "descending" ? "highest first" : "lowest first")
      : (direction === "ascending" ? "A to Z" : "Z to A");
    status.textContent = `Sorted by ${heading.textContent.trim()}, ${way}.`;
  }

  headings.forEach((heading, index) => {
    const button = document.createElement("button");
    button.type = "button";
    button.append(...heading.childNodes);
    heading.append(button);
    button.addEventListener("click", () => sortBy(index));
  });
  headings[0].setAttribute("aria-sort", "ascending");
}
