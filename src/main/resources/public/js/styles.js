// The page's visual vocabulary: a colour, shape and size range per kind of node, a colour and
// line per kind of link, the Cytoscape stylesheet, and the small icons of the legend and filters.

// --- colours, shapes, words ------------------------------------------------------------------

// size: [smallest, largest] in pixels at zoom 1, the node's degree or centrality placing it between
export const TYPE_STYLE = {
  Person: { colour: '#4e79a7', shape: 'ellipse', size: [22, 70] },
  Faction: { colour: '#b07aa1', shape: 'hexagon', size: [24, 60] },
  Organ: { colour: '#59a14f', shape: 'round-rectangle', size: [18, 56] },
  Penalty: { colour: '#e15759', shape: 'diamond', size: [11, 18] },
  Criticism: { colour: '#f28e2b', shape: 'round-triangle', size: [14, 24] },
  Vote: { colour: '#76b7b2', shape: 'round-rectangle', size: [12, 20] },
  Purge: { colour: '#ff9da7', shape: 'star', size: [18, 36] },
  Place: { colour: '#9c755f', shape: 'round-tag', size: [14, 30] },
  Congress: { colour: '#edc948', shape: 'round-triangle', size: [18, 40] },
  Plenum: { colour: '#d4b53a', shape: 'round-triangle', size: [16, 34] },
  Session: { colour: '#c9a227', shape: 'round-triangle', size: [16, 30] },
  Document: { colour: '#8c8c8c', shape: 'round-rectangle', size: [14, 28] },
};
export const OTHER_TYPE = { colour: '#a0a0a0', shape: 'ellipse', size: [14, 30] };

// Colour-blind-friendly qualitative palette (Tableau 10 and Paul Tol's muted), handed to factions in date order.
export const FACTION_PALETTE = ['#e15759', '#f28e2b', '#4e79a7', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7',
  '#9c755f', '#332288', '#117733', '#882255', '#44aa99', '#999933', '#aa4499'];
export const NO_FACTION = '__none__';
export const NO_FACTION_COLOUR = '#cfc8ba';

export const EDGE_STYLE = {
  CRITICIZED: { colour: '#b3261e', width: 2.2, style: 'solid', arrow: 'triangle' },
  RECEIVED: { colour: '#5b5b5b', width: 1.3, style: 'solid', arrow: 'triangle' },
  MEMBER_OF: { colour: '#7a6fb0', width: 1.4, style: 'dotted', arrow: 'none' },
  IMPOSED_BY: { colour: '#a8a398', width: 0.8, style: 'solid', arrow: 'none', faint: true },
  FROM: { colour: '#b9b4a9', width: 0.8, style: 'dashed', arrow: 'none', faint: true },
  TO: { colour: '#9c755f', width: 0.8, style: 'dashed', arrow: 'none', faint: true },
  GROUNDS: { colour: '#f28e2b', width: 1.8, style: 'dashed', arrow: 'triangle' },
  DECIDED: { colour: '#4f9a94', width: 1.2, style: 'solid', arrow: 'triangle' },
  MADE: { colour: '#d98a3a', width: 1, style: 'solid', arrow: 'triangle' },
  TARGETS: { colour: '#d98a3a', width: 1, style: 'solid', arrow: 'triangle' },
};
export const OTHER_EDGE = { colour: '#aaaaaa', width: 1, style: 'solid', arrow: 'none' };

export const TYPE_WORDS = { Person: 'Persons', Faction: 'Factions', Organ: 'Party organs', Penalty: 'Penalties', Criticism: 'Criticisms',
  Vote: 'Votes', Purge: 'Purges', Place: 'Places', Congress: 'Congresses', Plenum: 'Plenums', Session: 'Sessions',
  Document: 'Documents' };

export const typeStyle = (type) => TYPE_STYLE[type] || OTHER_TYPE;
export const edgeStyle = (type) => EDGE_STYLE[type] || OTHER_EDGE;
// The relationship types in words come from the service (GET /api/vocabulary, model.RelType), not a list kept here.
let EDGE_WORDS = {};
export function setVocabulary(vocabulary) {
  EDGE_WORDS = Object.fromEntries((vocabulary.relationshipTypes || []).map((t) => [t.type, t.words]));
}
export const edgeWords = (type) => EDGE_WORDS[type] || type.toLowerCase().replace(/_/g, ' ');
export const humanKind = (kind) => (kind || '').toLowerCase().replace(/_/g, ' ');
export const year = (iso) => (iso ? Number(iso.slice(0, 4)) : null);

