#!/usr/bin/env python3
"""Merges research staging folders into an import/ directory (in place). Usage: merge.py IMPORT_DIR FOLDER..."""
import csv, io, os, sys
imp = sys.argv[1]
folders = sys.argv[2:]
log = []

def read(path):
    with open(path, encoding='utf-8', newline='') as fh:
        r = csv.DictReader(fh)
        return r.fieldnames, list(r)

def write(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator='\n', extrasaction='raise')
    w.writeheader()
    for row in rows:
        w.writerow({k: row.get(k, '') or '' for k in header})
    open(path, 'w', encoding='utf-8', newline='').write(buf.getvalue())

tables = {}
def table(name):
    if name not in tables:
        p = os.path.join(imp, name)
        tables[name] = read(p) if os.path.exists(p) else (None, [])
    return tables[name]

all_ids = set()
for f in os.listdir(imp):
    if f.endswith('.csv') and f not in ('memberships.csv', 'citations.csv'):
        h, rows = table(f)
        if h and 'id' in h:
            all_ids.update(r['id'] for r in rows)

ID_FILES = ['sources.csv', 'places.csv', 'organs.csv', 'meetings.csv', 'documents.csv', 'persons.csv',
            'penalties.csv', 'reversals.csv', 'signatures.csv', 'accusations.csv', 'statements.csv', 'criticisms.csv']
for folder in folders:
    for name in ID_FILES:
        p = os.path.join(folder, name)
        if not os.path.exists(p):
            continue
        header, rows = table(name)
        if header is None:
            header = read(p)[0]
            tables[name] = (header, rows)
            log.append(f'new file {name}')
        _, new = read(p)
        for row in new:
            if row['id'] in all_ids:
                log.append(f'skip {name} {row["id"]} from {folder}: id exists')
                continue
            extra = [k for k, v in row.items() if k not in header and v]
            if extra:
                sys.exit(f'{folder}/{name} {row["id"]}: columns {extra} not in {imp}/{name}')
            rows.append(row)
            all_ids.add(row['id'])
    p = os.path.join(folder, 'memberships.csv')
    if os.path.exists(p):
        header, rows = table('memberships.csv')
        seen = {(r['person'], r['group'], r['role'], r['date']) for r in rows}
        for row in read(p)[1]:
            key = (row['person'], row['group'], row['role'], row['date'])
            if key in seen:
                log.append(f'skip membership {key} from {folder}: exists')
                continue
            seen.add(key)
            rows.append(row)
    p = os.path.join(folder, 'citations.csv')
    if os.path.exists(p):
        header, rows = table('citations.csv')
        seen = {(r['claim'], r['source'], r['quote']) for r in rows}
        for row in read(p)[1]:
            key = (row['claim'], row['source'], row['quote'])
            if key not in seen:
                seen.add(key)
                rows.append(row)
    p = os.path.join(folder, 'patches.csv')
    if os.path.exists(p):
        for patch in read(p)[1]:
            name = patch['file']
            header, rows = table(name)
            if name == 'citations.csv':
                claim, _, source = patch['id'].partition('|')
                hits = [r for r in rows if r['claim'] == claim and r['source'] == source]
            else:
                hits = [r for r in rows if r.get('id') == patch['id']]
            if len(hits) == 0:
                log.append(f'PATCH MISS {name} {patch["id"]} ({folder})')
                continue
            for r in hits:
                if (r[patch['column']] or '') != (patch['old'] or '') and r[patch['column']] != patch['new']:
                    log.append(f'PATCH OLD DIFFERS {name} {patch["id"]}.{patch["column"]}: is {r[patch["column"]]!r}, patch expects {patch["old"]!r} -> {patch["new"]!r} ({folder})')
                r[patch['column']] = patch['new']
            if patch['source'] and patch['quote'] and name not in ('citations.csv', 'sources.csv'):
                ch, crow = table('citations.csv')
                key = (patch['id'], patch['source'], patch['quote'], patch['aspect'] or '')
                if not any((c['claim'], c['source'], c['quote'], c['aspect'] or '') == key for c in crow):
                    crow.append({'claim': patch['id'], 'source': patch['source'], 'quote': patch['quote'],
                                 'page': patch['page'], 'aspect': patch['aspect'], 'note': patch['note']})
for name, (header, rows) in tables.items():
    if header:
        write(os.path.join(imp, name), header, rows)
print('\n'.join(log))
