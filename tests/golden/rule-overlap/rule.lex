theme: t
[faith]
faith
"faith in"
"have faith in"
"good faith"
"in good faith"
