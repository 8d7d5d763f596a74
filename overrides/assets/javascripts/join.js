// The join form with JavaScript: instead of the browser's bubbles, which vanish and are missed by some
// screen readers, each problem is written under its field (tied to it with aria-describedby and marked
// aria-invalid) and listed in a summary that takes the focus, each entry a link to its field.
// Without this script the form still works: the browser checks the required fields itself.
// Messages change only when the form is sent: one that vanished as a field lost focus would move the
// button out from under the reader's pointer.

const form = document.getElementById("join-form");
const summary = form.querySelector(".nr-form__summary");
const list = summary.querySelector("ul");
form.noValidate = true;

function labelOf(control) {
  return control.labels[0].firstChild.textContent.trim();
}

function problemOf(control) {
  const v = control.validity;
  if (v.valueMissing) {
    return control.tagName === "SELECT" ? `Choose your ${labelOf(control).toLowerCase()}.` : `Enter your ${labelOf(control).toLowerCase()}.`;
  }
  if (v.typeMismatch && control.type === "email") return "Enter an email address like name@example.org.";
  return v.valid ? "" : control.validationMessage;
}

function show(control, problem) {
  const error = document.getElementById(`${control.id}-error`);
  if (!error) return;
  const hint = document.getElementById(`${control.id}-hint`);
  error.textContent = problem;
  error.hidden = !problem;
  control.setAttribute("aria-invalid", String(Boolean(problem)));
  const described = [problem ? error.id : "", hint ? hint.id : ""].filter(Boolean).join(" ");
  if (described) control.setAttribute("aria-describedby", described);
  else control.removeAttribute("aria-describedby");
}

form.addEventListener("submit", (event) => {
  // Held until every field is checked, so that a fault in this script can never send a half-filled form.
  event.preventDefault();
  const problems = [];
  for (const control of form.querySelectorAll("input:not([type=hidden]), select, textarea")) {
    const problem = problemOf(control);
    show(control, problem);
    if (problem) problems.push([control, problem]);
  }
  if (!problems.length) {
    summary.hidden = true;
    form.submit();
    return;
  }
  list.replaceChildren(...problems.map(([control, problem]) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${control.id}`;
    link.textContent = `${labelOf(control)}: ${problem}`;
    link.addEventListener("click", (click) => { click.preventDefault(); control.focus(); });
    item.append(link);
    return item;
  }));
  summary.hidden = false;
  summary.focus();
});
