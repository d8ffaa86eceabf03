theme: t
[trust]
"(really)? trust"
"trust ~1 (board|team)"
[exclude]
"=trust =board"
