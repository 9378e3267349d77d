"""Cell edits on the CSV files of an import/ directory, for the post-merge scripts of the research
sessions (each edit there carries its reason). Rows are matched by id, memberships by person and group."""
import csv, io, os


class Files:
    def __init__(self, imp):
        self.imp = imp

    def load(self, name):
        with open(os.path.join(self.imp, name), encoding='utf-8', newline='') as fh:
            r = csv.DictReader(fh)
            return r.fieldnames, list(r)

    def save(self, name, header, rows):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=header, lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
        open(os.path.join(self.imp, name), 'w', encoding='utf-8', newline='').write(buf.getvalue())

    def edit(self, name, rid, **cells):
        """Sets cells of the row with this id; a `note` is appended to, not replaced."""
        h, rows = self.load(name)
        hit = [r for r in rows if r.get('id') == rid]
        if not hit:
            print(f'csvedit: {name} {rid} not found')
            return
        for r in hit:
            for k, v in cells.items():
                r[k] = (r[k] + ' ' + v) if k == 'note' and r[k] else v
        self.save(name, h, rows)

    def note(self, name, rid, text):
        self.edit(name, rid, note=text)

    def membership(self, person, group, **cells):
        h, rows = self.load('memberships.csv')
        hit = [r for r in rows if r['person'] == person and r['group'] == group]
        if not hit:
            print(f'csvedit: membership {person} {group} not found')
            return
        for r in hit:
            for k, v in cells.items():
                r[k] = (r[k] + ' ' + v) if k == 'note' and r[k] else v
        self.save('memberships.csv', h, rows)
