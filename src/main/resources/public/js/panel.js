// The side panel: what a clicked node or link is, on whose evidence, and for a person what their
// criticisms cost them. Everything comes from the public API:
//   GET /api/entities/{id}                   any node: properties, date, sources
//   GET /api/entities/{id}/adjacent?rel=...  a relationship's own evidence (MEMBER_OF)
//   GET /api/persons/{id}/consequences       a person's criticisms and what followed each
//   GET /api/criticisms/{id}/consequences    what followed one criticism, critic by critic
//   GET /api/persons/{id}/fate               everything after a person's first criticism, and how it ended
import { el } from './dom.js';

const API = 'api';

let controller = null;

// --- small DOM helpers (text always through textContent: nothing from the data becomes markup) --

function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

async function getJson(url, signal) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

// --- words -----------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

function datePart(text) {
  if (!text || text === '..') {
    return text === '..' ? 'open' : '';
  }
  const qualifier = /[~?%]$/.test(text) ? text.slice(-1) : '';
  const [y, m, d] = text.replace(/[~?%]$/, '').split('-');
  let words = y;
  if (m) {
    words = `${MONTHS[Number(m) - 1]} ${y}`;
  }
  if (d) {
    words = `${Number(d)} ${words}`;
  }
  if (qualifier === '~' || qualifier === '%') {
    words = `about ${words}`;
  }
  if (qualifier === '?' || qualifier === '%') {
    words = `${words} (uncertain)`;
  }
  return words;
}

/** An EDTF date in words: "27 March 1922 – 2 April 1922", "1923 – open". */
export function dateWords(edtf, earliest, latest) {
  if (edtf) {
    const parts = edtf.split('/');
    if (parts.length !== 2) {
      return datePart(edtf);
    }
    if (parts[0] === '..') {
      return `on or before ${datePart(parts[1])}`;
    }
    if (parts[1] === '..') {
      return `${datePart(parts[0])} or later`;
    }
    return `${datePart(parts[0]) || '?'} – ${datePart(parts[1]) || '?'}`;
  }
  if (earliest || latest) {
    // a range of whole years, months or days says so: 1920-01-01..1934-12-31 is "1920 – 1934"
    const wholeYears = (!earliest || earliest.endsWith('-01-01')) && (!latest || latest.endsWith('-12-31'));
    const words = (iso) => {
      if (!iso) {
        return 'open';
      }
      return wholeYears ? iso.slice(0, 4) : datePart(iso);
    };
    const from = words(earliest);
    const to = words(latest);
    return from === to ? from : `${from} – ${to}`;
  }
  return '';
}

const humanKind = (kind) => {
  const words = (kind || '').toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const VERDICT = {
  DOCUMENTED_CONSEQUENCE: { text: 'Documented consequence', className: 'verdict documented',
    help: 'a source ties a penalty to this criticism' },
  INFERRED_CONSEQUENCE: { text: 'Inferred consequence', className: 'verdict inferred',
    help: 'a penalty followed within the window; the link is by time only' },
  NO_RECORDED_CONSEQUENCE: { text: 'No recorded consequence', className: 'verdict none', help: '' },
};

// --- pieces ----------------------------------------------------------------------------------

/** Sources grouped: one link per source, the quotes it gives under it. */
function sources(citations, heading = 'Sources') {
  if (!citations || citations.length === 0) {
    return el('p', { className: 'muted', text: 'No source cited.' });
  }
  const bySource = new Map();
  citations.forEach((c) => {
    if (!bySource.has(c.sourceId)) {
      bySource.set(c.sourceId, { citation: c, quotes: [] });
    }
    const entry = bySource.get(c.sourceId);
    if (c.quote && !entry.quotes.some((q) => q.quote === c.quote)) {
      entry.quotes.push(c);
    }
  });
  const list = el('ul', { className: 'sources' });
  bySource.forEach(({ citation, quotes }) => {
    const url = safeUrl(citation.url);
    const title = citation.title || citation.sourceId;
    const name = url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: title }) : el('span', { text: title });
    const meta = [citation.author, citation.kind].filter(Boolean).join(', ');
    list.append(el('li', {},
      name,
      meta ? el('span', { className: 'muted', text: ` (${meta})` }) : null,
      quotes.length ? el('ul', { className: 'source-quotes' }, quotes.map((q) => el('li', {},
        el('q', { text: q.quote }),
        q.page ? el('span', { className: 'muted', text: `, ${q.page}` }) : null,
        q.aspect ? el('span', { className: 'aspect', text: q.aspect }) : null))) : null));
  });
  return el('section', { className: 'panel-section' }, el('h3', { text: heading }), list);
}

