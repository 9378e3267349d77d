// The three layouts of the network page: force-directed (fCoSE, tuned per kind of link and
// stretched to the canvas), concentric (actors in rings, their penalties and votes around them)
// and the timeline (a preset computed here: one row per person, x by date).

export const PX_PER_YEAR = 170;

/**
 * Force-directed layout per kind of link: [ideal length, elasticity divisor (higher pulls less)].
 * fCoSE takes a spring strength instead (its default 0.45 for a divisor of 100, see fcoseElasticity).
 */
const COSE_EDGE = {
  RECEIVED: [14, 30],
  CRITICIZED: [70, 100],
  MEMBER_OF: [50, 100],
  GROUNDS: [40, 100],
  DECIDED: [20, 60],
  IMPOSED_BY: [110, 700],
  FROM: [110, 900],
  TO: [90, 500],
};

export const EVENT_TYPES = ['Penalty', 'Vote', 'Criticism'];

/** The actor an event node belongs to: a penalty's recipient, a vote's or grounds-criticism's penalty's recipient. */
export function anchorOf(node) {
  const type = node.data('type');
  if (type === 'Penalty') {
    return node.incomers('edge[type = "RECEIVED"]').sources().first();
  }
  if (type === 'Vote') {
    const penalty = node.outgoers('edge[type = "DECIDED"]').targets().first();
    return penalty.nonempty() ? anchorOf(penalty) : penalty;
  }
  if (type === 'Criticism') {
    const penalty = node.incomers('edge[type = "GROUNDS"]').sources().first();
    return penalty.nonempty() ? anchorOf(penalty) : penalty;
  }
  return node.cy().collection();
}

function xOfDate(iso, firstYear) {
  if (!iso) {
    return -PX_PER_YEAR; // undated: a column left of 1918
  }
  const [y, m, d] = iso.split('-').map(Number);
  return (y - firstYear + (m - 1) / 12 + ((d || 1) - 1) / 365) * PX_PER_YEAR;
}

/** Packs nodes into rows of a band so that nodes close in x do not overlap; returns the band's height. */
function packBand(members, top, gap, rowHeight, positions) {
  const rowEnds = [];
  members.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)).forEach((m) => {
    let row = rowEnds.findIndex((end) => end + gap <= m.x);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(m.x);
    } else {
      rowEnds[row] = m.x;
    }
    positions[m.id] = { x: m.x, y: top + row * rowHeight };
  });
  return rowEnds.length * rowHeight;
}

/** Life lines: one row per person (grouped by faction), their penalties on their row at the
 * penalty's date, x by when each node first appears; factions in a band above, organs, places and
 * meetings in bands below. */
function timelinePositions(nodes, firstYear, factionOrder) {
  const ROW = 30;
  const rank = (n) => {
    const i = factionOrder.indexOf((n.data('factionKeys') || [])[0]);
    return i < 0 ? factionOrder.length : i;
  };
  const positions = {};
  const factions = nodes.filter('[type = "Faction"]').map((n) => ({ id: n.id(), x: xOfDate(n.data('first'), firstYear) }));
  const factionHeight = packBand(factions, 0, 190, 40, positions);
  const top = factionHeight + 70;
  const persons = nodes.filter('[type = "Person"]').sort((a, b) => rank(a) - rank(b)
    || (a.data('first') || '').localeCompare(b.data('first') || '') || a.id().localeCompare(b.id()));
  const rowY = new Map();
  persons.forEach((n, i) => {
    rowY.set(n.id(), top + i * ROW);
    positions[n.id()] = { x: xOfDate(n.data('first'), firstYear) - 30, y: top + i * ROW };
  });
  // events on their actor's row, nudged up or down where two fall on the same spot
  const taken = new Map();
  const offsets = [0, -10, 10, -20, 20];
  nodes.filter((n) => EVENT_TYPES.includes(n.data('type'))).forEach((n) => {
    const anchor = anchorOf(n);
    if (anchor.empty() || !rowY.has(anchor.id())) {
      return;
    }
    const x = xOfDate(n.data('earliest') || n.data('first'), firstYear);
    const key = `${anchor.id()}@${Math.round(x / 12)}`;
    const k = taken.get(key) || 0;
    taken.set(key, k + 1);
    positions[n.id()] = { x: x + (k >= offsets.length ? 12 * (k - offsets.length + 1) : 0), y: rowY.get(anchor.id()) + offsets[Math.min(k, offsets.length - 1)] };
  });
  // everything else in bands below, by kind
  let y = top + persons.length * ROW + 80;
  const rest = nodes.filter((n) => !positions[n.id()]);
  const kinds = ['Organ', 'Congress', 'Plenum', 'Session', 'Document', 'Purge', 'Place', 'Vote', 'Criticism', 'Penalty'];
  const order = (t) => (kinds.includes(t) ? kinds.indexOf(t) : kinds.length);
  [...new Set(rest.map((n) => n.data('type')))].sort((a, b) => order(a) - order(b)).forEach((type) => {
    const members = rest.filter((n) => n.data('type') === type).map((n) => ({ id: n.id(), x: xOfDate(n.data('first'), firstYear) }));
    y += packBand(members, y, 150, 44, positions) + 40;
  });
  return positions;
}

