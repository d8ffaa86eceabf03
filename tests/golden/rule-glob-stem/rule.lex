theme: t
[glob]
confid*
[stem]
confidence
