// The network page: loads the whole network once from GET /api/graph/network and draws it with
// Cytoscape.js; the time window, the filters, colours, sizes and layouts all work on that one
// copy in the browser. Details come from the public API when something is clicked (panel.js).
import { showNode, showEdge, closePanel } from './panel.js';
import { toSvg } from './svg-export.js';
import {
  EDGE_STYLE, FACTION_PALETTE, NO_FACTION, NO_FACTION_COLOUR, STYLE, TYPE_STYLE, TYPE_WORDS,
  edgeStyle, edgeWords, humanKind, setVocabulary, lineIcon, shapeIcon, typeStyle, year,
} from './styles.js';
import {
  EVENT_TYPES, PX_PER_YEAR, anchorOf, layoutKey, layoutOptions, placeSatellites, recallLayout, rememberLayout,
  stretchToCanvas,
} from './layouts.js';

const FIRST_YEAR = 1918;
const LAST_YEAR = 1938;
const API = 'api';

// --- state -----------------------------------------------------------------------------------

const state = {
  from: FIRST_YEAR,
  to: LAST_YEAR,
  colour: 'faction',
  size: 'degree',
  layout: 'force',
  nodeTypes: new Set(),
  edgeTypes: new Set(),
  factions: new Set(),
  factionColour: new Map(),
  factionName: new Map(),
  centrality: new Map(), // metric -> Map(id -> score)
  truncated: false,
  playing: null,
};

const $ = (id) => document.getElementById(id);
let cy = null;

/** What the window and the filters show now. The `hidden` class is exact at once; Cytoscape's
 * visibility selector follows only once the style has been recomputed, a moment later. */
const shown = (eles) => eles.not('.hidden');

// --- the window rule (the same as GET /api/graph/network?from=&to=) ----------------------------

function windowDates() {
  return { earliest: `${state.from}-01-01`, latest: `${state.to}-12-31` };
}

function overlaps(data, w) {
  return (!data.earliest || data.earliest <= w.latest) && (!data.latest || data.latest >= w.earliest);
}

function nodePasses(data) {
  if (!state.nodeTypes.has(data.type)) {
    return false;
  }
  if (data.factionKeys === null) {
    return true; // not subject to the faction filter (organs, places, meetings, documents…)
  }
  return data.factionKeys.some((f) => state.factions.has(f));
}

/** Shows what the window and the filters keep: a link when it, and both its ends, can fall in the
 * window and pass the filters; a node when at least one of its links is shown. */
function applyFilters() {
  const w = windowDates();
  const passes = new Map();
  cy.nodes().forEach((n) => passes.set(n.id(), overlaps(n.data(), w) && nodePasses(n.data())));
  const shownNodes = new Set();
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const d = e.data();
      const show = state.edgeTypes.has(d.type) && overlaps(d, w) && passes.get(d.source) && passes.get(d.target);
      e.toggleClass('hidden', !show);
      if (show) {
        shownNodes.add(d.source);
        shownNodes.add(d.target);
      }
    });
    cy.nodes().forEach((n) => n.toggleClass('hidden', !shownNodes.has(n.id())));
  });
  if (state.size === 'degree') {
    applySizes();
  }
  updateStatus();
  updateHistogram();
}

// --- loading ---------------------------------------------------------------------------------

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail || '';
    } catch (e) {
      // not a problem body
    }
    throw new Error(`${response.status} ${detail}`.trim());
  }
  return response.json();
}

