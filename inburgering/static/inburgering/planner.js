/* My 40 hours: draws the plan kept in this browser, or a shared plan from the link's fragment;
   share link, QR code, print and .ics are made here, so the plan never reaches the server. */
(function () {
  "use strict";
  var Plan = window.WegwijsPlan;
  var root = document.getElementById("planner");
  if (!Plan || !root) return;
  var texts = JSON.parse(root.getAttribute("data-texts"));
  var $ = function (id) { return document.getElementById(id); };
  var shared = null; /* offers from a shared link, while not kept on this device */

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function announce(message) {
    var region = $("plan-status");
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  function current() {
    return shared || Plan.load();
  }

  function clash(a, b) {
    return a[0] === b[0] && a[1] < b[2] && b[1] < a[2];
  }

  function periodsOverlap(a, b) {
    if (a.end && b.start && a.end < b.start) return false;
    return !(b.end && a.start && b.end < a.start);
  }

  function drawOffers(offers) {
    var list = $("plan-offers");
    list.textContent = "";
    offers.forEach(function (offer) {
      var item = el("li", "planner__offer");
      var link = el("a", "", offer.title);
      link.href = offer.url || "#";
      if (!offer.url) link.removeAttribute("href");
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("span", "planner__offer-hours", offer.hours === null ?
        texts.hoursUnknown : Plan.format(texts.hours, { hours: Plan.number(offer.hours) })));
      if (!shared) {
        var remove = el("button", "planner__remove", Plan.format(texts.remove, { title: offer.title }));
        remove.type = "button";
        remove.addEventListener("click", function () { removeOffer(offer); });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(remove);
      }
      list.appendChild(item);
    });
    $("plan-empty").hidden = offers.length > 0;
  }

  function drawWeek(offers) {
    var week = $("plan-week");
    week.textContent = "";
    var anyClash = false;
    texts.days.forEach(function (name, day) {
      var item = el("li", "planner__day");
      item.appendChild(el("h3", "", name));
      var entries = [];
      offers.forEach(function (offer) {
        offer.weekly.forEach(function (slot) {
          if (slot[0] !== day) return;
          var others = offers.filter(function (other) {
            return other.id !== offer.id && periodsOverlap(offer, other) &&
              other.weekly.some(function (theirs) { return clash(slot, theirs); });
          });
          entries.push({ offer: offer, slot: slot, others: others });
        });
      });
      entries.sort(function (a, b) {
        return a.slot[1] < b.slot[1] ? -1 : a.slot[1] > b.slot[1] ? 1 : 0;
      });
      if (!entries.length) {
        item.appendChild(el("p", "", texts.nothing));
      } else {
        var list = el("ul");
        entries.forEach(function (entry) {
          var line = el("li", "planner__slot" + (entry.others.length ? " planner__slot--clash" : ""));
          var time = el("span", "", entry.slot[1] + "–" + entry.slot[2]);
          time.setAttribute("dir", "ltr");
          line.appendChild(time);
          line.appendChild(document.createTextNode(" " + entry.offer.title));
          if (entry.others.length) {
            anyClash = true;
            line.appendChild(document.createTextNode(" "));
            line.appendChild(el("strong", "planner__clash", Plan.format(texts.clash, {
              titles: entry.others.map(function (o) { return o.title; }).join(", ")
            })));
          }
          list.appendChild(line);
        });
        item.appendChild(list);
      }
      week.appendChild(item);
    });
    $("plan-clash-note").hidden = !anyClash;
  }

  function draw() {
    var offers = current();
    var total = Plan.total(offers);
    $("plan-total").textContent = Plan.format(texts.total, {
      total: Plan.number(total), target: String(Plan.TARGET)
    });
    $("plan-progress").value = Math.min(total, Plan.TARGET);
    $("plan-missing").textContent = total >= Plan.TARGET ? texts.complete :
      Plan.format(texts.missing, { hours: Plan.number(Plan.TARGET - total) });
    drawOffers(offers);
    drawWeek(offers);
    var unknown = $("plan-unknown");
    if (unknown) unknown.hidden = true;
    $("plan-share-result").hidden = true;
  }

  function removeOffer(offer) {
    var offers = Plan.load();
    var index = offers.findIndex(function (item) { return item.id === offer.id; });
    offers = offers.filter(function (item) { return item.id !== offer.id; });
    Plan.save(offers);
    draw();
    announce(Plan.format(texts.removed, { title: offer.title }));
    var buttons = $("plan-offers").querySelectorAll(".planner__remove");
    var next = buttons[Math.min(index, buttons.length - 1)];
    (next || $("plan-offers-heading")).focus();
  }

  /* --- share: link with the plan in the fragment, and its QR code ----------------------- */
  function drawQr(url) {
    var canvas = $("plan-qr");
    var figure = canvas.parentNode;
    var old = figure.querySelector(".planner__qr-note");
    if (old) old.remove();
    var code;
    try {
      code = window.qrcode(0, "L");
      code.addData(url, "Byte");
      code.make();
    } catch (error) {
      canvas.hidden = true;
      figure.insertBefore(el("p", "planner__qr-note", texts.qrTooLong), canvas);
      return;
    }
    canvas.hidden = false;
    var cells = code.getModuleCount();
    var margin = 4;
    var size = 4;
    canvas.width = canvas.height = (cells + margin * 2) * size;
    var context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = "#000000";
    for (var row = 0; row < cells; row += 1) {
      for (var column = 0; column < cells; column += 1) {
        if (code.isDark(row, column)) {
          context.fillRect((column + margin) * size, (row + margin) * size, size, size);
        }
      }
    }
  }

  function shareLink() {
    return window.location.origin + window.location.pathname + "#" + Plan.encode(current());
  }

  $("plan-share").addEventListener("click", function () {
    var url = shareLink();
    var field = $("plan-link");
    field.value = url;
    $("plan-share-result").hidden = false;
    drawQr(url);
    field.focus();
    field.select();
  });

  $("plan-copy").addEventListener("click", function () {
    var field = $("plan-link");
    var done = function () { announce(texts.copied); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
    }
  });

  $("plan-print").addEventListener("click", function () {
    if (!$("plan-share-result").hidden || current().length) {
      var url = shareLink();
      $("plan-link").value = url;
      $("plan-share-result").hidden = false;
      drawQr(url);
    }
    window.print();
  });

  /* --- .ics: the dates of the plan, made here and saved from a Blob ------------------------ */
  function icsText(value) {
    return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
      .replace(/\r?\n/g, "\\n");
  }

  function fold(line) {
    var out = [];
    while (line.length > 70) {
      out.push(line.slice(0, 70));
      line = " " + line.slice(70);
    }
    out.push(line);
    return out.join("\r\n");
  }

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function day(date) {
    return date.getFullYear() + pad(date.getMonth() + 1) + pad(date.getDate());
  }

  function parseDay(value) {
    var parts = value.split("-").map(Number);
    return new Date(parts[0], parts[1] - 1, parts[2]);
  }

  function firstDay(offer, weekday) {
    var today = new Date();
    today = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    var from = offer.start && parseDay(offer.start) > today ? parseDay(offer.start) : today;
    var shift = (weekday - ((from.getDay() + 6) % 7) + 7) % 7;
    return new Date(from.getFullYear(), from.getMonth(), from.getDate() + shift);
  }

  function ics(offers) {
    var now = new Date();
    var stamp = now.getUTCFullYear() + pad(now.getUTCMonth() + 1) + pad(now.getUTCDate()) + "T" +
      pad(now.getUTCHours()) + pad(now.getUTCMinutes()) + pad(now.getUTCSeconds()) + "Z";
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wegwijs//My 40 hours//EN",
      "CALSCALE:GREGORIAN"];
    offers.forEach(function (offer) {
      var link = offer.url ? window.location.origin + offer.url : "";
      var event = function (uid, start, end, rule) {
        lines.push("BEGIN:VEVENT", "UID:" + uid + "@wegwijs", "DTSTAMP:" + stamp, start, end);
        if (rule) lines.push(rule);
        lines.push(fold("SUMMARY:" + icsText(offer.title)));
        if (link) lines.push(fold("URL:" + link));
        lines.push("END:VEVENT");
      };
      offer.weekly.forEach(function (slot, index) {
        var firstDate = firstDay(offer, slot[0]);
        if (offer.end && parseDay(offer.end) < firstDate) return; /* already over */
        var first = day(firstDate);
        var minutes = function (time) { return Number(time.slice(0, 2)) * 60 + Number(time.slice(3)); };
        var rule = "RRULE:FREQ=WEEKLY";
        if (offer.end) {
          rule += ";UNTIL=" + offer.end.replace(/-/g, "") + "T235959";
        } else {
          var slotHours = (minutes(slot[2]) - minutes(slot[1])) / 60;
          var perWeek = slotHours * offer.weekly.length;
          rule += ";COUNT=" + (offer.hours && perWeek ? Math.min(52, Math.ceil(offer.hours / perWeek)) : 10);
        }
        event("offer-" + offer.id + "-w" + index,
          "DTSTART:" + first + "T" + slot[1].replace(":", "") + "00",
          "DTEND:" + first + "T" + slot[2].replace(":", "") + "00", rule);
      });
      offer.dates.forEach(function (value, index) {
        var start = parseDay(value);
        var next = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
        event("offer-" + offer.id + "-d" + index, "DTSTART;VALUE=DATE:" + day(start),
          "DTEND;VALUE=DATE:" + day(next), "");
      });
    });
    lines.push("END:VCALENDAR");
    return lines.join("\r\n") + "\r\n";
  }

  $("plan-ics").addEventListener("click", function () {
    var blob = new Blob([ics(current())], { type: "text/calendar;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = texts.icsName + ".ics";
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  });

  /* --- start: a shared link, offers from the no-JS query string, or the stored plan ------- */
  $("plan-keep").addEventListener("click", function () {
    Plan.save(shared);
    shared = null;
    history.replaceState(null, "", window.location.pathname);
    $("plan-shared").hidden = true;
    draw();
    announce(texts.kept);
    $("plan-offers-heading").focus();
  });

  function start() {
    var fromLink = Plan.decode(window.location.hash);
    $("plan-shared").hidden = true;
    if (fromLink === false) {
      $("plan-shared-text").textContent = texts.badLink;
      $("plan-keep").hidden = true;
      $("plan-shared").hidden = false;
    } else if (fromLink) {
      shared = fromLink;
      $("plan-shared-text").textContent = texts.sharedPlan;
      $("plan-keep").hidden = false;
      $("plan-shared").hidden = false;
    }
    /* Offers the server listed from ?offer= (a link made without JavaScript) join the plan. */
    var listed = Array.prototype.map.call(root.querySelectorAll("#plan-offers [data-plan-offer]"),
      function (item) {
        try { return Plan.clean(JSON.parse(item.getAttribute("data-plan-offer"))); } catch (e) { return null; }
      }).filter(Boolean);
    if (listed.length && !shared) {
      var offers = Plan.load();
      listed.forEach(function (offer) {
        if (!offers.some(function (item) { return item.id === offer.id; })) offers.push(offer);
      });
      Plan.save(offers);
      history.replaceState(null, "", window.location.pathname);
    }
    $("plan-nojs").hidden = true;
    $("plan-tools").hidden = false;
    draw();
  }

  window.addEventListener("hashchange", function () { shared = null; start(); });
  window.addEventListener("storage", function () { if (!shared) draw(); });
  start();
}());
