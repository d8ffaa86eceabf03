[c]
trust
