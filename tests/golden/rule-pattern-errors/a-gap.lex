theme: t
[c]
trust
"lack ~6 trust"