// --- the Cytoscape stylesheet ----------------------------------------------------------------

export const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#ffffff',
      label: '',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 11,
      color: '#2b2b2b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'text-outline-color': '#fbfaf7',
      'text-outline-width': 2.5,
      'min-zoomed-font-size': 6,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  { selector: 'node.actor', style: { label: 'data(short)' } },
  { selector: 'node[type = "Person"]', style: { 'font-weight': 600, 'font-size': 'mapData(size, 22, 70, 13, 24)', 'text-max-width': 170 } },
  { selector: 'node[type = "Faction"]', style: { 'font-size': 'mapData(size, 24, 60, 13, 20)', 'text-max-width': 160 } },
  { selector: 'node[type = "Organ"], node[type = "Faction"], node[type = "Place"]', style: { 'font-style': 'italic' } },
  // organs, places and meetings are named once zoomed in; persons and factions always
  { selector: 'node[type = "Organ"]', style: { 'font-size': 'mapData(size, 18, 56, 11, 16)', 'text-max-width': 140 } },
  { selector: 'node.actor[type != "Person"][type != "Faction"]', style: { 'min-zoomed-font-size': 10, color: '#57534b' } },
  { selector: 'node.averted', style: { 'background-opacity': 0.35, 'border-color': 'data(colour)', 'border-style': 'dashed', 'border-width': 1.5 } },
  { selector: 'node.hover, node.neighbour, node:selected', style: { label: 'data(short)', 'z-index': 20 } },
  { selector: 'node:selected', style: { 'border-color': '#111111', 'border-width': 3, 'font-size': 13 } },
  { selector: 'node.hover', style: { 'border-color': '#111111', 'border-width': 2.5 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'data(arrow)',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  { selector: 'edge.faint', style: { opacity: 0.35 } },
  { selector: 'edge:selected', style: { width: 4, opacity: 1, 'z-index': 30 } },
  { selector: 'edge.hover, edge.neighbour', style: { opacity: 1, 'z-index': 15 } },
  // in the timeline a person's name stands left of their row
  { selector: 'node.row-label', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -6, 'text-margin-y': 0,
    'text-max-width': 220, 'text-wrap': 'none' } },
  { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0 } },
  { selector: '.hidden', style: { display: 'none' } },
];

// --- icons for the legend and the filters -----------------------------------------------------

export function shapeIcon(shape, colour, dashed) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const paths = {
    ellipse: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2z',
    hexagon: 'M4.5 2h7L15 8l-3.5 6h-7L1 8z',
    diamond: 'M8 1l6 7-6 7-6-7z',
    'round-triangle': 'M8 2l6.5 11h-13z',
    'round-rectangle': 'M3 3h10a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z',
    star: 'M8 1l2 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.8 3.7 14.3l1.1-4.9L1 6.1l5-.5z',
    'round-tag': 'M2 3h8l4 5-4 5H2z',
  };
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', paths[shape] || paths.ellipse);
  path.setAttribute('fill', colour);
  if (dashed) {
    path.setAttribute('fill-opacity', '0.35');
    path.setAttribute('stroke', colour);
    path.setAttribute('stroke-dasharray', '2 1.5');
  }
  svg.append(path);
  return svg;
}

export function lineIcon(type) {
  const s = edgeStyle(type);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 26 10');
  svg.setAttribute('width', '26');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const line = document.createElementNS(ns, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('y1', '5');
  line.setAttribute('x2', s.arrow === 'none' ? '25' : '19');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', s.colour);
  line.setAttribute('stroke-width', String(Math.max(1.5, s.width)));
  if (s.style === 'dashed') {
    line.setAttribute('stroke-dasharray', '4 2');
  } else if (s.style === 'dotted') {
    line.setAttribute('stroke-dasharray', '1.5 2');
  }
  svg.append(line);
  if (s.arrow !== 'none') {
    const head = document.createElementNS(ns, 'path');
    head.setAttribute('d', 'M18 1l7 4-7 4z');
    head.setAttribute('fill', s.colour);
    svg.append(head);
  }
  return svg;
}
