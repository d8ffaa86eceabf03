theme: t
[distrust]
"lack ~2 trust"
[sincere]
"(really|truly)? =honest"
