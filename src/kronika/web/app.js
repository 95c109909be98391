// The map page: every fused event on a Leaflet map, filters, a list of the events in view, and
// each event's evidence. Text from articles is untrusted: it only ever reaches the page through
// textContent and DOM nodes, never as HTML, and only http(s) URLs become links.
"use strict";

(function () {
  // ACLED event types; anything else is drawn grey.
  const TYPE_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOR = "#7f7f7f";
  // ACLED precision codes.
  const TIME_PRECISION = { 1: "the day itself", 2: "within a week", 3: "within a month" };
  const GEO_PRECISION = { 1: "the place itself", 2: "near the place / part of a region", 3: "the region" };
  // Field-evidence keys as the highlight classes of app.css.
  const FIELD_KINDS = {
    trigger: "trigger", location: "place", event_date: "date", actor1: "actor", actor2: "actor",
    fatalities: "figure", injuries: "figure",
  };
  const CONTESTED = new Set(["contested", "denied"]);
  const PAGE = 10000; // events per request while loading (the API's maximum page)
  const CELL = 44; // pixels: events closer than this on screen share a cluster
  const LIST_MAX = 300; // list items drawn at most (the count says how many are in view)

  const state = { all: [], filtered: [], days: [], unplaced: 0, group: null, selected: null };
  const timings = {};
  window.kronika = { state, timings };

  const $ = (id) => document.getElementById(id);

  // Return a new element; `props` sets className, textContent (`text`), dataset and attributes.
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
    return body;
  }

  const isContested = (e) => CONTESTED.has(e.claim_status);
  const colorOf = (type) => TYPE_COLORS[type] || OTHER_COLOR;

  // ---- loading -------------------------------------------------------------------------------

  async function loadEvents() {
    const events = [];
    for (let offset = 0; ; ) {
      const fc = await getJSON(`/api/events?format=geojson&limit=${PAGE}&offset=${offset}`);
      state.unplaced += fc.events_without_location;
      for (const f of fc.features) {
        const [lon, lat] = f.geometry.coordinates;
        events.push(Object.assign({ lat, lon }, f.properties));
      }
      offset += fc.returned;
      if (fc.returned < PAGE || offset >= fc.total) break;
    }
    return events;
  }

  // ---- filters -------------------------------------------------------------------------------

  function fillFilters() {
    const types = new Map();
    const actors = new Map();
    const days = new Set();
    for (const e of state.all) {
      types.set(e.event_type, (types.get(e.event_type) || 0) + 1);
      for (const a of [e.actor1, e.actor2]) if (a) actors.set(a, (actors.get(a) || 0) + 1);
      if (e.event_date && e.event_date.length === 10) days.add(e.event_date);
    }
    for (const [type, n] of [...types].sort()) {
      $("type").append(el("option", { value: type, text: `${type} (${n})` }));
    }
    const top = [...actors].sort((a, b) => b[1] - a[1]).slice(0, 100);
    for (const [actor] of top) $("actors").append(el("option", { value: actor }));
    state.days = [...days].sort();
    for (const id of ["since-slider", "until-slider"]) {
      $(id).max = String(Math.max(0, state.days.length - 1));
    }
    resetDates();
    const legend = $("legend");
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      const item = el("span", { text: type });
      item.style.setProperty("--c", color);
      legend.append(item);
    }
    legend.append(el("span", { className: "contested", text: "contested or denied claim" }));
  }

  function resetDates() {
    $("since-slider").value = "0";
    $("until-slider").value = String(Math.max(0, state.days.length - 1));
    $("since").value = state.days[0] || "";
    $("until").value = state.days[state.days.length - 1] || "";
  }

  function dayIndex(date) {
    let i = 0;
    while (i < state.days.length - 1 && state.days[i] < date) i++;
    return i;
  }

  function onSlider(which) {
    const since = Number($("since-slider").value);
    const until = Number($("until-slider").value);
    if (which === "since" && since > until) $("until-slider").value = String(since);
    if (which === "until" && until < since) $("since-slider").value = String(until);
    $("since").value = state.days[Number($("since-slider").value)] || "";
    $("until").value = state.days[Number($("until-slider").value)] || "";
    applyFilters();
  }

  function applyFilters() {
    const since = $("since").value;
    const until = $("until").value;
    const type = $("type").value;
    const actor = $("actor").value.trim().toLowerCase();
    const claim = $("claim").value;
    state.filtered = state.all.filter((e) => {
      const date = e.event_date || "";
      // a month-precision date ("YYYY-MM") passes when its month overlaps the range
      if (since && date && date < since && !(date.length === 7 && date >= since.slice(0, 7))) return false;
      if (until && date && date > until && !(date.length === 7 && date <= until.slice(0, 7))) return false;
      if (type && e.event_type !== type) return false;
      if (claim && e.claim_status !== claim) return false;
      if (actor) {
        const a = `${e.actor1 || ""}\n${e.actor2 || ""}`.toLowerCase();
        if (!a.includes(actor)) return false;
      }
      return true;
    });
    state.group = null;
    render();
  }

  // ---- map -----------------------------------------------------------------------------------

  let map;
  let layer;

  function addMarker(e) {
    const contested = isContested(e);
    const marker = L.circleMarker([e.lat, e.lon], {
      radius: 7 + Math.min(6, Math.sqrt(e.fatalities || 0)),
      fillColor: colorOf(e.event_type),
      fillOpacity: 0.9,
      color: contested ? "#000" : "#fff",
      weight: contested ? 3 : 1.5,
      dashArray: contested ? "4 3" : null,
      className: "ev-marker" + (contested ? " contested" : ""),
    });
    marker.bindTooltip(el("span", { text: `${e.event_date || "undated"} · ${e.sub_event_type} · ${e.location_name || ""}` }));
    marker.on("click", () => select(e.id));
    marker.addTo(layer);
    const path = marker.getElement();
    if (path) {
      path.dataset.id = e.id;
      path.dataset.claim = e.claim_status;
    }
    if (contested) marker.bringToFront();
  }

  function addCluster(group) {
    let lat = 0;
    let lon = 0;
    for (const e of group) {
      lat += e.lat;
      lon += e.lon;
    }
    const size = Math.round(26 + Math.min(24, 4 * Math.log2(group.length)));
    const node = el("div", {
      className: "cluster" + (group.some(isContested) ? " has-contested" : ""),
      text: group.length,
    });
    node.style.width = node.style.height = `${size}px`;
    const marker = L.marker([lat / group.length, lon / group.length], {
      icon: L.divIcon({ html: node, className: "ev-cluster", iconSize: [size, size] }),
      title: `${group.length} events`,
      keyboard: true,
    });
    marker.on("click", () => {
      const bounds = L.latLngBounds(group.map((e) => [e.lat, e.lon]));
      const spread = !bounds.getNorthEast().equals(bounds.getSouthWest());
      if (spread && map.getZoom() < map.getMaxZoom()) {
        map.fitBounds(bounds.pad(0.3), { maxZoom: map.getMaxZoom() });
      } else {
        state.group = group; // events at one spot: list them
        updateList();
      }
    });
    marker.addTo(layer);
  }

  function render() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const padded = map.getBounds().pad(0.25);
    const cells = new Map();
    for (const e of state.filtered) {
      if (!padded.contains([e.lat, e.lon])) continue;
      const p = map.project([e.lat, e.lon], zoom);
      const key = `${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
      const cell = cells.get(key);
      if (cell) cell.push(e);
      else cells.set(key, [e]);
    }
    for (const group of cells.values()) {
      if (group.length === 1) addMarker(group[0]);
      else addCluster(group);
    }
    updateList();
  }

  // ---- list ----------------------------------------------------------------------------------

  function updateList() {
    const bounds = map.getBounds();
    const inView = state.group || state.filtered.filter((e) => bounds.contains([e.lat, e.lon]));
    const sorted = [...inView].sort((a, b) => (b.event_date || "").localeCompare(a.event_date || ""));
    const count = $("count");
    count.dataset.inView = String(inView.length);
    count.dataset.matching = String(state.filtered.length);
    count.textContent = state.group
      ? `${inView.length} events at this spot`
      : `${inView.length} events in view · ${state.filtered.length} match the filters · ${state.all.length} in all` +
        (state.unplaced ? ` (${state.unplaced} without a place are not on the map)` : "");
    const list = $("list");
    list.replaceChildren();
    for (const e of sorted.slice(0, LIST_MAX)) {
      const li = el(
        "li",
        { className: isContested(e) ? "contested" : "", dataset: { id: e.id }, tabindex: 0 },
        el("div", {}, el("strong", { text: e.sub_event_type }), " ", claimBadge(e.claim_status)),
        el("div", {
          className: "meta",
          text: `${e.event_date || "undated"} · ${e.location_name || "?"} · ${e.sources} source${e.sources === 1 ? "" : "s"}` +
            (e.fatalities ? ` · ${e.fatalities} killed` : ""),
        }),
      );
      li.style.setProperty("--c", colorOf(e.event_type));
      if (e.id === state.selected) li.classList.add("selected");
      li.addEventListener("click", () => select(e.id));
      li.addEventListener("keydown", (ev) => ev.key === "Enter" && select(e.id));
      list.append(li);
    }
    if (sorted.length > LIST_MAX) list.append(el("li", { className: "more", text: `… and ${sorted.length - LIST_MAX} more: zoom in or filter` }));
  }

  function claimBadge(status) {
    if (!status || status === "reported") return null;
    return el("span", { className: `badge ${status}`, text: status });
  }

  // ---- one event -----------------------------------------------------------------------------

  async function select(id) {
    state.selected = id;
    for (const li of $("list").children) li.classList.toggle("selected", li.dataset.id === id);
    const detail = $("detail");
    detail.hidden = false;
    detail.replaceChildren(el("p", { text: "loading…" }));
    try {
      const event = await getJSON(`/api/events/${encodeURIComponent(id)}`);
      if (state.selected === id) detail.replaceChildren(...eventDetail(event));
    } catch (err) {
      detail.replaceChildren(el("p", { className: "error", text: `Could not load the event: ${err.message}` }));
    }
  }

  function figure(best, low, high) {
    if (best === null || best === undefined) return "not reported";
    if (low !== null && low !== undefined && high !== null && high !== undefined && (low !== best || high !== best)) {
      return `${best} (range ${low}–${high})`;
    }
    return String(best);
  }

  function eventDetail(e) {
    const rows = [
      ["Date", `${e.event_date || "unknown"}` + (e.time_precision ? ` (${TIME_PRECISION[e.time_precision] || e.time_precision})` : "")],
      ["Place", e.location_name
        ? `${e.location_name}` + (e.latitude !== null ? ` (${e.latitude.toFixed(4)}, ${e.longitude.toFixed(4)})` : "") +
          (e.geo_precision ? ` — ${GEO_PRECISION[e.geo_precision] || e.geo_precision}` : "")
        : "not placed"],
      ["Actors", [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "not named"],
      ["Killed", figure(e.fatalities, e.fatalities_low, e.fatalities_high)],
      ["Injured", figure(e.injuries, e.injuries_low, e.injuries_high)],
      ["Claim", e.claim_status + ((e.attribution || []).length ? ` — according to ${e.attribution.join(", ")}` : "")],
      ["Sources", `${e.sources}` + ((e.source_names || []).length ? `: ${e.source_names.join(", ")}` : "")],
    ];
    const dl = el("dl");
    for (const [k, v] of rows) dl.append(el("dt", { text: k }), el("dd", { text: v }));
    const reports = (e.reports || []).map(reportNode);
    return [
      el("h2", { text: e.sub_event_type }),
      el("div", {}, el("span", { text: e.event_type }), " ", claimBadge(e.claim_status)),
      dl,
      el("h3", { text: `Evidence (${reports.length} report${reports.length === 1 ? "" : "s"})` }),
      ...reports,
    ];
  }

  // Return a link for http(s) URLs only; anything else (javascript:, data:) stays plain text.
  function safeLink(url, text) {
    let parsed = null;
    try {
      parsed = url ? new URL(url, window.location.href) : null;
    } catch (err) {
      parsed = null;
    }
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer nofollow", text });
    }
    return el("span", { className: "nolink", text });
  }

  function reportNode(r) {
    const a = r.article || {};
    const fieldSpans = Object.entries(r.field_evidence || {}).map(([field, s]) => ({
      start: s.start, end: s.end, kind: FIELD_KINDS[field] || "field", label: field,
    }));
    const node = el(
      "div",
      { className: "report", dataset: { reportId: r.id } },
      el("div", {}, safeLink(a.url, a.title || a.id), ` — ${a.source || "unknown source"}, ${a.published || "undated"}`),
    );
    for (const ev of r.evidence || []) {
      node.append(el("div", { className: "quote" }, ...markText(ev.text, ev.start, fieldSpans)));
    }
    const button = el("button", { type: "button", className: "link", text: "whole article" });
    button.addEventListener("click", () => showArticle(a.id, node, button));
    node.append(button);
    return node;
  }

  // Return text and <mark> nodes for `text` (which starts at offset `base`), marking `spans`
  // ({start, end, kind, label}, offsets into the whole article) where they overlap it.
  function markText(text, base, spans) {
    const end = base + text.length;
    const inside = spans.filter((s) => s.end > base && s.start < end);
    const cuts = new Set([base, end]);
    for (const s of inside) {
      cuts.add(Math.max(base, s.start));
      cuts.add(Math.min(end, s.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const nodes = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from - base, to - base);
      const covering = inside.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const kinds = [...new Set(covering.map((s) => s.kind))];
      const labels = [...new Set(covering.map((s) => s.label).filter(Boolean))];
      nodes.push(el("mark", { className: kinds.join(" "), title: labels.join(", ") || null, text: piece }));
    }
    return nodes;
  }

  async function showArticle(id, node, button) {
    button.disabled = true;
    try {
      const article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
      const spans = article.spans.filter((s) => s.kind !== "evidence" || s.fused_id === state.selected);
      node.append(el("div", { className: "article-text" }, ...markText(article.text, 0, spans)));
      button.remove();
    } catch (err) {
      node.append(el("p", { className: "error", text: `Could not load the article: ${err.message}` }));
    }
  }

  // Return the bounds of most events: a few far-off places (often a misread place name) should
  // not zoom the first view out to the whole world. The panel still counts every event.
  function mainBounds(events) {
    const quantile = (values, q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
    const lats = events.map((e) => e.lat).sort((a, b) => a - b);
    const lons = events.map((e) => e.lon).sort((a, b) => a - b);
    const q = events.length >= 20 ? 0.05 : 0;
    return L.latLngBounds(
      [quantile(lats, q), quantile(lons, q)],
      [quantile(lats, 1 - q - 1e-9), quantile(lons, 1 - q - 1e-9)],
    );
  }

  // ---- start ---------------------------------------------------------------------------------

  async function start() {
    const config = await getJSON("/config.json");
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([48.5, 33], 5);
    L.tileLayer(config.tiles, {
      maxNativeZoom: config.max_native_zoom,
      maxZoom: 12,
      attribution: config.attribution,
    }).addTo(map);
    layer = L.layerGroup().addTo(map);
    state.all = await loadEvents();
    timings.dataLoaded = performance.now();
    state.filtered = state.all;
    fillFilters();
    if (state.all.length) map.fitBounds(mainBounds(state.all).pad(0.1), { maxZoom: 8, animate: false });
    render();
    map.on("moveend", render);
    timings.firstRender = performance.now();
    $("status").textContent = `${state.all.length} events, drawn in ${Math.round(timings.firstRender)} ms`;
    for (const id of ["since", "until"]) {
      $(id).addEventListener("change", () => {
        $(`${id}-slider`).value = String(dayIndex($(id).value));
        applyFilters();
      });
    }
    $("since-slider").addEventListener("input", () => onSlider("since"));
    $("until-slider").addEventListener("input", () => onSlider("until"));
    for (const id of ["type", "claim"]) $(id).addEventListener("change", applyFilters);
    $("actor").addEventListener("input", applyFilters);
    $("filters").addEventListener("reset", () => setTimeout(() => {
      resetDates();
      applyFilters();
    }));
    document.body.dataset.ready = "1";
  }

  start().catch((err) => {
    $("status").textContent = `Could not load the events: ${err.message}`;
    document.body.dataset.ready = "error";
  });
})();