function shortLabel(node) {
  switch (node.type) {
    case 'Penalty': {
      const y = year(node.earliest);
      const kind = humanKind(node.kind) || 'penalty';
      return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${y ? ` ${y}` : ''}`;
    }
    case 'Criticism':
      return `Criticism${node.earliest ? ` ${year(node.earliest)}` : ''}`;
    case 'Vote':
      return `Vote${node.earliest ? ` ${year(node.earliest)}` : ''}`;
    default:
      return node.label || node.id;
  }
}

/** When a node first appears in the story: its own date for events and groups founded after 1917,
 * else its first dated link or the first event it is linked to (a person's first criticism,
 * membership or penalty, not their birth). */
function firstAppearance(node, incident, byId) {
  const candidates = [];
  const inStory = (d) => d && d >= '1917-01-01';
  if (inStory(node.earliest)) {
    candidates.push(node.earliest);
  }
  if (!['Penalty', 'Criticism', 'Vote', 'Purge'].includes(node.type) || candidates.length === 0) {
    for (const edge of incident) {
      if (inStory(edge.earliest)) {
        candidates.push(edge.earliest);
      }
      const other = byId.get(edge.source === node.id ? edge.target : edge.source);
      if (other && ['Penalty', 'Criticism', 'Vote', 'Purge'].includes(other.type) && inStory(other.earliest)) {
        candidates.push(other.earliest);
      }
    }
  }
  candidates.sort();
  return candidates[0] || null;
}

function prepare(network) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const incident = new Map(network.nodes.map((n) => [n.id, []]));
  network.edges.forEach((e) => {
    incident.get(e.source)?.push(e);
    incident.get(e.target)?.push(e);
  });
  // Factions in the order they were founded, so the palette reads the same on every visit.
  const factionNodes = network.nodes.filter((n) => n.type === 'Faction')
    .sort((a, b) => (a.earliest || '9999').localeCompare(b.earliest || '9999') || a.id.localeCompare(b.id));
  const used = new Set(network.nodes.flatMap((n) => n.factions || []));
  const ordered = [...factionNodes.map((n) => n.id), ...[...used].filter((f) => !byId.has(f)).sort()];
  ordered.forEach((id, i) => {
    state.factionColour.set(id, FACTION_PALETTE[i % FACTION_PALETTE.length]);
    state.factionName.set(id, byId.get(id)?.label || id);
  });
  state.factionColour.set(NO_FACTION, NO_FACTION_COLOUR);
  state.factionName.set(NO_FACTION, 'No faction recorded');

  const personFactions = (n) => (n.factions && n.factions.length ? n.factions : [NO_FACTION]);
  const elements = [];
  network.nodes.forEach((n) => {
    let factionKeys = null;
    if (n.type === 'Person') {
      factionKeys = personFactions(n);
    } else if (n.type === 'Faction') {
      factionKeys = [n.id];
    } else if (n.type === 'Penalty') {
      const received = incident.get(n.id).find((e) => e.type === 'RECEIVED' && e.target === n.id);
      const person = received && byId.get(received.source);
      factionKeys = person ? personFactions(person) : [NO_FACTION];
    }
    elements.push({
      group: 'nodes',
      data: {
        ...n,
        factions: n.factions || [],
        factionKeys,
        short: shortLabel(n),
        first: firstAppearance(n, incident.get(n.id), byId),
        colour: typeStyle(n.type).colour,
        shape: typeStyle(n.type).shape,
        size: 20,
      },
      classes: [n.type === 'Penalty' || n.type === 'Criticism' || n.type === 'Vote' ? 'event' : 'actor',
        n.outcome === 'PROPOSED_NOT_APPLIED' ? 'averted' : ''].join(' ').trim(),
    });
  });
  network.edges.forEach((e) => {
    const s = edgeStyle(e.type);
    elements.push({
      group: 'edges',
      data: { ...e, colour: s.colour, width: s.width, lineStyle: s.style, arrow: s.arrow },
      classes: s.faint ? 'faint' : '',
    });
  });
  return elements;
}

// --- colours and sizes --------------------------------------------------------------------------

function colourOf(data) {
  if (state.colour === 'type') {
    return typeStyle(data.type).colour;
  }
  if (data.factionKeys) {
    const first = data.factionKeys[0];
    return state.factionColour.get(first) || NO_FACTION_COLOUR;
  }
  return '#d9d4c7'; // not a faction matter: a quiet neutral, the shape tells the kind
}

function applyColours() {
  cy.batch(() => cy.nodes().forEach((n) => n.data('colour', colourOf(n.data()))));
  renderLegend();
  renderFilters();
}

async function ensureCentrality(metric) {
  if (state.centrality.has(metric)) {
    return state.centrality.get(metric);
  }
  const rel = [...new Set(cy.edges().map((e) => e.data('type')))].join(',');
  const answer = await getJson(`${API}/analytics/centrality?metric=${encodeURIComponent(metric)}`
    + `&rel=${encodeURIComponent(rel)}&limit=1000`);
  const scores = new Map(answer.scores.map((s) => [s.node.id, s.score]));
  state.centrality.set(metric, scores);
  return scores;
}

function applySizes() {
  let value;
  if (state.size === 'degree') {
    value = (n) => shown(n.connectedEdges()).length;
  } else {
    const metric = state.size === 'centrality-degree' ? 'degree' : state.size;
    const scores = state.centrality.get(metric) || new Map();
    value = (n) => scores.get(n.id()) || 0;
  }
  const values = new Map(cy.nodes().map((n) => [n.id(), value(n)]));
  const max = Math.max(1e-9, ...values.values());
  // only the sizes that change: setting a node's data restyles it, and the slider sets them per year
  cy.batch(() => cy.nodes().forEach((n) => {
    const [small, large] = typeStyle(n.data('type')).size;
    const size = Math.round(small + (large - small) * Math.sqrt(values.get(n.id()) / max));
    if (n.data('size') !== size) {
      n.data('size', size);
    }
  }));
}

async function setSize(size) {
  state.size = size;
  if (size !== 'degree') {
    const metric = size === 'centrality-degree' ? 'degree' : size;
    try {
      setStatus(`Fetching ${metric} centrality…`);
      await ensureCentrality(metric);
    } catch (e) {
      setStatus(`Could not fetch the centrality scores (${e.message}).`);
      return;
    }
  }
  applySizes();
  updateStatus();
}

// --- layouts ---------------------------------------------------------------------------------

function runLayout(eles) {
  const satellites = state.layout === 'concentric'
    ? eles.nodes().filter((n) => EVENT_TYPES.includes(n.data('type')) && anchorOf(n).nonempty() && eles.contains(anchorOf(n)))
    : cy.collection();
  const laidOut = eles.not(satellites);
  cy.nodes('[type = "Person"]').toggleClass('row-label', state.layout === 'timeline');
  return new Promise((resolve) => {
    const layout = laidOut.layout(layoutOptions(state.layout, laidOut, FIRST_YEAR, [...state.factionColour.keys()]));
    layout.one('layoutstop', () => resolve());
    layout.run();
  }).then(() => {
    if (state.layout === 'force') {
      stretchToCanvas(eles.nodes());
    }
    if (satellites.nonempty()) {
      placeSatellites(eles.nodes());
    }
    cy.fit(shown(cy.elements()), 30);
    updateAxis();
  });
}

function updateAxis() {
  const axis = $('axis');
  if (state.layout !== 'timeline') {
    axis.hidden = true;
    return;
  }
  axis.hidden = false;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const step = zoom * PX_PER_YEAR < 45 ? 5 : zoom * PX_PER_YEAR < 90 ? 2 : 1;
  axis.replaceChildren();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y += step) {
    const tick = document.createElement('span');
    tick.className = 'tick';
    tick.style.left = `${(y - FIRST_YEAR) * PX_PER_YEAR * zoom + pan.x}px`;
    tick.textContent = String(y);
    axis.append(tick);
  }
}

// --- filters, legend, histogram ---------------------------------------------------------------

function countBy(eles, key) {
  const counts = new Map();
  eles.forEach((e) => {
    const values = key(e);
    (Array.isArray(values) ? values : [values]).forEach((v) => counts.set(v, (counts.get(v) || 0) + 1));
  });
  return counts;
}

function checkbox(group, value, text, count, icon, checked, onChange) {
  const label = document.createElement('label');
  label.className = 'check';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.value = value;
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  const name = document.createElement('span');
  name.className = 'check-name';
  name.textContent = text;
  const n = document.createElement('span');
  n.className = 'count';
  n.textContent = String(count);
  n.setAttribute('aria-label', `${count} in all`);
  label.append(input, icon, name, n);
  group.append(label);
}

function groupButtons(fieldset, all, set) {
  const row = document.createElement('div');
  row.className = 'row small';
  const make = (text, check) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link-button';
    b.textContent = text;
    b.setAttribute('aria-label', `${text}: ${fieldset.querySelector('legend').textContent}`);
    b.addEventListener('click', () => {
      all.forEach((v) => (check ? set.add(v) : set.delete(v)));
      renderFilters();
      applyFilters();
    });
    return b;
  };
  row.append(make('all', true), make('none', false));
  fieldset.append(row);
}

function resetFieldset(fieldset) {
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(legend);
}

function renderFilters() {
  const nodeTypes = countBy(cy.nodes(), (n) => n.data('type'));
  const types = [...nodeTypes.keys()].sort((a, b) => nodeTypes.get(b) - nodeTypes.get(a) || a.localeCompare(b));
  const nodeSet = $('node-type-filters');
  resetFieldset(nodeSet);
  groupButtons(nodeSet, types, state.nodeTypes);
  types.forEach((t) => {
    const ts = typeStyle(t);
    checkbox(nodeSet, t, TYPE_WORDS[t] || t, nodeTypes.get(t),
      shapeIcon(ts.shape, state.colour === 'type' ? ts.colour : '#8f8a80'), state.nodeTypes.has(t), (on) => {
        if (on) {
          state.nodeTypes.add(t);
        } else {
          state.nodeTypes.delete(t);
        }
        applyFilters();
      });
  });

  const edgeTypes = countBy(cy.edges(), (e) => e.data('type'));
  const rels = [...edgeTypes.keys()].sort((a, b) => edgeTypes.get(b) - edgeTypes.get(a) || a.localeCompare(b));
  const edgeSet = $('edge-type-filters');
  resetFieldset(edgeSet);
  groupButtons(edgeSet, rels, state.edgeTypes);
  rels.forEach((t) => checkbox(edgeSet, t, edgeWords(t), edgeTypes.get(t), lineIcon(t), state.edgeTypes.has(t), (on) => {
    if (on) {
      state.edgeTypes.add(t);
    } else {
      state.edgeTypes.delete(t);
    }
    applyFilters();
  }));

  const persons = countBy(cy.nodes('[type = "Person"]'), (n) => n.data('factionKeys'));
  const factions = [...state.factionColour.keys()].filter((f) => persons.has(f) || cy.getElementById(f).nonempty());
  const factionSet = $('faction-filters');
  resetFieldset(factionSet);
  groupButtons(factionSet, factions, state.factions);
  factions.forEach((f) => checkbox(factionSet, f, state.factionName.get(f), persons.get(f) || 0,
    shapeIcon('ellipse', state.factionColour.get(f)), state.factions.has(f), (on) => {
      if (on) {
        state.factions.add(f);
      } else {
        state.factions.delete(f);
      }
      applyFilters();
    }));
}

function legendRow(icon, text) {
  const li = document.createElement('li');
  const span = document.createElement('span');
  span.textContent = text;
  li.append(icon, span);
  return li;
}

function renderLegend() {
  const legend = $('legend');
  legend.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = state.colour === 'faction' ? 'Colour: faction' : 'Colour: kind of node';
  const colours = document.createElement('ul');
  if (state.colour === 'faction') {
    const present = new Set(cy.nodes().flatMap((n) => n.data('factionKeys') || []));
    [...state.factionColour.keys()].filter((f) => present.has(f))
      .forEach((f) => colours.append(legendRow(shapeIcon('ellipse', state.factionColour.get(f)), state.factionName.get(f))));
    colours.append(legendRow(shapeIcon('round-rectangle', '#d9d4c7'), 'Organs, places, meetings'));
  }
  const shapesTitle = document.createElement('h2');
  shapesTitle.textContent = state.colour === 'faction' ? 'Shape: kind of node' : '';
  const shapes = document.createElement('ul');
  const types = [...new Set(cy.nodes().map((n) => n.data('type')))]
    .sort((a, b) => Object.keys(TYPE_STYLE).indexOf(a) - Object.keys(TYPE_STYLE).indexOf(b));
  types.forEach((t) => {
    const ts = typeStyle(t);
    shapes.append(legendRow(shapeIcon(ts.shape, state.colour === 'type' ? ts.colour : '#8f8a80'), TYPE_WORDS[t] || t));
  });
  if (cy.nodes('.averted').nonempty()) {
    shapes.append(legendRow(shapeIcon('diamond', state.colour === 'type' ? TYPE_STYLE.Penalty.colour : '#8f8a80', true),
      'Penalty moved, not applied'));
  }
  const linksTitle = document.createElement('h2');
  linksTitle.textContent = 'Links';
  const links = document.createElement('ul');
  [...new Set(cy.edges().map((e) => e.data('type')))]
    .sort((a, b) => Object.keys(EDGE_STYLE).indexOf(a) - Object.keys(EDGE_STYLE).indexOf(b))
    .forEach((t) => links.append(legendRow(lineIcon(t), edgeWords(t))));
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'legend-toggle';
  toggle.setAttribute('aria-expanded', legend.classList.contains('collapsed') ? 'false' : 'true');
  toggle.setAttribute('aria-controls', 'legend-body');
  toggle.textContent = 'Legend';
  toggle.addEventListener('click', () => {
    legend.classList.toggle('collapsed');
    toggle.setAttribute('aria-expanded', legend.classList.contains('collapsed') ? 'false' : 'true');
  });
  const group = (...children) => {
    const div = document.createElement('div');
    div.append(...children);
    return div;
  };
  const body = document.createElement('div');
  body.className = 'legend-body';
  body.id = 'legend-body';
  if (state.colour === 'faction') {
    body.append(group(title, colours), group(shapesTitle, shapes), group(linksTitle, links));
  } else {
    body.append(group(title, shapes), group(linksTitle, links));
  }
  legend.append(toggle, body);
}

/** Criticisms and penalties per year, the window highlighted: where the story is dense. */
function renderHistogram() {
  const counts = new Map();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    counts.set(y, { criticisms: 0, penalties: 0 });
  }
  cy.edges('[type = "CRITICIZED"]').forEach((e) => {
    const y = year(e.data('earliest'));
    if (counts.has(y)) {
      counts.get(y).criticisms++;
    }
  });
  cy.nodes('[type = "Penalty"]').forEach((n) => {
    const y = year(n.data('earliest'));
    if (counts.has(y)) {
      counts.get(y).penalties++;
    }
  });
  const max = Math.max(1, ...[...counts.values()].map((c) => c.criticisms + c.penalties));
  const histogram = $('histogram');
  histogram.replaceChildren();
  counts.forEach((c, y) => {
    const bar = document.createElement('div');
    bar.className = 'bar';
    bar.dataset.year = String(y);
    bar.title = `${y}: ${c.criticisms} criticisms, ${c.penalties} penalties`;
    const crit = document.createElement('div');
    crit.className = 'bar-criticisms';
    crit.style.height = `${(100 * c.criticisms) / max}%`;
    const pen = document.createElement('div');
    pen.className = 'bar-penalties';
    pen.style.height = `${(100 * c.penalties) / max}%`;
    bar.append(pen, crit);
    histogram.append(bar);
  });
}

function updateHistogram() {
  document.querySelectorAll('#histogram .bar').forEach((bar) => {
    const y = Number(bar.dataset.year);
    bar.classList.toggle('out', y < state.from || y > state.to);
  });
}

// --- status ----------------------------------------------------------------------------------

function setStatus(text) {
  $('status').textContent = text;
}

function updateStatus() {
  const persons = shown(cy.nodes('[type = "Person"]')).length;
  const nodes = shown(cy.nodes()).length;
  const criticisms = shown(cy.edges('[type = "CRITICIZED"]')).length;
  const penalties = shown(cy.nodes('[type = "Penalty"]')).length;
  const span = state.from === state.to ? `${state.from}` : `${state.from}–${state.to}`;
  setStatus(`${span}: ${persons} persons, ${criticisms} criticisms, ${penalties} penalties (${nodes} nodes, `
    + `${shown(cy.edges()).length} links)${state.truncated ? ' — only the best-connected nodes were loaded' : ''}.`
    + ' Click a node or link for details.');
}

// --- time controls ---------------------------------------------------------------------------

let filtersPending = false;

/** Sets the window; a slider's stream of input events ({@code deferred}) redraws once per frame,
 * not once per year the handle passes (each redraw restyles every element: a held arrow key queued
 * them up for seconds). */
function setWindow(from, to, deferred = false) {
  state.from = Math.max(FIRST_YEAR, Math.min(from, LAST_YEAR));
  state.to = Math.max(state.from, Math.min(to, LAST_YEAR));
  $('from-year').value = String(state.from);
  $('to-year').value = String(state.to);
  $('from-year').setAttribute('aria-valuetext', `from ${state.from}`);
  $('to-year').setAttribute('aria-valuetext', `to ${state.to}`);
  $('years-readout').textContent = state.from === state.to ? `${state.from}` : `${state.from} – ${state.to}`;
  const span = LAST_YEAR - FIRST_YEAR;
  const fill = $('range-fill');
  fill.style.left = `${(100 * (state.from - FIRST_YEAR)) / span}%`;
  fill.style.right = `${(100 * (LAST_YEAR - state.to)) / span}%`;
  // keep the "from" handle reachable when both sit at the right end
  $('from-year').style.zIndex = state.from >= LAST_YEAR - 1 ? '3' : '2';
  if (!cy) {
    return;
  }
  if (!deferred) {
    filtersPending = false;
    applyFilters();
  } else if (!filtersPending) {
    filtersPending = true;
    window.requestAnimationFrame(() => {
      if (filtersPending) {
        filtersPending = false;
        applyFilters();
      }
    });
  }
}

function stopPlaying() {
  if (state.playing) {
    clearInterval(state.playing);
    state.playing = null;
    $('play').textContent = '▶ Play the years';
    $('play').setAttribute('aria-pressed', 'false');
  }
}

function togglePlay() {
  if (state.playing) {
    stopPlaying();
    return;
  }
  const width = Math.min(state.to - state.from, 3);
  let from = FIRST_YEAR;
  setWindow(from, from + width);
  $('play').textContent = '⏸ Pause';
  $('play').setAttribute('aria-pressed', 'true');
  state.playing = setInterval(() => {
    from += 1;
    if (from + width > LAST_YEAR) {
      stopPlaying();
      return;
    }
    setWindow(from, from + width);
  }, 1100);
}

// --- search ----------------------------------------------------------------------------------

let searchTimer = null;
let searchSeq = 0;

function closeResults() {
  const list = $('search-results');
  list.hidden = true;
  list.replaceChildren();
  $('search').setAttribute('aria-expanded', 'false');
  $('search').removeAttribute('aria-activedescendant');
}

async function search(q) {
  const seq = ++searchSeq;
  if (q.trim().length < 2) {
    closeResults();
    return;
  }
  let answer;
  try {
    answer = await getJson(`${API}/search?q=${encodeURIComponent(q.trim())}&limit=30`);
  } catch (e) {
    setStatus(`Search failed (${e.message}).`);
    return;
  }
  if (seq !== searchSeq) {
    return; // a newer search is under way
  }
  const list = $('search-results');
  list.replaceChildren();
  const hits = answer.items.filter((h) => h.type !== 'Source')
    .sort((a, b) => Number(cy.getElementById(b.id).nonempty()) - Number(cy.getElementById(a.id).nonempty()))
    .slice(0, 10);
  if (hits.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No match';
    list.append(li);
  }
  hits.forEach((hit, i) => {
    const inNetwork = cy.getElementById(hit.id).nonempty();
    const li = document.createElement('li');
    li.id = `hit-${i}`;
    li.setAttribute('role', 'option');
    li.dataset.id = hit.id;
    li.setAttribute('aria-disabled', inNetwork ? 'false' : 'true');
    li.className = inNetwork ? 'hit' : 'hit off';
    const name = document.createElement('span');
    name.textContent = hit.name;
    const type = document.createElement('span');
    type.className = 'hit-type';
    type.textContent = inNetwork ? hit.type : `${hit.type}, not in the network`;
    li.append(name, type);
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      if (inNetwork) {
        pick(hit.id);
      }
    });
    list.append(li);
  });
  list.hidden = false;
  $('search').setAttribute('aria-expanded', 'true');
}

function moveActive(delta) {
  const options = [...document.querySelectorAll('#search-results [role="option"][aria-disabled="false"]')];
  if (options.length === 0) {
    return;
  }
  const current = options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
  options.forEach((o) => o.setAttribute('aria-selected', 'false'));
  const next = options[(current + delta + options.length) % options.length];
  next.setAttribute('aria-selected', 'true');
  $('search').setAttribute('aria-activedescendant', next.id);
  next.scrollIntoView({ block: 'nearest' });
}

function pick(id) {
  closeResults();
  focusNode(id);
}

/** Centres the node, selects it and opens its details; widens the view first when it is hidden. */
function focusNode(id) {
  const node = cy.getElementById(id);
  if (node.empty()) {
    setStatus(`${id} is not in the network.`);
    return;
  }
  if (node.hasClass('hidden')) {
    state.nodeTypes = new Set(cy.nodes().map((n) => n.data('type')));
    state.edgeTypes = new Set(cy.edges().map((e) => e.data('type')));
    state.factions = new Set(state.factionColour.keys());
    renderFilters();
    setWindow(FIRST_YEAR, LAST_YEAR);
  }
  cy.elements().unselect();
  node.select();
  highlight(node);
  showNode(node.data(), context());
  closeIn(shown(node.closedNeighborhood()));
}

// --- interaction -----------------------------------------------------------------------------

function highlight(ele) {
  cy.batch(() => {
    cy.elements().removeClass('faded neighbour');
    if (!ele) {
      return;
    }
    const near = ele.isNode() ? shown(ele.closedNeighborhood()) : ele.union(ele.connectedNodes());
    shown(cy.elements()).difference(near).addClass('faded');
    near.addClass('neighbour');
  });
}

let canvasSize = null;

/** Tells Cytoscape the canvas changed size (the side panel opened or closed), keeping the centre of the view. */
function syncSize() {
  const next = { w: $('cy').clientWidth, h: $('cy').clientHeight };
  if (next.w === canvasSize.w && next.h === canvasSize.h) {
    return;
  }
  cy.resize();
  cy.panBy({ x: (next.w - canvasSize.w) / 2, y: (next.h - canvasSize.h) / 2 });
  canvasSize = next;
}

/** Zooms in on what was picked so that its neighbours can be read; never zooms out. */
function closeIn(eles) {
  requestAnimationFrame(() => {
    syncSize();
    const box = eles.boundingBox();
    const fitZoom = Math.min(cy.width() / (box.w + 160), cy.height() / (box.h + 160));
    const zoom = Math.max(cy.zoom(), Math.min(1.3, fitZoom));
    cy.animate({ zoom, center: { eles } }, { duration: 350 });
  });
}

function context() {
  return {
    label: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? n.data('label') : id;
    },
    short: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? n.data('short') : id;
    },
    inNetwork: (id) => cy.getElementById(id).nonempty(),
    focus: (id) => focusNode(id),
    neighbours: (id) => shown(cy.getElementById(id).connectedEdges()).map((e) => ({
      edge: e.data(),
      other: (e.data('source') === id ? e.target() : e.source()).data(),
      outgoing: e.data('source') === id,
    })),
    edgeWords,
  };
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportName(ext) {
  return `dissent-graph-${state.from}-${state.to}.${ext}`;
}

function bindControls() {
  $('from-year').addEventListener('input', (e) => {
    stopPlaying();
    const from = Number(e.target.value);
    setWindow(from, Math.max(from, state.to), true);
  });
  $('to-year').addEventListener('input', (e) => {
    stopPlaying();
    const to = Number(e.target.value);
    setWindow(Math.min(state.from, to), to, true);
  });
  document.querySelectorAll('.eras .chip').forEach((b) => b.addEventListener('click', () => {
    stopPlaying();
    setWindow(Number(b.dataset.from), Number(b.dataset.to));
  }));
  $('play').addEventListener('click', togglePlay);

  document.querySelectorAll('input[name="colour"]').forEach((r) => r.addEventListener('change', () => {
    state.colour = r.value;
    applyColours();
  }));
  $('size-by').addEventListener('change', (e) => setSize(e.target.value));
  $('layout').addEventListener('change', (e) => {
    state.layout = e.target.value;
    runLayout(cy.elements());
  });
  $('arrange').addEventListener('click', () => runLayout(shown(cy.elements())));
  $('fit').addEventListener('click', () => cy.animate({ fit: { eles: shown(cy.elements()), padding: 30 } }, { duration: 300 }));

  $('export-png').addEventListener('click', () => {
    download(cy.png({ output: 'blob', bg: '#fbfaf7', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 }), exportName('png'));
  });
  $('export-svg').addEventListener('click', () => {
    download(new Blob([svg()], { type: 'image/svg+xml' }), exportName('svg'));
  });

  const input = $('search');
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(input.value), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveActive(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const active = document.querySelector('#search-results [aria-selected="true"]')
        || document.querySelector('#search-results [role="option"][aria-disabled="false"]');
      if (active) {
        pick(active.dataset.id);
      }
    } else if (e.key === 'Escape') {
      closeResults();
    }
  });
  input.addEventListener('blur', () => setTimeout(closeResults, 150));

  $('panel-close').addEventListener('click', () => {
    closePanel();
    cy.elements().unselect();
    highlight(null);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('panel').hidden && document.activeElement !== input) {
      closePanel();
      cy.elements().unselect();
      highlight(null);
    }
  });

  cy.on('tap', 'node', (e) => {
    highlight(e.target);
    showNode(e.target.data(), context());
    closeIn(shown(e.target.closedNeighborhood()));
  });
  cy.on('tap', 'edge', (e) => {
    highlight(e.target);
    showEdge(e.target.data(), context());
  });
  cy.on('tap', (e) => {
    if (e.target === cy) {
      highlight(null);
    }
  });
  cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
  cy.on('viewport', updateAxis);
}

function svg() {
  if (filtersPending) { // a slider moved this frame: export what it now shows
    filtersPending = false;
    applyFilters();
  }
  return toSvg(shown(cy.elements()), `Dissent Graph, ${state.from}–${state.to}`);
}

// --- start -----------------------------------------------------------------------------------

async function start() {
  cytoscape.use(window.cytoscapeFcose); // the force-directed layout (layouts.js)
  setWindow(FIRST_YEAR, LAST_YEAR);
  let network;
  try {
    let vocabulary;
    [network, vocabulary] = await Promise.all([getJson(`${API}/graph/network`), getJson(`${API}/vocabulary`)]);
    setVocabulary(vocabulary);
  } catch (e) {
    setStatus(`The network could not be loaded (${e.message}). Is the service running?`);
    return;
  }
  state.truncated = network.truncated;
  cy = cytoscape({
    container: $('cy'),
    elements: prepare(network),
    style: STYLE,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  canvasSize = { w: $('cy').clientWidth, h: $('cy').clientHeight };
  new ResizeObserver(syncSize).observe($('cy'));
  window.dgCy = cy;
  window.dgSvg = svg;
  state.nodeTypes = new Set(cy.nodes().map((n) => n.data('type')));
  state.edgeTypes = new Set(cy.edges().map((e) => e.data('type')));
  state.factions = new Set(state.factionColour.keys());
  bindControls();
  applyColours();
  renderHistogram();
  applyFilters();
  cy.resize(); // the legend has taken its height by now
  await firstLayout();
  focusFromLocation();
  window.addEventListener('hashchange', focusFromLocation);
  window.dgReady = true;
  document.body.dataset.ready = 'true';
}

// The whole network's force layout; the tab's previous one when the network and the canvas's shape
// are the same (layouts.js, recallLayout). "Arrange" lays it out anew.
async function firstLayout() {
  const key = layoutKey(cy.elements(), cy.width(), cy.height());
  const positions = recallLayout(key);
  if (positions && cy.nodes().every((n) => Array.isArray(positions[n.id()]))) {
    cy.nodes().positions((n) => ({ x: positions[n.id()][0], y: positions[n.id()][1] }));
    cy.fit(shown(cy.elements()), 30);
    updateAxis();
    window.dgLayout = 'remembered';
    return;
  }
  await runLayout(cy.elements());
  rememberLayout(key, cy.nodes());
  window.dgLayout = 'computed';
}

// index.html#focus=<id> (a link from the Fates view) opens that node in the network.
function focusFromLocation() {
  const id = new URLSearchParams(window.location.hash.slice(1)).get('focus');
  if (id) {
    focusNode(id);
  }
}

start();
