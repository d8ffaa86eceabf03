theme: t
[c]
pressure NEAR/0 targets
