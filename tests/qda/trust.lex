theme: trust
[rely]
# definition: relying on others
=rely
[trusting]
# definition: trust words
=trust
