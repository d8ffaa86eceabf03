theme: t
[c]
"(their||his) view"
