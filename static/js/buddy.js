// Buddy forms: move focus to the error summary so keyboard and screen-reader users hear it.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) summary.focus();
});
