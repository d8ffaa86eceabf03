theme: t
[hedge]
actually
"well, actually"
