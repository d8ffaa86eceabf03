[c]
trust
[negators]
lack
