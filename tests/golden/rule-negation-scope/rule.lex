theme: t
[c]
tension
pressure
conflict
trust
