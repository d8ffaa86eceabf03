# roles.lex - role language: who is who, and how clear, owned and bounded roles are
#
# Conceptual basis: organisational role theory (Katz & Kahn 1966/1978 - role
# sending, role ambiguity, role conflict; Biddle 1986 - role expectations);
# studies of doctor-manager relations and hybrid clinician-managers in the
# NHS and elsewhere (Davies & Harrison 2003; Kippist & Fitzgerald 2009;
# Spehar, Frich & Kjekshus 2012; Llewellyn 2001 on "two-way windows").
# Written for lextab; no proprietary dictionary was copied. See
# lexicons/README.md and docs/counting-rules.md.
#
# Stem notes (Snowball English): consultant -> consult (so consultant* is a
# prefix, not a stem: "consult", "consultation" must not count); director
# and directorate -> director (so titles use =director exact forms);
# manager -> manag (same stem as manage, management: exact forms);
# accountable -> account (prefix accountab*); responsible -> respons (same
# stem as response: prefix responsib*); authority -> author (exact).

theme: roles
description: Role language - clinical and managerial role references, hybrid clinician-manager roles, role clarity and ambiguity, responsibility and accountability, boundaries and remit
version: 1

[clinical_roles]
# definition: references to clinical professionals and clinical leadership posts (doctors, nurses, allied health professionals, medical and clinical directors)
consultant*                 # consultant, consultants, consultant's (not consultancy: prefix differs; management consultants excluded below)
clinician*                  # clinician, clinicians, clinician's
doctor                      # stem: doctor, doctors, doctor's
physician                   # stem: physician, physicians
surgeon                     # stem: surgeon, surgeons
=medic                      # exact: the stem of medic is also the stem of medical
=medics
"junior doctor*"
"resident doctor*"
=gp
=gps
=gp's
"general practitioner*"
=nurse                      # exact: the stem nurs would also match nursing (home, service)
=nurses
=nurse's
"nursing staff"
"nursing colleague*"
"nursing team*"
"chief nurse"
"head of nursing"
"director of nursing"
"deputy chief nurse"
matron*                     # matron, matrons
"ward sister*"
"charge nurse*"
"ward manager*"             # band 7 nurse leaders: clinical (excluded from managerial_roles)
=midwife                    # exact: not "midwifery" (the service)
=midwives
=midwife's
"head of midwifery"
"director of midwifery"
anaesthetist*               # UK
anesthetist*
anesthesiologist*           # US
registrar*
intensivist*
cardiologist*
oncologist*
radiologist*
pathologist*
haematologist*
hematologist*
neurologist*
gastroenterologist*
geriatrician*
paediatrician*
pediatrician*
obstetrician*
psychiatrist*
"clinical psychologist*"
physiotherapist*
=physio
=physios
therapist*                  # occupational therapists, speech and language therapists
pharmacist*
paramedic*
"allied health professional*"
=ahp
=ahps
"medical staff"
"medical workforce"
"medical colleague*"
"surgical colleague*"
"clinical colleague*"
"clinical team*"
"clinical staff"
"senior clinical"
"=medical =director"
"=medical =directors"
"=medical =director's"
"=clinical =director"       # exact: "clinical directorate" is a unit, not a person
"=clinical =directors"
"=clinical =director's"
=cd                         # clinical director (in these interviews; "controlled drug" is rare in leadership talk)
=cds
"=divisional =clinical director*"
"=divisional =medical director*"
"=responsible =officer"     # the medical revalidation role
"=clinical =lead"
"=clinical =leads"
"=specialty lead*"
"=service lead*"

