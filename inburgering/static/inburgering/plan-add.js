/* "Add to My 40 hours" on finder cards and offer pages: turns the no-JS link into a toggle
   button that keeps the offer in this browser's plan; nothing is sent to the server. */
(function () {
  "use strict";
  var Plan = window.WegwijsPlan;
  if (!Plan) return;
  var status;

  function liveRegion() {
    if (!status) {
      status = document.createElement("div");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      status.setAttribute("aria-atomic", "true");
      document.body.appendChild(status);
    }
    return status;
  }

  function announce(message) {
    var region = liveRegion();
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function inPlan(id) {
    return Plan.load().some(function (offer) { return offer.id === id; });
  }

  function enhance(box) {
    if (box.getAttribute("data-plan-ready")) return;
    var offer;
    try {
      offer = Plan.clean(JSON.parse(box.getAttribute("data-plan-offer")));
    } catch (error) {
      return;
    }
    var link = box.querySelector(".plan-add__link");
    if (!offer || !link) return;
    box.setAttribute("data-plan-ready", "1");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button plan-add__button";
    button.setAttribute("data-offer-id", String(offer.id));
    button.textContent = box.getAttribute("data-text-add");
    button.setAttribute("aria-pressed", inPlan(offer.id) ? "true" : "false");
    var open = document.createElement("a");
    open.className = "plan-add__open";
    open.href = box.getAttribute("data-planner-url");
    open.textContent = box.getAttribute("data-text-open");
    link.replaceWith(button);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(open);
    button.addEventListener("click", function () {
      var offers = Plan.load();
      var had = offers.some(function (item) { return item.id === offer.id; });
      if (had) {
        offers = offers.filter(function (item) { return item.id !== offer.id; });
      } else {
        offers.push(offer);
      }
      Plan.save(offers);
      button.setAttribute("aria-pressed", had ? "false" : "true");
      announce(Plan.format(box.getAttribute(had ? "data-text-removed" : "data-text-added"), {
        title: offer.title, total: Plan.number(Plan.total(offers))
      }));
    });
  }

  function enhanceAll(root) {
    Array.prototype.forEach.call(root.querySelectorAll("[data-plan-offer].plan-add"), enhance);
  }

  enhanceAll(document);
  /* The finder redraws its results without a page load. */
  new MutationObserver(function () { enhanceAll(document); })
    .observe(document.body, { childList: true, subtree: true });
  /* Another tab changed the plan. */
  window.addEventListener("storage", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".plan-add__button"), function (button) {
      button.setAttribute("aria-pressed", inPlan(Number(button.getAttribute("data-offer-id"))) ? "true" : "false");
    });
  });
}());
