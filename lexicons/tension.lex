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
version: 2                  # 2: precision audit (lexicons/VALIDATION.md) - narrowed entries marked "audit:"

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
# audit: "=fallen =out" matched "fallen out my head"; falling out now needs a party or "with/over"
/\b(?:fall|falls|fell|fallen|falling)\s+out\s+(?:with|over|about|between)\b/
/\b(?:we|they|he|she|you|i|we've|they've|we'd|they'd|had|have|has)\s+(?:(?:all|both|completely|totally|badly|really|kind of|sort of)\s+)?(?:fell|fallen)\s+out\b/
/\b(?:a|proper|real|big|huge|bit of a)\s+falling[- ]out\b/    # "we had a proper falling out"
"at loggerheads"
=loggerheads
"=butt =heads"              # audit: was "butt* heads" / "head butt*", whose prefix also matches "button(s)"
"=butting =heads"
"=butted =heads"
"=head =butting"            # head-butting
"=head =butted"
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
# audit: bare =heated was also "heated and cooled"; now only a heated exchange or "it got heated"
/\bheated\s+(?:\w+\s+)?(?:discussions?|debates?|arguments?|exchanges?|meetings?|conversations?|words|moments?|rows?)\b/
/\b(?:got|get|gets|getting|became|become|becomes|becoming|quite|very|bit|little|fairly|pretty|really|rather|too|all)\s+heated\b/    # audit: not "if it was heated" (temperature)
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
"=bitter =about"            # audit: bare =bitter was a taste ("isn't it bitter"); bitterness and bitterly stay
"=bitter =dispute*"
"=bitter =row*"
"=very =bitter"
=bitterness
=bitterly
=angry
=anger
=upset
=upsetting
# audit: bare =toxic was a toxic button (child safety); in NHS talk it is also clinical
# ("toxic levels"); now only toxic relationships and cultures
/\btoxic\s+(?:cultures?|relationships?|environments?|atmospheres?|behaviou?rs?|teams?|people|persons?|individuals?|leadership|leaders?|managers?|bosses|boss|workplaces?|meetings?|dynamics?|colleagues?)\b/
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
/\bpoint(?:s|ed|ing)?\s+(?:the\s+|a\s+)?fingers?\s+at\b/    # audit: was /point\w* (the )?fingers?/, which matched "pointer finger", "pointing finger"
/\bpoint(?:s|ed|ing)?\s+the\s+finger\b/
"pass* the buck"
"buck passing"
# audit: bare =fault(s) was a defect or data error in 5 of 8 sampled hits; now only fault
# attributed to someone ("my fault", "whose fault", "the manager's fault", "at fault")
/\b(?:my|your|his|her|their|our|whose|anyone's|anybody's|nobody's|no one's|someone's|somebody's|everyone's|everybody's)\s+(?:own\s+)?faults?\b/
/\b(?!(?:it|that|there|what|he|she|who|where|here|let)'s\b)\w+'s\s+(?:own\s+)?fault\b/    # "the manager's fault"
"=at =fault"
/\bfault\s+(?:lies|lay|lay with|lies with)\b/
/\bfault\s+of\s+(?:their|his|her|my|our|your)\s+own\b/    # "through no fault of their own"
=accuse                     # exact forms: the prefix accus would match accustomed
=accused
=accuses
=accusing
=accusation
=accusations
=accusatory
culpab*
# audit: criticis*/criticiz* was feedback on a product or process in 7 of 9 sampled hits
# ("my one criticism is that we didn't have enough colours"); now criticism of people
/\bcritici[sz]\w*\s+(?:him|her|them|me|us|you|each other|one another|people|colleagues|clinicians|managers|doctors|nurses|consultants|staff|the (?:board|team|trust|management|managers|clinicians|consultants|exec\w*|coo|ceo|department|division|directorate|chief executive))\b/
/\b(?:i|we|he|she|they|you|was|were|been|being|get|got|gets|getting|felt|feel|feels)\s+(?:\w+\s+)?critici[sz]ed\b/    # "we got criticised"
/\bcriticisms?\s+(?:of|from)\s+(?:the\s+)?(?:him|her|them|me|us|colleagues|clinicians|managers|doctors|nurses|consultants|staff|board|team|trust|management|exec\w*|department|division)\b/
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
=culprit                    # audit: cause metaphors ("the biggest culprit") excluded below
=culprits

[power_control]
# definition: power, hierarchy and control - imposing, dictating, overruling, micromanaging, status and authority contests
# audit: the bare stem `control` and =power / =powerful were a remote control, a
# controller, a power button or solar power in 30 of 30 sampled hits (about 1,500 of
# 1,548 hits in the corpora). They now count only in constructions of power over people,
# decisions and resources. Recall cost: a bare "it's all about control" is no longer counted.
/\b(?:take|takes|took|taking|taken|seize[sd]?|seizing|grab|grabs|grabbed|grabbing|wrest\w*|exert\w*|exercis\w*|keep|keeps|kept|keeping|retain\w*|regain\w*|lose|loses|lost|losing|loss of|cede[sd]?|ceding|relinquish\w*|hand(?:s|ed|ing)? over|want(?:s|ed)?|in|out of|under (?:his|her|their|my|our|your)|central|centralised|centralized|tight|tighter|top-down|managerial|clinical|financial|management|total|complete|absolute|too much|sense of|illusion of|locus of)\s+control\b(?!\s+(?:buttons?|panels?|units?|systems?|groups?|rooms?|totals?|of\s+(?:the\s+)?(?:tv|television|device|devices|volume|channels?|remote|lights?|cursor)))/    # "take control", "they want control", "central control"
/\bcontrol\s+(?:freaks?|over\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+|my\s+)?(?:budgets?|money|finances?|resources|staff|people|decisions?|agenda|appointments|priorities|services?|organisation|organization|trust|division|directorate|department|clinicians|consultants|doctors|managers|them|him|her|us|me|you|each other|what|how|who|where|when|things|everything|anything|nothing|policy|strategy|operations|beds|theatres|lists|rotas?|jobs?|posts?))\b/    # "control over the budget"
/\bcontrol(?:s|led|ling)?\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+)?(?:budgets?|money|purse strings|agenda|decisions?|staff|appointments|resources|board|organisation|organization|division|directorate)\b/    # "she controls the budget" (audit: not "control everything", said of a universal remote)
/\b(?:very|too|so|quite|really|bit|more|less|extremely|incredibly|overly|being|was|were|is|are|be)\s+controlling\b(?!\s+(?:the|a|an|all|multiple|different|our|your|their|his|her|it|this|that|these|those)\b)/    # "a little too controlling" (not "controlling the TV")
/\bcontrolling\s+(?:behaviou?rs?|manager|managers|boss|bosses|leader|leaders|leadership|style|personality|people|person)\b/
/\b(?:outside|beyond|out of)\s+(?:our|my|their|his|her|your|anyone's|the team's|the division's)\s+control\b/    # "most of what drives it is outside our control"
/\b(?:financial|spending|spend|budgetary|central|tight|tighter|grip and)\s+controls?\b(?!\s+(?:group|groups|panel|button|buttons))/    # "financial controls from the centre"
/\b(?:i|we|you|they|he|she|who)\s+(?:don't|do not|didn't|doesn't|can't|cannot|never|actually|really|still)\s+control\b/    # "you're accountable for a budget but you don't control most of it"
/\bcontrol\s+(?:\w+\s+)?(?:spend|spending|budgets?|money|purse strings|posts|rotas?|beds|lists|recruitment|appointments)\b/    # "control locum spend"
/\b(?:their|his|her|our|my)\s+controls\b(?!\s+(?:are|is)\s+(?:on|at))/    # "finance got their controls"
/\bcontrolled\s+by\s+(?:someone|somebody|others|other people|the centre|the center|finance)\b/
/\b(?:a|the)\s+power\s+thing\b/    # "it was a power thing, really"
/\bwhere\s+the\s+(?:real\s+)?power\s+(?:is|was|lies|lay|sits|sat|really is)\b/
/\bcontrolled\s+by\s+(?:the\s+)?(?:managers?|management|board|centre|center|finance|executives?|exec|government|department|him|her|them|doctors|clinicians|consultants|coo|ceo|chief executive|medical director|trust|region|nhse|nhs england)\b/
/\b(?:political|positional|formal|informal|soft|hard|decision[- ]making|spending|veto|managerial|clinical|medical|executive|real|the real|no real|institutional|professional)\s+power\b/    # power as authority ("no real power"); bare "the power", "more power" were energy in the AMI meetings, so they are not counted (recall cost: "the power the board has")
/\b(?:balance|abuse|position|positions|seat|seats|corridors|levers|lever|trappings|concentration|distribution|shift|transfer)\s+of\s+power\b/
/\b(?:who|whoever|they|he|she|managers|clinicians|consultants|doctors|the board|the centre|the center|the exec\w*|finance)\s+(?:has|had|have|hold|holds|held|wield\w*|want|wants|wanted)\s+(?:(?:the|all the|real|more|most|no|the real|all|any|less)\s+)?power\b/    # "who has the power"
/\b(?:wield\w*|seiz\w*|grab\w*|shar(?:e|ed|es|ing)|cede[sd]?|ceding|relinquish\w*|hand(?:s|ed|ing)?\s+over|abus\w*|consolidat\w*|los(?:e|es|ing)|lost|gain\w*)\s+(?:the\s+|their\s+|his\s+|her\s+|more\s+|some\s+|real\s+)?power\b/
/\bpower\s+(?:to\s+(?:decide|veto|block|stop|appoint|sack|fire|overrule|change things|say no|influence|hire|approve|sign)|over\b|base|bases|struggles?|dynamics?|plays?|games?|balance|brokers?|grabs?|relations|relationships|imbalances?|differentials?|(?:lies|lay|sits|sat|rests|rested)\s+with|of\s+the\s+(?:board|exec\w*|centre|center|consultants|purse|chief executive|medical director|coo|ceo))/
/\bpowerful\s+(?:people|person|persons|voices?|figures?|positions?|groups?|lobby|lobbies|consultants?|clinicians?|managers?|individuals?|personalit(?:y|ies)|players?|men|women|man|woman|executives?|directors?|chief|ceo|coo|leaders?|body|bodies|committees?|unions?|interests|allies|ally|enemies|enemy|barons?|surgeons?)\b/
=powerless
=powerlessness
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
/\b(?:tell|tells|telling|told)\s+(?:me|us|him|her|them|you|people|clinicians|doctors|consultants|managers|staff|everyone|everybody|the (?:clinicians|consultants|managers|team|board))\s+what\s+to\s+do\b/    # audit: a person is told (not "tell the TV what to do")
overrul*                    # overrule, overruled
=override
=overrode
=overridden
"pull* rank"
hierarch*                   # hierarchy, hierarchical ("hierarchical clustering/model" excluded below)
=clout
autonom*                    # autonomy, autonomous (clinical autonomy; machine and patient autonomy excluded below)
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
"=political =game*"         # audit: "=game =playing" / "=playing =games" were video games; now organisational games only
/\bplay\w*\s+(?:political\s+|silly\s+|mind\s+)?games\s+with\b/    # "playing games with us"
"=playing =political =games"
"=the =pecking =order"
"=pecking =order"

[resource_financial_pressure]
# definition: scarce money, staff, beds and capacity - deficits, savings targets, cuts, operational and winter pressure
pressure                    # stem pressur: pressure, pressures, pressured (clinical pressure excluded below)
pressuris*                  # pressurised (UK)
pressuriz*                  # pressurized (US)
# audit: financ* was the finance department or a financial sector ("financial services",
# "that's the finance") in 6 of 6 sampled hits; it now counts only for the financial
# position and its pressures. =money, =costs and =budget stay bare: in NHS leadership
# talk money is nearly always talked about as short ("the money doesn't follow");
# making and paying money (profit, consumers) is excluded below. =cash is narrowed.
=money
=costs
=finances                   # "the finances are dire" (the plural names the state of the money)
/\bfinancial(?:ly)?\s+(?:\w+\s+)?(?:pressures?|challeng\w*|constraints?|difficult\w*|problems?|position|situation|balance|recovery|special measures|envelope|gap|crisis|squeeze|stress|strain|deficits?|sustainab\w*|troubles?|hole|black hole|limits?|restrictions?|climate|realit(?:y|ies)|savings|targets?|plan|regime|straitjacket|controls?)\b/    # "the financial position", "financially challenged"
/\b(?:the\s+)?finances\s+(?:(?:are|were|is|was|being|looked|look|looking|very|really|so|quite|pretty|in)\s+){1,3}(?:tight|bad|dire|poor|awful|terrible|difficult|challenging|a mess|trouble|deficit|dreadful|precarious|stretched|shot)\b/
/\b(?:no|not enough|short of|lack of|shortage of|out of|run(?:ning)? out of|ran out of|squeeze on)\s+(?:the\s+|any\s+)?cash\b/    # audit: bare =cash was consumers' cash in the design meetings
/\bcash[- ](?:strapped|releasing|release|flow|position)\b/
/\b(?:cut|cuts|cutting|reduc\w*|sav\w*|lower\w*|contain\w*|control\w*|rising|rise in|increas\w*|higher|extra|additional|spiral\w*|escalating|bring down|bringing down|brought down)\s+(?:the\s+|our\s+|their\s+|production\s+|running\s+|staff\s+|agency\s+)?cost\b/    # "cut the cost" (=costs, plural, is bare above)
/\bcost\s+(?:\w+\s+){0,2}(?:too high|(?:much\s+)?higher|rising|going up|gone up|went up|increas\w*|spiral\w*|escalat\w*|through the roof)\b/
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
=budget                     # audit: kept as is (see above); role-free and mostly constraint talk
=budgets
=budgetary
=funding
underfund*                  # underfunded, underfunding
=unfunded
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
=scarcity                   # audit: "scarcity of the data" excluded below
# audit: bare =squeeze (squeezing a spongy remote) and =tight ("too tight", "tight
# material") were physical; now only a financial squeeze or tight money
"=the =squeeze"
"=squeeze =on"
"=financial =squeeze"
"=budget =squeeze"
=squeezed
/\btight\s+(?:budgets?|finances?|financial|money|funding|resources|staffing|settlement|envelope|year|spending|financial year)\b/
/\b(?:budgets?|money|finances?|funding|resources?|staffing|cash)\s+(?:(?:is|are|was|were|'s|being|getting|very|really|incredibly|extremely|so|quite|pretty)\s+){1,2}tight\b/
backlog*
=locum
=locums
"=agency =spend"
"=agency =staff"
"=agency =nurses"
"=business case*"
# audit: efficienc* was an evaluation criterion of ML systems ("scalability, efficiency")
# in these corpora; now only the NHS savings senses
=efficiencies               # "we have to find efficiencies"
"=efficiency =savings"
"=efficiency =target*"
"=efficiency =programme*"
"=efficiency =program*"
"=efficiency =drive*"
"=efficiency =requirement*"
=productivity
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
# audit: "four hour*" also matched "another four hours left" (a duration); now the
# singular compound and "within four hours"
"=four =hour"               # four-hour target, four-hour standard (the hyphen splits tokens)
"=4 =hour"                  # 4-hour (the digit is a token)
/\b(?:within|under|inside|in under|breach\w*|breaking|broke)\s+(?:the\s+)?(?:four|4)\s+hours?\b/
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
# audit: "=both =sides" was physical (both sides of a remote) in 10 of 11 sampled hits;
# "=our =side" / "=their =side" were mostly neutral ("suggestions from their side").
# Now: sides as camps. Recall cost: "frustration on both sides" is no longer counted.
/\bboth\s+sides\s+(?:of\s+the\s+(?:fence|divide|argument|debate|house|table)|(?:were|are|have|had|felt|feel|agreed|agree|wanted|want|dug|dig|blamed|blame|thought|think|came|come|needed|need)\b)/
"=on =our =side"            # "the board is on our side"
"=from =both =sides"        # "pressure from both sides" (the hybrid leader in the middle)
"=on =their =side"
/\bour\s+side\s+(?:and|versus|vs\.?|against|or)\s+(?:their|the other)\s+side\b/
# audit: bare =divide was arithmetic or "divide the circuit" (7 of 7); now only the noun
/\b(?:the|a|this|that|our|their)\s+(?:[\w'-]+\s+){0,2}divides?\b(?!\s+(?:it|them|by|up|the|into|between|our|us|this|that))/    # "the clinical-managerial divide"
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
/\b(?:wasn't|weren't|was not|were not|never|not been|hadn't been|haven't been|hasn't been|not)\s+(?:\w+\s+)?(?:told|informed|consulted|asked|copied in)\b/
# audit: "involved" moved out of the regex above: "we are not directly involved in the data
# quality piece" (scope of work) was 3 of 3 sampled hits; now only left out of decisions
/\b(?:wasn't|weren't|was not|were not|never|not been|hadn't been|haven't been|hasn't been)\s+(?:\w+\s+)?involved\s+in\s+(?:the\s+|any\s+|those\s+|these\s+|that\s+)?(?:decision|decisions|discussion|discussions|conversation|conversations|planning|consultation)\b/
# audit: "=in =the =dark" was literal (glow in the dark) in 17 of 17 sampled hits; now only kept/left in the dark
/\b(?:kept|keep|keeps|keeping|left|leave|leaves|leaving)\s+(?:\w+\s+){0,2}in\s+the\s+dark\b/
"=out =of =the =loop"
"=kept =out"
"=left =out"
"blind sided"               # blind-sided
=blindsided
/\bfound\s+out\s+(?:from|via|through|by\s+accident|afterwards|after\s+the\s+(?:fact|event)|second[- ]hand|on\s+(?:twitter|the news|the radio|the grapevine|the intranet)|in\s+the\s+(?:papers?|press|news|newsletter|minutes|local paper))\b/    # "I found out from the newsletter" (audit: "found out by/on/in" alone was "found out in my research")
"crossed wires"
"cross purposes"            # cross-purposes
misunderst*                 # misunderstand, misunderstanding, misunderstood
misinterpret*
"talk* past each other"
"=talking =past =one =another"
# audit: "different languages" was localisation and programming languages (5 of 5); now only speaking one
/\b(?:speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked|use|uses|using|used)\s+(?:(?:a|two|completely|totally|very|entirely|quite)\s+)*(?:different|another)\s+languages?\b/    # "we speak a different language"
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
# audit: procedural invitations to object are not disagreement ("does anybody disagree
# with that?", 3 of 30 sampled hits), nor a Likert scale ("agree, disagree")
/\b(?:anybody|anyone|any one)\s+(?:\w+\s+)?disagre\w*/
/\bagree\s*,?\s+(?:or\s+|to\s+)?(?:strongly\s+)?disagree\b/
# audit: things that clash (colours, requirements, dates) are not people in conflict
/\b(?:colou?rs?|points|requirements?|dates|times|meetings?|styles?|patterns?|fonts?|designs?|shapes?)\s+(?:(?:are|were|is|was|really|kind of|sort of|a bit|just)\s+){0,2}clash\w*/
/\bcolou?r\s+clash\w*/
"=data =wrangl*"            # audit: data wrangling and the Data Wrangler tool
/\bconfront\w*\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+)?(?:\w+\s+)?(?:problems?|issues?|challenges?|factors?|reality|realities|values|data|questions?|difficult(?:y|ies)|risks?)\b/    # audit: confronting a problem = addressing it
"=wrangler*"

[exclude friction_frustration]
"=tense =muscles"
"=past =tense"
"=present =tense"
"=upset =stomach"
# audit: frustration and annoyance of users, customers and patients with a product or
# service are not friction in working relationships (30 of 30 sampled hits were users'
# frustrations with remote controls and tools in these corpora). Recall is kept for
# colleagues' frustration; "it's really annoying" with no subject still counts (a known limit).
/\b(?:users?|customers?|consumers?|clients?|patients?|relatives|families|public|viewers?)(?:'s?)?\s+(?:\w+\s+){0,3}?(?:frustrat\w*|annoy\w*|irritat\w*|fed up|upset|angry|uncomfortable)\b/
/\b(?:frustrat\w*|annoy\w*|irritat\w*)\s+(?:\w+\s+){0,2}?(?:for|to)\s+(?:the\s+|our\s+)?(?:users?|customers?|consumers?|clients?|patients?|people)\b/
/\b(?:user|customer|consumer|client|patient)s?\s+frustrations?\b/
"=skin =irritation"
"=eye =irritation"
/\b(?:uncomfortable|awkward)\s+(?:to\s+(?:hold|use|reach|carry|press|wear)|shape|size|angle|grip)\b/

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
# audit: physical resistance of materials (shock-, water-, temperature-resistant: 16 of 25
# sampled hits) and procedural "does anybody oppose the idea?"
/\b(?:shock|water|damage|temperature|heat|fire|scratch|drop|wear|impact|tamper|stain|weather|rust|corrosion|crush|tear|splash|dust|uv|chemical)[- ]?(?:resistant|resistance)\b/
/\bresist\w*\s+(?:\w+\s+){0,7}?(?:shocks?|dropping|drops|falls?|water|liquids?|spillage|temperatures?|heat|cold|damage|wear|scratch\w*|impacts?)\b/
/\b(?:anybody|anyone|any one)\s+(?:\w+\s+)?oppos\w*/

[exclude blame]
"=fault =finding"           # equipment and diagnostic fault-finding
/\b(?:biggest|main|major|likely|probable|real|usual|prime)\s+culprits?\b/    # audit: "the biggest culprit there was..." = the main cause
"=fault finder*"

[exclude power_control]
# audit: machine and patient autonomy, statistical hierarchies (not power between leaders)
/\bautonomous\s+(?:vehicles?|cars?|driving|systems?|robots?|agents?|drones?|mode|navigation)\b/
"=patient =autonomy"
"=battery =autonomy"
/\bhierarchical\s+(?:clustering|models?|modelling|modeling|neural|networks?|structures?|data|bayesian|regression|classification|labels?|menus?)\b/
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
# audit: market demand, capacity of a device or a person (clinical), scarce data, the agile backlog
"=on =demand"
"=market =demand"
"=consumer =demand"
"=customer =demand"
"=demand forecast*"
/\bpredict\w*\s+(?:(?:the|future)\s+)?demand\b/
"=mental =capacity"         # clinical (the Mental Capacity Act), not resource
"=lacks =capacity"
"=capacity =assessment*"
"=battery =capacity"
"=storage =capacity"
"=memory =capacity"
/\bscarc\w*\s+(?:of\s+)?(?:the\s+)?(?:data|images?|labels?|samples?|examples?|training data)\b/
"=product =backlog"
"=sprint =backlog"
"=backlog =grooming"
/\bmak(?:e|es|ing)\s+(?:\w+\s+){0,2}?(?:more\s+|some\s+|a lot of\s+|lots of\s+)?money\b/    # audit: profit ("it must make the company money")
/\b(?:pay|pays|paid|paying|spend|spends|spent|spending)\s+(?:\w+\s+){0,2}?(?:more|extra|less|outrageous|good|real|their|the|own)\s+(?:money|cash)\b/    # consumers paying ("would pay more money for it"); "we spend a lot of money on agency" still counts
/\b(?:money|costs?)\s+(?:on|from|for)\s+the\s+web\b/

[exclude targets_vs_clinical_priorities]
/\bbreach(?:es|ed)?\s+of\s+(?:patient\s+)?(?:confidentiality|trust|contract|duty|privacy|policy|protocol|the code|data protection|gdpr|regulations?|the peace)\b/    # breach of confidentiality / trust / contract: not the waiting-time sense ("a breach of the four-hour standard" still counts)
"data breach*"
"target range*"             # clinical: INR / blood-glucose target range
"target organ*"
"=target temperature*"
"=performance review*"     # individual appraisal
# audit: marketing and ML senses of target (target group, audience, variable: 9 of 30
# sampled hits) and of performance and metrics (model evaluation: 21 of 30)
/\btarget\s+(?:groups?|audiences?|markets?|customers?|users?|populations?|demographics?|consumers?|segments?|age|variables?|labels?|values?|class|classes|columns?|domains?|languages?|devices?|platforms?)\b/
/(?:^|\b(?:to|we|you|they|i|will|should|can|could|would|must|'ll|gonna|wanna|want|need)\s+)target(?:s|ed|ing)?\s+(?:the|our|these|those|them|people|users|customers|young|old|older|elderly)\b/    # the verb: "we target the elderly" ("the target the board set" still counts)
/\b(?:models?|model's|algorithms?|classifiers?|networks?|gpu|cpu|computers?|hardware|software|battery|device|system's|predictive|ml|machine learning|training|validation|test)\s+performance\b/
/\bperformance\s+(?:of|on)\s+(?:the\s+|our\s+|a\s+|this\s+|that\s+|these\s+|your\s+)?(?:\w+\s+)?(?:models?|algorithms?|classifiers?|systems?|networks?|predictions?|datasets?|test sets?|data|hardware|device|gpu)\b/
/\b(?:evaluation|accuracy|statistical|confusion|loss|offline|online|ml|model|classification|regression)\s+metrics?\b/

[negators]
# In addition to the defaults: "hardly any conflict", "rarely a row",
# "zero tension" report the absence of tension.
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom
=zero
