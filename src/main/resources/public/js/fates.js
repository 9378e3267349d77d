// The Fates view: pick a cohort (or compose one), see what happened to its members and how soon.
// Everything comes from the public API:
//   GET /api/cohorts                      the cohorts the data defines
//   GET /api/vocabulary                   the penalty kinds that can be followed
//   GET /api/cohorts/{id}/fates           a named cohort's fates (events=, until=, compare=)
//   GET /api/cohorts/fates?signed=&faction=&memberOf=&at=   a composed cohort's fates
// Charts are drawn by Apache ECharts (served from its WebJar). Text from the data always goes
// through textContent: nothing from the data becomes markup.
import { el } from './dom.js';

const API = 'api';
const DEFAULT_EVENTS = ['EXPULSION', 'ARREST', 'EXECUTION'];
const COLOURS = { cohort: '#b3261e', compare: '#4e79a7' };
const FATE_LABELS = {
  EXECUTED: 'executed',
  DIED_IN_CUSTODY: 'died in custody',
  DIED_AT_LIBERTY: 'died at liberty',
  ALIVE_AT_END_OF_RECORD: 'alive at the end of the record',
  UNKNOWN: 'unknown',
};
const STATUS_LABELS = { EVENT: '', DIED_FIRST: 'died first', CENSORED: 'not recorded' };

const $ = (id) => document.getElementById(id);
const charts = [];
let cohorts = [];

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch (e) {
      // not a problem document: keep the status
    }
    throw new Error(detail);
  }
  return response.json();
}

function setStatus(text) {
  $('status').textContent = text;
}

function option(value, text) {
  return el('option', { value }, text);
}

function cohortLabel(c) {
  const names = c.definedBy.map((d) => d.name).join(', ');
  const when = c.date && c.date.edtf ? ` (${c.date.edtf})` : '';
  const what = {
    signed: `Signatories of ${names}`,
    faction: `Members of ${names}`,
    organ: `${names} on ${c.date ? c.date.edtf : '?'}`,
    penalised: `Penalised at ${names}${when}`,
    delegates: `Delegates of ${names}`,
  }[c.kind];
  return `${what || `${c.kind}: ${names}`} — ${c.size}`;
}

function fillControls(vocabulary) {
  const byKind = new Map();
  cohorts.forEach((c) => {
    if (!byKind.has(c.kind)) {
      byKind.set(c.kind, []);
    }
    byKind.get(c.kind).push(c);
  });
  const groupNames = { signed: 'Signatories', faction: 'Factions', organ: 'Organs at a date', penalised: 'Penalised by a meeting' };
  [$('cohort'), $('compare')].forEach((select) => {
    byKind.forEach((list, kind) => {
      const group = el('optgroup', { label: groupNames[kind] || kind });
      list.forEach((c) => group.append(option(c.id, cohortLabel(c))));
      select.append(group);
    });
  });
  const unique = (kind) => {
    const seen = new Map();
    cohorts.filter((c) => c.kind === kind).forEach((c) => c.definedBy.forEach((d) => seen.set(d.id, d.name)));
    return [...seen.entries()];
  };
  unique('signed').forEach(([id, name]) => $('signed').append(option(id, name)));
  unique('faction').forEach(([id, name]) => $('faction').append(option(id, name)));
  unique('organ').forEach(([id, name]) => $('member-of').append(option(id, name)));
  vocabulary.penaltyKinds
    .filter((kind) => kind !== 'READMISSION')
    .forEach((kind) => {
      const id = `event-${kind}`;
      $('events').append(
        el('label', { for: id }, el('input', { type: 'checkbox', id, value: kind, checked: DEFAULT_EVENTS.includes(kind) }), ` ${kind.toLowerCase().replaceAll('_', ' ')}`),
      );
    });
}

function readForm() {
  const params = new URLSearchParams();
  const events = [...$('events').querySelectorAll('input:checked')].map((i) => i.value);
  if (events.length) {
    params.set('events', events.join(','));
  }
  if ($('until').value) {
    params.set('until', $('until').value);
  }
  const mode = document.querySelector('input[name="mode"]:checked').value;
  let path;
  if (mode === 'named') {
    path = `${API}/cohorts/${encodeURIComponent($('cohort').value)}/fates`;
  } else {
    path = `${API}/cohorts/fates`;
    [['signed', 'signed'], ['faction', 'faction'], ['member-of', 'memberOf'], ['at', 'at']].forEach(([field, name]) => {
      if ($(field).value) {
        params.set(name, $(field).value);
      }
    });
  }
  if ($('compare').value) {
    params.set('compare', $('compare').value);
  }
  return { path, params, events };
}

function months(m) {
  return m < 24 ? `${Math.round(m)} months` : `${(m / 12).toFixed(1)} years`;
}

// --- charts ------------------------------------------------------------------------------------