function facts(rows) {
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (shown.length === 0) {
    return null;
  }
  return el('dl', { className: 'facts' }, shown.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, value)]));
}

function refButton(ref, ctx) {
  if (!ref) {
    return null;
  }
  const name = ref.name || ctx.label(ref.id);
  if (!ctx.inNetwork(ref.id)) {
    return el('span', { text: name });
  }
  return el('button', { type: 'button', className: 'link-button', onClick: () => ctx.focus(ref.id), text: name });
}

/** "3–5 months later", "possibly after, 0–10 months later"; never a negative lag. */
function lagWords(o) {
  if (!o.lag) {
    return '';
  }
  const min = Math.max(0, o.lag.minMonths);
  const max = o.lag.maxMonths == null ? null : Math.max(min, o.lag.maxMonths);
  let span;
  if (max === null) {
    span = `${min}+ months later`;
  } else if (max === 0) {
    span = o.lag.maxDays === 0 ? 'the same day' : `${o.lag.minDays}–${o.lag.maxDays} days later`;
  } else {
    span = min === max ? `${min} months later` : `${min}–${max} months later`;
  }
  return o.order === 'UNCERTAIN' ? `possibly after (dates overlap), ${span}` : span;
}

function outcomeItem(o) {
  const lag = lagWords(o);
  const when = o.when ? dateWords(o.when.edtf, o.when.earliest, o.when.latest) : '';
  const whose = o.person && o.person.name ? `${o.person.name}: ` : '';
  return el('li', { className: `${o.outcome === 'PROPOSED_NOT_APPLIED' ? 'outcome averted' : 'outcome'}${o.order === 'UNCERTAIN' ? ' uncertain' : ''}` },
    whose ? el('span', { className: 'whose', text: whose }) : null,
    el('strong', { text: humanKind(o.kind) }),
    o.outcome === 'PROPOSED_NOT_APPLIED' ? el('span', { className: 'tag', text: 'moved, not applied' }) : null,
    o.order === 'UNCERTAIN' ? el('span', { className: 'tag uncertain', text: 'order uncertain' }) : null,
    [when, lag].filter(Boolean).length ? el('span', { className: 'muted', text: ` — ${[when, lag].filter(Boolean).join(', ')}` }) : null,
    o.summary ? el('div', { text: o.summary }) : null,
    o.inference ? el('div', { className: 'muted inference', text: `Why: ${o.inference.rule}` }) : null,
    o.grounds && o.grounds.length ? el('div', { className: 'muted grounds', text: `Why: ${o.grounds.map((g) => [g.author, g.title].filter(Boolean).join(', ') + (g.quote ? ` — “${g.quote}”` : '')).join('; ')}` }) : null,
    o.votes && o.votes.length ? el('div', { className: 'muted', text: o.votes.map((v) => `vote ${v.date}: ${
      [v.votesFor != null ? `${v.votesFor} for` : '', v.votesAgainst != null ? `${v.votesAgainst} against` : '',
        v.result ? v.result.toLowerCase().replace(/_/g, ' ') : ''].filter(Boolean).join(', ')}`).join('; ') }) : null);
}

function outcomes(title, list) {
  if (!list || list.length === 0) {
    return null;
  }
  return el('div', { className: 'outcomes' }, el('h5', { text: title }), el('ul', {}, list.map(outcomeItem)));
}

