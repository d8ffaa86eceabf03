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
version: 3                  # 3: issue 15, validated on the Covid-19 Inquiry hearings (lexicons/validation/roles.md) - changes marked "v3:"; 2: precision audit, marked "audit:"

[clinical_roles]
# definition: references to clinical professionals and clinical staff by their profession or clinical post (doctors, consultants, GPs, nurses, midwives, ward nurse leaders, allied health professionals, clinical teams); clinicians in management posts (medical and clinical directors, chief nurses) are hybrid_roles
# v3: the clinician-manager posts (medical/clinical directors, chief nurse, director or
# head of nursing and midwifery, clinical leads, responsible officer) moved to hybrid_roles
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
matron*                     # matron, matrons
"ward sister*"
"charge nurse*"
"ward manager*"             # band 7 nurse leaders: clinical (excluded from managerial_roles)
=midwife                    # exact: not "midwifery" (the service)
=midwives
=midwife's
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

[managerial_roles]
# definition: references to people in non-clinical management, executive and board-level governance posts, by their post (managers, chief executives, COOs, finance and operations directors, executive and non-executive directors, board members, the chair of a body, management and executive teams); not the bodies themselves (a board, a health board, "the Executive" as a government, a commission) and not the Chair of the Inquiry or of a meeting
# v3: bodies out - "the board", "our/trust/executive/unitary/integrated care board",
# "board meeting/paper", "to/at board", "the executive(s)" (the Northern Ireland Executive
# in 579 of the inquiry's hits), bare "the chair" (the Inquiry's Chair); board-level
# posts and "chair of ..." stay
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
administrator*              # administrators (older NHS usage)
=bureaucrat                 # exact: not "bureaucratic" (a process word); also us-and-them language in tension.lex
=bureaucrats
"=the =management"
"management team*"
"senior management"
"senior leadership team*"
=slt
=execs
"=ops team*"
"=operations team*"
"=operational team*"         # exact: "the operating team" (theatre team) must not count
"=operational colleague*"
"finance team*"
"finance colleague*"
"=board member*"
"=board =level"              # board-level posts ("at board level")
"=board =members"
"=executive =team"           # the trust's executive directors as a group
"=executive =teams"
"(=chair|=chairman|=chairs|=chairwoman) =of (=the|=our|=its|=that|=their|=a)? (=board|=boards|=trust|=trusts|=health =board|=nhs|=agency|=authority|=company|=organisation|=organization|=foundation)"    # v3: the chair of a body's board, a governance post; not the chair of a committee, the Inquiry or a meeting
"(=board|=trust|=nhs) (=chair|=chairs|=chairman)"
"=board director*"