/** A Kaplan–Meier curve as step points from time 0, survival 1. */
function kmPoints(km, field = 'survival') {
  const points = [[0, 1]];
  km.steps.forEach((s) => {
    const value = field === 'survival' ? s.survival : s[field];
    points.push([s.time, value === undefined || value === null ? null : value]);
  });
  return points;
}

function incidencePoints(steps) {
  return [[0, 0], ...steps.map((s) => [s.time, s.incidence])];
}

/** The pointwise 95 % band as two thin step lines (lower and upper), as R's plot.survfit draws it. */
function bandSeries(km, colour, tag) {
  const bound = (field) => [[0, 1], ...km.steps.map((s) => [s.time, s[field] ?? null])];
  const style = { type: 'line', step: 'end', symbol: 'none', connectNulls: false, lineStyle: { color: colour, width: 1, opacity: 0.45 }, itemStyle: { color: colour, opacity: 0.45 } };
  return [
    { ...style, name: `${tag}: 95 % band`, data: bound('lower') },
    { ...style, name: `${tag}: 95 % band`, data: bound('upper') },
  ];
}

function curvesOf(kinds, kind, end) {
  const k = kinds.find((x) => x.kind === kind);
  return k ? { counts: k, curves: k[end] } : null;
}

function cohortSeries(kinds, kind, end, colour, tag) {
  const found = curvesOf(kinds, kind, end);
  if (!found) {
    return [];
  }
  const km = found.curves.kaplanMeier;
  return [
    { type: 'line', name: `${tag}: Kaplan–Meier`, data: kmPoints(km), step: 'end', symbol: 'none', lineStyle: { color: colour, width: 2 }, itemStyle: { color: colour } },
    ...bandSeries(km, colour, tag),
    { type: 'line', name: `${tag}: cumulative incidence`, data: incidencePoints(found.curves.cumulativeIncidence), step: 'end', symbol: 'none', lineStyle: { color: colour, type: 'dashed', width: 2 }, itemStyle: { color: colour } },
  ];
}

function drawChart(container, kind, answer, end) {
  const series = cohortSeries(answer.kinds, kind, end, COLOURS.cohort, 'cohort');
  if (answer.comparison) {
    series.push(...cohortSeries(answer.comparison.kinds, kind, end, COLOURS.compare, 'compared'));
  }
  const chart = echarts.init(container, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 20, bottom: 78 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '–' : Number(v).toFixed(2)) },
    legend: { bottom: 0, data: [...new Set(series.map((s) => s.name))] },
    xAxis: { type: 'value', name: 'months from entry', nameLocation: 'middle', nameGap: 26, min: 0 },
    yAxis: { type: 'value', min: 0, max: 1 },
    series,
  });
  charts.push(chart);
  return chart;
}

function logRankText(answer, kind, end) {
  if (!answer.comparison) {
    return null;
  }
  const row = answer.comparison.logRank.find((t) => t.kind === kind && t.end === end);
  if (!row || !row.test) {
    return 'Log-rank: neither cohort had the event.';
  }
  const t = row.test;
  return `Log-rank: χ² = ${t.statistic.toFixed(2)} on ${t.df} degree of freedom, p = ${t.pValue.toPrecision(2)} (observed ${t.observed.join(' vs ')}, expected ${t.expected.map((e) => e.toFixed(1)).join(' vs ')}).`;
}

function renderCharts(answer, events, end) {
  charts.splice(0).forEach((c) => c.dispose());
  const box = $('charts');
  box.replaceChildren();
  events.forEach((kind) => {
    const mine = curvesOf(answer.kinds, kind, end);
    const median = mine && mine.curves.kaplanMeier.median !== undefined ? `median ${months(mine.curves.kaplanMeier.median)}` : 'median not reached';
    const head = mine ? `${mine.counts.events} of ${answer.counts.followed} had it; ${mine.counts.diedFirst} died first; ${mine.counts.censored} followed without it; ${median}.` : '';
    const canvas = el('div', { className: 'chart', role: 'img', 'aria-label': `Curves for ${kind}` });
    const card = el(
      'article',
      { className: 'chart-card', 'data-kind': kind },
      el('h3', { text: kind.toLowerCase().replaceAll('_', ' ') }),
      el('p', { className: 'method', text: head }),
      canvas,
      el('p', { className: 'method logrank', text: logRankText(answer, kind, end) }),
    );
    box.append(card);
    drawChart(canvas, kind, answer, end);
  });
}

// --- summary and members -----------------------------------------------------------------------

