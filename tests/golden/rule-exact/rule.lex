theme: t
[exact]
=trust
[stem]
trust
