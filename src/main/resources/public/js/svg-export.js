// The drawing as SVG: what is shown now (the time window and filters applied), with the
// positions, colours, shapes and labels Cytoscape computed. No SVG WebJar for Cytoscape exists
// on Maven Central, so this small serializer writes the file itself.

function xml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]))
    // characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const num = (n) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0);

/** A CSS colour Cytoscape reports ("rgb(1,2,3)") as an SVG paint; anything odd becomes grey. */
function paint(colour) {
  const c = String(colour || '').trim();
  return /^(#[0-9a-f]{3,8}|rgba?\([\d.,\s%]+\)|[a-z]+)$/i.test(c) ? c : '#999999';
}

function polygon(points, cx, cy, w, h) {
  return points.map(([x, y]) => `${num(cx + (x * w) / 2)},${num(cy + (y * h) / 2)}`).join(' ');
}

const SHAPES = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  'round-triangle': [[0, -1], [1, 1], [-1, 1]],
  'round-tag': [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
  star: [[0, -1], [0.24, -0.33], [0.95, -0.31], [0.38, 0.12], [0.59, 0.81], [0, 0.4], [-0.59, 0.81], [-0.38, 0.12],
    [-0.95, -0.31], [-0.24, -0.33]],
};

function nodeShape(node) {
  const p = node.position();
  const w = node.width();
  const h = node.height();
  const shape = node.style('shape');
  const fill = paint(node.style('background-color'));
  const fillOpacity = num(Number(node.style('background-opacity')));
  const borderWidth = parseFloat(node.style('border-width')) || 0;
  const stroke = borderWidth > 0 ? ` stroke="${xml(paint(node.style('border-color')))}" stroke-width="${num(borderWidth)}"` : '';
  const dash = node.style('border-style') === 'dashed' ? ' stroke-dasharray="3 2"' : '';
  const common = `fill="${xml(fill)}" fill-opacity="${fillOpacity}"${stroke}${dash}`;
  if (shape === 'ellipse') {
    return `<ellipse cx="${num(p.x)}" cy="${num(p.y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${common}/>`;
  }
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    const r = shape === 'round-rectangle' ? Math.min(w, h) / 4 : 0;
    return `<rect x="${num(p.x - w / 2)}" y="${num(p.y - h / 2)}" width="${num(w)}" height="${num(h)}" rx="${num(r)}" ${common}/>`;
  }
  const points = SHAPES[shape];
  if (points) {
    return `<polygon points="${polygon(points, p.x, p.y, w, h)}" ${common} stroke-linejoin="round"/>`;
  }
  return `<ellipse cx="${num(p.x)}" cy="${num(p.y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${common}/>`;
}

/** The label in lines no wider than Cytoscape's text-max-width, roughly (average glyph width). */
function wrap(text, fontSize, maxWidth) {
  const perLine = Math.max(6, Math.floor(maxWidth / (fontSize * 0.55)));
  const lines = [];
  let line = '';
  String(text).split(/\s+/).forEach((word) => {
    if (line && (line.length + 1 + word.length) > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  });
  if (line) {
    lines.push(line);
  }
  return lines;
}

function nodeLabel(node) {
  const text = node.style('label');
  if (!text || Number(node.style('text-opacity')) === 0 || Number(node.style('opacity')) < 0.5) {
    return '';
  }
  const p = node.position();
  const fontSize = parseFloat(node.style('font-size')) || 11;
  const maxWidth = parseFloat(node.style('text-max-width')) || 110;
  const weight = node.style('font-weight');
  const italic = node.style('font-style') === 'italic' ? ' font-style="italic"' : '';
  const top = p.y + node.height() / 2 + 3 + fontSize;
  const lines = wrap(text, fontSize, maxWidth);
  const tspans = lines.map((l, i) => `<tspan x="${num(p.x)}" y="${num(top + i * fontSize * 1.15)}">${xml(l)}</tspan>`).join('');
  return `<text font-size="${num(fontSize)}" font-weight="${xml(weight)}"${italic} fill="${xml(paint(node.style('color')))}"`
    + ` text-anchor="middle" stroke="#fbfaf7" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round">${tspans}</text>`;
}

function edgeLine(edge, markers) {
  const s = edge.source().position();
  const t = edge.target().position();
  const colour = paint(edge.style('line-color'));
  const width = parseFloat(edge.style('width')) || 1;
  const opacity = num(Number(edge.style('opacity')));
  const style = edge.style('line-style');
  const dash = style === 'dashed' ? ` stroke-dasharray="${num(width * 3)} ${num(width * 2)}"`
    : style === 'dotted' ? ` stroke-dasharray="${num(width)} ${num(width * 2)}" stroke-linecap="round"` : '';
  if (edge.source().same(edge.target())) {
    const r = edge.source().width() / 2 + 8;
    return `<circle cx="${num(s.x + r / 2)}" cy="${num(s.y - r / 2)}" r="${num(r / 1.5)}" fill="none" stroke="${xml(colour)}"`
      + ` stroke-width="${num(width)}" stroke-opacity="${opacity}"${dash}/>`;
  }
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  const arrow = edge.style('target-arrow-shape') !== 'none';
  // stop at the target's edge (roughly its radius) so the arrowhead shows
  const back = edge.target().width() / 2 + (arrow ? 1 : 0);
  const ex = t.x - (dx / length) * Math.min(back, length / 2);
  const ey = t.y - (dy / length) * Math.min(back, length / 2);
  let marker = '';
  if (arrow) {
    if (!markers.has(colour)) {
      markers.set(colour, `a${markers.size}`);
    }
    marker = ` marker-end="url(#${markers.get(colour)})"`;
  }
  return `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(ex)}" y2="${num(ey)}" stroke="${xml(colour)}"`
    + ` stroke-width="${num(width)}" stroke-opacity="${opacity}"${dash}${marker}/>`;
}

/** An SVG document of the elements {@code eles} (what is shown), titled {@code title}. */
export function toSvg(eles, title) {
  const nodes = eles.nodes();
  const edges = eles.edges();
  const pad = 30;
  const box = nodes.nonempty() ? eles.boundingBox({ includeLabels: true }) : { x1: 0, y1: 0, w: 100, h: 100 };
  const x = num(box.x1 - pad);
  const y = num(box.y1 - pad);
  const w = num(box.w + 2 * pad);
  const h = num(box.h + 2 * pad);
  const markers = new Map();
  const lines = edges.map((e) => edgeLine(e, markers));
  const shapes = nodes.map((n) => `<g><title>${xml(`${n.data('type')}: ${n.data('label')}`)}</title>${nodeShape(n)}</g>`);
  const labels = nodes.map(nodeLabel).filter(Boolean);
  const defs = [...markers.entries()].map(([colour, id]) => `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5"`
    + ` markerWidth="4.5" markerHeight="4.5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${xml(colour)}"/></marker>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${x} ${y} ${w} ${h}" width="${w}" height="${h}"`
      + ' font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" role="img">',
    `<title>${xml(title)}</title>`,
    `<desc>${xml(`${nodes.length} nodes and ${edges.length} links, drawn from the Dissent Graph API`)}</desc>`,
    `<defs>${defs.join('')}</defs>`,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fbfaf7"/>`,
    `<g class="edges">${lines.join('')}</g>`,
    `<g class="nodes">${shapes.join('')}</g>`,
    `<g class="labels">${labels.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
