theme: t
[c]
"trust ~2"