function verdictBlock(c) {
  const v = VERDICT[c.verdict] || { text: c.verdict, className: 'verdict', help: '' };
  let help = v.help;
  if (c.verdict === 'NO_RECORDED_CONSEQUENCE' && c.nothingFollowed) {
    help = c.nothingFollowed.attested ? 'nothing followed: a source says so' : 'the sources are silent: nothing is recorded either way';
  }
  return el('p', { className: 'verdict-line' },
    el('span', { className: c.verdict === 'NO_RECORDED_CONSEQUENCE' && c.nothingFollowed?.attested ? `${v.className} attested` : v.className,
      text: v.text }),
    help ? el('span', { className: 'muted', text: ` ${help}` }) : null);
}

function consequenceItem(c, ctx) {
  const crit = c.criticism;
  const targets = (crit.targets || []).map((t) => refButton(t, ctx));
  const joined = targets.flatMap((t, i) => (i === 0 ? [t] : [', ', t]));
  return el('li', { className: 'consequence' },
    el('div', { className: 'consequence-head' },
      el('span', { className: 'date', text: crit.when ? dateWords(crit.when.edtf, crit.when.earliest, crit.when.latest) : '' }),
      el('span', {}, ' criticized ', ...joined),
      crit.venue ? el('span', { className: 'muted', text: ` at ${crit.venue.name}` }) : null),
    crit.quote ? el('blockquote', { text: crit.quote }) : null,
    crit.quote ? null : (crit.summary ? el('p', { text: crit.summary }) : null),
    ...(c.critics || []).map((k) => criticBlock(k, c.windowMonths)));
}

/** What followed for one critic: whose penalties these are, the verdict, the lists. */
function criticBlock(k, windowMonths) {
  return el('div', { className: 'critic-outcome' },
    el('h4', { className: 'critic-name', text: `${k.person.name || k.person.id}'s own penalties` }),
    verdictBlock(k),
    outcomes('Documented penalties', k.documented),
    outcomes(`Penalties within ${windowMonths} months (inferred)`, k.inferred),
    outcomes('Averted (moved, not applied)', k.averted),
    k.nothingFollowed && k.nothingFollowed.attested ? sources(k.nothingFollowed.citations, 'That nothing followed') : null);
}

const FATE = {
  EXECUTED: 'Executed',
  DIED_IN_CUSTODY: 'Died in custody',
  DIED_AT_LIBERTY: 'Died at liberty',
  ALIVE_AT_END_OF_RECORD: 'Alive at the end of the record',
  UNKNOWN: 'Fate unknown',
};

/** The person's fate: everything after the first criticism, the first and gravest penalty, how it ended. */
function fateBlock(f) {
  const rows = [];
  if (f.first) {
    rows.push(['First penalty', `${humanKind(f.first.kind)} (${dateWords(f.first.when?.edtf, f.first.when?.earliest, f.first.when?.latest)})`]);
  }
  if (f.gravest) {
    rows.push(['Gravest', `${humanKind(f.gravest.kind)} (${dateWords(f.gravest.when?.edtf, f.gravest.when?.earliest, f.gravest.when?.latest)})`]);
  }
  return el('section', { className: 'panel-section fate-section' },
    el('h3', { text: `Fate of ${f.person.name || f.person.id}` }),
    el('p', { className: `fate fate-${(f.fate.outcome || '').toLowerCase()}` },
      el('strong', { text: FATE[f.fate.outcome] || f.fate.outcome }),
      el('span', { className: 'muted', text: ` — ${f.fate.explanation}` })),
    f.since ? el('p', { className: 'muted', text: `From the first recorded criticism (${dateWords(f.since.when?.edtf, f.since.when?.earliest, f.since.when?.latest)}) to ${f.until === 'DEATH' ? 'death' : 'the end of the record'}.` }) : null,
    facts(rows),
    outcomes(`Every later penalty (${f.penalties.length})`, f.penalties),
    outcomes('Averted (moved, not applied)', f.averted),
    outcomes('Reversals (readmission, rehabilitation)', f.reversals));
}

