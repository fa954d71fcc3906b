let schemaJSON = "{}"
