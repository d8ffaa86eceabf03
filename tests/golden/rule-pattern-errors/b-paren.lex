theme: t
[c]
"(their|his perspective"
