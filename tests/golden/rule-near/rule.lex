theme: t
[pressure]
pressure NEAR/3 (clinical|financial|targets)
[board]
board NOT NEAR/2 (trust|foundation)