/** Penalties, votes and grounds-criticisms around the actor they belong to, in small rings. */
export function placeSatellites(nodes) {
  const byAnchor = new Map();
  nodes.filter((n) => EVENT_TYPES.includes(n.data('type'))).forEach((n) => {
    const anchor = anchorOf(n);
    if (anchor.nonempty() && nodes.contains(anchor)) {
      if (!byAnchor.has(anchor.id())) {
        byAnchor.set(anchor.id(), []);
      }
      byAnchor.get(anchor.id()).push(n);
    }
  });
  byAnchor.forEach((events, id) => {
    const anchor = nodes.cy().getElementById(id);
    const centre = anchor.position();
    events.sort((a, b) => (a.data('earliest') || '').localeCompare(b.data('earliest') || ''));
    const radius = anchor.width() / 2 + 12 + Math.max(0, events.length - 8) * 1.6;
    events.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / events.length;
      n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
  });
}

/**
 * Cytoscape layout options for {@code name} (force, concentric, timeline) over {@code eles};
 * the timeline counts years from {@code firstYear} and groups persons in {@code factionOrder}.
 */
export function layoutOptions(name, eles, firstYear, factionOrder) {
  switch (name) {
    case 'concentric':
      // actors only; their penalties and votes are placed around them afterwards (placeSatellites)
      return {
        name: 'concentric',
        animate: false,
        concentric: (n) => n.data('size'),
        levelWidth: () => 6,
        minNodeSpacing: 26,
        spacingFactor: 1,
        nodeDimensionsIncludeLabels: false,
      };
    case 'timeline': {
      const positions = timelinePositions(eles.nodes(), firstYear, factionOrder);
      return { name: 'preset', animate: false, positions: (n) => positions[n.id()], fit: true, padding: 40 };
    }
    default:
      // fCoSE (the cytoscape-fcose extension): a spectral first placement refined by CoSE forces,
      // about ten times faster than the built-in cose at this size
      return {
        name: 'fcose',
        quality: 'default',
        animate: false,
        randomize: true,
        nodeDimensionsIncludeLabels: false,
        // penalties sit close to whoever received them; links to organs and places pull weakly, so the
        // few organs that imposed most penalties do not drag everyone into one knot
        idealEdgeLength: (e) => COSE_EDGE[e.data('type')]?.[0] ?? 60,
        edgeElasticity: (e) => fcoseElasticity(COSE_EDGE[e.data('type')]?.[1] ?? 100),
        nodeRepulsion: (n) => (n.data('type') === 'Penalty' ? 800 : 6000),
        nodeSeparation: 40,
        gravity: 0.25,
        padding: 30,
      };
  }
}

/** The spring strength fCoSE expects for a cose elasticity divisor (0.45 at 100; higher divisors pull less). */
export function fcoseElasticity(divisor) {
  return (0.45 * 100) / divisor;
}

/** A force layout comes out round; the canvas is wide: stretch x (at most 1.8 times) to fill it. */
export function stretchToCanvas(nodes) {
  const cy = nodes.cy();
  const box = nodes.boundingBox();
  const ratio = (cy.width() / Math.max(1, cy.height())) / (box.w / Math.max(1, box.h));
  if (ratio <= 1.05 || nodes.length < 3) {
    return;
  }
  const factor = Math.min(1.8, ratio);
  const centre = box.x1 + box.w / 2;
  nodes.positions((n) => ({ x: centre + (n.position('x') - centre) * factor, y: n.position('y') }));
}

// --- the first layout, remembered for the tab -------------------------------------------------

const REMEMBERED = 'dissent-graph.layout';

/**
 * A key for the network {@code eles} as drawn on a canvas of {@code width} × {@code height}: the
 * same elements (ids, in any order) on a canvas of about the same shape give the same key; a
 * changed dataset, or a much wider or narrower window, gives another. FNV-1a over the sorted ids.
 */
export function layoutKey(eles, width, height) {
  const ids = eles.map((e) => e.id()).sort();
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0x2c, 0x01000193) >>> 0; // a separator: ["ab","c"] is not ["a","bc"]
  }
  const shape = Math.round((width / Math.max(1, height)) * 10) / 10;
  return `${ids.length}:${hash.toString(16)}:${shape}`;
}

/**
 * The positions of the tab's last first layout, if it was of the same network ({@code key}):
 * a reload, or a return from the Fates view, shows the picture the reader had, instead of a new
 * random one (fCoSE starts from random positions) and without its seconds of computing. Null when
 * there is none, or the browser keeps no session storage.
 */
export function recallLayout(key) {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(REMEMBERED) || 'null');
    return saved && saved.key === key ? saved.positions : null;
  } catch (e) {
    return null;
  }
}

/** Remembers the positions of {@code nodes} under {@code key} for {@link recallLayout}; silent when storage is full or off. */
export function rememberLayout(key, nodes) {
  const positions = {};
  nodes.forEach((n) => {
    const p = n.position();
    positions[n.id()] = [p.x, p.y]; // JSON keeps a double exactly
  });
  try {
    window.sessionStorage.setItem(REMEMBERED, JSON.stringify({ key, positions }));
  } catch (e) {
    // the next load lays the network out again
  }
}
