theme: t
[c]
tension
pressure
conflict
trust
[negators]
=hardly
[pseudo-negators]
"hardly surprising"
[negation-terminators]
"having said that"
[post-negators]
"was overstated"
[negation-raisers]
=suspect
