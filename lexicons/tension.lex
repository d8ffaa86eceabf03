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
/\b(?:had|have|has|having|get|gets|got|getting|there were|there was|there's)\s+(?:a\s+|an\s+|some\s+|lots of\s+)?(?:big\s+|huge\s+|massive\s+|real\s+|proper\s+|blazing\s+|stand-up\s+|furious\s+)?(?:arguments?|rows|bust-ups?)\b(?!\s+(?:for|that|to be made))/    # regex kept: a lookaround or inline option; "we had a huge argument" (not "an argument for")
"=a =row"                   # British: a row = an argument ("three in a row" excluded below)
"=big =row"
"=blazing =row"
=rowed
# audit: "=fallen =out" matched "fallen out my head"; falling out now needs a party or "with/over"
"(=fall|=fallen|=falling|=falls|=fell) =out (=about|=between|=over|=with)"
"(=had|=has|=have|=he|=i|=she|=they|=they'd|=they've|=we|=we'd|=we've|=you) (=all|=badly|=both|=completely|=kind =of|=really|=sort =of|=totally)? (=fallen|=fell) =out"
"(=a|=big|=bit =of =a|=huge|=proper|=real) =falling =out"    # "we had a proper falling out"
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
"=heated ~1 (=argument|=arguments|=conversation|=conversations|=debate|=debates|=discussion|=discussions|=exchange|=exchanges|=meeting|=meetings|=moment|=moments|=row|=rows|=words)"
"(=all|=became|=become|=becomes|=becoming|=bit|=fairly|=get|=gets|=getting|=got|=little|=pretty|=quite|=rather|=really|=too|=very) =heated"    # audit: not "if it was heated" (temperature)
"raised voice*"
=shouting
=shouted
"personality clash*"
"=role =conflict"
"(=did =not|=didn't|=do =not|=does =not|=doesn't|=don't|=never|=won't|=wouldn't) (=always|=quite|=really)? =see =eye =to =eye"    # "we don't see eye to eye"
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
"=toxic (=atmosphere|=atmospheres|=behavior|=behaviors|=behaviour|=behaviours|=boss|=bosses|=colleague|=colleagues|=culture|=cultures|=dynamic|=dynamics|=environment|=environments|=individual|=individuals|=leader|=leaders|=leadership|=manager|=managers|=meeting|=meetings|=people|=person|=persons|=relationship|=relationships|=team|=teams|=workplace|=workplaces)"
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
"rub* ~2 =up =the =wrong =way"
"(=drive|=drives|=driving|=drove) (=her|=him|=me|=them|=us|=you) (=crazy|=mad|=nuts|=round =the =bend|=up =the =wall)"
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
"drag* (=her|=his|=my|=our|=their|=your) (=feet|=heels)"
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
"(=didn't|=don't|=refuse =to|=refused =to|=wasn't|=weren't|=won't|=wouldn't) ~1 (=budge|=co =operate|=cooperate|=engage|=get =on =board|=play =ball|=sign =up)"

[blame]
# definition: attributing fault - blaming, scapegoating, finger-pointing, passing the buck, defensive self-protection
blame                       # blame, blamed, blames, blaming
=blameworthy
scapegoat*
"finger point*"             # finger-pointing
"(=point|=pointed|=pointing|=points) (=a|=the)? (=finger|=fingers) =at"    # audit: was /point\w* (the )?fingers?/, which matched "pointer finger", "pointing finger"
"(=point|=pointed|=pointing|=points) =the =finger"
"pass* the buck"
"buck passing"
# audit: bare =fault(s) was a defect or data error in 5 of 8 sampled hits; now only fault
# attributed to someone ("my fault", "whose fault", "the manager's fault", "at fault")
"(=anybody's|=anyone's|=everybody's|=everyone's|=her|=his|=my|=no =one's|=nobody's|=our|=somebody's|=someone's|=their|=whose|=your) (=own)? (=fault|=faults)"
/\b(?!(?:it|that|there|what|he|she|who|where|here|let)'s\b)\w+'s\s+(?:own\s+)?fault\b/    # regex kept: a lookaround or inline option; "the manager's fault"
"=at =fault"
"=fault (=lay|=lay =with|=lies|=lies =with)"
"=fault =of (=her|=his|=my|=our|=their|=your) =own"    # "through no fault of their own"
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
"(criticis*|criticiz*) (=clinicians|=colleagues|=consultants|=doctors|=each =other|=her|=him|=managers|=me|=nurses|=one =another|=people|=staff|=the =board|=the =ceo|=the =chief =executive|=the =clinicians|=the =consultants|=the =coo|=the =department|=the =directorate|=the =division|=the exec*|=the =management|=the =managers|=the =team|=the =trust|=them|=us|=you)"
"(=been|=being|=feel|=feels|=felt|=get|=gets|=getting|=got|=he|=i|=she|=they|=was|=we|=were|=you) ~1 (=criticised|=criticized)"    # "we got criticised"
"(=criticism|=criticisms) (=from|=of) (=the)? (=board|=clinicians|=colleagues|=consultants|=department|=division|=doctors|exec*|=her|=him|=management|=managers|=me|=nurses|=staff|=team|=them|=trust|=us)"
"(=threw|=throw|=throwing|=thrown|=throws) ~2 =under =the =bus"
"=hung ~1 =out =to =dry"
"(=dragged|=hauled|=raked) =over =the =coals"
"=carpeted"
"=witch =hunt"              # witch-hunt
"nam* and sham*"            # naming and shaming
"=blame =culture"
"cover* (=her|=his|=my|=our|=their|=your) (=own)? (=back|=backs)"    # covering our backs
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
/\b(?:take|takes|took|taking|taken|seize[sd]?|seizing|grab|grabs|grabbed|grabbing|wrest\w*|exert\w*|exercis\w*|keep|keeps|kept|keeping|retain\w*|regain\w*|lose|loses|lost|losing|loss of|cede[sd]?|ceding|relinquish\w*|hand(?:s|ed|ing)? over|want(?:s|ed)?|in|out of|under (?:his|her|their|my|our|your)|central|centralised|centralized|tight|tighter|top-down|managerial|clinical|financial|management|total|complete|absolute|too much|sense of|illusion of|locus of)\s+control\b(?!\s+(?:buttons?|panels?|units?|systems?|groups?|rooms?|totals?|of\s+(?:the\s+)?(?:tv|television|device|devices|volume|channels?|remote|lights?|cursor)))/    # regex kept: a lookaround or inline option; "take control", "they want control", "central control"
/\bcontrol\s+(?:freaks?|over\s+(?:the\s+|their\s+|our\s+|his\s+|her\s+|my\s+)?(?:budgets?|money|finances?|resources|staff|people|decisions?|agenda|appointments|priorities|services?|organisation|organization|trust|division|directorate|department|clinicians|consultants|doctors|managers|them|him|her|us|me|you|each other|what|how|who|where|when|things|everything|anything|nothing|policy|strategy|operations|beds|theatres|lists|rotas?|jobs?|posts?))\b/    # regex kept: 373 alternatives; "control over the budget"
"(=control|=controlled|=controlling|=controls) (=her|=his|=our|=the|=their)? (=agenda|=appointments|=board|=budget|=budgets|=decision|=decisions|=directorate|=division|=money|=organisation|=organization|=purse =strings|=resources|=staff)"    # "she controls the budget" (audit: not "control everything", said of a universal remote)
/\b(?:very|too|so|quite|really|bit|more|less|extremely|incredibly|overly|being|was|were|is|are|be)\s+controlling\b(?!\s+(?:the|a|an|all|multiple|different|our|your|their|his|her|it|this|that|these|those)\b)/    # regex kept: a lookaround or inline option; "a little too controlling" (not "controlling the TV")
"=controlling (=behavior|=behaviors|=behaviour|=behaviours|=boss|=bosses|=leader|=leaders|=leadership|=manager|=managers|=people|=person|=personality|=style)"
"(=beyond|=out =of|=outside) (=anyone's|=her|=his|=my|=our|=the =division's|=the =team's|=their|=your) =control"    # "most of what drives it is outside our control"
/\b(?:financial|spending|spend|budgetary|central|tight|tighter|grip and)\s+controls?\b(?!\s+(?:group|groups|panel|button|buttons))/    # regex kept: a lookaround or inline option; "financial controls from the centre"
"(=he|=i|=she|=they|=we|=who|=you) (=actually|=can't|=cannot|=didn't|=do =not|=doesn't|=don't|=never|=really|=still) =control"    # "you're accountable for a budget but you don't control most of it"
"=control ~1 (=appointments|=beds|=budget|=budgets|=lists|=money|=posts|=purse =strings|=recruitment|=rota|=rotas|=spend|=spending)"    # "control locum spend"
/\b(?:their|his|her|our|my)\s+controls\b(?!\s+(?:are|is)\s+(?:on|at))/    # regex kept: a lookaround or inline option; "finance got their controls"
"=controlled =by (=finance|=other =people|=others|=somebody|=someone|=the =center|=the =centre)"
"(=a|=the) =power =thing"    # "it was a power thing, really"
"=where =the (=real)? =power (=is|=lay|=lies|=really =is|=sat|=sits|=was)"
"=controlled =by (=the)? (=board|=center|=centre|=ceo|=chief =executive|=clinicians|=consultants|=coo|=department|=doctors|=exec|=executive|=executives|=finance|=government|=her|=him|=management|=manager|=managers|=medical =director|=nhs =england|=nhse|=region|=them|=trust)"
"(=clinical|=decision =making|=executive|=formal|=hard|=informal|=institutional|=managerial|=medical|=no =real|=political|=positional|=professional|=real|=soft|=spending|=the =real|=veto) =power"    # power as authority ("no real power"); bare "the power", "more power" were energy in the AMI meetings, so they are not counted (recall cost: "the power the board has")
"(=abuse|=balance|=concentration|=corridors|=distribution|=lever|=levers|=position|=positions|=seat|=seats|=shift|=transfer|=trappings) =of =power"
"(=clinicians|=consultants|=doctors|=finance|=he|=managers|=she|=the =board|=the =center|=the =centre|=the exec*|=they|=who|=whoever) (=had|=has|=have|=held|=hold|=holds|=want|=wanted|=wants|wield*) (=all|=all =the|=any|=less|=more|=most|=no|=real|=the|=the =real)? =power"    # "who has the power"
"(abus*|=cede|=ceded|=cedes|=ceding|consolidat*|gain*|grab*|=hand =over|=handed =over|=handing =over|=hands =over|=lose|=loses|=losing|=lost|relinquish*|seiz*|=share|=shared|=shares|=sharing|wield*) (=her|=his|=more|=real|=some|=the|=their)? =power"
/\bpower\s+(?:to\s+(?:decide|veto|block|stop|appoint|sack|fire|overrule|change things|say no|influence|hire|approve|sign)|over\b|base|bases|struggles?|dynamics?|plays?|games?|balance|brokers?|grabs?|relations|relationships|imbalances?|differentials?|(?:lies|lay|sits|sat|rests|rested)\s+with|of\s+the\s+(?:board|exec\w*|centre|center|consultants|purse|chief executive|medical director|coo|ceo))/    # regex kept: no \b at both ends (a match may start or end inside a word)
"=powerful (=allies|=ally|=baron|=barons|=bodies|=body|=ceo|=chief|=clinician|=clinicians|=committee|=committees|=consultant|=consultants|=coo|=director|=directors|=enemies|=enemy|=executive|=executives|=figure|=figures|=group|=groups|=individual|=individuals|=interests|=leader|=leaders|=lobbies|=lobby|=man|=manager|=managers|=men|=people|=person|=personalities|=personality|=persons|=player|=players|=position|=positions|=surgeon|=surgeons|=union|=unions|=voice|=voices|=woman|=women)"
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
"(=tell|=telling|=tells|=told) (=clinicians|=consultants|=doctors|=everybody|=everyone|=her|=him|=managers|=me|=people|=staff|=the =board|=the =clinicians|=the =consultants|=the =managers|=the =team|=them|=us|=you) =what =to =do"    # audit: a person is told (not "tell the TV what to do")
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
"play* (=mind|=political|=silly)? =games =with"    # "playing games with us"
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
"(=financial|=financially) ~1 (=balance|=black =hole|challeng*|=climate|=constraint|=constraints|=control|=controls|=crisis|=deficit|=deficits|difficult*|=envelope|=gap|=hole|=limit|=limits|=plan|=position|=pressure|=pressures|=problem|=problems|=realities|=reality|=recovery|=regime|=restriction|=restrictions|=savings|=situation|=special =measures|=squeeze|=strain|=straitjacket|=stress|sustainab*|=target|=targets|=trouble|=troubles)"    # "the financial position", "financially challenged"
/\b(?:the\s+)?finances\s+(?:(?:are|were|is|was|being|looked|look|looking|very|really|so|quite|pretty|in)\s+){1,3}(?:tight|bad|dire|poor|awful|terrible|difficult|challenging|a mess|trouble|deficit|dreadful|precarious|stretched|shot)\b/    # regex kept: 2954 alternatives
"(=lack =of|=no|=not =enough|=out =of|=ran =out =of|=run =out =of|=running =out =of|=short =of|=shortage =of|=squeeze =on) (=any|=the)? =cash"    # audit: bare =cash was consumers' cash in the design meetings
"=cash (=flow|=position|=release|=releasing|=strapped)"
"(=additional|=bring =down|=bringing =down|=brought =down|contain*|control*|=cut|=cuts|=cutting|=escalating|=extra|=higher|increas*|lower*|reduc*|=rise =in|=rising|sav*|spiral*) (=agency|=our|=production|=running|=staff|=the|=their)? =cost"    # "cut the cost" (=costs, plural, is bare above)
"=cost ~2 (escalat*|=going =up|=gone =up|=higher|increas*|=much =higher|=rising|spiral*|=through =the =roof|=too =high|=went =up)"
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
"=tight (=budget|=budgets|=envelope|=finance|=finances|=financial|=financial =year|=funding|=money|=resources|=settlement|=spending|=staffing|=year)"
/\b(?:budgets?|money|finances?|funding|resources?|staffing|cash)\s+(?:(?:is|are|was|were|'s|being|getting|very|really|incredibly|extremely|so|quite|pretty)\s+){1,2}tight\b/    # regex kept: 210 alternatives
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
"(breach*|=breaking|=broke|=in =under|=inside|=under|=within) (=the)? (=4|=four) (=hour|=hours)"
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
"(chas*|=drive|=driving|=hit|=hits|=hitting|=make|=making|=meet|=meeting|=meets) (=the)? (=figures|=metrics|=numbers)"
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
"treat* ~1 =in =turn"    # "treating in turn" (chronological order) against clinical priority
"cherry pick*"              # cherry-picking the easy cases
=perverse                   # "perverse incentives"
=p1
=p2
=p3
=p4

[us_and_them]
# definition: group boundaries and tribalism between professions or layers - us and them, silos, sides, the suits
/\bus\s+(?:and|versus|vs\.?|v\.?)\s+them\b/    # regex kept: clause punctuation inside a match; regex: "us vs. them" crosses the clause end after "vs."
/\bthem\s+(?:and|versus|vs\.?|v\.?)\s+us\b/    # regex kept: clause punctuation inside a match
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
/\bboth\s+sides\s+(?:of\s+the\s+(?:fence|divide|argument|debate|house|table)|(?:were|are|have|had|felt|feel|agreed|agree|wanted|want|dug|dig|blamed|blame|thought|think|came|come|needed|need)\b)/    # regex kept: no \b at both ends (a match may start or end inside a word)
"=on =our =side"            # "the board is on our side"
"=from =both =sides"        # "pressure from both sides" (the hybrid leader in the middle)
"=on =their =side"
/\bour\s+side\s+(?:and|versus|vs\.?|against|or)\s+(?:their|the other)\s+side\b/    # regex kept: clause punctuation inside a match
# audit: bare =divide was arithmetic or "divide the circuit" (7 of 7); now only the noun
/\b(?:the|a|this|that|our|their)\s+(?:[\w'-]+\s+){0,2}divides?\b(?!\s+(?:it|them|by|up|the|into|between|our|us|this|that))/    # regex kept: a character class [\w'-]; "the clinical-managerial divide"
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
"(=no =one|=nobody) ~1 (=asked|=bothered|=consulted|=explained|=informed|=tells|=told)"
"(=hadn't =been|=hasn't =been|=haven't =been|=never|=not|=not =been|=was =not|=wasn't|=were =not|=weren't) ~1 (=asked|=consulted|=copied =in|=informed|=told)"
# audit: "involved" moved out of the regex above: "we are not directly involved in the data
# quality piece" (scope of work) was 3 of 3 sampled hits; now only left out of decisions
"(=hadn't =been|=hasn't =been|=haven't =been|=never|=not =been|=was =not|=wasn't|=were =not|=weren't) ~1 =involved =in (=any|=that|=the|=these|=those)? (=consultation|=conversation|=conversations|=decision|=decisions|=discussion|=discussions|=planning)"
# audit: "=in =the =dark" was literal (glow in the dark) in 17 of 17 sampled hits; now only kept/left in the dark
"(=keep|=keeping|=keeps|=kept|=leave|=leaves|=leaving|=left) ~2 =in =the =dark"
"=out =of =the =loop"
"=kept =out"
"=left =out"
"blind sided"               # blind-sided
=blindsided
"=found =out (=after =the =event|=after =the =fact|=afterwards|=by =accident|=from|=in =the =local =paper|=in =the =minutes|=in =the =news|=in =the =newsletter|=in =the =paper|=in =the =papers|=in =the =press|=on =the =grapevine|=on =the =intranet|=on =the =news|=on =the =radio|=on =twitter|=second =hand|=through|=via)"    # "I found out from the newsletter" (audit: "found out by/on/in" alone was "found out in my research")
"crossed wires"
"cross purposes"            # cross-purposes
misunderst*                 # misunderstand, misunderstanding, misunderstood
misinterpret*
"talk* past each other"
"=talking =past =one =another"
# audit: "different languages" was localisation and programming languages (5 of 5); now only speaking one
/\b(?:speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked|use|uses|using|used)\s+(?:(?:a|two|completely|totally|very|entirely|quite)\s+)*(?:different|another)\s+languages?\b/    # regex kept: an unbounded repeat; "we speak a different language"
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
"(=aren't|=didn't|=doesn't|=don't|=isn't|=never|=not|=wasn't|=weren't|=won't|=wouldn't) (=actually|=really)? (=listen|=listened|=listening|=listens)"    # "they just don't listen"
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
"(=any =one|=anybody|=anyone) ~1 disagre*"
/\bagree\s*,?\s+(?:or\s+|to\s+)?(?:strongly\s+)?disagree\b/    # regex kept: an unbounded repeat
# audit: things that clash (colours, requirements, dates) are not people in conflict
/\b(?:colou?rs?|points|requirements?|dates|times|meetings?|styles?|patterns?|fonts?|designs?|shapes?)\s+(?:(?:are|were|is|was|really|kind of|sort of|a bit|just)\s+){0,2}clash\w*/    # regex kept: 90 alternatives
"(=color|=colour) clash*"
"=data =wrangl*"            # audit: data wrangling and the Data Wrangler tool
"confront* (=that|=the|=these|=this|=those)? ~1 (=challenge|=challenges|=data|=difficulties|=difficulty|=factor|=factors|=issue|=issues|=problem|=problems|=question|=questions|=realities|=reality|=risk|=risks|=values)"    # audit: confronting a problem = addressing it
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
"(=client|=client'|=client's|=clients|=clients'|=clients's|=consumer|=consumer'|=consumer's|=consumers|=consumers'|=consumers's|=customer|=customer'|=customer's|=customers|=customers'|=customers's|=families|=families'|=families's|=patient|=patient'|=patient's|=patients|=patients'|=patients's|=public|=public'|=public's|=relatives|=relatives'|=relatives's|=user|=user'|=user's|=users|=users'|=users's|=viewer|=viewer'|=viewer's|=viewers|=viewers'|=viewers's) ~3 (=angry|annoy*|=fed =up|frustrat*|irritat*|=uncomfortable|=upset)"
"(annoy*|frustrat*|irritat*) ~2 (=for|=to) (=our|=the)? (=client|=clients|=consumer|=consumers|=customer|=customers|=patient|=patients|=people|=user|=users)"
"(=client|=clients|=consumer|=consumers|=customer|=customers|=patient|=patients|=user|=users) (=frustration|=frustrations)"
"=skin =irritation"
"=eye =irritation"
"(=awkward|=uncomfortable) (=angle|=grip|=shape|=size|=to =carry|=to =hold|=to =press|=to =reach|=to =use|=to =wear)"

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
"push* =back (=a|=our|=the|=their)? (=appointment|=appointments|=clinic|=clinics|=date|=dates|=deadline|=deadlines|=go =live|=go =lives|=launch|=launchs|=list|=lists|=meeting|=meetings|=start|=starts|=timeline|=timelines|=timetable|=timetables)"    # postponing
"=refuse =collection"
# audit: physical resistance of materials (shock-, water-, temperature-resistant: 16 of 25
# sampled hits) and procedural "does anybody oppose the idea?"
/\b(?:shock|water|damage|temperature|heat|fire|scratch|drop|wear|impact|tamper|stain|weather|rust|corrosion|crush|tear|splash|dust|uv|chemical)[- ]?(?:resistant|resistance)\b/    # regex kept: 84 alternatives
/\bresist\w*\s+(?:\w+\s+){0,7}?(?:shocks?|dropping|drops|falls?|water|liquids?|spillage|temperatures?|heat|cold|damage|wear|scratch\w*|impacts?)\b/    # regex kept: a gap of up to 7 words (more than 5)
"(=any =one|=anybody|=anyone) ~1 oppos*"

[exclude blame]
"=fault =finding"           # equipment and diagnostic fault-finding
"(=biggest|=likely|=main|=major|=prime|=probable|=real|=usual) (=culprit|=culprits)"    # audit: "the biggest culprit there was..." = the main cause
"=fault finder*"

[exclude power_control]
# audit: machine and patient autonomy, statistical hierarchies (not power between leaders)
"=autonomous (=agent|=agents|=car|=cars|=driving|=drone|=drones|=mode|=navigation|=robot|=robots|=system|=systems|=vehicle|=vehicles)"
"=patient =autonomy"
"=battery =autonomy"
"=hierarchical (=bayesian|=classification|=clustering|=data|=label|=labels|=menu|=menus|=model|=modeling|=modelling|=models|=network|=networks|=neural|=regression|=structure|=structures)"
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
"dictat* ~2 (=clinic|=discharge|=letter|=letters|=notes|=report|=reports|=summaries|=summary)"    # "dictated the clinic letters"
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
"predict* (=future|=the)? =demand"
"=mental =capacity"         # clinical (the Mental Capacity Act), not resource
"=lacks =capacity"
"=capacity =assessment*"
"=battery =capacity"
"=storage =capacity"
"=memory =capacity"
"scarc* (=of)? (=the)? (=data|=example|=examples|=image|=images|=label|=labels|=sample|=samples|=training =data)"
"=product =backlog"
"=sprint =backlog"
"=backlog =grooming"
"(=make|=makes|=making) ~2 (=a =lot =of|=lots =of|=more|=some)? =money"    # audit: profit ("it must make the company money")
"(=paid|=pay|=paying|=pays|=spend|=spending|=spends|=spent) ~2 (=extra|=good|=less|=more|=outrageous|=own|=real|=the|=their) (=cash|=money)"    # consumers paying ("would pay more money for it"); "we spend a lot of money on agency" still counts
"(=cost|=costs|=money) (=for|=from|=on) =the =web"

[exclude targets_vs_clinical_priorities]
"(=breach|=breached|=breaches) =of (=patient)? (=confidentiality|=contract|=data =protection|=duty|=gdpr|=policy|=privacy|=protocol|=regulation|=regulations|=the =code|=the =peace|=trust)"    # breach of confidentiality / trust / contract: not the waiting-time sense ("a breach of the four-hour standard" still counts)
"data breach*"
"target range*"             # clinical: INR / blood-glucose target range
"target organ*"
"=target temperature*"
"=performance review*"     # individual appraisal
# audit: marketing and ML senses of target (target group, audience, variable: 9 of 30
# sampled hits) and of performance and metrics (model evaluation: 21 of 30)
"=target (=age|=audience|=audiences|=class|=classes|=column|=columns|=consumer|=consumers|=customer|=customers|=demographic|=demographics|=device|=devices|=domain|=domains|=group|=group's|=groups|=label|=labels|=language|=languages|=market|=markets|=platform|=platforms|=population|=populations|=segment|=segments|=user|=users|=value|=values|=variable|=variables)"
/(?:^|\b(?:to|we|you|they|i|will|should|can|could|would|must|'ll|gonna|wanna|want|need)\s+)target(?:s|ed|ing)?\s+(?:the|our|these|those|them|people|users|customers|young|old|older|elderly)\b/    # regex kept: '^' (an anchor or any character); the verb: "we target the elderly" ("the target the board set" still counts)
"(=algorithm|=algorithms|=battery|=classifier|=classifiers|=computer|=computers|=cpu|=device|=gpu|=hardware|=machine =learning|=ml|=model|=model's|=models|=network|=networks|=predictive|=software|=system's|=test|=training|=validation) =performance"
"=performance (=of|=on) (=a|=our|=that|=the|=these|=this|=your)? ~1 (=algorithm|=algorithms|=classifier|=classifiers|=data|=dataset|=datasets|=device|=gpu|=hardware|=model|=models|=network|=networks|=prediction|=predictions|=system|=systems|=test =set|=test =sets)"
"(=accuracy|=classification|=confusion|=evaluation|=loss|=ml|=model|=offline|=online|=regression|=statistical) (=metric|=metrics)"

[negators]
# In addition to the defaults: "hardly any conflict", "rarely a row",
# "zero tension" report the absence of tension.
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom
=zero

[pseudo-negators]
# In addition to the defaults of docs/counting-rules.md 6.2: quantity
# formulas that contain a negator but report a lot of the thing.
"no end of"                 # "no end of friction": friction affirmed
"no small"                  # "no small amount of pressure"
"no stranger to"            # "no stranger to conflict"

[negation-terminators]
# Discourse markers that open a contrasting proposition (the defaults
# already hold but, however, although, because, what, how, ...).
"having said that"
"that said"
"even so"
"on the other hand"
