theme: t
[reliance]
"rely on"
