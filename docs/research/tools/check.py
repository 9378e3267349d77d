#!/usr/bin/env python3
"""Checks one research staging folder against an import/ directory ($DISSENT_IMPORT, by default
/work/main/import) and the other staging folders under /work/research."""
import csv, glob, os, re, sys
MAIN = os.environ.get('DISSENT_IMPORT', '/work/main/import')
HEAD = {
 'penalties.csv': 'id,person,kind,outcome,decision_date,effective_date,date_original,imposed_by,decided_at,under,to,from,grounds,governed_by,sentence,term,place,summary,confidence,status,variant_of,note',
 'reversals.csv': 'id,person,kind,date,date_original,imposed_by,reverses,summary,confidence,status,variant_of,note',
 'signatures.csv': 'id,person,document,date,list,reservation,confidence,status,variant_of,note',
 'accusations.csv': 'id,accuser,accused,role,date,date_original,at,penalties,summary,confidence,status,variant_of,note',
 'patches.csv': 'file,id,column,old,new,source,quote,page,aspect,note',
}
for f in ['persons.csv','memberships.csv','citations.csv','sources.csv','organs.csv','places.csv','meetings.csv','documents.csv']:
    HEAD[f] = open(os.path.join(MAIN, f), encoding='utf-8').readline().strip()
KINDS = set('EXPULSION REDUCTION_TO_CANDIDATE REMOVAL_FROM_POST TRANSFER_JOB TRANSFER_CITY ASSIGNMENT_ABROAD REPRIMAND EXILE DEPORTATION ARREST EXECUTION SENTENCE DEATH_IN_CUSTODY'.split())
RKINDS = {'READMISSION', 'REHABILITATION_JUDICIAL', 'REHABILITATION_PARTY'}
ROLES = set('MOVED REPORTED VOTED_FOR PROSECUTED JUDGED INVESTIGATED DENOUNCED SIGNED_LIST'.split())
SENT = {'DEATH', 'CAMP', 'PRISON', 'EXILE'}
ID = re.compile(r'^[a-z0-9][a-z0-9-]{0,79}$')
DATE = re.compile(r'^(\.\.|\d{4}(-\d\d(-\d\d)?)?[~?%]?)(/(\.\.|\d{4}(-\d\d(-\d\d)?)?[~?%]?))?$')
def rows(path):
    with open(path, encoding='utf-8', newline='') as fh:
        return list(csv.DictReader(fh))
def ids_in(folder, name):
    p = os.path.join(folder, name)
    return {r['id'] for r in rows(p)} if os.path.exists(p) and 'id' in HEAD.get(name, 'id') else set()
folder = sys.argv[1].rstrip('/')
errs = []
allids = {}
for d in [MAIN] + [x for x in glob.glob('/work/research/*') if os.path.isdir(x)]:
    for f in glob.glob(d + '/*.csv'):
        n = os.path.basename(f)
        if n in ('memberships.csv', 'citations.csv', 'patches.csv'): continue
        try:
            for r in rows(f):
                if r.get('id'): allids.setdefault(r['id'], (d, n))
        except Exception: pass
mine = {}
for f in sorted(glob.glob(folder + '/*.csv')):
    n = os.path.basename(f)
    first = open(f, encoding='utf-8').readline().strip()
    if n not in HEAD: errs.append(f'{n}: unknown file'); continue
    if first != HEAD[n]: errs.append(f'{n}: header differs from\n   {HEAD[n]}'); continue
    for i, r in enumerate(rows(f), start=2):
        if None in r: errs.append(f'{n}:{i}: too many fields')
        if 'id' in r:
            if not ID.match(r['id'] or ''): errs.append(f'{n}:{i}: bad id {r["id"]!r}')
            if n == 'patches.csv':
                # one row per cell: a row may be patched in several columns, each cell once
                cell = (r['file'], r['id'], r['column'])
                if cell in mine: errs.append(f'{n}:{i}: {r["file"]} {r["id"]} {r["column"]} patched twice')
                mine[cell] = n
                continue
            if r['id'] in mine: errs.append(f'{n}:{i}: duplicate id {r["id"]}')
            mine[r['id']] = n
            o = allids.get(r['id'])
            if o and o[0] != folder and n != 'patches.csv': errs.append(f'{n}:{i}: id {r["id"]} already in {o[0]}/{o[1]}')