[managerial_roles]
# definition: references to general managers, executives and governance bodies (chief executive, COO, managing director, finance director, general managers, the board)
"chief executive*"
=ceo
=ceos
=ceo's
"chief operating officer*"
=coo
=coos
=coo's
"deputy =coo"
"=managing =director"
"=managing =directors"
"=managing =director's"
"=finance =director"
"=finance =directors"
"=finance =director's"
"=director =of =finance"
"=director =of =operations"
"=director =of =strategy"
"=director =of =workforce"
"=operations director*"
"=operational director*"
"=ops director*"
"chief financial officer*"
=cfo
"chief finance officer*"
"=executive =director"
"=executive =directors"
"=non executive*"          # non-executive, non-executives
"=non exec*"
=neds
"general manager*"
"divisional general manager*"
=dgm
=dgms
"service manager*"
"directorate manager*"
"business manager*"
"=operations manager*"       # exact first word: the stem oper would also match "operating"
"=operational manager*"
"=ops manager*"
"site manager*"
"bed manager*"
=manager                    # exact: stem manag would match manage, managing, management
=managers
=manager's
=managerial
administrator*              # administrators (older NHS usage)
=bureaucrat                 # exact: not "bureaucratic" (a process word); also us-and-them language in tension.lex
=bureaucrats
"=the =management"
"management team*"
"senior management"
"senior leadership team*"
=slt
"executive team*"
"=the =executive"
"=the =executives"
"=the =exec"
=execs
"=ops team*"
"=operations team*"
"=operational team*"         # exact: "the operating team" (theatre team) must not count
"=operational colleague*"
"finance team*"
"finance colleague*"
"=the =board"               # governance sense; exclusions below
"=our =board"
"=trust =board"
"=trust =boards"
"=board member*"
"=board =level"
"=board meeting*"
"=board director*"
"=board paper*"
"=executive =board"
"=unitary =board"
"=integrated =care =board"
"=to =board"                # "it went to board"
"=at =board"                # "discussed at board"
"=the =chair"               # chair of the board
=chairman
=chairwoman

[hybrid_roles]
# definition: language of clinician-manager hybridity and co-leadership - wearing two hats, crossing to management, translating between worlds
=hybrid
=hybrids
"two hats"
"=both =hats"
"=different =hats"
"=many =hats"
"=hat =on"                  # "with my medical director hat on"
"=hats =on"
"=hat =off"
"=dark =side"               # "gone over to the dark side" (doctor into management)
=poacher
gamekeeper*
"clinician manager*"        # clinician-manager(s)
"doctor manager*"           # doctor-manager(s)
"=medical manager*"
"=clinical manager*"
"=medical =leadership"
"=clinical =leadership"
"=medical leader*"
"=clinical leader*"
"=management role*"
"=leadership role*"
"=management =time"
"=management =sessions"
"=management =pas"          # programmed activities in a consultant job plan
"=management =pa's"
"=foot =in =both =camps"
"=feet =in =both =camps"
/\bstill\s+(?:do|doing|does|did|have|having|keep|keeping)\s+(?:\w+\s+)?(?:clinical|clinics?|sessions|lists|on-?calls?|theatre|ward rounds?|a list)\b/    # "I still do two clinics"
=bilingual                  # "you have to be bilingual"
translat*                   # translate, translator, translating between clinical and managerial worlds
"go between"                # go-between
=triumvirate
=triumvirates
=triad
=triads
"=co =leadership"           # co-leadership
"=co =leads"
=dyad
=dyads

