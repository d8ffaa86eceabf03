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
version: 2                  # 2: precision audit (lexicons/VALIDATION.md) - narrowed entries marked "audit:"

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
# audit: bare =hybrid was a hybrid battery or device (3 of 3 sampled hits; "hybrid
# working" is common in NHS talk too); now only a hybrid role or person.
"=hybrid (=clinical =managerial|=clinician|=clinicians|=consultant|=consultants|=doctor|=doctors|=identities|=identity|=job|=jobs|=leader|=leaders|=leadership|=manager|=managers|=position|=positions|=post|=posts|=professional|=professionals|=role|=roles)"
/\b(?:i'm|i am|he's|he is|she's|she is|they're|they are|we're|we are|you're|you are|being|become|became)\s+(?:a\s+)?(?:sort of\s+|kind of\s+|bit of\s+|real\s+|true\s+)?hybrids?\s*(?:[.,;:!?]|$)/    # regex kept: a character class [.,;:!?]; "I'm a hybrid."
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
"=still (=did|=do|=does|=doing|=have|=having|=keep|=keeping) ~1 (=a =list|=clinic|=clinical|=clinics|=lists|=on =call|=on =calls|=oncall|=oncalls|=sessions|=theatre|=ward =round|=ward =rounds)"    # "I still do two clinics"
=bilingual                  # "you have to be bilingual"
# audit: translat* was converting signals, code or text in 29 of 30 sampled hits; now
# only translating between groups or for an audience of the other world.
"translat* between"         # "I translate between the clinicians and the board"
"translat* in both directions"
"=kind =of =translation"
/\b(?:job|role|part|task)\s+(?:[\w',]+\s+){0,8}?is\s+to\s+translate\b/    # regex kept: a character class [\w',]; "the job of the medical director, a big part of it, is to translate"
/\b(?:i|i'm|we|we're|he|he's|she|she's|you|you're)\s+(?:(?:am|are|is|sort of|kind of|just|often|always|constantly|end up|ended up)\s+){0,3}translating\b(?!\s+(?:the\s+|a\s+|it\s+)?(?:code|signals?|text|documents?|data|key|keys|button|buttons|press))/    # regex kept: a lookaround or inline option; "so I'm sort of translating"
"translat* ~4 (=for|=into|=to) (=the)? (=board|=business|=clinical|=clinicians|=consultants|=doctors|=exec|=executive|=executives|=finance|=management|=managerial|=managers|=operational|=operations)"    # "translate this to the business", "translating it for the clinicians"
"(=act|=acted|=acting|=acts) =as (=a|=the)? (=bridge|=go =between|=interpreter|=translator)"
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
# audit: bare =clarity, =ambiguity/ambiguous/ambiguities and =blurred/blurring/blurry
# were about images, data formats and button labels in 13 of 16 hits; they now
# count only with a role word (see also the regexes below).
"=clarity ~2 (=accountabilities|=accountability|=boundaries|=boundary|=expectation|=expectations|=job|=jobs|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles|=who|=whose)"    # "clarity about who does what"
=ambiguity                  # audit: restored - in NHS leadership talk bare "ambiguity" is about roles; data, label and design ambiguity excluded below
=ambiguities
=blurred                    # audit: restored ("the lines ... can be quite blurred"); blurred images excluded below
/\bambigu\w+\s+(?:about|over|around|of|in|on)\s+(?:the\s+|our\s+|their\s+|my\s+|his\s+|her\s+)?(?:roles?|remits?|responsibilit(?:y|ies)|accountabilit(?:y|ies)|who|whose|boundar(?:y|ies)|expectations?|job|jobs)\b/    # regex kept: \w+ (at least one more letter)
"blurr* (=of)? (=the)? (=boundaries|=boundary|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"    # "blurred lines", "blurring of roles"
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
"grey area*"
"gray area*"
"who does what"
"who's doing what"
"=who =is =doing =what"
"(=who =is|=who =was|=who's) (=actually|=really|=ultimately)? (=accountable|=in =charge|=responsible)"
"(=who =is|=who =was|=who's) (=actually|=really)? =meant =to =be"
# audit: "what your role is" was an introduction prompt (2 of 2); now only with uncertainty
"(=clarified|=clarify|=clarity|=clear|=confused|=confusion|debate*|discuss*|=idea|=knew|=know|=lot|=question|=questions|=sure|=talk|=talked|=talking|=unclear|=understand|=understood|=unsure|=wondered|=wondering) ~2 (=about|=as =to|=of|=on)? =what (=her|=his|=my|=our|=their|=your) (=job|=remit|=role) (=actually|=really)? (=is|=was)"    # "I wasn't sure what my role was"
"(=ambiguous|=blurred|=blurry|=confused|=confusing|=fuzzy|=muddled|=overlapping|=unclear|=vague|=woolly|=wooly) ~1 (=accountabilities|=accountability|=boundaries|=boundary|=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles)"
"(=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles) ~3 (=ambiguous|=blurred|=blurry|=confused|=confusing|=fuzzy|=muddled|=unclear|=vague|=woolly)"
"(=lines|=remit|=remits|=responsibilities|=responsibility|=role|=roles) ~2 (=are =not|=aren't|=is =not|=isn't|=never|=was =not|=wasn't|=were =not|=weren't) ~1 =clear"    # "the roles aren't clear"
"(=isn't|=never|=not|=unclear|=wasn't) ~1 =clear (=who|=whose)"    # "it wasn't clear whose call it was"
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
# audit: the stem boundary was physical, geographic or data boundaries in 11 of 13
# sampled hits ("draw the boundaries" in image annotation); now only boundaries of roles,
# professions and organisations
"(=clinical|=departmental|=hierarchical|=managerial|=organisational|=organizational|=personal|=professional|=role|=service|=team|=traditional|=tribal) (=boundaries|=boundary)"
"(=boundaries|=boundary) (=around|=between) ~3 (=clinicians|=colleagues|=departments|=doctors|=management|=managers|=nurses|=organisations|=organizations|=people|=profession|=professions|=role|=roles|=services|=team|=teams|=them|=us)"
"(blur*|blurr*|cross*|defend*|overstep*|polic*|push*|respect*|=set|=sets|=setting|step* =over|test*) (=her|=his|=my|=our|=professional|=the|=their|=these|=those|=your)? (=boundaries|=boundary)"
territor*                   # territory, territorial, territories
=turf
overstep*                   # overstep, overstepped, overstepping
"(=stand|=standing|=step|=stepped|=stepping|=steps|=stood|=tread|=treading|=treads|=trod|=trodden) =on (=anybody's|=anyone's|=each =other's|=her|=his|=my|=one =another's|=our|=people's|=somebody's|=someone's|=their|=your) =toes"    # step / tread on someone's toes
encroach*
=jurisdiction
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

[exclude role_clarity_ambiguity]
# audit: ambiguity in data, labels, text and button design; blurred images
"avoid* ~2 ambigu*"
/\bambigu\w+\s+(?:in|of|about|with)\s+(?:the\s+|this\s+)?(?:data|labels?|buttons?|design|text|format|wording|symbols?|icons?|images?|annotations?|questions?|language|sentences?|words?)\b/    # regex kept: \w+ (at least one more letter)
/\b(?:no|any|little|very|avoid)\s+ambiguit(?:y|ies)\b(?!\s+(?:about|over|around)\s+(?:roles?|who|whose|responsibilit))/    # regex kept: a lookaround or inline option; "there won't be any ambiguities" (label text)
"=blurred (=background|=image|=images|=out|=photo|=photos|=picture|=pictures|=vision)"
"(=image|=images|=photo|=photos|=picture|=pictures|=quality|=vision) ~3 =blurred"

[exclude hybrid_roles]
"lost in translation"        # a communication failure (tension.communication_breakdown), not a hybrid role

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
