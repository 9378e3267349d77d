// Names, aliases (Cyrillic and transliteration variants), titles and quotes, for /api/search.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Person|Faction|Organ|Meeting|Place|Document|Criticism|Penalty|Purge|Rule|Statement|Source)
ON EACH [n.name, n.nameRu, n.aliasText, n.title, n.titleRu, n.quote, n.summary, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
