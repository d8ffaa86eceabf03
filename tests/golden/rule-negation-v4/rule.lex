theme: t
[c]
tension
pressure
conflict
trust
responsibility
conversation
discussion
meeting
blame
[negators]
=absence