function renderSummary(answer) {
  const fates = Object.entries(answer.counts.fates)
    .map(([fate, n]) => `${n} ${FATE_LABELS[fate] || fate}`)
    .join(', ');
  const parts = [el('p', {}, 'Cohort: ', el('strong', { text: answer.cohort.description || answer.cohort.id }), ` — ${answer.counts.members} members, ${answer.counts.followed} with an entry date. Final fates: ${fates}.`)];
  if (answer.comparison) {
    const c = answer.comparison;
    const other = Object.entries(c.counts.fates).map(([fate, n]) => `${n} ${FATE_LABELS[fate] || fate}`).join(', ');
    parts.push(el('p', {}, 'Compared: ', el('strong', { text: c.cohort.description || c.cohort.id }), ` — ${c.counts.members} members (${c.overlapRemoved} in both left out of it). Final fates: ${other}.`));
  }
  $('summary').replaceChildren(...parts);
  $('method').textContent = answer.method;
}

function whenText(when) {
  return when ? when.edtf || when.earliest : '';
}

function renderMembers(answer, events) {
  const head = el('tr', {}, el('th', { scope: 'col', text: 'Member' }), el('th', { scope: 'col', text: 'Entry' }), ...events.map((k) => el('th', { scope: 'col', text: k.toLowerCase().replaceAll('_', ' ') })), el('th', { scope: 'col', text: 'Final fate' }));
  $('members').querySelector('thead').replaceChildren(head);
  const rows = [];
  const add = (members, group) =>
    members.forEach((m) => {
      const cells = events.map((kind) => {
        const o = m.outcomes.find((x) => x.kind === kind);
        if (!o) {
          return el('td', {});
        }
        const text = o.status === 'EVENT' ? whenText(o.when) : STATUS_LABELS[o.status] || o.status;
        return el('td', { className: `status-${o.status.toLowerCase()}`, title: o.penaltyId || '' }, text);
      });
      const link = el('a', { href: `index.html#focus=${encodeURIComponent(m.person.id)}`, text: m.person.name });
      rows.push(
        el(
          'tr',
          { 'data-person': m.person.id, className: group },
          el('th', { scope: 'row' }, link, group === 'compare' ? el('span', { className: 'tag', text: 'compared' }) : null),
          el('td', { text: whenText(m.entry) }),
          ...cells,
          el('td', { title: m.fate.explanation, className: `fate-${m.fate.outcome.toLowerCase()}` }, FATE_LABELS[m.fate.outcome] || m.fate.outcome),
        ),
      );
    });
  add(answer.members, 'cohort');
  if (answer.comparison) {
    add(answer.comparison.members, 'compare');
  }
  $('members').querySelector('tbody').replaceChildren(...rows);
}

async function show(event) {
  if (event) {
    event.preventDefault();
  }
  const { path, params, events } = readForm();
  const end = document.querySelector('input[name="end"]:checked').value;
  const url = `${path}?${params}`;
  $('csv').dataset.url = url;
  setStatus('Loading…');
  document.body.dataset.ready = 'false';
  try {
    const answer = await getJson(url);
    renderSummary(answer);
    renderCharts(answer, answer.events || events, end);
    renderMembers(answer, answer.events || events);
    setStatus(`${answer.counts.members} members; curves with uncertain dates at their ${end} day.`);
    history.replaceState(null, '', `#${new URLSearchParams({ url }).toString()}`);
  } catch (e) {
    setStatus(`The fates could not be computed: ${e.message}`);
  }
  document.body.dataset.ready = 'true';
}

/** The member table as CSV (Accept: text/csv), saved as a file. */
async function downloadCsv(event) {
  event.preventDefault();
  const response = await fetch($('csv').dataset.url, { headers: { Accept: 'text/csv' } });
  if (!response.ok) {
    setStatus(`The CSV could not be made (${response.status}).`);
    return;
  }
  const blob = await response.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: 'cohort-fates.csv' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function bindControls() {
  $('cohort-form').addEventListener('submit', show);
  $('csv').addEventListener('click', downloadCsv);
  document.querySelectorAll('input[name="mode"]').forEach((radio) =>
    radio.addEventListener('change', () => {
      const composed = document.querySelector('input[name="mode"]:checked').value === 'composed';
      $('named-fields').hidden = composed;
      $('composed-fields').hidden = !composed;
    }),
  );
  document.querySelectorAll('input[name="end"]').forEach((radio) => radio.addEventListener('change', () => show()));
  new ResizeObserver(() => charts.forEach((c) => c.resize())).observe($('charts'));
}

async function start() {
  let vocabulary;
  try {
    [cohorts, vocabulary] = await Promise.all([getJson(`${API}/cohorts`), getJson(`${API}/vocabulary`)]);
  } catch (e) {
    setStatus(`The cohorts could not be loaded (${e.message}). Is the service running?`);
    return;
  }
  fillControls(vocabulary);
  bindControls();
  const wanted = new URLSearchParams(window.location.search).get('cohort');
  const initial = cohorts.find((c) => c.id === wanted) || cohorts.find((c) => c.id === 'signed:declaration-of-46') || cohorts[0];
  if (initial) {
    $('cohort').value = initial.id;
  }
  window.dgCharts = charts;
  await show();
}

start();
