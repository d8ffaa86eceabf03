theme: t
[coop]
co-operat*
