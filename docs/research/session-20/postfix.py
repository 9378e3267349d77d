#!/usr/bin/env python3
"""Fixes applied after merge.py, each with its reason. Usage: postfix.py IMPORT_DIR"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from csvedit import Files  # noqa: E402
_files = Files(sys.argv[1])
load, save, edit, note, membership = _files.load, _files.save, _files.edit, _files.note, _files.membership
# a Rosarkhiv fund guide is a reference page, not a kind of its own
edit('sources.csv', 'rusarchives-polonsky', kind='secondary')
# two datings of one execution: the first row is disputed too (its variant names it)
edit('penalties.csv', 'yenukidze-avel-execution-1937', status='disputed')
edit('penalties.csv', 'eikhe-robert-execution-1940', status='disputed')
# Rukhimovich: GlobalSecurity 20 July 1938, the GSE 29 July 1938: the month both agree on
edit('persons.csv', 'rukhimovich-moisei', died='1938-07')
note('persons.csv', 'rukhimovich-moisei', 'Died in July 1938: GlobalSecurity gives 20 July, the Great Soviet Encyclopedia 29 July.')
# Vardin's readmission is a reversal now: the patch aimed at penalties.csv lands on reversals.csv
edit('reversals.csv', 'vardin-readmission-1928', date='1928-11')
# an execution's date is the death date (the execution row's citation gives it)
edit('persons.csv', 'mrachkovsky-sergei', died='1936-08-24')
# #17: citations of unidentified works that another citable source now carries (works/NOTES.md (2))
def drop_citations(pairs):
    h, rows = load('citations.csv')
    keep = [r for r in rows if (r['claim'], r['source']) not in pairs]
    print(f'postfix: dropped {len(rows) - len(keep)} citations')
    save('citations.csv', h, keep)
drop_citations({
    ('bukharin-expulsion-1937', 'populiarnaia-istoriia-kpss'), ('rykov-expulsion-1937', 'populiarnaia-istoriia-kpss'),
    ('bukharin-arrest-1937', 'populiarnaia-istoriia-kpss'), ('rykov-arrest-1937', 'populiarnaia-istoriia-kpss'),
    ('rykov-removal-sovnarkom-1930', 'molotov-ten-vozhdia'),
    ('zinoviev-readmission-1933', 'newlib-zinoviev-kamenev-centre'),
    ('mrachkovsky-sergei', 'pisma-iz-ssylki'),
})
def drop_sources(ids):
    h, rows = load('citations.csv')
    used = {r['source'] for r in rows} | {s for r in load('memberships.csv')[1] for s in r['sources'].split(';')}
    h, rows = load('sources.csv')
    gone = [i for i in ids if i not in used]
    print(f'postfix: dropped sources {gone}; still cited: {[i for i in ids if i in used]}')
    save('sources.csv', h, [r for r in rows if r['id'] not in gone])
drop_sources(['populiarnaia-istoriia-kpss', 'molotov-ten-vozhdia'])
# Smyslov's book: imprint not identified (a book must name author and year): its citations go, and
# the claims only it carried (the 1938 court's members Matulevich and Ievlev) wait for a citable source
h, rows = load('citations.csv')
save('citations.csv', h, [r for r in rows if r['source'] != 'smyslov-predateli-i-palachi'])
h, rows = load('sources.csv')
save('sources.csv', h, [r for r in rows if r['id'] != 'smyslov-predateli-i-palachi'])
cited = {r['claim'] for r in load('citations.csv')[1]}
removed = set()
for name in ['accusations.csv', 'persons.csv']:
    h, rows = load(name)
    gone = [r['id'] for r in rows if r['id'] not in cited]
    removed.update(gone)
    print(f'postfix: {name}: uncited, removed: {gone}')
    save(name, h, [r for r in rows if r['id'] in cited])
for name, cols in [('accusations.csv', ['accuser', 'accused']), ('memberships.csv', ['person']), ('penalties.csv', ['person'])]:
    h, rows = load(name)
    bad = [r for r in rows if any(r[c] in removed for c in cols)]
    if bad:
        print(f'postfix: {name}: removed with the person they name: {[r.get("id") or r["person"] for r in bad]}')
        save(name, h, [r for r in rows if r not in bad])
# the audit of 30 drawn claims (audit/REPORT.md): descriptions that said more than their page
def replace(name, rid, col, old, new):
    h, rows = load(name)
    for r in rows:
        if r.get('id') == rid:
            if old not in r[col]: print(f'postfix: {rid}.{col} lacks {old!r}')
            r[col] = r[col].replace(old, new)
    save(name, h, rows)
replace('persons.csv', 'kaganovich-mikhail', 'description', 'shot himself in 1941 when suspected.', 'shot himself in 1941 after he was threatened with expulsion.')
replace('persons.csv', 'galkin-p-a', 'description', 'Member of the core of the Ryutin group (the OGPU called it the group of Ryutin, Ivanov and Galkin); punished by the OGPU Collegium in 1932-1933.', 'One of those the OGPU Collegium punished out of court in 1932-1933 in the Ryutin case.')
edit('reversals.csv', 'bukharin-nikolai-rehabilitation-judicial-1988', confidence='low')
note('reversals.csv', 'bukharin-nikolai-rehabilitation-judicial-1988', 'The page says only "officially rehabilitated by the Soviet state": taken as the judicial rehabilitation (the state, not the party); the organ is not named.')
replace('persons.csv', 'gikalo-nikolai', 'description', ' (1932-1937), then in Kharkov;', ' (1932-1937);')
# citations of claims removed above go with them
ids = set()
for name in ['persons.csv', 'penalties.csv', 'reversals.csv', 'signatures.csv', 'accusations.csv', 'criticisms.csv', 'documents.csv',
             'meetings.csv', 'organs.csv', 'places.csv', 'factions.csv', 'votes.csv', 'purges.csv', 'rules.csv', 'statements.csv']:
    if os.path.exists(os.path.join(imp, name)):
        ids.update(r['id'] for r in load(name)[1])
h, rows = load('citations.csv')
orphans = [r['claim'] for r in rows if r['claim'] not in ids]
if orphans: print(f'postfix: citations of removed claims dropped: {orphans}')
save('citations.csv', h, [r for r in rows if r['claim'] in ids])
# Antipov: the page says he was executed during the Great Purges, after the June 1937 plenum removed him
# from the CC (the same page ends his membership in 1937): the execution as the range that leaves
import csv as _csv
h, rows = load('penalties.csv')
if not any(r['id'] == 'antipov-nikolai-execution-1937' for r in rows):
    rows.append({k: '' for k in h} | {'id': 'antipov-nikolai-execution-1937', 'person': 'antipov-nikolai', 'kind': 'EXECUTION',
        'outcome': 'APPLIED', 'effective_date': '1937/1938', 'summary': 'Antipov was shot in the Great Purge, after his removal from the Central Committee in 1937.',
        'confidence': 'medium', 'note': 'The page gives no date: "during the Great Purges", after his CC membership ended in 1937.'})
    save('penalties.csv', h, rows)
    h, rows = load('citations.csv')
    rows.append({'claim': 'antipov-nikolai-execution-1937', 'source': 'frwiki-copy-antipov', 'quote': 'Il est exécuté lors des Grandes Purges et réhabilité à titre posthume.', 'page': '', 'aspect': '', 'note': ''})
    save('citations.csv', h, rows)
# A source that says only "rehabilitated" names neither the organ nor whether a court or the party
# did it: such rows are REHABILITATION (unspecified), not a guessed judicial one (audit item 29)
KEEP_JUDICIAL = {'chudov-mikhail-rehabilitation-judicial-1956', 'shlyapnikov-rehabilitation-judicial-1963',
                 'uborevich-ieronim-rehabilitation-judicial-1957', 'tukhachevsky-mikhail-rehabilitation-judicial-1957'}
if os.environ.get('UNSPECIFIED_REHABILITATION') == '1':
    h, rows = load('reversals.csv')
    renamed = {}
    for r in rows:
        if r['kind'] == 'REHABILITATION_JUDICIAL' and not r['imposed_by'] and r['id'] not in KEEP_JUDICIAL:
            new = r['id'].replace('-rehabilitation-judicial-', '-rehabilitation-')
            renamed[r['id']] = new
            r['id'] = new
            r['kind'] = 'REHABILITATION'
    save('reversals.csv', h, rows)
    for name, cols in [('citations.csv', ['claim']), ('reversals.csv', ['variant_of'])]:
        h, rows = load(name)
        for r in rows:
            for c in cols:
                if r[c] in renamed: r[c] = renamed[r[c]]
        save(name, h, rows)
    print(f'postfix: {len(renamed)} rehabilitations without organ or kind on the page are REHABILITATION')
