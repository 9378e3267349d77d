// The ids of all factions, for checking the faction filter of /api/penalties.
MATCH (f:Faction)
RETURN f.id AS id
ORDER BY id
