#!/usr/bin/env python3
"""Review fixes applied after merging the session-27 staging folders. Usage: postfix27.py IMPORT_DIR"""
import csv, io, sys, os
imp = sys.argv[1]

def rewrite(name, change):
    path = os.path.join(imp, name)
    with open(path, encoding='utf-8', newline='') as fh:
        r = csv.DictReader(fh)
        header, rows = r.fieldnames, list(r)
    rows = [x for x in (change(row) for row in rows) if x is not None]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator='\n')
    w.writeheader()
    w.writerows(rows)
    open(path, 'w', encoding='utf-8', newline='').write(buf.getvalue())

def penalties(row):
    # Memorial's note dates Vareikis's death sentence 29 July 1938, so the death of 28 July (the
    # English Wikipedia copy, the Russian article's lead), preferred until now, fell before his sentence.
    # The 29 July row (the Russian infobox, now agreeing with Memorial's sentence) becomes the preferred
    # one and the 28 July row its variant; both stay disputed.
    if row['id'] == 'vareikis-iosif-execution-1938-07-29':
        row['variant_of'] = ''
        row['summary'] = ('Vareikis was shot at the Kommunarka shooting ground on 29 July 1938, the day the'
                          ' Military Collegium sentenced him.')
        row['note'] = ('Preferred since session 27: Memorial\'s note on the Stalin lists dates his death sentence'
                       ' 29 July 1938 (vareikis-iosif-sentence-1938), which the 28 July date would precede;'
                       ' the Russian Wikipedia infobox gives 29 July.')
    elif row['id'] == 'vareikis-iosif-execution-1938':
        row['variant_of'] = 'vareikis-iosif-execution-1938-07-29'
        row['summary'] = ('Variant: the English Wikipedia copy and the lead of the Russian article date his death'
                          ' at Kommunarka 28 July 1938, the day before the sentence Memorial records.')
    if row['id'] == 'uglanov-execution-1937':
        row['note'] = row['note'].replace(
            'Sentencing body not seen.',
            "The sentencing body, the Military Collegium, is named by Memorial's note (stalin.memo.ru p2107).")
    return row

def persons(row):
    if row['id'] == 'vareikis-iosif':
        row['died'] = '1938-07-29'
        row['died_original'] = ('29 July 1938 (ru.wp infobox; Memorial dates his sentence that day);'
                                ' 28 July 1938, Kommunarka shooting ground (en.wp copy; ru.wp lead)')
    return row

def sources(row):
    # Bessonov's person page was read but no row cites it (his sentences were already sourced).
    return None if row['id'] == 'memo-stalin-p5263' else row

def reversals(row):
    # Zhukov's note says "Реабилитирован 14.03.1956" and names no organ: the kind is not guessed.
    if row['id'] == 'zhukov-ivan-rehabilitation-judicial-1956':
        row['id'] = 'zhukov-ivan-rehabilitation-1956'
        row['kind'] = 'REHABILITATION'
    return row

BALITSKY_LIST100 = {s + '-signed-list-balitsky-vsevolod-1937'
                    for s in ('stalin-joseph', 'molotov-vyacheslav', 'kaganovich-lazar', 'voroshilov-kliment')}

def citations(row):
    # Audit of session 27: these four approvals are list 100's (13 Nov 1937, Balitsky no. 3); a second
    # citation of list 92 (Balitsky no. 1 there) had been attached to the same claims. Only Zhdanov's
    # approval is list 92's, as its own claim.
    if row['claim'] in BALITSKY_LIST100 and row['source'] == 'memo-stalin-list92':
        return None
    if row['claim'] == 'zhukov-ivan-rehabilitation-judicial-1956':
        row['claim'] = 'zhukov-ivan-rehabilitation-1956'
    return row

def sentence_dates():
    path = os.path.join(imp, 'penalties.csv')
    with open(path, encoding='utf-8', newline='') as fh:
        return {r['id']: r['decision_date'] for r in csv.DictReader(fh)}

SENTENCES = sentence_dates()

def accusations(row):
    # Lists 92 (November 1937) and 185 (August 1938) carry a month, no day. Their approval preceded the
    # sentence it sanctioned (a list named people "to be tried"), so where that sentence falls in the
    # same month the approval is dated from the month's first day to the sentence's day: "1937-11" alone
    # would reach past the deaths of those shot on 27 November.
    if row['role'] != 'SIGNED_LIST' or len(row['date']) != 7:
        return row
    for penalty in filter(None, row['penalties'].split(';')):
        day = SENTENCES.get(penalty, '')
        if len(day) == 10 and day.startswith(row['date']):
            if not row['date_original']:
                row['date_original'] = row['date'] + ' (the list gives no day)'
            row['date'] = row['date'] + '-01/' + day
            row['note'] = (row['note'] + ' Dated up to the sentence of ' + day + ' it sanctioned; the list gives'
                           ' the month only.').strip()
            break
    return row

rewrite('penalties.csv', penalties)
rewrite('accusations.csv', accusations)
rewrite('reversals.csv', reversals)
rewrite('citations.csv', citations)
rewrite('sources.csv', sources)
rewrite('persons.csv', persons)
