/* The aanbodzoeker: results follow each choice in place, the URL stays shareable, words are
   suggested while typing. Without this file the page works as a plain GET form. */
(function () {
  "use strict";

  var form = document.getElementById("finder-form");
  if (!form || !window.fetch || !window.history || !window.history.pushState || !window.URLSearchParams) {
    return;
  }
  document.documentElement.classList.add("finder-js");

  var status = document.getElementById("finder-status");
  var filtersBox = document.getElementById("finder-filters-box");
  var textInput = document.getElementById("finder-q");
  var suggestions = document.getElementById("finder-suggestions");
  var controller = null;
  var changeTimer = null;
  var suggestTimer = null;
  var lastSuggest = "";

  if (filtersBox && window.matchMedia("(min-width: 64rem)").matches) {
    filtersBox.open = true;
  }

  function urlFromForm() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") {
        params.append(name, value.trim());
      }
    });
    if (!params.get("place")) {
      params.delete("radius_km");
    }
    var text = params.toString();
    return form.getAttribute("action") + (text ? "?" + text : "");
  }

  function announce(text) {
    if (!status) {
      return;
    }
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 100);
  }

  // The main search fields are not swapped: set them from the URL (after Back or a link).
  function syncSearchFields(url) {
    var params = new URL(url, window.location.href).searchParams;
    textInput.value = params.get("q") || "";
    var place = document.getElementById("finder-place");
    place.value = params.get("place") || params.get("postcode") || params.get("municipality") || "";
    var radius = document.getElementById("finder-radius");
    if (params.get("radius_km")) {
      radius.value = params.get("radius_km");
    }
    document.getElementById("finder-online").checked = params.get("include_online") === "1";
  }

  // Language links keep the search, so switching language shows the same results.
  function syncLanguageLinks() {
    document.querySelectorAll(".language-switcher__link").forEach(function (link) {
      var target = new URL(link.href, window.location.href);
      target.search = window.location.search;
      link.href = target.pathname + target.search;
    });
  }

  function swapRegions(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    doc.querySelectorAll("[data-finder-region]").forEach(function (fresh) {
      var old = document.getElementById(fresh.id);
      if (old) {
        old.replaceWith(document.importNode(fresh, true));
      }
    });
  }

  function load(url, options) {
    options = options || {};
    if (controller) {
      controller.abort();
    }
    controller = new AbortController();
    var results = document.getElementById("finder-results");
    if (results) {
      results.setAttribute("aria-busy", "true");
    }
    return fetch(url, {
      headers: { "X-Finder": "1" },
      credentials: "same-origin",
      signal: controller.signal
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        // Focus goes back to the same control in the new regions (taken now, not at the start:
        // the visitor may have moved on while the results were loading).
        var activeId = document.activeElement && document.activeElement.id;
        swapRegions(html);
        if (options.push) {
          window.history.pushState({ finder: true }, "", url);
        }
        syncLanguageLinks();
        if (options.sync) {
          syncSearchFields(url);
        }
        var heading = document.getElementById("finder-results-heading");
        if (heading) {
          announce(heading.getAttribute("data-announce") || heading.textContent);
        }
        if (options.focusResults && heading) {
          heading.focus();
        } else if (activeId) {
          var again = document.getElementById(activeId);
          if (again && again !== document.activeElement) {
            again.focus();
          }
        }
        // A counter that tells tests and tools that the page has been updated.
        var updates = Number(form.getAttribute("data-finder-updates") || 0) + 1;
        form.setAttribute("data-finder-updates", String(updates));
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          window.location.href = url; // fall back to a normal page load
        }
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(urlFromForm(), { push: true, focusResults: true });
  });

  // Filters, order and the main selects apply at once; text fields wait for the Search button.
  document.addEventListener("change", function (event) {
    var control = event.target;
    if (!control || control.form !== form || control.type === "search" || control.type === "text") {
      return;
    }
    window.clearTimeout(changeTimer);
    changeTimer = window.setTimeout(function () {
      load(urlFromForm(), { push: true });
    }, 250);
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-finder-link]") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    var url = link.getAttribute("href");
    url = url.charAt(0) === "?" ? form.getAttribute("action") + (url.length > 1 ? url : "") : url;
    load(url, { push: true, focusResults: true, sync: true });
  });

  window.addEventListener("popstate", function () {
    load(window.location.href, { sync: true });
  });

  // Suggestions while typing, offered through the browser's own list (a datalist).
  if (textInput && suggestions && textInput.getAttribute("data-suggest-url")) {
    textInput.addEventListener("input", function () {
      var prefix = textInput.value.trim();
      window.clearTimeout(suggestTimer);
      if (prefix.length < 2 || prefix === lastSuggest) {
        return;
      }
      suggestTimer = window.setTimeout(function () {
        lastSuggest = prefix;
        var url = textInput.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(prefix);
        fetch(url, { credentials: "same-origin" })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (data) {
            suggestions.replaceChildren();
            (data.suggestions || []).forEach(function (word) {
              var option = document.createElement("option");
              option.value = word;
              suggestions.appendChild(option);
            });
          })
          .catch(function () {});
      }, 200);
    });
  }
})();