[role_clarity_ambiguity]
# definition: clarity or ambiguity of roles and expectations - who does what, blurred lines, role conflict and overload (Katz & Kahn)
=clarity
"=role =clarity"
"=clarity =of role*"
"=clear role*"
"=clearer role*"
"=clearly =defined"
"=well =defined"
"=ill =defined"
"=poorly =defined"
"=role definition*"
"=role =ambiguity"
"=role =confusion"
"=role =conflict"           # role theory term; also counted in tension.conflict_disagreement
"=role =overload"
"=role =strain"
"=role expectation*"
=ambiguity
=ambiguous
=ambiguities
=blurred
=blurring
=blurry
"grey area*"
"gray area*"
"who does what"
"who's doing what"
"=who =is =doing =what"
/\bwho(?:'s|\s+is|\s+was)\s+(?:actually\s+|really\s+|ultimately\s+)?(?:responsible|accountable|in charge)\b/
/\bwho(?:'s|\s+is|\s+was)\s+(?:actually\s+|really\s+)?meant\s+to\s+be\b/
/\bwhat\s+(?:my|his|her|their|our|your)\s+(?:job|role|remit)\s+(?:actually\s+|really\s+)?(?:is|was)\b/
/\b(?:unclear|ambiguous|blurred|blurry|fuzzy|confused|confusing|muddled|woolly|wooly|vague|overlapping)\s+(?:\w+\s+)?(?:roles?|remits?|responsibilit(?:y|ies)|accountabilit(?:y|ies)|lines|boundar(?:y|ies))\b/
/\b(?:roles?|remits?|responsibilit(?:y|ies)|lines)\s+(?:\w+\s+){0,3}(?:unclear|ambiguous|blurred|blurry|fuzzy|confused|confusing|muddled|woolly|vague)\b/
/\b(?:roles?|remits?|responsibilit(?:y|ies)|lines)\s+(?:\w+\s+){0,2}(?:aren't|isn't|weren't|wasn't|are not|is not|were not|was not|never)\s+(?:\w+\s+)?clear\b/    # "the roles aren't clear"
/\b(?:not|never|isn't|wasn't|unclear)\s+(?:\w+\s+)?clear\s+(?:who|whose)\b/    # "it wasn't clear whose call it was"
"job description*"
"job plan*"                 # consultant job plans define clinical and management time
=raci                       # responsible/accountable/consulted/informed matrix
"terms of reference"
"=role description*"
"=role profile*"

[responsibility_accountability]
# definition: responsibility, accountability, ownership and governance - who answers for what, to whom
accountab*                  # accountable, accountability (stem account is too broad)
responsib*                  # responsible, responsibility, responsibilities (stem respons would match response)
=irresponsible
=answerable
=ownership
"take* ownership"
"=took =ownership"
=liable
=liability
=governance
=assurance                  # board assurance; also "reassurance" is not matched (exact)
scrutin*                    # scrutiny, scrutinise, scrutinize
=authority                  # exact: stem author would match author(s)
"=accountability =without =authority"
"=decision =rights"
"=sign =off"                # sign-off
"=signed =off"
"=signs =off"
"=signing =off"
/\bh(?:old|olds|olding|eld)\s+(?:\w+\s+){0,2}to\s+account\b/    # held to account, hold them to account
"buck stops"
"carry the can"
"=carried =the =can"
"=carrying =the =can"
"=on =the =hook"
"=my =name =on =it"
"=single =point =of =accountability"
=sro                        # senior responsible owner
"=senior =responsible =owner"
delegat*                    # delegate, delegated, delegation (delegated authority)
=mandate
=mandated
=statutory
"=duty =of =care"
"=conflict =of =interest"   # a governance term here (declarations of interest); excluded from tension.lex
"=conflicts =of =interest"
"declaration* =of interest*"
"declare* =an =interest"
"=register =of =interests"

[boundaries_remit]
# definition: role boundaries and territory - remit, patch, lanes, overstepping, jurisdiction, interfaces between roles
=remit
=remits
"=my =patch"
"=his =patch"
"=her =patch"
"=their =patch"
"=our =patch"
"=your =patch"
boundary                    # stem boundari: boundary, boundaries
territor*                   # territory, territorial, territories
=turf
overstep*                   # overstep, overstepped, overstepping
/\b(?:step|steps|stepped|stepping|stood|stand|standing|tread|treads|treading|trod|trodden)\s+on\s+(?:my|his|her|their|our|your|each other's|one another's|people's|someone's|somebody's|anyone's|anybody's)\s+toes\b/    # step / tread on someone's toes
encroach*
=jurisdiction
=purview
"=in =my =lane"
"=in =their =lane"
"=in =your =lane"
"stay* =in =lane"
/\bstay(?:s|ed|ing)?\s+in\s+(?:my|his|her|their|our|your)\s+(?:own\s+)?lanes?\b/
"swim lane*"
"=not =my =job"             # begins with "not": not negated itself
"=not =my =call"
"=not =my =decision"
"=not =my =place"
"=not =my =area"
"=not =my =department"
/\b(?:isn't|wasn't|is not|was not|that's not)\s+(?:my|his|her|their|our|your)\s+(?:job|call|decision|place|area|department|role|problem)\b/
=interface
=interfaces
"=who =owns"
=demarcation
"=lines =of =responsibility"
"=lines =of =accountability"

[exclude managerial_roles]
# "board" is a role only in the governance sense
"=across =the =board"       # "cuts across the board"
"=drawing =board"           # "back to the drawing board"
"=board room*"             # the room, not the body ("the board room" would otherwise hit "the board")
"=board round*"            # NHS ward "board rounds" (patient-flow huddles at the ward whiteboard)
"=ward board*"
"=white board*"
"=notice board*"
"=bulletin board*"
"=board game*"
"=ironing board*"
"=ward manager*"           # a nursing leadership post: counted in clinical_roles
"=the =chair =of =the =meeting"  # chairing in general: still a meeting role, not the board (kept out)
"=in =the =chair"           # "she was in the chair" = chairing any meeting

[exclude hybrid_roles]
"lost in translation"        # a communication failure (tension.communication_breakdown), not a hybrid role

[exclude clinical_roles]
"management consultant*"
"external consultant*"
"=consultant firm*"
"spin doctor*"
"=doctor =the =figures"
"=doctor =the =numbers"
"=doctored"

[negators]
# In addition to the defaults: "lack of clarity", "absence of accountability"
# read as the absence of what the category names.
lack                        # a stem entry: also lacks, lacked, lacking
=absence