mine_all = set(mine) | set(allids)
def ref(n, i, col, v, required=False):
    vals = [x for x in (v or '').split(';') if x]
    if required and not vals: errs.append(f'{n}:{i}: {col} required')
    for x in vals:
        if x not in mine_all: errs.append(f'{n}:{i}: {col} {x!r} not found anywhere')
cited = set()
if os.path.exists(folder + '/citations.csv'):
    for i, r in enumerate(rows(folder + '/citations.csv'), start=2):
        cited.add(r['claim']); ref('citations.csv', i, 'claim', r['claim'], True); ref('citations.csv', i, 'source', r['source'], True)
        if not r['quote'].strip(): errs.append(f'citations.csv:{i}: quote required')
for n in ['persons.csv','penalties.csv','reversals.csv','signatures.csv','accusations.csv','organs.csv','places.csv','meetings.csv','documents.csv']:
    p = os.path.join(folder, n)
    if not os.path.exists(p): continue
    for i, r in enumerate(rows(p), start=2):
        if r['id'] not in cited: errs.append(f'{n}:{i}: {r["id"]} has no citation')
        if r.get('confidence') not in ('high', 'medium', 'low'): errs.append(f'{n}:{i}: confidence')
        for dc in ('date', 'born', 'died', 'decision_date', 'effective_date'):
            if r.get(dc) and not DATE.match(r[dc]): errs.append(f'{n}:{i}: {dc} {r[dc]!r} not EDTF')
        if r.get('variant_of'): ref(n, i, 'variant_of', r['variant_of'])
        if n == 'penalties.csv':
            if r['kind'] not in KINDS: errs.append(f'penalties.csv:{i}: kind {r["kind"]}')
            if r['outcome'] not in ('APPLIED', 'PROPOSED_NOT_APPLIED'): errs.append(f'penalties.csv:{i}: outcome')
            if not (r['decision_date'] or r['effective_date']): errs.append(f'penalties.csv:{i}: a date is required')
            ref(n, i, 'person', r['person'], True)
            for c in ('imposed_by', 'decided_at', 'under', 'to', 'from', 'grounds', 'governed_by', 'place'): ref(n, i, c, r[c])
            if r['kind'] == 'SENTENCE' and r['sentence'] not in SENT: errs.append(f'penalties.csv:{i}: SENTENCE needs sentence in {SENT}')
            if r['sentence'] and r['kind'] != 'SENTENCE': errs.append(f'penalties.csv:{i}: sentence only on SENTENCE')
            if r['term'] and not re.match(r'^P(\d+Y)?(\d+M)?(\d+D)?$', r['term']): errs.append(f'penalties.csv:{i}: term {r["term"]!r} not ISO-8601 (P10Y)')
            if not r['summary']: errs.append(f'penalties.csv:{i}: summary required')
        if n == 'reversals.csv':
            if r['kind'] not in RKINDS: errs.append(f'reversals.csv:{i}: kind {r["kind"]}')
            ref(n, i, 'person', r['person'], True); ref(n, i, 'reverses', r['reverses'], True); ref(n, i, 'imposed_by', r['imposed_by'])
            if not r['date']: errs.append(f'reversals.csv:{i}: date required')
        if n == 'signatures.csv':
            ref(n, i, 'person', r['person'], True); ref(n, i, 'document', r['document'], True)
        if n == 'accusations.csv':
            if r['role'] not in ROLES: errs.append(f'accusations.csv:{i}: role {r["role"]}')
            ref(n, i, 'accuser', r['accuser'], True); ref(n, i, 'accused', r['accused'], True); ref(n, i, 'at', r['at']); ref(n, i, 'penalties', r['penalties'])
p = os.path.join(folder, 'memberships.csv')
if os.path.exists(p):
    for i, r in enumerate(rows(p), start=2):
        ref('memberships.csv', i, 'person', r['person'], True); ref('memberships.csv', i, 'group', r['group'], True); ref('memberships.csv', i, 'sources', r['sources'], True)
        if not r['quote'].strip(): errs.append(f'memberships.csv:{i}: quote required')
print('\n'.join(errs) if errs else 'OK'); print(f'{len(errs)} problem(s); ids: {len(mine)}')
sys.exit(1 if errs else 0)
