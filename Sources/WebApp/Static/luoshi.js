// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Choosing a project on the notice form reloads it with that project's units and phases.
  for (const form of document.querySelectorAll("form.js-autosubmit")) {
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => form.submit());
    }
  }
  // Warn before leaving a report form with unsaved changes.
  const report = document.querySelector("form.report");
  if (report) {
    let dirty = false;
    report.addEventListener("input", () => { dirty = true; });
    report.addEventListener("submit", () => { dirty = false; });
    window.addEventListener("beforeunload", (event) => { if (dirty) { event.preventDefault(); } });
  }
  // Confirm before disabling an account.
  for (const button of document.querySelectorAll("form[action$='/disable'] button")) {
    button.addEventListener("click", (event) => { if (!confirm(button.textContent.trim() + "？")) { event.preventDefault(); } });
  }
});
