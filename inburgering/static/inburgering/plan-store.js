/* My 40 hours: the plan kept in this browser (localStorage) and its link form (URL fragment).
   Nothing here talks to the server. An offer is {id, title, url, hours, weekly, start, end, dates}. */
(function () {
  "use strict";
  var KEY = "wegwijs.plan40.v1";
  var MAX_OFFERS = 20;
  var TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  function text(value, max) {
    return typeof value === "string" ? value.slice(0, max) : "";
  }

  /* Only what a plan may hold: a link or a stored plan is data from outside. */
  function clean(raw) {
    if (!raw || typeof raw !== "object") return null;
    var id = Number(raw.id);
    if (!Number.isInteger(id) || id < 1) return null;
    var url = text(raw.url, 500);
    if (url.charAt(0) !== "/" || url.charAt(1) === "/" || url.charAt(1) === "\\") url = "";
    var hours = raw.hours === null || raw.hours === undefined ? null : Number(raw.hours);
    if (hours !== null && !(hours >= 0 && hours <= 5000)) hours = null;
    var weekly = (Array.isArray(raw.weekly) ? raw.weekly : []).filter(function (slot) {
      return Array.isArray(slot) && Number.isInteger(slot[0]) && slot[0] >= 0 && slot[0] <= 6 &&
        TIME.test(slot[1]) && TIME.test(slot[2]) && slot[1] < slot[2];
    }).slice(0, 50).map(function (slot) { return [slot[0], slot[1], slot[2]]; });
    var day = function (value) { return typeof value === "string" && DAY.test(value) ? value : null; };
    var dates = (Array.isArray(raw.dates) ? raw.dates : []).map(day).filter(Boolean).slice(0, 50);
    return {
      id: id, title: text(raw.title, 300) || "#" + id, url: url, hours: hours,
      weekly: weekly, start: day(raw.start), end: day(raw.end), dates: dates
    };
  }

  function cleanList(list) {
    var seen = {};
    return (Array.isArray(list) ? list : []).map(clean).filter(function (offer) {
      if (!offer || seen[offer.id]) return false;
      seen[offer.id] = true;
      return true;
    }).slice(0, MAX_OFFERS);
  }

  function load() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return cleanList(stored);
    } catch (error) {
      return [];
    }
  }

  function save(offers) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(cleanList(offers)));
      return true;
    } catch (error) {
      return false; /* private mode or storage full: the plan lives only in this page */
    }
  }

  function total(offers) {
    return offers.reduce(function (sum, offer) { return sum + (offer.hours || 0); }, 0);
  }

  function toBase64Url(string) {
    var bytes = new TextEncoder().encode(string);
    var binary = "";
    bytes.forEach(function (byte) { binary += String.fromCharCode(byte); });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64Url(value) {
    var binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }

  /* Short keys keep the link (and its QR code) small. */
  function encode(offers) {
    var rows = offers.map(function (o) {
      return [o.id, o.title, o.url, o.hours, o.weekly, o.start, o.end, o.dates];
    });
    return "plan=" + toBase64Url(JSON.stringify({ v: 1, o: rows }));
  }

  /* The offers in a fragment like "#plan=...", null when there is none, false when unreadable. */
  function decode(hash) {
    var match = /^#?plan=([A-Za-z0-9_-]+)$/.exec(hash || "");
    if (!match) return hash && hash.indexOf("plan=") !== -1 ? false : null;
    try {
      var data = JSON.parse(fromBase64Url(match[1]));
      if (!data || data.v !== 1 || !Array.isArray(data.o)) return false;
      return cleanList(data.o.map(function (r) {
        return Array.isArray(r) ? {
          id: r[0], title: r[1], url: r[2], hours: r[3], weekly: r[4], start: r[5], end: r[6],
          dates: r[7]
        } : null;
      }));
    } catch (error) {
      return false;
    }
  }

  function format(template, values) {
    return String(template).replace(/%\((\w+)\)s/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }

  function number(value) {
    return String(Math.round(value * 100) / 100);
  }

  window.WegwijsPlan = {
    clean: clean, load: load, save: save, total: total, encode: encode, decode: decode,
    format: format, number: number, TARGET: 40
  };
}());
