theme: t
[view]
"(their|his|her|each other's) (perspective|point of view)"