function connections(id, ctx) {
  const near = ctx.neighbours(id);
  if (near.length === 0) {
    return null;
  }
  near.sort((a, b) => (a.edge.earliest || '9999').localeCompare(b.edge.earliest || '9999')
    || (a.other.earliest || '9999').localeCompare(b.other.earliest || '9999'));
  const list = el('ul', { className: 'connections' }, near.slice(0, 60).map(({ edge, other, outgoing }) => el('li', {},
    el('span', { className: 'muted', text: outgoing ? `${ctx.edgeWords(edge.type)} → ` : `← ${ctx.edgeWords(edge.type)} ` }),
    el('button', { type: 'button', className: 'link-button', onClick: () => ctx.focus(other.id), text: other.short || other.label }))));
  return el('section', { className: 'panel-section' },
    el('h3', { text: `Links in view (${near.length})` }), list,
    near.length > 60 ? el('p', { className: 'muted', text: `and ${near.length - 60} more` }) : null);
}

// --- the panel -------------------------------------------------------------------------------

function open(kind, title, subtitle) {
  if (controller) {
    controller.abort();
  }
  controller = new AbortController();
  const panel = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  body.replaceChildren(...[
    el('p', { className: 'kind', text: kind }),
    el('h2', { id: 'panel-title', tabindex: '-1', text: title }),
    subtitle ? el('p', { className: 'subtitle', text: subtitle }) : null].filter(Boolean));
  panel.hidden = false;
  document.body.classList.add('panel-open');
  return { body, signal: controller.signal };
}

function loading(body) {
  const note = el('p', { className: 'muted loading', text: 'Loading…' });
  body.append(note);
  return note;
}

function failed(body, error) {
  if (error.name !== 'AbortError') {
    body.append(el('p', { className: 'error', text: `Could not load the details (${error.message}).` }));
  }
}

export function closePanel() {
  if (controller) {
    controller.abort();
    controller = null;
  }
  document.getElementById('panel').hidden = true;
  document.body.classList.remove('panel-open');
}

function entityBlock(entity, withSources = true) {
  const p = entity.properties || {};
  const when = entity.when ? dateWords(entity.when.edtf, entity.when.earliest, entity.when.latest) : '';
  const blocks = [];
  if (entity.type === 'Person') {
    blocks.push(facts([
      ['Russian', p.nameRu],
      ['Born', p.born ? dateWords(p.born) : null],
      ['Died', p.died ? dateWords(p.died) : null],
      ['Also written', (p.aliases || []).join(', ')],
    ]));
  } else {
    blocks.push(facts([
      ['When', when],
      ['Kind', p.kind ? humanKind(p.kind) : null],
      ['Outcome', p.outcome ? humanKind(p.outcome) : null],
      ['Decided', p.decisionDate ? dateWords(p.decisionDate) : null],
      ['In effect', p.effectiveDate ? dateWords(p.effectiveDate) : null],
      ['Active', p.active && dateWords(p.active) !== when ? dateWords(p.active) : null],
    ]));
  }
  if (p.quote) {
    blocks.push(el('blockquote', { text: p.quote }));
  }
  const words = p.summary || p.description;
  if (words) {
    blocks.push(el('p', { text: words }));
  }
  if (p.confidence || p.status === 'disputed') {
    blocks.push(el('p', { className: 'muted small', text: [p.confidence ? `confidence ${p.confidence}` : '',
      p.status === 'disputed' ? 'disputed: sources disagree' : ''].filter(Boolean).join(' · ') }));
  }
  if (p.note) {
    blocks.push(el('details', { className: 'note' }, el('summary', { text: 'Historian’s note' }), el('p', { text: p.note })));
  }
  if (withSources) {
    blocks.push(sources(entity.citations));
  }
  return blocks.filter(Boolean);
}

