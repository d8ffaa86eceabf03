theme: t
[c1]
trust
[c2]
"trust the"
[c3]
"the board"
