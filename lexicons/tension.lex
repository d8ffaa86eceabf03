# tension.lex - collaborative tension between clinical and managerial leaders
#
# Conceptual basis: studies of doctor-manager relations in the NHS (Davies &
# Harrison 2003; Spehar, Frich & Kjekshus 2012; Kippist & Fitzgerald 2009),
# professional tribalism and "us and them" (Braithwaite and colleagues on
# professional silos), targets and clinical priorities in NHS performance
# management, role conflict (Katz & Kahn), and sensemaking under pressure
# (Weick 1995). Written for lextab; no proprietary dictionary was copied.
# See lexicons/README.md and docs/counting-rules.md.
#
# Several ordinary clinical phrases contain tension words ("blood pressure",
# "tension pneumothorax", "antimicrobial resistance", "infection control",
# "dictated the clinic letters"): they are excluded below, each with its reason.

theme: tension
description: Collaborative tension - conflict, friction, resistance, blame, power and control, resource and financial pressure, targets against clinical priorities, us-and-them, communication breakdown
version: 1

[conflict_disagreement]
# definition: open conflict and disagreement between people or groups - arguments, disputes, clashes, falling out
conflict                    # conflict, conflicts, conflicted, conflicting ("conflict of interest" excluded below)
=conflictual
disagre*                    # disagree, disagreed, disagreement (stems differ: disagre / disagr)
disput*                     # dispute, disputes, disputed
=clash
=clashes
=clashed
=clashing
/\b(?:had|have|has|having|get|gets|got|getting|there were|there was|there's)\s+(?:a\s+|an\s+|some\s+|lots of\s+)?(?:big\s+|huge\s+|massive\s+|real\s+|proper\s+|blazing\s+|stand-up\s+|furious\s+)?(?:arguments?|rows|bust-ups?)\b(?!\s+(?:for|that|to be made))/    # "we had a huge argument" (not "an argument for")
"=a =row"                   # British: a row = an argument ("three in a row" excluded below)
"=big =row"
"=blazing =row"
=rowed
"=fell =out"
"=falling =out"
"=fallen =out"
"=fall =out =with"
"=falls =out =with"
"at loggerheads"
=loggerheads
"butt* heads"
"head butt*"                # head-butting
"lock* horns"
"cross* swords"
"=at =odds"
"=at =war"
=battle
=battles
=battling
"battle lines"
=fight
=fights
=fighting
=fought
"stand off"                 # stand-off
=standoff
confront*                   # confront, confrontation, confrontational
adversar*                   # adversarial, adversary
hostil*                     # hostile, hostility
=feud
=feuding
=animosity
antagonis*                  # antagonism, antagonistic
=contentious
=contested
"difference* of opinion"
=tussle
=spat
squabbl*
bicker*
wrangl*
=heated
"raised voice*"
=shouting
=shouted
"personality clash*"
"=role =conflict"
/\b(?:don't|didn't|doesn't|never|do not|did not|does not|wouldn't|won't)\s+(?:always\s+|really\s+|quite\s+)?see\s+eye\s+to\s+eye\b/    # "we don't see eye to eye"
"=agree =to =disagree"

[friction_frustration]
# definition: felt friction and frustration in working relationships - irritation, strain, awkwardness, resentment
=friction
=tension
=tensions
=tense
frustrat*                   # frustrate, frustrated, frustrating, frustration
irritat*                    # irritated, irritating, irritation
annoy*                      # annoy, annoyed, annoying, annoyance
exasperat*
"fed up"
=tetchy
=prickly
=strained                   # "a strained relationship"
=fraught
=awkward
=uncomfortable
=bruising                   # "a bruising meeting"
"bad blood"
=soured
=souring
resent*                     # resent, resentment, resentful
=bitter
=bitterness
=bitterly
=angry
=anger
=upset
=upsetting
=toxic
grievance*
disrespect*
=undervalued                # "we felt undervalued"
"=unprofessional behavio*"  # behaviour (UK), behavior (US); colleagues' conduct, not patients'
"=unacceptable behavio*"
"=poor behavio*"
"=bad behavio*"
"=disrespectful behavio*"
"=behavioural =concerns"
"=behavioral =concerns"
dismissive*
patronis*                   # UK
patroniz*                   # US
condescen*                  # condescending, condescension
/\brub\w*\s+(?:\w+\s+){0,2}up\s+the\s+wrong\s+way\b/
/\bdr(?:ive|ives|ove|iving)\s+(?:me|us|him|her|them|you)\s+(?:mad|crazy|nuts|up the wall|round the bend)\b/
"brick wall"                # "banging my head against a brick wall"
"=sore =point"
=touchy
=niggle
=niggles
=niggling
=rankled
=rankles
"elephant in the room"
"=difficult relationship*"
"=difficult conversation*"
"=walking =on =eggshells"
"=walk =on =eggshells"
=eggshells

[resistance]
# definition: resistance to decisions or change - pushing back, refusing, blocking, digging in, undermining
=resist
=resisted
=resisting
=resistance                 # clinical senses (antimicrobial, insulin resistance) excluded below
=resistant
=pushback
"push* back"                # push back, pushed back, pushing back ("pushed back the date" excluded below)
refus*                      # refuse, refused, refusal
reluct*                     # reluctant, reluctance, reluctantly
"=heels =in"                # "dug their heels in"
"=dug =in"
"=digging =in"
/\bdrag\w*\s+(?:their|his|her|our|my|your)\s+(?:heels|feet)\b/
"=foot =dragging"           # foot-dragging
=obstructive                # clinical senses (obstructive sleep apnoea, jaundice) excluded below
=obstructing
=obstructed
=obstruct
=stonewall
=stonewalled
=stonewalling
=veto
=vetoed
=vetoes
=opposition
=opposed                    # "as opposed to" excluded below
=oppose
=opposing
=disengaged
=disengagement
=disengage
=entrenched
intransigen*
stubborn*
=inflexible
=inflexibility
sabotag*
undermin*                   # undermine, undermined, undermining
"=work =to =rule"
"=industrial =action"
"=strike =action"
"=on =strike"
"=walked =out"
"=walk =out"
"=not =on =board"           # begins with "not": not negated itself
/\b(?:wouldn't|won't|didn't|don't|wasn't|weren't|refused to|refuse to)\s+(?:\w+\s+)?(?:budge|engage|cooperate|co-operate|play ball|sign up|get on board)\b/

[blame]
# definition: attributing fault - blaming, scapegoating, finger-pointing, passing the buck, defensive self-protection
blame                       # blame, blamed, blames, blaming
=blameworthy
scapegoat*
"finger point*"             # finger-pointing
/\bpoint\w*\s+(?:the\s+)?fingers?\b/
"pass* the buck"
"buck passing"
=fault                      # "whose fault", "my fault", "at fault"
=faults
=accuse                     # exact forms: the prefix accus would match accustomed
=accused
=accuses
=accusing
=accusation
=accusations
=accusatory
culpab*
criticis*                   # UK: criticise, criticised, criticism
criticiz*                   # US
/\b(?:throw|throws|threw|thrown|throwing)\s+(?:\w+\s+){0,2}under\s+the\s+bus\b/
/\bhung\s+(?:\w+\s+)?out\s+to\s+dry\b/
/\b(?:dragged|hauled|raked)\s+over\s+the\s+coals\b/
"=carpeted"
"=witch =hunt"              # witch-hunt
"nam* and sham*"            # naming and shaming
"=blame =culture"
/\bcover\w*\s+(?:my|his|her|their|our|your)\s+(?:own\s+)?backs?\b/    # covering our backs
"=got =it =in =the =neck"
"=in =the =firing =line"
defensiv*                   # defensive, defensively, defensiveness
=culprit
=culprits

[power_control]
# definition: power, hierarchy and control - imposing, dictating, overruling, micromanaging, status and authority contests
control                     # control, controls, controlled, controlling (clinical and accounting senses excluded below)
=power
=powerful
=powerless
=powerlessness
"power struggle*"
"power dynamic*"
"power base*"
=dictate
=dictated                   # "dictated the clinic letters" excluded below
=dictating
=dictatorial
diktat*
=directive                  # exact: the stem direct would match direct, directly, direction
=directives
=imposed
=impose
=imposing
=imposition
"top down"                  # top-down
"command and control"
/\b(?:tell|tells|telling|told)\s+(?:\w+\s+)?what\s+to\s+do\b/
overrul*                    # overrule, overruled
=override
=overrode
=overridden
"pull* rank"
hierarch*                   # hierarchy, hierarchical
=clout
autonom*                    # autonomy, autonomous (clinical autonomy)
micromanag*
"micro manag*"              # micro-manage
"heavy handed"              # heavy-handed
=authoritarian
=bully
=bullied
=bullies
=bullying
bulldoz*                    # bulldoze, bulldozed
domineer*
=dominate
=dominated
=dominant
"upper hand"
"call* the shots"
"=final =say"
"=last =word"
gatekeep*                   # gatekeeper, gatekeeping
=fiefdom
=fiefdoms
=empire
=empires
"empire building"
=barons                     # "the clinical barons"
"whip hand"
"=grip =and =control"
=politics                   # organisational politics
"=playing =politics"
"=game =playing"
"=playing =games"
"=the =pecking =order"
"=pecking =order"

[resource_financial_pressure]
# definition: scarce money, staff, beds and capacity - deficits, savings targets, cuts, operational and winter pressure
pressure                    # stem pressur: pressure, pressures, pressured (clinical pressure excluded below)
pressuris*                  # pressurised (UK)
pressuriz*                  # pressurized (US)
financ*                     # finance, financial, finances, financially (role titles excluded below)
=deficit
=deficits
overspen*                   # overspend, overspent, overspending
=underspend
=savings
=cip                        # cost improvement programme
=cips
"cost improvement*"
"control total*"            # the financial control total set for a trust
"cost cutting"
"cost pressure*"
=cuts
=budget
=budgets
=budgetary
=money
=funding
underfund*                  # underfunded, underfunding
=unfunded
=cash
=affordability
=unaffordable
=capacity                   # "in my capacity as" excluded below
=demand
=shortage
=shortages
vacanc*                     # vacancy, vacancies
=staffing
"short staffed"
=understaffed
=overstretched
=stretched
=scarce
=scarcity
=squeeze
=squeezed
=tight
backlog*
=locum
=locums
"=agency =spend"
"=agency =staff"
"=agency =nurses"
"=business case*"
efficienc*                  # efficiency, efficiencies
=productivity
=costs
=costly
"=no =beds"
"=bed =occupancy"
=occupancy
"=corridor =care"
=firefighting
"fight* fires"
=opel                       # operational pressures escalation level
"=black =alert"
"=critical =incident"
"=internal =incident"
"=flat =out"
"=on =our =knees"

[targets_vs_clinical_priorities]
# definition: the performance-target regime (waiting times, breaches, metrics) and its framing against clinical priority, need and safety
=target
=targets
"four hour*"                # four-hour target, four-hour breaches
"=4 hour*"                  # 4-hour (the digit is a token)
"=18 =weeks"
"=eighteen =weeks"
"=62 day*"
"=sixty =two day*"
=rtt                        # referral to treatment
"referral to treatment"
"=waiting time*"
"waiting list*"
=waits
=waiters                    # "long waiters"
=breach
=breaches
=breached
=breaching
"=elective =recovery"
=trajectory
=trajectories
"league table*"
"tick box*"                 # tick-box
"box ticking"               # box-ticking
=tickbox
"numbers game"
/\b(?:chas\w*|hit|hits|hitting|meet|meets|meeting|make|making|drive|driving)\s+(?:the\s+)?(?:numbers|figures|metrics)\b/
=performance
"performance manag*"
metric*
=kpi
=kpis
dashboard*
scorecard*
=throughput
"=clinical priorit*"       # clinical priority, priorities, prioritisation
"=clinically priorit*"      # clinically prioritised / prioritized
"=clinical =need"
"=clinical =urgency"
"=clinically =urgent"
"=clinical =risk"
"=clinical =harm"
"harm review*"
"=patient =safety"
"=clinical =judgement"      # UK
"=clinical =judgment"       # US
"=sickest =patients"
"=most =urgent"
/\btreat\w*\s+(?:\w+\s+)?in\s+turn\b/    # "treating in turn" (chronological order) against clinical priority
"cherry pick*"              # cherry-picking the easy cases
=perverse                   # "perverse incentives"
=p1
=p2
=p3
=p4

[us_and_them]
# definition: group boundaries and tribalism between professions or layers - us and them, silos, sides, the suits
/\bus\s+(?:and|versus|vs\.?|v\.?)\s+them\b/     # regex: "us vs. them" crosses the clause end after "vs."
/\bthem\s+(?:and|versus|vs\.?|v\.?)\s+us\b/
tribal*                     # tribal, tribalism
=tribe
=tribes
=silo
=silos
=siloed
"=two =camps"
"=different =camps"
"=opposite =camps"
"=other =side =of =the =fence"
"=taking =sides"
"=take =sides"
"=took =sides"
"=both =sides"
"=our =side"
"=their =side"
=divide                     # "the clinical-managerial divide"
=divisive
=gulf
=chasm
=rift
=outsider
=outsiders
"=the =suits"
"=in =suits"
"pen push*"                 # pen-pushers
"bean counter*"             # bean-counters
=bureaucrat                 # exact: "bureaucratic" describes process, not people
=bureaucrats
"=them =upstairs"
"=people =upstairs"
"=those =upstairs"
"=ivory tower*"
"=on =high"                 # "decisions from on high"
"turf war*"
=territorial
"clos* ranks"
"=old =boys"
=clique
=cliques
=cliquey
"=the =other =lot"

[communication_breakdown]
# definition: failed communication - not being told or consulted, crossed wires, misunderstandings, different languages, not listening
miscommunicat*
"communication breakdown*"
"breakdown* in communication"
"=lack =of =communication"
"=poor =communication"
/\b(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:told|tells|informed|asked|consulted|explained|bothered)\b/
/\b(?:wasn't|weren't|was not|were not|never|not been|hadn't been|haven't been|hasn't been|not)\s+(?:\w+\s+)?(?:told|informed|consulted|involved|asked|copied in)\b/
"=in =the =dark"
"=out =of =the =loop"
"=kept =out"
"=left =out"
"blind sided"               # blind-sided
=blindsided
/\bfound\s+out\s+(?:from|by|via|through|on|in)\b/    # "I found out from the newsletter"
"crossed wires"
"cross purposes"            # cross-purposes
misunderst*                 # misunderstand, misunderstanding, misunderstood
misinterpret*
"talk* past each other"
"=talking =past =one =another"
/\b(?:different|another|a different|two different)\s+languages?\b/    # "we speak a different language"
"lost in translation"
=jargon
"mixed message*"
"radio silence"
"ping pong"                 # email ping-pong
"=email =tennis"
=ignored
=unanswered
"the grapevine"
rumour*                     # UK
rumor*                      # US
=hearsay
=gossip
"=behind =closed =doors"
/\b(?:didn't|don't|doesn't|wasn't|weren't|isn't|aren't|not|never|won't|wouldn't)\s+(?:really\s+|actually\s+)?listen(?:ing|ed|s)?\b/    # "they just don't listen"
"deaf ears"
"=one =way =communication"
"=one =way =traffic"
"=went =quiet"
"=gone =quiet"

[exclude]
# Governance: "conflict of interest" is a probity term (declarations of
# interest), counted in roles.responsibility_accountability, never as conflict.
"conflict* of interest*"
# Clinical uses of tension words.
"tension pneumothora*"
"tension headache*"
"surface tension"

[exclude conflict_disagreement]
"diary clash*"              # scheduling, not conflict
"clash* diar*"
"clash* =with =my clinic*"
"=clash =of =dates"
"=in =a =row"               # "three in a row"; "a row" otherwise = an argument
"=front =row"
"=back =row"
"=a =row =of"               # "a row of beds"
"fight* fires"              # fire-fighting = operational pressure (counted there)
"=fight infection*"
"=fight =cancer"
"=fighting =fit"

[exclude friction_frustration]
"=tense =muscles"
"=past =tense"
"=present =tense"
"=upset =stomach"

[exclude resistance]
# clinical senses of resistance and obstruction
"antimicrobial resist*"
"antibiotic resist*"
"insulin resist*"
"treatment resist*"
"drug resist*"
"=resistance =training"
"obstructive sleep*"
"obstructive jaundice"
"obstructive airway*"
"=obstructive =uropathy"
"=as =opposed =to"          # "as opposed to" is a comparison, not opposition
"=diametrically =opposed"
/\bpush\w*\s+back\s+(?:the\s+|a\s+|our\s+|their\s+)?(?:date|deadline|start|launch|go-live|timeline|timetable|meeting|clinic|list|appointment)s?\b/    # postponing
"=refuse =collection"

[exclude blame]
"=fault =finding"           # equipment and diagnostic fault-finding
"=fault finder*"

[exclude power_control]
# Role titles are role language (roles.lex), never "direct"/"control" language.
"=medical director*"
"=clinical director*"
"=finance director*"
"=managing director*"
"=executive director*"
"director* =of"
"=divisional director*"
"=nursing director*"
"=board director*"
"directorate*"
# Clinical and accounting senses of control.
"infection control"
"=infection =prevention =and =control"
"=ipc"
"control total*"            # NHS financial control totals: counted as resource pressure instead
"quality control"
"=under =control"           # "got the waiting list under control"
"control group*"
"pain control"
"=glycaemic =control"
"=glycemic =control"
"=symptom =control"
"=seizure =control"
"=control =room"
"self control"
"birth control"
"=remote =control"
# Clinical and office senses of other entries.
"dictat* letter*"           # doctors dictate clinic letters
/\bdictat\w*\s+(?:\w+\s+){0,2}(?:letters?|clinic|notes|reports?|summar(?:y|ies)|discharge)\b/    # "dictated the clinic letters"
"dictat* clinic*"
"dictat* =notes"
"=dictated letter*"
"power cut*"
"power point*"

[exclude resource_financial_pressure]
# Clinical pressure is not resource pressure.
"blood pressure*"
"pressure ulcer*"
"pressure sore*"
"pressure injur*"
"pressure area*"
"pressure damage"
"pressure relie*"
"pressure mattress*"
"pressure care"
"intracranial pressure"
"=peer =pressure"           # social, not resource
# Role titles and neutral finance words.
"=finance director*"
"=director =of =finance"
"=finance team*"
"=finance colleague*"
"=finance =business partner*"
"=financial year*"
"=in =my =capacity =as"
"=in =his =capacity =as"
"=in =her =capacity =as"
"=in =their =capacity =as"
"=in =your =capacity =as"
"=tight =knit"              # a tight-knit team is cohesion, not scarcity
"trust deficit*"            # a deficit of trust (trust.distrust_suspicion), not money

[exclude targets_vs_clinical_priorities]
/\bbreach(?:es|ed)?\s+of\s+(?:patient\s+)?(?:confidentiality|trust|contract|duty|privacy|policy|protocol|the code|data protection|gdpr|regulations?|the peace)\b/    # breach of confidentiality / trust / contract: not the waiting-time sense ("a breach of the four-hour standard" still counts)
"data breach*"
"target range*"             # clinical: INR / blood-glucose target range
"target organ*"
"=target temperature*"
"=performance review*"     # individual appraisal

[negators]
# In addition to the defaults: "hardly any conflict", "rarely a row",
# "zero tension" report the absence of tension.
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom
=zero
