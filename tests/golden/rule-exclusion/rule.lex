theme: t
[conf]
trust
"trust the board"
[rel]
trust
[exclude]
"board meeting"
[exclude rel]
"trust fund"
