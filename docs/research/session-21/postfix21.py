#!/usr/bin/env python3
"""Fixes applied after merge.py, each with its reason. Usage: postfix.py IMPORT_DIR"""
import csv, io, sys, os
imp = sys.argv[1]
def load(name):
    with open(os.path.join(imp, name), encoding='utf-8', newline='') as fh:
        r = csv.DictReader(fh); return r.fieldnames, list(r)
def save(name, header, rows):
    buf = io.StringIO(); w = csv.DictWriter(buf, fieldnames=header, lineterminator='\n'); w.writeheader(); w.writerows(rows)
    open(os.path.join(imp, name), 'w', encoding='utf-8', newline='').write(buf.getvalue())
def edit(name, rid, **cells):
    h, rows = load(name)
    hit = [r for r in rows if r.get('id') == rid]
    if not hit: print(f'postfix: {name} {rid} not found'); return
    for r in hit:
        for k, v in cells.items(): r[k] = v
    save(name, h, rows)
def note(name, rid, text):
    h, rows = load(name)
    for r in rows:
        if r.get('id') == rid: r['note'] = (r['note'] + ' ' if r['note'] else '') + text
    save(name, h, rows)
# a Rosarkhiv fund guide is a reference page, not a kind of its own
edit('sources.csv', 'rusarchives-polonsky', kind='secondary')
# Mrachkovsky: English Wikipedia (the person's citation) gives 24 August 1936 as his death; his co-defendants of
# the Trial of the Sixteen are shot on 25 August, and the Russian Wikipedia copies seen by the session-20 helper
# give 25 August (the citation's note says so). Sources disagree: the execution row says so.
edit('penalties.csv', 'mrachkovsky-execution-1936', status='disputed')
note('penalties.csv', 'mrachkovsky-execution-1936',
     'Death date disputed: English Wikipedia 24 August 1936, Russian Wikipedia copies and his co-defendants 25 August 1936.')