[hybrid_roles]
# definition: clinician-manager (hybrid) roles - clinicians in management and leadership posts of health services, named by the post (medical director, clinical director including national and regional ones, chief nurse, director or head of nursing or midwifery, clinical lead, the medical responsible officer; not the government's Chief Medical or Nursing Officers), and talk of combining clinical and managerial work (a clinician-manager, a medical or management "hat", crossing to the "dark side", still doing clinics, clinical-managerial triumvirates)
# v3: redefined (issue 15: 8% precision in the inquiry audit). The posts that are the
# hybrid roles of the literature (Llewellyn's clinical directors, Kippist & Fitzgerald)
# moved here from clinical_roles; generic multiple-role talk ("two hats", "my Red Cross
# hat on") moved to role_clarity_ambiguity; "leadership role", "management role",
# "bilingual" (Welsh) and translating into "clinical" effectiveness dropped.
"=medical =director"
"=medical =directors"
"=medical =director's"
"=clinical =director"       # exact: "clinical directorate" is a unit, not a person
"=clinical =directors"
"=clinical =director's"
# clinical director (in these interviews; "controlled drug" is rare in leadership talk); v3: not the
# compact disc or the certificate of deposit (22 of 22 hits in the ICSI meetings, 48 in SCOTUS)
=cd NOT NEAR/8 (=album|=appendix|=audio|=bought|=burn|=buy|=copies|=copy|=data|=deposit|=deposits|=disc|=disk|=download|=downloaded|=dvd|=dvds|=interest|=investment|=investments|=ipod|=music|=player|=purchased|=recorded|=rom|=roms|=song|=songs|=tape|=tapes|=track|=tracks)
=cds NOT NEAR/8 (=album|=appendix|=audio|=bought|=burn|=buy|=copies|=copy|=data|=deposit|=deposits|=disc|=disk|=download|=downloaded|=dvd|=dvds|=interest|=investment|=investments|=ipod|=music|=player|=purchased|=recorded|=rom|=roms|=song|=songs|=tape|=tapes|=track|=tracks)
"=divisional =clinical director*"
"=divisional =medical director*"
"=associate =medical director*"
"=deputy =medical director*"
"=responsible =officer"     # the medical revalidation role; "senior responsible officer" (SRO) excluded below
"=clinical =lead"
"=clinical =leads"
"=specialty lead*"
"=chief =nurse"             # exact: "Chief Nursing Officer" (a government adviser) is not a trust post
"=chief =nurses"
"=deputy =chief =nurse"
"=head =of =nursing"
"=heads =of =nursing"
"=director =of =nursing"
"=directors =of =nursing"
"=head =of =midwifery"
"=director =of =midwifery"
"=nurse =director"
"=nurse =directors"
"=national =clinical =director*"
# v3: not the Chief Medical and Chief Nursing Officers (CMO, CNO): government advisers on
# public health and the professions, not managers of a health service (in the inquiry they
# would be 970 of 1,090 hits: the category would count talk about the CMOs)
# audit: bare =hybrid was a hybrid battery or device (3 of 3 sampled hits; "hybrid
# working" is common in NHS talk too); now only a hybrid role or person.
"=hybrid (=clinical =managerial|=clinician|=clinicians|=consultant|=consultants|=doctor|=doctors|=identities|=identity|=job|=jobs|=leader|=leaders|=leadership|=manager|=managers|=post|=posts|=professional|=professionals|=role|=roles)"
/\b(?:i'm|i am|he's|he is|she's|she is|they're|they are|we're|we are|you're|you are|being|become|became)\s+(?:a\s+)?(?:sort of\s+|kind of\s+|bit of\s+|real\s+|true\s+)?hybrids?\s*(?:[.,;:!?]|$)/    # regex kept: a character class [.,;:!?]; "I'm a hybrid."
"(=clinical|=clinician|=clinician's|=consultant|=consultant's|=doctor|=doctor's|=gp|=management|=manager|=manager's|=managerial|=medical|=nurse|=nurse's|=nursing|=surgeon|=surgeon's) ~2 (=hat|=hats)"    # v3: "with my medical director hat on", "my clinical hat"
"(=gone|=go|=going|=went|=crossed|=cross|=moved|=move) =over =to =the =dark =side"    # v3: was bare "dark side" ("the dark side of the moon")
"=the =dark =side =of =management"
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
"=management =time"
"=management =sessions"
"=management =pas"          # programmed activities in a consultant job plan
"=management =pa's"
"=foot =in =both =camps"
"=feet =in =both =camps"
"=still (=did|=do|=does|=doing|=have|=having|=keep|=keeping) ~1 (=a =list|=clinic|=clinical|=clinics|=lists|=on =call|=on =calls|=oncall|=oncalls|=sessions|=theatre|=ward =round|=ward =rounds)"    # "I still do two clinics"
# audit: translat* was converting signals, code or text in 29 of 30 sampled hits; now
# only translating between groups or for an audience of the other world.
"translat* between ~3 (=board|=clinical|=clinicians|=consultants|=doctors|=management|=managers|=managerial|=nurses|=two =worlds|=worlds)"    # v3: "I translate between the clinicians and the board" (not between terminologies)
"translat* in both directions"
"=kind =of =translation"
/\b(?:job|role|part|task)\s+(?:[\w',]+\s+){0,8}?is\s+to\s+translate\b/    # regex kept: a character class [\w',]; "the job of the medical director, a big part of it, is to translate"
/\b(?:i|i'm|we|we're|he|he's|she|she's|you|you're)\s+(?:(?:am|are|is|sort of|kind of|just|often|always|constantly|end up|ended up)\s+){0,3}translating\b(?!\s+(?:the\s+|a\s+|it\s+)?(?:code|signals?|text|documents?|data|key|keys|button|buttons|press))/    # regex kept: a lookaround or inline option; "so I'm sort of translating"
"translat* ~4 (=for|=into|=to) (=the)? (=board|=business|=clinicians|=consultants|=doctors|=exec|=executive|=executives|=finance|=management|=managerial|=managers)"    # v3: not "clinical" (trial data translated into clinical effectiveness) nor "operational"; "translate this to the business", "translating it for the clinicians"
"(=act|=acted|=acting|=acts) =as (=a|=the)? (=bridge|=go =between|=interpreter|=translator)"
=triumvirate NOT NEAR/12 (chair*|=employers|=government|=union|=unions)    # the clinical director - general manager - head of nursing team of a division; v3: not co-chairs, not government-employers-unions
=triumvirates NOT NEAR/12 (chair*|=employers|=government|=union|=unions)
"(=clinical|=directorate|=divisional|=management|=managerial) (=triad|=triads)"    # v3: bare triad(s) dropped (a generic word)
"=clinical =managerial (=dyad|=dyads|=partnership|=triumvirate|=triumvirates|=triad|=triads)"

[role_clarity_ambiguity]
# definition: clarity or ambiguity of roles, remits and responsibilities, and role conflict (Katz & Kahn) - whether it is clear who does what or who is in charge, blurred lines between roles, defined or undefined jobs, and holding several roles at once ("wearing two hats", "with my X hat on": inter-role conflict)
# v3: bare "ambiguity", "ambiguities" and "blurred" dropped (rules, messages, a paragraph);
# "who is/was responsible/in charge" only as a question about it, not as a relative clause
# ("my deputy, who was responsible for culture"); "terms of reference" (of a committee or
# the Inquiry) dropped; multiple-role "hats" moved here from hybrid_roles
# audit: bare =clarity, =ambiguity/ambiguous/ambiguities and =blurred/blurring/blurry
# were about images, data formats and button labels in 13 of 16 hits; they now
# count only with a role word (see also the regexes below).
"=clarity ~2 (=accountabilities|=accountability|=boundaries|=boundary|=expectation|=expectations|=job|=jobs|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"
"=clarity (=about|=around|=as =to|=on|=over) (=who|=who's|=whose)"    # "clarity about who does what" (v3: not "clarity to those who")
/\bambigu\w+\s+(?:about|over|around|of|in|on)\s+(?:the\s+|our\s+|their\s+|my\s+|his\s+|her\s+)?(?:roles?|remits?|responsibilit(?:y|ies)|accountabilit(?:y|ies)|who|whose|boundar(?:y|ies)|expectations?|job|jobs)\b/    # regex kept: \w+ (at least one more letter)
"blurr* (=of)? (=the)? (=boundaries|=boundary|=distinction|=distinctions|=line|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"    # "blurred lines", "blurring of roles"
"=role =clarity"
"=clarity =of role*"
"=clear role*"
"=clearer role*"
# audit: "clearly/well/ill/poorly defined" were about systems and problems; now only of roles
"(=badly|=clearly|=ill|=loosely|=poorly|=properly|=tightly|=well) =defined ~1 (=accountabilities|=accountability|=boundaries|=boundary|=expectations|=job|=jobs|=lines|=portfolio|=portfolios|=post|=posts|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"
"(=accountabilities|=accountability|=boundaries|=boundary|=expectations|=portfolio|=portfolios|=remit|=remits|=responsibilities|=responsibility|=role|=roles) ~3 (=badly|=clearly|=ill|=poorly|=properly|=well) =defined"
"=role definition*"
"=role =ambiguity"
"=role =confusion"
"=role =conflict"           # role theory term; also counted in tension.conflict_disagreement
"=role =overload"
"=role =strain"
"=role expectation*"
"(grey|gray) area*" NEAR/10 (accountab*|=decide|=decides|=decision|=decisions|devol*|=director|=directors|=jurisdiction|=manager|=managers|=owns|=power|=powers|=remit|=remits|=reserved|responsib*|=role|=roles|=who|=whose)    # v3: a grey area of who does what, not of a rule
=blurred NEAR/15 (=accountability|=boundaries|=boundary|=line|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)    # v3: "the lines between the clinical director and the general manager can be quite blurred"
"who does what"
"who's doing what"
"=who =is =doing =what"
"(=about|=agree|=agreed|=around|=as =to|=ask|=asked|=asking|=certain|=clarify|=clarity|=clear|=confusion|=decide|=determine|=establish|=identify|=idea|=know|=knew|=knowing|=out|=over|=question|=questions|=sure|=unclear|=understand|=understanding|=understood|=unsure|=whether) ~3 (=who =is|=who =was|=who's|=who =were) (=actually|=really|=ultimately)? (=accountable|=in =charge|=responsible)"    # v3: "no clarity on who's responsible", not "the person who is responsible"
"(=about|=asked|=clear|=know|=knew|=question|=sure|=unclear|=understand) ~3 (=who =is|=who =was|=who's) (=actually|=really)? =meant =to =be"
/(?:^|[.?!:]\s+)(?:(?:but|and|so|now|then)\s+)?who(?:'s| is| was| were)\s+(?:actually\s+|really\s+|ultimately\s+)?(?:accountable|responsible|in charge)\b[^.?!]{0,80}\?/    # regex kept: anchored on a sentence start and a question mark, which a pattern cannot see; "Who's accountable for patient experience?"
# audit: "what your role is" was an introduction prompt (2 of 2); now only with uncertainty
"(=clarified|=clarify|=clarity|=clear|=confused|=confusion|debate*|discuss*|=idea|=knew|=know|=lot|=question|=questions|=sure|=talk|=talked|=talking|=unclear|=understand|=understood|=unsure|=wondered|=wondering) ~2 (=about|=as =to|=of|=on)? =what (=her|=his|=my|=our|=their|=your) (=job|=remit|=role) (=actually|=really)? (=is|=was)"    # "I wasn't sure what my role was"
"(=ambiguous|=blurred|=blurry|=confused|=confusing|=fuzzy|=muddled|=overlapping|=unclear|=vague|=woolly|=wooly) ~1 (=accountabilities|=accountability|=boundaries|=boundary|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"
"(=boundaries|=distinction|=line|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles) ~3 (=ambiguous|=blurred|=blurry|=confused|=confusing|=fuzzy|=muddled|=unclear|=vague|=woolly)"
"(=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles) ~2 (=are =not|=aren't|=is =not|=isn't|=never|=was =not|=wasn't|=were =not|=weren't) ~1 =clear"    # "the roles aren't clear"
"(=isn't|=never|=not|=unclear|=wasn't) ~1 =clear (=who|=whose)"    # "it wasn't clear whose call it was"
"job description*"
"job plan*"                 # consultant job plans define clinical and management time
=raci                       # responsible/accountable/consulted/informed matrix
"=role description*"
"=role profile*"
"(=two|=both|=different|=many|=multiple|=several|=three|=various) =hats"    # v3: from hybrid_roles - holding several roles at once
"(=hat|=hats) (=on|=off)"    # "with my Red Cross hat on"
"=dual =role"
"=dual =roles"
"=conflicting =roles"
"=conflicting =responsibilities"

[responsibility_accountability]
# definition: responsibility, accountability, ownership and governance of a person, post or body - who answers for what, to whom, with what authority - and a person's role as what they are there to do ("my role was to ...") (Katz & Kahn: a role is the set of expected activities of a post)
# v3: roles as what someone is there to do, leading on, oversight and reporting lines added;
# "statutory", "assurance", "mandate" only in their role senses (statutory duties,
# an assurance role, "our mandate"); authorities as bodies (Statistics Authority) excluded
accountab*                  # accountable, accountability (stem account is too broad)
responsib*                  # responsible, responsibility, responsibilities (stem respons would match response)
=irresponsible
"(=my|=our|=his|=her|=their|=your) ~1 (=role|=roles)"    # v3: "my role was to co-ordinate", "his previous role" (a possessor: not "the role of asymptomatic spread")
"(=my|=our|=his|=her|=their|=your|=its) ~1 =job (=is|=was|=were) =to"    # v3: "my job was to ..."
"=the ~1 =job =of" NOT NEAR/3 (=work)    # v3: "the job of SAGE is to advise"
"(=lead|=leads|=led|=leading) =on" NOT NEAR/1 (=from|=to)    # v3: "the Welsh Government led on stockpiling", "the lead on testing"; not "led on to"
"(=take|=taken|=takes|=taking|=took) =the =lead"
"=lead (=agencies|=agency|=bodies|=body|=department|=departments|=minister|=ministers|=official|=officials|=organisation|=organisations|=responsibility|=role)"
=oversight
oversee*                    # oversee, oversees, overseeing, overseen
=oversaw
"=reporting =line"
"=reporting =lines"
"=line =management"
/\b\w+(?<!\bthat)(?<!\bit)(?<!\bwhat)(?<!\bthere)(?<!\bhere)(?<!\bwho)(?<!\bhe)(?<!\bshe)'s\s+roles?\b/    # regex kept: a possessive ("the Treasury's role", "SPI-M's role"): a pattern cannot match a word's ending; lookbehinds drop "that's role"
"=the (=role|=roles) =of" NOT NEAR/6 (=aerosol|=aerosols|=asymptomatic|=behaviour|=behavioural|=children|=data|=deprivation|=ethnicity|=evidence|=factors|=genetics|=household|=households|=immunity|=infection|=infections|=mask|=masks|=modelling|=obesity|=schools|=science|=spread|=testing|=transmission|=vaccine|=vaccines|=variant|=variants|=ventilation|=virus)    # v3: "the role of the Cabinet Office is to"; not the causal role of a factor
=answerable
=ownership
"take* ownership"
"=took =ownership"
=liable
=liability
=governance
"=assurance (=arrangements|=framework|=frameworks|=function|=functions|=role|=roles)"    # v3: was bare (quality assurance, "it gave us some assurance")
scrutin*                    # scrutiny, scrutinise, scrutinize
=authority                  # exact: stem author would match author(s)
"=accountability =without =authority"
"=decision =rights"
"(=sign|=signed|=signing|=signs) ~2 =off"    # sign-off; v3: also "I signed them off", "sign those deals off"
"(=held|=hold|=holding|=holds) ~2 =to =account"    # held to account, hold them to account
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
"(=a|=clear|=democratic|=her|=his|=its|=my|=no|=our|=political|=the|=their|=your) =mandate"    # v3: not "to mandate face masks"
"=statutory (=accountability|=duty|=duties|=function|=functions|=obligation|=obligations|=power|=powers|=remit|=requirement|=requirements|=responsibilities|=responsibility|=role|=roles)"    # v3: not a statutory report, body or sick pay
"=duty =of =care"
"=conflict =of =interest"   # a governance term here (declarations of interest); excluded from tension.lex
"=conflicts =of =interest"
"declaration* =of interest*"
"declare* =an =interest"
"=register =of =interests"

[boundaries_remit]
# definition: boundaries of roles and remits - what falls within or outside a person's, post's or body's remit, patch or lane, overstepping, turf, interfaces between roles and bodies
# v3: territor* and bare "jurisdiction" dropped (territorial health boards and offices,
# the four nations as jurisdictions, "uncharted territory"); "straying into" and
# "outside my area/remit" added; geographic (police, service) boundaries out
=remit
=remits
"=my =patch"
"=his =patch"
"=her =patch"
"=their =patch"
"=our =patch"
"=your =patch"
# audit: the stem boundary was physical, geographic or data boundaries in 11 of 13
# sampled hits ("draw the boundaries" in image annotation); now only boundaries of roles,
# professions and organisations
"(=clinical|=departmental|=hierarchical|=managerial|=organisational|=organizational|=personal|=professional|=role|=team|=traditional|=tribal) (=boundaries|=boundary)"
"(=boundaries|=boundary) (=around|=between) ~3 (=clinicians|=colleagues|=departments|=doctors|=management|=managers|=nurses|=organisations|=organizations|=people|=profession|=professions|=role|=roles|=services|=team|=teams|=them|=us)"
"(blur*|blurr*|defend*|overstep*|push*|respect*|step* =over) (=her|=his|=my|=our|=professional|=the|=their|=these|=those|=your)? (=boundaries|=boundary)"    # v3: not "cross boundaries" (a pandemic, a risk) nor "police"
"=territorial (=battle|=battles|=behaviour|=behaviours|=dispute|=disputes|=instinct|=instincts)"
=territoriality
"(=defend|=defending|=protect|=protecting|=protective) ~2 (=territory|=turf)"
"(=stray|=straying|=strays|=strayed|=trespass|=trespassing) (=into|=onto|=outside)"    # v3: "I'm straying into territory that I'm not an expert on"
"(=outside|=beyond) (=her|=his|=my|=our|=their|=your|=its) (=own)? (=area|=areas|=competence|=expertise|=field|=lane|=patch|=remit|=responsibility|=role)"
=turf
overstep*                   # overstep, overstepped, overstepping
"(=stand|=standing|=step|=stepped|=stepping|=steps|=stood|=tread|=treading|=treads|=trod|=trodden) =on (=anybody's|=anyone's|=each =other's|=her|=his|=my|=one =another's|=our|=people's|=somebody's|=someone's|=their|=your) =toes"    # step / tread on someone's toes
encroach*
=purview
"=in =my =lane"
"=in =their =lane"
"=in =your =lane"
"stay* =in =lane"
"(=stay|=stayed|=staying|=stays) =in (=her|=his|=my|=our|=their|=your) (=own)? (=lane|=lanes)"
"swim lane*"
"=not =my =job"             # begins with "not": not negated itself
"=not =my =call"
"=not =my =decision"
"=not =my =place"
"=not =my =area"
"=not =my =department"
"(=is =not|=isn't|=that's =not|=was =not|=wasn't) (=her|=his|=my|=our|=their|=your) (=area|=call|=decision|=department|=job|=place|=problem|=role)"
# audit: bare =interface(s) was the user interface in 30 of 30 sampled hits (583 of
# 607 hits in the corpora); now only an interface between groups.
"interface* =between"       # "the interface between primary and secondary care"
"=at =the =interface*"
"=who =owns (=it|=that|=the|=these|=this|=those|=what)"    # audit: was "=who =owns", which matched "someone who owns a television"
=demarcation
"=lines =of =responsibility"
"=lines =of =accountability"
"(=matter|=matters) =for" NOT NEAR/2 (=another|=celebration|=concern|=consideration|=debate|=discussion|=interpretation|=judgement|=later|=now|=regret|=speculation)    # v3: "that would be a matter for the Cabinet Office" (whose remit), not "a matter for concern"

[exclude managerial_roles]
# "board" is a role only in the governance sense
# audit: drawing or writing on a (white)board and circuit boards (10 of 30 sampled hits)
/\b(?:draw|draws|drew|drawn|drawing|write|writes|wrote|written|writing|paint|sketch\w*|scribbl\w*|explain|do|doing|put|stick)\s+(?:\w+\s+){0,4}?(?:on|onto|in|at|up)\s+(?:(?:the|on|to)\s+){1,4}board\b/    # regex kept: 120 alternatives
"=circuit board*"
"=printed board*"
"=main =board"
"=smart board*"
"=smartboard*"
"=system administrator*"    # IT roles, not NHS administrators
"=database administrator*"
"=network administrator*"
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
# v3: the Chair of the Inquiry (or of a hearing) is not a management post
"=chair =of (=the|=this) =inquiry"
"=chair =of =the =hearing*"
"=the =chair =of =the =meetings"
# v3: management as an activity, incident teams
"=the =management =of"
"=the =management (=arrangements|=depth|=structure|=structures|=plan|=plans|=process|=processes)"
"=incident =management"
"=outbreak =management"
"=manager =of =the =inquiry"
"=the =management (=function|=functions|=layer =of =the =system)"
"=content =manager"         # records software

[exclude responsibility_accountability]
# audit: causal "responsible for" with a thing as subject (a chip, a file, a gene) and
# "liable to" (= likely to) are not accountability (6 of 30 sampled hits)
/\b(?:chips?|circuits?|files?|components?|modules?|functions?|code|scripts?|algorithms?|systems?|devices?|sensors?|cloud|genes?|mutations?|bacteri(?:a|um)|organisms?|virus(?:es)?|enzymes?|proteins?|hormones?|factors?|drugs?|layers?|nodes?)\s*,?\s+(?:(?:which|that|is|are|was|were|being|just|mainly|mostly|also|directly)\s+){0,3}responsible\b/    # regex kept: an unbounded repeat
"(=the)? =responsible (=component|=components|=factor|=function|=gene|=layer|=module|=organism)"
"=liable =to"               # "liable to buy something new" = likely to
# audit: an authority as an organisation ("Port Authority"; in NHS talk "the local authority",
# the council) and "with authority" (manner of speaking) are not accountability
"=local =authority*"
"=port =authority"
"=health =authority*"
"=strategic =health =authority*"
"=unitary =authority*"
"=with =such =authority"    # manner of speaking ("you speak with such authority"); "someone with authority" still counts
# v3: an authority as a body (UK Statistics Authority, Competition and Markets Authority)
"(=aviation|=combined|=competent|=contracting|=devolved|=education|=fire|=food|=housing|=licensing|=markets|=medicines|=planning|=police|=regulatory|=safety|=standards|=statistics|=surveillance|=transport) =authority"
"=authority (=area|=areas|=boundaries|=budget|=budgets|=chief|=chiefs|=colleagues|=leader|=leaders|=level|=officers|=officials|=partners|=services|=staff)"
"=delegated =powers =and =law"    # the Delegated Powers and Law Reform Committee
"=delegated =legislation"
"=contingent (=liabilities|=liability)"    # v3: an accounting item
"(=a|=an|=another|=big|=genuine|=major|=real|=serious|=simple|=unfortunate) =oversight"    # v3: an oversight = a mistake
"=responsible (=fashion|=manner|=way)"    # v3: prudently, not answerable
# v3: scrutiny of evidence (not of a person or body); information and data governance (rules for data)
"scrutin* (=of|=over|=on)? (=the|=those|=these|=that|=this|=our|=their)? (=advice|=analysis|=assumptions|=data|=evidence|=figures|=model|=modelling|=models|=numbers|=paper|=papers|=science|=studies|=study)"
"(=data|=information) =governance"

[exclude role_clarity_ambiguity]
"=the =role =that ~2 (=aerosol|=aerosols|=asymptomatic|=children|=masks|=schools|=spread|=transmission|=variants|=virus)"    # v3: "unclear the role that asymptomatic spread is playing" (causal)
# audit: ambiguity in data, labels, text and button design; blurred images
"avoid* ~2 ambigu*"
/\bambigu\w+\s+(?:in|of|about|with)\s+(?:the\s+|this\s+)?(?:data|labels?|buttons?|design|text|format|wording|symbols?|icons?|images?|annotations?|questions?|language|sentences?|words?)\b/    # regex kept: \w+ (at least one more letter)
/\b(?:no|any|little|very|avoid)\s+ambiguit(?:y|ies)\b(?!\s+(?:about|over|around)\s+(?:roles?|who|whose|responsibilit))/    # regex kept: a lookaround or inline option; "there won't be any ambiguities" (label text)
"=blurred (=background|=image|=images|=out|=photo|=photos|=picture|=pictures|=vision)"
"(=image|=images|=photo|=photos|=picture|=pictures|=quality|=vision) ~3 =blurred"

[exclude hybrid_roles]
"(=on|=onto|=from) (=a|=the)? (=cd|=cds)"    # v3: put on CD (a disc)
/\bcd\s*\(s\)\s*u\b/    # regex kept: the parentheses of "CD(S)U" (a surveillance unit) end a clause, so a pattern cannot span them
"=senior =responsible =officer*"    # v3: the SRO of a programme (a civil-service role), not the medical responsible officer
"lost in translation"        # a communication failure, not a hybrid role

[exclude clinical_roles]
# audit: business and IT consultants (9 of 30 sampled hits were non-clinical consultants).
# In NHS talk a consultant is a senior doctor, so only explicitly non-clinical kinds are cut;
# "as a consultant" stays (a known limit outside health care).
"(=ai|=business|=cloud|=data|=design|=fashion|=financial|=freelance|=hr|=independent|=it|=marketing|=recruitment|=sales|=security|=seo|=software|=strategy|=technical) (=consultant|=consultants)"
/\b(?:hire|hires|hired|hiring|bring in|brought in|bringing in|engage|engaged|engaging)\s+(?:a\s+|an\s+|some\s+|the\s+|external\s+|a bunch of\s+|lots of\s+|a lot of\s+)*consultants?\b/    # regex kept: an unbounded repeat; "they hire a bunch of consultants"
"=doctoral"                 # audit: stem doctor also matches doctoral, postdoctoral, doctorate
"=postdoctoral"
"=doctorate*"
"=gps (=coordinates|=data|=device|=devices|=location|=locations|=navigation|=points|=position|=positions|=receiver|=receivers|=signal|=signals|=trace|=traces|=tracker|=trackers|=tracking|=unit|=units)"    # audit: GPS positioning, not GPs
"=captured =with =gps"
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

[negation-terminators]
# Discourse markers that open a contrasting proposition (the defaults
# already hold but, however, although, because, what, how, ...).
"having said that"
"that said"
"even so"
"on the other hand"
