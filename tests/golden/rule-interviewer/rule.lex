theme: t
[trust]
trust
