// Imports a crash left VALIDATING wrote nothing: marked FAILED at start-up.
MATCH (i:Import {state: 'VALIDATING'})
SET i.state = 'FAILED', i.lastError = 'interrupted before writing'
