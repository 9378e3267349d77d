#!/usr/bin/env python3
"""Fixes applied after merge.py, each with its reason. Usage: postfix21.py IMPORT_DIR (run once, after merge.py: notes are appended)"""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from csvedit import Files  # noqa: E402
_files = Files(sys.argv[1])
load, save, edit, note, membership = _files.load, _files.save, _files.edit, _files.note, _files.membership
# Mrachkovsky: English Wikipedia (the person's citation) gives 24 August 1936 as his death; his co-defendants of
# the Trial of the Sixteen are shot on 25 August, and the Russian Wikipedia copies seen by the session-20 helper
# give 25 August (the citation's note says so). Sources disagree: the execution row says so.
edit('penalties.csv', 'mrachkovsky-execution-1936', status='disputed')
note('penalties.csv', 'mrachkovsky-execution-1936',
     'Death date disputed: English Wikipedia 24 August 1936, Russian Wikipedia copies and his co-defendants 25 August 1936.')
# Dates that reached outside their nodes' lives (ExportTimelineIT): narrowed by what the row itself says.
# A reply to The Lessons of October (documents.csv: 14 October 1924) cannot precede it; the source gives 1924.
edit('criticisms.csv', 'bukharin-1924-how-not-to-write-october', date='1924-10-14/1924-12-31')
note('criticisms.csv', 'bukharin-1924-how-not-to-write-october', 'The source gives 1924; the reply cannot precede The Lessons of October (14 October 1924).')
# Dzerzhinsky died on 20 July 1926, during the July plenum the source dates his words to.
edit('criticisms.csv', 'dzerzhinsky-1926-07-zinoviev-polish-party', date='1926-07-01/1926-07-20')
note('criticisms.csv', 'dzerzhinsky-1926-07-zinoviev-polish-party', 'July 1926 (Stalin, 1 August 1927), before his death on 20 July.')
# The quote names Bukharin and Rykov; Tomsky had died in August 1936.
edit('criticisms.csv', 'kaganovich-1937-02-25-bukharin-rykov', targets='bukharin-nikolai;rykov-alexei')
# The United Opposition formed in spring 1926 (factions.csv); the sources say 1926-1927.
edit('criticisms.csv', 'krupskaya-1927-unite-around-cc', date='1926-04/1927')
membership('vrachev-ivan', 'united-opposition', date='1926-04/1927', note='The source says 1926-1927; the bloc formed in spring 1926.')
membership('pikel-richard', 'united-opposition', date='1926-04/1927', note='The source says 1926-27; the bloc formed in spring 1926.')
# The Ryutin group was broken up in September-October 1932 (factions.csv); its leaders' membership ends with it.
membership('galkin-p-a', 'union-of-marxist-leninists', date='1932/1932-10')
membership('ivanov-m-s', 'union-of-marxist-leninists', date='1932/1932-10')
# "Early 1920s": the Left Opposition began in 1923 (the row's note says so).
membership('primakov-vitaly', 'left-opposition', date='1923/')
# Struppe was shot on 30 October 1937; his candidacy (1934-1937) ends then.
membership('struppe-peteris', 'central-committee', date='1934-02-10/1937-10-30')
