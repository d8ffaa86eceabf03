theme: t
[partial]
/rel/
[nomatch]
/ - /
[cross]
/rely, on/
