theme: t
[g]
/\Gfoo\w*/