/** A node: its entity, and for a person their criticisms and what followed. */
export async function showNode(data, ctx) {
  const kind = data.type === 'Penalty' ? `Penalty${data.outcome === 'PROPOSED_NOT_APPLIED' ? ' (moved, not applied)' : ''}` : data.type;
  const { body, signal } = open(kind, data.label, '');
  if (data.factions && data.factions.length) {
    body.append(el('p', { className: 'factions' }, data.factions.map((f) => refButton({ id: f, name: ctx.label(f) }, ctx))
      .flatMap((b, i) => (i === 0 ? [b] : [' · ', b]))));
  }
  const note = loading(body);
  try {
    const requests = [getJson(`${API}/entities/${encodeURIComponent(data.id)}`, signal)];
    if (data.type === 'Person') {
      requests.push(getJson(`${API}/persons/${encodeURIComponent(data.id)}/consequences`, signal));
      // the fate is a section of its own: if it cannot be read, the rest of the panel still shows
      requests.push(getJson(`${API}/persons/${encodeURIComponent(data.id)}/fate`, signal).catch(() => null));
    }
    const [entity, consequences, fate] = await Promise.all(requests);
    note.remove();
    if (consequences) {
      const section = el('section', { className: 'panel-section consequences-section' },
        el('h3', { text: 'Criticisms and their consequences' }));
      if (consequences.length === 0) {
        section.append(el('p', { className: 'muted', text: 'No criticism by this person is recorded.' }));
      } else {
        section.append(el('ol', { className: 'consequences' }, consequences.map((c) => consequenceItem(c, ctx))));
      }
      body.append(...entityBlock(entity, false), ...(fate ? [fateBlock(fate)] : []), section, sources(entity.citations));
    } else {
      body.append(...entityBlock(entity));
    }
    const near = connections(data.id, ctx);
    if (near) {
      body.append(near);
    }
  } catch (e) {
    note.remove();
    failed(body, e);
  }
}

/** A link: the criticism it comes from, the penalty or vote it belongs to, or the membership's own evidence. */
export async function showEdge(data, ctx) {
  const source = ctx.short(data.source);
  const target = ctx.short(data.target);
  const when = dateWords(data.date, data.earliest, data.latest);
  const { body, signal } = open(ctx.edgeWords(data.type), `${source} → ${target}`, when);
  const note = loading(body);
  try {
    if (data.type === 'CRITICIZED' && data.criticismId) {
      const id = encodeURIComponent(data.criticismId);
      const [entity, consequence] = await Promise.all([
        getJson(`${API}/entities/${id}`, signal),
        getJson(`${API}/criticisms/${id}/consequences`, signal).catch(() => null),
      ]);
      note.remove();
      body.append(...entityBlock(entity, false));
      if (consequence) {
        body.append(el('section', { className: 'panel-section' }, el('h3', { text: 'What followed, critic by critic' }),
          ...(consequence.critics || []).map((k) => criticBlock(k, consequence.windowMonths))));
      }
      body.append(sources(entity.citations));
    } else if (data.type === 'MEMBER_OF') {
      const page = await getJson(`${API}/entities/${encodeURIComponent(data.source)}/adjacent?rel=MEMBER_OF&limit=500`, signal);
      note.remove();
      const item = page.items.find((i) => i.id === data.id);
      const p = item ? item.properties || {} : {};
      body.append(...[facts([['Role', p.role || data.role], ['When', when || 'not dated in the sources']]),
        p.quote ? el('blockquote', { text: p.quote }) : null,
        p.note ? el('p', { className: 'muted', text: p.note }) : null,
        sources(item ? item.citations : [])].filter(Boolean));
    } else {
      // The event the link belongs to: the penalty (RECEIVED, IMPOSED_BY, FROM, TO, GROUNDS), the vote, the purge.
      const eventId = ['RECEIVED', 'MADE'].includes(data.type) ? data.target : data.source;
      const entity = await getJson(`${API}/entities/${encodeURIComponent(eventId)}`, signal);
      note.remove();
      body.append(el('p', { className: 'muted', text: `Part of: ${entity.name}` }), ...entityBlock(entity));
    }
  } catch (e) {
    note.remove();
    failed(body, e);
  }
}
