theme: t
[c]
tension
pressure
conflict
trust
responsibility
remit
conversation
funding
discussion
