# tension.lex - collaborative tension between clinical and managerial leaders
#
# Conceptual basis: studies of doctor-manager relations in the NHS (Davies &
# Harrison 2003; Spehar, Frich & Kjekshus 2012; Kippist & Fitzgerald 2009),
# professional tribalism and "us and them" (Braithwaite and colleagues on
# professional silos), targets and clinical priorities in NHS performance
# management, role conflict (Katz & Kahn), relational coordination (Gittell:
# shared goals, shared knowledge, mutual respect, frequent, timely and
# accurate communication - their failures are tension), and sensemaking under
# pressure (Weick 1995). Written for lextab; no proprietary dictionary was copied.
# See lexicons/README.md, docs/counting-rules.md and lexicons/validation/tension.md.
#
# Version 3 (issue 15): developed on the UK Covid-19 Inquiry hearings (witnesses
# only). Nine categories became seven: resistance merged into
# conflict_disagreement (pushing back is disagreement enacted; alone it was a
# small, mixed category), us_and_them merged into friction_frustration (divides
# between groups are strained relations; alone it had 91 witness hits, a fifth of them
# "territorial" health boards). The theme covers relational tension (between
# people, groups, organisations and levels of government) and the pressures that
# drive it (resources, workload, targets).
#
# Version 4 (issue 15, recall): v3 found a quarter of the witness turns that
# express tension. v4 adds a category, voice_exclusion (speaking up and being
# shut out: raising concerns, not being heard, not consulted, invited or told;
# employee voice, Morrison 2011), and token patterns for tension said in other
# words: past disagreement and others' reluctance, dissatisfaction and
# disappointment with others, criticism of conduct (failures to act, lack of
# grip, what government should have done), struggling services, burdens,
# bottlenecks and no time to do the work. No regexes. Each changed category
# was measured again on a fresh sample; see lexicons/validation/tension.md.
#
# Version 5 (issue 15, second coder): a blind second coder and a reconciliation
# put power_control, targets_vs_clinical_priorities and voice_exclusion below
# 0.85; all three were tightened and drawn again (seeds 5126, 5127), coded by both
# coders and reconciled: targets passes (26/27); power_control (32/40) and
# voice_exclusion (32/40, first coder) stay at 0.80 and are dropped, kept in
# lexicons/validation/tension-dropped-power_control.txt and
# tension-dropped-voice_exclusion.txt.
#
# Decisions of sense, used in coding:
# - "pressure" ON people, services or money (operational, workload, time,
#   winter pressure; "pressure on the NHS", "hospitals under pressure") is
#   resource pressure; pressure PUT on people BY others ("put pressure on",
#   "pressure from No 10") was power_control (dropped in version 5: not counted); epidemiological talk of the
#   virus's spread alone is neither.
# - imposing restrictions, lockdowns or measures on the public is government
#   acting on citizens, not power between the parties at work: not counted.
# - "fight the virus", "the battle against Covid", epidemic "trajectory" are
#   not conflict or targets.
# - a witness agreeing or disagreeing with counsel's proposition in the hearing
#   ("I'd disagree with that") is a move in the questioning, not tension at work.
# - a speaker turn expresses the theme when it holds an instance of any
#   category's definition, affirmed, denied or hypothetical (as a negated hit is
#   still a hit); the public's own anger or frustration is not tension at work.
# - v4: a witness's criticism of their own or their own side's decisions ("we
#   should have acted earlier", "I was wrong") is not blame of others; speaking
#   up and being left out count between staff, organisations and governments and
#   between families and the services deciding for them (not advocacy in public
#   debate); a witness merely not having been involved ("I wasn't involved in
#   procurement") is not exclusion.
#
# Several ordinary clinical phrases contain tension words ("blood pressure",
# "tension pneumothorax", "antimicrobial resistance", "infection control",
# "dictated the clinic letters"): they are excluded below, each with its reason.

theme: tension
description: Collaborative tension - disagreement and conflict, friction and frustration, blame and criticism, and the resource and target pressures that drive them
version: 5                  # 5: second-coder round, power_control and voice_exclusion dropped; 4: recall round, voice_exclusion added (issue 15, lexicons/validation/tension.md); 3: developed and validated on the Covid-19 Inquiry hearings (issue 15, lexicons/validation/tension.md); 2: precision audit

[conflict_disagreement]
# definition: open disagreement and conflict between people, groups or organisations at work - disputes, arguments, clashes, falling out, disagreements recounted ("we didn't agree"), and pushing back against, opposing, resisting or being reluctant to go along with others' decisions, up to the collapse of joint government (the Northern Ireland Executive)
conflict NOT NEAR/3 (=arise|=arises|=arose|=arising|=armed|=context|=zone|=zones|=military|=troubles|=war|=wars|=afghan|=afghanistan|=ukraine|=iraq|=syria)    # conflict, conflicts, conflicted, conflicting ("conflict of interest", "conflicting evidence", armed conflict and "a conflict doesn't arise" of duties excluded)
=conflictual
disagre*                    # disagree, disagreement (a witness disagreeing with counsel's point is excluded below)
disput*                     # dispute, disputes, disputed
=clash
=clashes
=clashed
=clashing
"(=had|=have|=has|=having|=get|=gets|=got|=getting|=there =were|=there =was|=there's) (=a|=an|=some|=lots =of)? (=big|=huge|=massive|=real|=proper|=blazing|=furious|=fierce|=robust)? (=argument|=arguments|=rows|=row)"    # "we had a huge argument" ("an argument for" is not a row)
"=arguments =between"
"=argued (=against|=with|=strongly|=fiercely|=vigorously)"
"=argue =with"
"=big =row"
"=blazing =row"
"=rowed"
"(=fall|=fallen|=falling|=falls|=fell) =out (=about|=between|=over|=with)"
"(=had|=has|=have|=he|=i|=she|=they|=they'd|=they've|=we|=we'd|=we've|=you) (=all|=badly|=both|=completely|=kind =of|=really|=sort =of|=totally)? (=fallen|=fell) =out" NOT NEAR/8 (=sift|=sifts|=sifting|=process|=list|=lists|=pipeline|=stage|=stages|=funnel|=triage|=shortlist|=offers|=bids)    # not offers that "fell out" of a sift
"(=a|=big|=bit =of =a|=huge|=proper|=real) =falling =out"
"at loggerheads"
=loggerheads
"(=butt|=butted|=butting) =heads"
"lock* horns"
"cross* swords"
"=at =odds"
"=at =war"
"(=battle|=battles|=fight|=fights|=fighting|=fought|=row|=rows|=tussle|=tussles|=wrangle|=wrangling|=wrangles|=war|=wars|=turf =war) (=between|=with)"    # "a battle with the Treasury" (not "the battle against the virus")
"(=battle|=battles|=fight|=fights|=fighting|=fought|=argued|=arguing|=argument|=arguments) =over"    # "a fight over who paid"
"(=fought|=fighting|=fight|=battled|=battling|=pushed|=argued|=lobbied) (=hard|=tooth =and =nail|=very =hard|=really =hard) (=for|=against|=to)"
"=lost (=this|=that|=the|=a) (=battle|=argument|=fight)"
"=won (=this|=that|=the|=a) (=battle|=argument|=fight)"
"stand off"
=standoff
"=confronted =by (=the|=a|=an|=my|=our|=his|=her|=their)? (=minister|=ministers|=secretary|=official|=officials|=colleague|=colleagues|=chair|=staff|=unions|=union|=doctors|=clinicians|=managers|=treasury)"
confrontation*              # confrontation, confrontational
adversar*                   # adversarial, adversary
hostil* NOT NEAR/3 (minorit*|migrant*|communit*|=racial|racis*|=public|=refugees|=asylum)    # hostile, hostility (not hostility toward minorities in society)
=feud
=feuding
=animosity
antagonis*                  # antagonism, antagonistic
=contentious
"=contested =by"
"(=hotly|=heavily|=fiercely|=highly|=very|=strongly|=much) =contested"
"difference* of (=opinion|=view|=views|=emphasis)"
"=divergen* (=of =view|=of =views|=of =opinion|=between)"
=tussle
=spat
squabbl*
bicker*
"=heated ~1 (=argument|=arguments|=conversation|=conversations|=debate|=debates|=discussion|=discussions|=exchange|=exchanges|=meeting|=meetings|=moment|=moments|=row|=rows|=words)"
"(=became|=become|=becomes|=becoming|=get|=gets|=getting|=got|=fairly|=quite|=rather|=really|=very) =heated"
"raised voice*"
=shouting
=shouted
"=shouted =at"
"personality clash*"
"=personalities =clash"
"=role =conflict"
"(=did =not|=didn't|=do =not|=does =not|=doesn't|=don't|=never|=won't|=wouldn't) (=always|=quite|=really|=necessarily)? =see =eye =to =eye"    # "we didn't see eye to eye"
"=agree =to =disagree"
"=not =on =the =same =page"
"=on =different =pages"
# resistance (merged from v2 resistance): pushing back against, opposing or blocking others' decisions
=pushback
"(=push|=pushed|=pushes|=pushing) =back"    # postponing ("pushed back the date") excluded below
"=some =push =back"
"(=resistance|=resistant|=resisted|=resisting) (=from|=by|=to =the =idea|=to =that|=to =this|=to =change|=to =it|=to =them|=to =us|=to =doing)"    # "resistance from the Treasury"
"(=resist|=resisted|=resisting) (=the =idea|=the =proposal|=the =decision|=the =request|=the =move|=attempts|=pressure|=calls)"
"=met =with =resistance"
"(=a =lot =of|=considerable|=huge|=some|=strong|=real|=significant|=fierce|=internal|=institutional|=political) =resistance"
"(=strongly|=fiercely|=vehemently|=firmly|=very|=bitterly) (=opposed|=objected|=resisted)"
"(=opposed|=objected) (=to) (=the =idea|=the =proposal|=the =decision|=the =plan|=the =move|=it|=that|=this|=them|=us|=any|=our|=their|=his|=her)"
"(=objection|=objections) (=from|=to)"
"(=immense|=strong|=fierce|=considerable|=huge|=a =lot =of|=internal|=real) =opposition"
"=opposition =from"
"(=refused|=refuses|=refusing|=refuse) =to (=accept|=agree|=allow|=attend|=co =operate|=cooperate|=engage|=share|=sign|=meet|=implement|=provide|=release|=give|=budge|=talk|=listen|=take|=change)"
"(=didn't|=don't|=refuse =to|=refused =to|=wasn't|=weren't|=won't|=wouldn't) ~1 (=budge|=co =operate|=cooperate|=get =on =board|=play =ball)"
"=heels =in"                # "dug their heels in"
"drag* (=her|=his|=my|=our|=their|=your) (=feet|=heels)"
"=foot =dragging"
=obstructive                # clinical senses excluded below
=obstructing
"=obstructed =by"
=stonewall
=stonewalled
=stonewalling
"(=veto|=vetoed|=vetoes|=vetoing) (=it|=the|=that|=this|=any|=a|=their|=our|=his|=her)"
"(=undermine|=undermined|=undermines|=undermining) (=her|=him|=me|=us|=them|=the =minister|=the =secretary|=the =chief|=the =cmo|=the =first =minister|=colleagues|=the =authority =of|=his =authority|=her =authority|=my =authority|=their =authority|=the =position =of)"    # undermining a person (not "undermined public confidence")
intransigen*
"=stubborn (=resistance|=refusal|=opposition|=people|=person|=minister|=ministers|=colleagues|=officials)"
=stubbornness
sabotag*
"=work =to =rule"
"=industrial =action"
"=strike =action"
"=on =strike"
"=threatened =to =resign"
"=rebellion"
"=rebelled"
"(=didn't|=did =not|=refused =to) =accept (=that|=the =advice|=the =decision|=the =approach|=the =argument|=it|=this|=their|=our|=his|=her)"    # "they didn't accept that" (the negation carries the meaning)
"(undermin*) ~2 (=trust|=confidence|=credibility|=authority) (=in|=between|=within|=of) (=sage|=spi|=ministers|=the =department|=each =other|=colleagues|=the =team|=the =process|=officials|=scientists|=advisers|=the =committee|=the =group|=the =cmo|=the =minister)"    # undermining colleagues (not "undermined public confidence")
"(=vigorous|=fierce|=heated|=robust|=intense|=furious|=lively|=fractious|=bitter) (=debate|=debates|=argument|=arguments|=disagreement|=disagreements)"
"(=different|=differing|=divergent|=opposing|=conflicting|=contrasting|=competing) (=points =of =view|=views|=opinions|=positions)"    # "experts with differing views"
"(=i|=we|=he|=she|=they|=ministers|=officials|=colleagues) (=did|=had|=strongly|=robustly|=repeatedly)? (=challenge|=challenged|=questioned) (=that|=this|=the =decision|=the =decisions|=the =assumption|=the =assumptions|=the =advice|=the =approach|=the =policy|=it|=him|=her|=them|=ministers|=officials)"    # "I did challenge that" (pushing back)
"(=didn't|=did =not) =agree =with (=him|=her|=them|=the =decision|=that =decision|=the =approach|=the =advice|=the =policy|=ministers|=officials|=colleagues|=the =treasury|=number =10|=the =uk =government|=the =scottish =government|=the =welsh =government)"    # "we didn't agree with the decision" (the negation carries the meaning)
# v4 (tension3): recall additions - past disagreement and others' reluctance
"(=didn't|=did =not|=never) (=really|=always|=fully|=entirely)? =agree"    # "we didn't agree with that", "sometimes we didn't agree" (the hearing's "I don't agree" is present tense)
"(=they|=he|=she|=ministers|=the =treasury|=treasury|=officials|=colleagues|=the =chancellor|=some|=others|=number =10|=no =10|=the =department|=departments|=the =scottish =government|=the =welsh =government|=the =uk =government|=the =executive|=the =cabinet|=cabinet|=the =prime =minister|=the =first =minister|=people) (=were|=was|=had =been|=seemed|=appeared) (=very|=extremely|=quite|=deeply|=somewhat|=a =bit|=rather|=more|=much =more|=less|=clearly|=initially|=still)? (=reluctant|=unwilling|=resistant)"    # "the Cabinet was more reluctant to impose NPIs than I was"
"(=the|=a|=their|=his|=her|=some|=real|=considerable|=great) =reluctance (=of|=from|=on =the =part =of|=by|=to =get|=to =engage|=to =share|=to =accept|=to =agree|=to =take|=to =act|=to =intervene|=to =move|=to =do|=to =commit|=to =fund|=to =impose|=to =give)"
"=opposed =by (=the|=a|=some|=many|=most|=all|=both|=their|=our|=his|=her|=ministers|=officials|=colleagues|=unions|=clinicians|=doctors|=managers|=treasury|=number =10|=no =10)"    # "it is opposed by the teacher unions"
"(=unions|=they|=ministers|=officials|=colleagues|=he|=she|=treasury|=the =treasury) (=opposed|=resisted|=blocked|=vetoed) (=that|=this|=it|=them|=the)"    # "the teacher unions opposed that as well"
"(=executive|=assembly|=institutions|=stormont|=power =sharing) (=had)? (=collapse|=collapsed|=collapsing)"    # the collapse of power-sharing in Northern Ireland (2017-2020)
"=collapse =of (=the)? (=executive|=assembly|=institutions|=stormont|=power =sharing)"

[friction_frustration]
# definition: felt tension and strain at work - tension and friction between people, groups or organisations (including tensions between priorities they had to hold), frustration, irritation or anger with others or with how the work was done, strained or difficult relationships, dissatisfaction or disappointment with others, disrespectful, sexist or hostile culture and interpersonal difficulties, dysfunction, chaos, lack of coordination or working at cross purposes in how they worked together, and divides between groups (us and them, silos, tribalism, turf)
=friction
=frictions
=tension                    # clinical senses (tension pneumothorax) excluded below
=tensions
=tense
frustrat*                   # frustrate, frustrated, frustrating, frustration (users' and patients' frustration excluded below)
irritat*                    # irritated, irritating, irritation (skin and eye irritation excluded below)
annoy*
exasperat*
"fed up"
=tetchy
=prickly
=strained NOT NEAR/6 (=regime|=regimes|=transparency|=process|=processes|=mechanisms|=procedures|=resources|=resource|=capacity|=services|=service|=system|=systems|=finances|=budget|=budgets|=staffing|=hospitals|=beds|=supply|=supplies)    # "a strained relationship" (not strained resources: resource pressure)
=strains =between
"=strain (=between|=in =the =relationship|=on =the =relationship|=on =relationships)"
=fraught
"=awkward (=conversation|=conversations|=relationship|=relationships|=position|=meeting|=meetings|=moment|=moments|=situation|=exchange|=exchanges)"
"(=felt|=feel|=feeling|=very|=quite|=deeply|=really|=extremely|=slightly|=a =bit|=somewhat|=made =me|=make =me|=making =me) =uncomfortable"    # "I felt uncomfortable about", "made me uncomfortable"
=bruising
=bruised
"bad blood"
=soured
=souring
=resent                     # exact forms: the prefix resent* also matched "resentencing" (court transcripts)
=resents
=resented
=resenting
=resentful
=resentment
=resentments
=bitterness
=bitterly NOT NEAR/1 (=cold|=disappointed|=disappointing)
"=very =bitter"
"(=angry|=anger|=angered|=furious|=fury|=livid|=incensed|=outraged|=outrage) (=about|=at|=that|=with)"
"(=very|=extremely|=really|=quite|=bit|=was|=were|=got) =cross (=with|=about|=at|=that)"    # not "cross-government", "cross that threshold"
"(=was|=were|=got|=felt|=very|=extremely|=really|=quite|=deeply|=genuinely|=understandably|=growing|=real|=considerable|=a =lot =of|=sense =of) (=angry|=anger|=furious|=upset|=livid|=incensed)"
"=upset (=about|=at|=by|=that|=with)"
"=toxic (=atmosphere|=behaviour|=behaviours|=behavior|=culture|=cultures|=environment|=environments|=relationship|=relationships|=workplace|=workplaces|=meeting|=meetings)"
grievance*
disrespect*
=undervalued
"=not =valued"
"=felt =ignored"
"(=unprofessional|=unacceptable|=poor|=bad|=disrespectful|=aggressive|=bullying|=inappropriate) behavio*"
dismissive*
patronis*
patroniz*
condescen*
"rub* ~2 =up =the =wrong =way"
"brick wall"
"=sore =point"
=touchy
=niggle
=niggles
=niggling
=rankled
"elephant in the room"
"(=difficult|=challenging|=strained|=fractious|=tricky|=tough|=rocky|=testing|=poor|=frosty|=uneasy|=tense) (=relationship|=relationships|=relations)"
"(=difficult|=challenging|=hard|=tough|=uncomfortable|=awkward|=fractious|=bruising|=heated|=tense|=tricky) (=conversation|=conversations|=discussion|=discussions|=exchange|=exchanges|=meeting|=meetings)"
"=walking =on =eggshells"
=eggshells
"=no =love =lost"
"=get =on =each =other's =nerves"
# divides between groups (merged from v2 us_and_them)
"=us =and =them"
"=them =and =us"
=tribalism                  # "tribal" alone was tribal sovereignty in the court transcripts
"=tribal (=loyalties|=loyalty|=politics|=mentality|=behaviour|=behaviours|=behavior|=instincts|=warfare|=divisions|=divides|=culture|=cultures)"
=silo
=silos
=siloed
"=two =camps"
"=different =camps"
"=opposite =camps"
"=other =side =of =the =fence"
"(=taking|=take|=took) =sides"
"turf war*"
"clos* ranks"
"(=clinical|=professional|=political|=cultural|=organisational) =divide"
"=divide =between"
=divisive
=rift
=rifts
"=the =suits"
"pen push*"
"bean counter*"
"=them =upstairs"
"=ivory tower*"
"=from =on =high"
"(=england|=london|=westminster|=whitehall) =centric"
=anglocentric
# dysfunction in working together
=dysfunctional NOT NEAR/1 (=market|=markets|=supply)
=dysfunction NOT NEAR/1 (=market|=markets)
=chaotic
=chaos
=shambolic
=shambles
=muddle
=muddled
"=not =invited"
"(=felt|=feel|=feeling) (=excluded|=sidelined|=marginalised|=marginalized|=left =out)"
=sidelined
"=second =class"
"=poor =relation"
"=cinderella"
# v4 (tension3): recall additions - dissatisfaction with others, disrespect, fragmentation
"(=was|=were|=felt|=feel|=very|=deeply|=extremely|=really|=particularly|=generally|=clearly|=increasingly|=visibly) (=unhappy|=dissatisfied|=displeased|=aggrieved)"
"(=unhappy|=dissatisfied|=displeased) (=with|=about|=at|=that|=by)"
=displeasure
"=dissatisfaction (=with|=at|=about|=that|=among|=amongst)"
"(=wasn't|=weren't|=not =at =all|=not =particularly|=not =very|=far =from|=were =not|=was =not) =happy (=with|=about|=that)"    # "I was not particularly happy about it"
"(=was|=were|=am|=felt|=feel|=very|=deeply|=extremely|=really|=hugely|=incredibly|=frankly|=quite|=a =bit|=huge|=great|=real|=considerable|=some) (=disappointed|=disappointing|=disappointment)"    # "the government reply was incredibly disappointing"
"=disappointed (=by|=with|=in|=at|=that)"
"(=sexism|=sexist|=misogyny|=misogynistic|=misogynist|=macho|=laddish)"    # disrespect at work (in the inquiry, the culture at the centre of government)
"(=poisonous|=dysfunctional|=aggressive|=bullying|=difficult|=unpleasant|=fractious) (=culture|=atmosphere|=environment|=dynamics|=dynamic)"    # not "hostile environment" (the immigration policy; harassment law)
"(=interpersonal|=personality|=personal) (=issues|=difficulties|=problems|=clashes|=tensions|=conflicts|=conflict|=frictions|=animosity)"    # "there were interpersonal issues"
"(=lack =of|=poor|=little|=inadequate|=insufficient|=no|=absence =of) (=co =ordination|=coordination|=joined =up =working|=join =up|=joining =up|=integration|=alignment|=communication|=communications|=engagement) (=between|=with|=across|=among|=amongst)"
=disjointed
"=disconnect =between"
"(=at =cross =purposes|=crossed =wires)"
"(=duplication|=duplicated|=duplicating) (=of =effort|=of =work|=effort)"
"(=didn't|=did =not|=not) =go =down =well"    # "this did not go down well"
"=went =down =badly"

[blame]
# definition: blaming and criticising people, groups or organisations at work - fault, accusations, scapegoating, finger-pointing, criticism and condemnation of and complaints about others or their conduct (a fiasco, a failure to act or to plan, lack of grip or leadership, what government should have done, letting others off the hook), and defensive self-protection against blame
blame                       # blame, blamed, blames, blaming ("blame the virus" is rare; kept)
=blameworthy
scapegoat*
"finger point*"
"(=point|=pointed|=pointing|=points) (=a|=the)? (=finger|=fingers) =at"
"(=point|=pointed|=pointing|=points) =the =finger"
"pass* the buck"
"buck passing"
"(=anybody's|=anyone's|=everybody's|=everyone's|=her|=his|=my|=no =one's|=nobody's|=our|=somebody's|=someone's|=their|=whose|=your) (=own)? (=fault|=faults)"
"=at =fault"
"=fault (=lay|=lies) (=with)?"
"=fault =of (=her|=his|=my|=our|=their|=your) =own"
=accuse
=accused
=accuses
=accusing
=accusation
=accusations
=accusatory
culpab*
# criticism: of people and organisations (criticism of a document or a model is not blame)
"(criticis*|criticiz*|critiqu*) (=clinicians|=colleagues|=doctors|=each =other|=her|=him|=me|=ministers|=nurses|=officials|=one =another|=people|=staff|=them|=us|=you|=the =government|=the =department|=the =minister|=the =prime =minister|=the =secretary =of =state|=the =treasury|=the =cabinet =office|=the =nhs|=the =board|=the =trust|=the =team|=the =management|=the =scientists|=the =chief =medical =officer|=the =cmo|=sage|=phe|=public =health =england|=number =10|=no =10|=downing =street|=the =executive|=the =welsh =government|=the =scottish =government|=the =uk =government|=westminster|=government)"
"(=been|=being|=be|=feel|=feels|=felt|=get|=gets|=getting|=got|=he|=i|=she|=they|=was|=we|=were|=you|=are|=is|=heavily|=widely|=rightly|=unfairly|=strongly|=publicly|=roundly|=severely) ~1 (=criticised|=criticized|=vilified|=lambasted|=castigated)"
"(=criticism|=criticisms) (=from|=of) (=the)? (=board|=clinicians|=colleagues|=department|=doctors|=government|=her|=him|=management|=managers|=me|=ministers|=nurses|=officials|=staff|=team|=them|=us|=treasury|=minister|=ministers|=nhs|=scientists|=sage|=phe|=cabinet =office|=number =10|=no =10)"
"(=criticism|=criticisms) (=levelled|=leveled|=made) (=at|=of|=against)"
"(=public|=strong|=fierce|=harsh|=severe|=heavy|=unfair|=sharp|=trenchant|=personal|=considerable|=a =lot =of|=lots =of|=much) (=criticism|=criticisms)"
"(=complain|=complained|=complaining|=complaint|=complaints) (=about|=from|=that|=against)"    # "complaints about the helpline"
"=critical =of (=others|=each =other|=one =another|=the|=them|=him|=her|=us|=me|=colleagues|=ministers|=government|=officials|=their|=his|=our|=my|=some|=how|=what)"    # "she was critical of the department"
"(=threw|=throw|=throwing|=thrown|=throws) ~2 =under =the =bus"
"=hung ~1 =out =to =dry"
"(=dragged|=hauled|=raked) =over =the =coals"
"=witch =hunt"
"nam* and sham*"
"=blame =culture"
"cover* (=her|=his|=my|=our|=their|=your) (=own)? (=back|=backs)"
"=in =the =firing =line"
"(=became|=become|=being|=was|=were|=got|=get|=very|=quite|=bit|=rather|=too) =defensive"
=defensiveness
"=on =the =defensive"
=culprit
=culprits
"=held =responsible =for"
"=responsible =for =the =failure*"
"=let =down =by"
"=let (=us|=them|=me|=people|=staff|=patients) =down"
"(=misconceived|=disgraceful|=scandalous|=inexcusable|=unforgivable|=shameful|=reprehensible)"    # condemnation of others' conduct
# v4 (tension3): recall additions - criticism of conduct and condemnation
"(criticis*|criticiz*) (=the =people|=people|=the =das|=das|=the =devolved|=devolved|=anybody|=anyone|=somebody|=someone|=individuals|=any =individual|=an =individual|=those|=the =way|=how|=decisions|=the =decision|=the =decisions|=the =response|=the =approach|=the =handling|=the =police|=local =authorities|=councils|=the =mayor|=the =uk|=the =first =minister|=the =health =secretary|=the =chancellor|=the =cabinet|=the =civil =service|=civil =servants|=the =centre|=whitehall|=nhs =england|=the =regulator|=the =mhra|=the =jcvi|=the =unions|=that =decision|=this =decision|=what)"    # "I would not want to criticise the people who put forward that evidence"
"(criticis*|criticiz*) (=for|=over)"    # "he was criticised for"
"(=openly|=publicly|=fiercely|=sharply|=highly) =critical"
"(=hubris|=fiasco|=debacle|=farce|=farcical|=botched|=ludicrous|=laughable|=abysmal|=woeful|=lamentable)"    # condemnation (legal terms of art - reckless, egregious, incompetent - are left out: they fired in the court arguments)
"(=beyond =a =joke|=an =absolute =joke|=a =complete =joke|=a =total =joke|=ridiculous =excuse|=absolute =nonsense|=complete =nonsense|=total =nonsense|=utter =nonsense|=is =nonsense|=was =nonsense)"    # "beyond a joke", "a ridiculous excuse"
"(=bad|=poor|=weak|=inadequate|=flawed|=lack =of|=absence =of|=failure =of|=failures =of|=failings =of|=failure =in|=failures =in|=failings =in) (=leadership|=management|=governance|=decision =making|=judgement|=judgment|=grip|=urgency|=planning|=oversight|=scrutiny|=practice|=preparation|=preparedness|=political =leadership|=co =ordination|=coordination)"    # "a failure of political leadership", "lack of grip", "extremely bad practice"
"(=failed|=failing|=fail|=fails) =to (=act|=plan|=prepare|=learn|=listen|=engage|=consult|=protect|=provide|=recognise|=understand|=grip|=deliver|=respond|=share|=follow|=heed|=address|=consider|=anticipate|=take =account|=take =action|=take =seriously|=grasp|=appreciate|=get =a =grip)"    # "the government failed to plan"
"(=was|=were) (=a|=an) (=big|=huge|=serious|=terrible|=grave|=major|=fundamental|=real|=catastrophic)? (=mistake|=error|=failure|=failing|=misjudgement|=misjudgment|=blunder) (=by|=on =the =part =of|=on =her =part|=on =his =part|=on =their =part)"    # "it was an error on her part"
"(=government|=the =government|=ministers|=westminster|=the =department|=nhs =england|=phe|=public =health =england|=number =10|=no =10|=downing =street|=the =prime =minister|=the =treasury|=the =cabinet =office|=whitehall|=the =centre|=local =authorities|=councils|=the =uk =government|=the =welsh =government|=the =scottish =government|=the =executive) (=should|=ought =to) (=really|=surely|=certainly|=clearly|=also)? =have"    # "the Westminster government should have been aware", "Welsh Government should have been consulted"
"=the =failure =to (=act|=plan|=prepare|=learn|=listen|=engage|=consult|=protect|=provide|=recognise|=understand|=respond|=share|=follow|=heed|=address|=consider|=anticipate|=take|=grasp|=appreciate|=get|=implement|=invest)"    # "the failure to respond to the signals from those simulations"
=failings
"(=let|=letting|=lets|=got|=getting|=get) ~3 =off =the =hook"    # "letting the departments off the hook"

[resource_financial_pressure]
# definition: pressure on services, staff and money - demand beyond capacity, services or staff overwhelmed, stretched, struggling or exhausted, systems falling over, burdens on services, bottlenecks and limiting factors, declining capacity, low morale, shortages of staff, beds or supplies, waiting lists and backlogs, workload and time pressure (no time to do the work), finite stock, and funding constraints, deficits, cuts and austerity (pressure put on people by others is not counted: it was power_control, dropped in version 5)
# v3: bare capacity, funding, money, demand, budget and costs were neutral in most
# inquiry hits ("testing capacity", "funding for the research", "value for money");
# they now count only near words of shortage or strain (NEAR rules).
pressure                    # stem pressur: pressure, pressures, pressured (clinical, peer and interpersonal pressure excluded below)
pressuris*
pressuriz*
(=capacity|=capacities) NEAR/4 (lack*|shortage*|shortfall*|insufficient|=limited|=limits|=limit|stretch*|overwhelm*|exceed*|exceeded|constrain*|constraint*|pressure*|strain*|inadequate|scarce|=full|=cope|=coping|=short|squeez*|=maxed|=breaking)    # "capacity was stretched" (v4: not =enough - "enough capacity to test" is planning; "not enough capacity" is counted below)
(=funding|=money|=budget|=budgets|=finances|=finance|=resources|=resource|=cash|=spending|=funds|=costs|=cost) NEAR/3 (=cut|=cuts|=cutting|=cutback|=cutbacks|=shortage|=shortages|=shortfall|=shortfalls|=short|=tight|=tighter|constrain*|constraint*|squeez*|pressure*|austerity|=inadequate|=insufficient|=scarce|=limited|underfund*|=stretched|=deficit|=deficits|overspen*|=lack|=lacked|=lacking|=unaffordable|=strapped|=reduced|=reduction|=reductions|=freeze|=frozen|=squeeze|=starved|=pinch|=pinched|=struggle|=struggled|=struggling)    # "cuts in funding", "budgets were tight", "not enough money"
=demand NEAR/3 (=exceed|=exceeded|=exceeding|=exceeds|=outstripped|=outstripping|=outstrips|=outstrip|=overwhelm*|=surge|=surged|=surging|=unprecedented|=huge|=enormous|=massive|=soaring|=spike|=spiked|=rising|=outstripped|=cope|=meet|=couldn't|=could =not|=beyond|=increase =in|=increased|=increasing|=excess|=pressure|=pressures|=huge)    # "demand outstripped supply", "couldn't meet demand"
=demands =on
=deficit
=deficits
overspen*
"cost pressure*"
=cuts NOT NEAR/1 (=across|=through|=both|=into)    # "cuts across departments" is not a cut
underfund*
=unfunded
=unaffordable
austerity
"=financial (=pressure|=pressures|=constraint|=constraints|=crisis|=difficulties|=difficulty|=strain|=squeeze|=hardship|=position|=challenges|=problems|=envelope|=settlement|=black =hole|=straitjacket)"
"(=fiscal|=financial|=funding|=budget|=budgetary|=spending|=resource|=resourcing|=workforce|=staffing|=capacity) (=constraint|=constraints|=pressure|=pressures|=gap|=gaps|=shortfall|=shortfalls|=squeeze|=limits|=challenge|=challenges|=crisis|=problems)"
=shortage
=shortages
=shortfall
=shortfalls
"(=staff|=staffing|=bed|=beds|=workforce|=ppe|=oxygen|=equipment|=supply|=supplies|=nursing|=medical|=testing|=test|=ventilator|=ventilators) (=shortage|=shortages|=shortfall|=shortfalls|=gaps|=gap|=pressures|=pressure)"
"(=ran|=run|=running|=runs) (=out|=short|=low) (=of)?"
"=short (=of =staff|=of =beds|=of =ppe|=of =money|=of =capacity|=of =people|=of =resources|=of =supplies)"
"short staffed"
=understaffed
=understaffing
"=under (=resourced|=resourcing|=staffed|=staffing|=funded|=capacity|=strain|=siege)"
"(=lack =of|=not =enough|=insufficient|=inadequate|=limited|=scarce|=scarcity =of|=no) (=staff|=staffing|=beds|=capacity|=resources|=resource|=money|=funding|=ppe|=nurses|=doctors|=clinicians|=people|=ventilators|=oxygen|=intensive =care =beds|=icu =beds|=critical =care =beds|=equipment|=supplies|=tests|=testing|=headroom|=slack|=resilience)"    # "there weren't enough staff"
"vacanc*"
=overstretched
=stretched
"=over =stretched"
"(=stretched|=pushed|=tested) (=to =the =limit|=to =its =limits|=to =their =limits|=to =breaking =point|=to =the =limits|=beyond)"
"=breaking =point"
"=full =stretch"
"=at (=capacity|=full =capacity|=breaking =point|=its =limit|=their =limit)"
"=over =capacity"
"=beyond =capacity"
overwhelm*                  # overwhelmed, overwhelming ("overwhelming majority/evidence" excluded below)
=swamped
"=inundated"
=overworked
=overloaded
=overload
"=workload*"
"(=exhausted|=exhaustion|=burnout|=burnt =out|=burned =out|=worn =out|=on =their =knees)"    # staff exhaustion
"(=couldn't|=could =not|=can't|=cannot|=struggled =to|=struggling =to|=unable =to|=wouldn't|=would =not) (=cope|=keep =up|=keep =pace)"
"=struggling =to (=cope|=meet|=keep|=manage|=recruit|=staff)"
=scarce
=scarcity
"=the =squeeze"
=squeezed
backlog*
"waiting list*"
"(=long|=longer|=growing|=huge|=enormous) (=waits|=waiting =times|=waiting =lists|=queues)"
=waits
=locum
=locums
"=agency (=spend|=staff|=nurses|=costs)"
"=bed (=pressures|=capacity|=shortages|=shortage|=blocking)"
"(=high|=higher|=full|=maximum|=peak|=record|=very =high|=100 =per =cent|=over =100 =per =cent) (=bed|=icu|=hospital)? =occupancy"    # not occupancy as a measure ("ICU occupancy or cases")
"=corridor =care"
=firefighting
"fight* fires"
=opel                       # operational pressures escalation level
"=black =alert"
"=critical =incident"
"=internal =incident"
"=flat =out"
"=on =our =knees"
"=winter (=pressure|=pressures|=crisis|=crises)"
"=no =beds"
"(=cancelled|=postponed|=paused|=stopped|=suspended|=deferred) (=operations|=elective|=surgery|=procedures|=treatment|=treatments|=appointments|=care|=screening)"
"=cost (=cutting|=cuts|=reduction|=reductions|=improvement|=improvements|=savings)"
"=savings (=target|=targets|=required|=programme|=programmes|=plan)"
"(=efficiency|=efficiencies) (=savings|=target|=targets|=drive|=programme|=requirement|=requirements)"
"=find (=efficiencies|=savings)"
"=tight (=budget|=budgets|=envelope|=finances|=funding|=money|=resources|=settlement|=staffing|=timescale|=timescales|=timeline|=timelines|=deadline|=deadlines|=turnaround)"
"(=time|=timescale|=timescales|=deadline|=deadlines) (=pressure|=pressures|=constraints|=constraint)"
"=against =the =clock"
"=competing (=demands|=priorities|=pressures|=needs|=calls)"
=unsustainable
"=not =sustainable"
"=no (=slack|=headroom|=spare =capacity|=surge =capacity|=margin)"
"=little (=slack|=headroom|=spare =capacity|=margin)"
"=running =hot"
"(=not =enough|=lack =of|=insufficient) =time"
"=inordinate =number"
"=long (=hours|=shifts|=days)"
"(=nhs|=service|=services|=system|=hospital|=hospitals) ~2 collaps*"    # "if the NHS does collapse"
"=collapse =of =the (=nhs|=health =service|=system|=health =system|=service)"
"(=staff|=workforce) (=wellbeing|=morale|=sickness|=absence|=absences|=absenteeism)"
"=low =morale"
"=morale (=is|=was|=were|=had =been|=has =been) (=low|=poor|=very =low|=at =rock =bottom|=fragile)"
"(=didn't =have|=not =having|=hadn't =got|=don't =have|=did =not =have|=not =have|=never =had|=haven't =got|=wouldn't =have|=won't =have) =enough ~1 (=vaccine|=vaccines|=doses|=masks|=resource|=resources|=staff|=staffing|=money|=funding|=capacity|=ppe|=supply|=supplies|=beds|=people|=nurses|=doctors|=tests|=testing|=time|=equipment|=ventilators|=oxygen)"
"(=flooded|=deluged|=bombarded|=swamped|=inundated) =with"
"(=depleting|=depleted|=dwindling|=diminishing) (=stock|=stocks|=supplies|=supply|=stockpile|=reserves|=staff|=workforce)"
"(=stock|=stocks|=supplies|=stockpile|=reserves) (=was|=were)? (=quickly|=rapidly|=fast)? (=depleting|=depleted|=dwindling|=running =low|=running =out)"
"(=insufficient|=not =sufficient|=wasn't =sufficient|=weren't =sufficient|=not =enough|=wasn't =enough|=weren't =enough) ~2 (=resource|=resources|=staff|=staffing|=support|=money|=funding|=capacity|=ppe|=supply|=supplies|=beds|=people|=nurses|=doctors|=tests|=time)"    # "there wasn't sufficient resource"
"(=constraint|=constraints|=limits) (=on|=upon) (=staffing|=staff|=resources|=capacity|=funding|=the =budget|=budgets|=supply|=supplies|=beds|=the =system|=the =nhs|=services|=spending|=public =spending|=public =finances)"    # "real constraints upon staffing"
"=limited (=amount =of|=supply|=supplies|=resources|=resource|=stock|=stocks|=staff|=staffing|=funding|=budget|=budgets|=beds|=headroom|=capacity)"
"=lack =of ~1 (=resources|=resource|=staff|=staffing|=capacity|=funding|=money|=ppe|=beds|=supplies|=equipment)"    # "the lack of warm resources"
"(=find|=found|=finding) (=the|=additional|=extra|=more)? (=money|=funding|=resources)"    # "where the money would come from": finding the money
"=where =the =money (=would|=was =going =to|=will) =come =from"
# v4 (tension3): recall additions - struggling services, stress on staff, time pressure, limits
"(=struggled|=struggling|=struggle|=struggles) =to (=cope|=meet|=keep|=manage|=recruit|=staff|=get|=source|=obtain|=secure|=deliver|=provide|=maintain|=fill|=procure|=respond)"    # "trusts struggled to get PPE"
"(=hospitals|=trusts|=services|=staff|=nhs|=system|=homes|=providers|=teams|=team|=sector|=gps|=practices|=authorities|=councils|=wards|=units) (=were|=was|=are|=is|=had =been|=have =been)? (=really|=already|=clearly|=badly|=seriously)? =struggling"
"(=difficulty|=difficulties|=problems|=problem|=issues|=challenges|=challenge) (=with|=in|=around|=of) (=resourcing|=staffing|=recruitment|=recruiting|=funding|=capacity|=supply|=supplies|=obtaining|=sourcing|=procuring|=getting =hold =of|=getting =enough|=securing)"    # "a difficulty with resourcing"
"(=no|=little|=very =little|=not =much|=insufficient|=not =sufficient|=hardly =any) =time =to (=do|=consult|=engage|=prepare|=plan|=think|=consider|=reflect|=test|=develop|=set|=put|=build|=train|=recruit|=follow|=review|=draft|=implement|=check|=carry|=digest|=read|=respond|=organise|=get|=go|=make|=look|=work|=properly)"    # "there was no time to do anything else"
"(=wasn't|=weren't|=simply =wasn't|=just =wasn't|=didn't =have|=did =not =have|=hadn't|=without) (=the|=enough|=sufficient|=much|=any)? =time =to (=do|=consult|=engage|=prepare|=plan|=think|=consider|=reflect|=test|=develop|=set|=put|=build|=train|=recruit|=follow|=review|=draft|=implement|=check|=carry|=digest|=read|=respond|=organise|=get|=go|=make|=look|=work|=properly)"    # "which there simply wasn't time to do"
"(=didn't =have|=did =not =have|=hadn't =got|=not =having|=had =no|=haven't =got) (=sufficient|=adequate|=the)? (=stock|=stocks|=stockpile|=supplies|=staff|=capacity|=beds|=ppe|=equipment|=funding)"    # "we didn't have sufficient stocks"
"(=quickly|=rapidly|=fast) =depleting"
"=depleting (=quickly|=rapidly|=fast)"
"=burden (=on|=upon) (=the)? (=nhs|=services|=service|=staff|=hospitals|=hospital|=system|=health =service|=health =system|=healthcare =system|=gps|=general =practice|=primary =care|=local =authorities|=councils|=care =homes|=care =providers|=providers|=frontline|=front =line|=trusts|=teams|=clinicians|=nurses|=doctors|=the =department|=departments|=officials|=workers|=workforce)"    # "a burden on the NHS" (not the legal burden of proof)
"=strain (=on|=upon)"
"(=enormous|=huge|=considerable|=great|=immense|=significant|=intense|=extreme|=tremendous|=extra|=additional|=real) =strain"
"hard pressed"
"=skeleton (=staff|=staffing|=team|=crew|=service)"
"(=system|=systems|=website|=portal|=distribution|=supply =chain|=process|=processes|=service|=services) ~3 (=buckled|=creaked|=broke =down|=fell =apart)"
"(=fell|=fallen|=falling) =over" NOT NEAR/1 (=each =other|=ourselves|=themselves|=himself|=herself|=myself)    # systems failing under load ("SCCL completely fell over")
"(=not|=never|=wasn't|=weren't|=isn't|=aren't|=nowhere =near|=ever =have =been|=ever =be|=ever =been) ~3 =enough (=capacity|=staff|=beds|=ppe|=tests|=testing|=people|=resource|=resources|=money|=funding|=vaccine|=vaccines|=supply|=supplies|=equipment|=nurses|=doctors|=stock)"    # "I'm not sure there would ever have been enough capacity"
"(=fixed|=finite) (=pot|=pie|=envelope|=budget|=resource|=resources|=amount =of =money|=amount =of =stock|=stock|=stocks|=supply|=supplies)"
"(=decline|=declining|=erosion|=eroded|=eroding|=reduction|=reductions|=loss|=hollowing =out) (=in|=of) (=our|=the|=their|=its)? (=capacity|=capability|=capabilities|=workforce|=funding|=resources|=budgets|=staffing)"    # "a long-standing decline in our capacity to fight infectious disease"
"(=weren't|=wasn't|=were =not|=was =not|=not) (=delivering|=producing|=supplying|=providing|=getting) =enough"    # "it's sort of like a fixed pie"
=bottleneck
=bottlenecks
"=limiting =factor"
"(=fundamental|=key|=main|=biggest|=major|=real|=severe|=significant|=practical) (=constraint|=constraints)"    # "one of the fundamental constraints was the supply"

[targets_vs_clinical_priorities]
# definition: performance targets and the target regime (waiting-time standards, breaches, numbers to hit, league tables, tick-box measurement; not perfunctory meetings or attendance, one person's line management, a metaphorical target or a supplier's delivery date) and their framing against clinical priority, need and judgement, including the clinical-priority side of that contrast (clinical prioritisation, clinically prioritised)
# v3: bare =target, =performance, metric*, dashboard*, =trajectory, =throughput and
# the clinical-priority words alone ("patient safety", "clinical risk") were neutral in
# most inquiry hits (the R number's trajectory, targeted testing, data dashboards,
# a vaccine's performance). The category now counts targets as a regime: a target set,
# hit, missed or chased, waiting-time standards and their breaches, gaming and
# tick-boxes, and clinical priority set against numbers.
"(=hit|=hits|=hitting|=meet|=meets|=meeting|=met|=miss|=missed|=missing|=achieve|=achieved|=achieving|=reach|=reached|=reaching|=chase|=chased|=chasing|=deliver|=delivered|=delivering|=set|=setting|=exceed|=exceeded|=beat|=beating) (=the|=a|=this|=that|=our|=their|=his|=its|=any|=these|=those)? ~1 (=target|=targets)" NOT NEAR/10 (=hosepipe|=hosepipes|=hose|=arrow|=arrows|=dart|=darts|=dartboard|=bullseye|=missile|=missiles|=gun|=guns|=rifle|=archery)    # "hit the 100,000 target" (a number between is allowed; v4.1: not a hosepipe or an arrow hitting a target)
"(=target|=targets) (=was|=were|=had =been|=has =been) (=met|=missed|=hit|=achieved|=set|=reached|=exceeded|=not =met|=not =achieved)"
"(=performance|=national|=government|=arbitrary|=numerical|=ambitious|=stretching|=unrealistic|=political|=public|=daily|=weekly|=headline|=waiting =time|=waiting =times|=access|=treatment|=testing|=vaccination|=delivery|=procurement|=recruitment|=elective|=cancer|=a&e|=ae) (=target|=targets)"    # "the testing target", "performance targets"
"=target =of ~3 (=tests|=testing|=vaccinations|=vaccines|=jabs|=doses|=people|=beds|=ventilators|=a =day|=per =day|=by =the =end)"    # "a target of 100,000 tests a day"
"=target =for (=tests|=testing|=vaccinations|=vaccination|=vaccines|=jabs|=doses|=beds|=ventilators)"    # "the target for testing" (v4.1: no gap, so not a supplier's "target for delivering those vaccines", a date)
"(=a|=the) ~1 =target =to (=vaccinate|=test|=deliver|=offer|=reach|=procure|=recruit|=have|=get|=do|=complete|=reduce|=increase)"
"=target =driven"
"=target =culture"
"=target =regime"
"=four =hour"
"=4 =hour"
"(breach*|=breaking|=broke|=in =under|=inside|=under|=within) (=the)? (=4|=four) (=hour|=hours)"
"=18 =weeks"
"=eighteen =weeks"
"=62 day*"
=rtt
"referral to treatment"
"=waiting =time (=standard|=standards|=target|=targets)"
"(=breach|=breaches|=breached|=breaching) (=of)? (=the)? (=target|=targets|=standard|=standards|=four =hour|=4 =hour)"
"league table*"
"tick box (=exercise|=exercises|=approach|=culture|=mentality|=mindset)" NOT NEAR/8 (attend*|=cobr|=cobra|=meeting|=meetings|=invited|=invitation|=invitations|=participation)    # not a literal tick box on a form; v4.1: not "tick box meetings" or attendance at COBR "a tick box exercise" (perfunctory involvement, not measurement)
"box ticking"
"=box =tick =exercise"
"numbers game"
"(chas*|=drive|=driving|=hit|=hits|=hitting|=meet|=meeting|=meets) (=the)? (=figures|=metrics|=numbers)"    # "chasing the numbers"
"performance manag*"
"=performance (=indicator|=indicators|=measure|=measures|=regime|=framework|=frameworks|=standard|=standards)"
=kpi
=kpis
"=perverse (=incentive|=incentives|=effect|=effects|=consequence|=consequences|=outcome|=outcomes)"
"=gaming (=the =system|=the =target|=the =targets|=the =numbers|=the =figures)"
"cherry pick* (=patients|=cases|=the =easy|=easy|=the =work|=work|=procedures|=operations)"    # not cherry-picking evidence in argument
"(=targets|=target|=numbers|=figures|=metrics) (=trump|=trumps|=trumped|=override|=overrides|=overrode|=beat|=beats|=come =before|=came =before|=take =priority =over|=took =priority =over|=take =precedence =over|=took =precedence =over|=outweigh|=outweighed|=drive|=drove|=drives|=driving)"    # "the targets trump clinical priorities"
"(=targets|=target|=numbers) (=versus|=vs|=against|=over) (=clinical|=patients|=patient|=quality|=safety)"    # "targets versus clinical priority"
"=clinical priorit*"
"=clinically priorit*"
"=clinical =need =rather =than"
"=rather =than =clinical =need"
"(=numbers|=targets|=target|=figures|=metrics) (=rather =than|=over|=before|=ahead =of|=not) (=patients|=patient =care|=clinical|=quality|=safety|=outcomes|=need)"
"(=patients|=patient =care|=clinical =need|=quality|=safety|=outcomes) (=rather =than|=over|=before|=ahead =of) (=numbers|=targets|=target|=figures|=metrics)"
"(=arbitrary|=unrealistic) (=number|=numbers|=figure|=figures)"

[exclude]
# Governance: "conflict of interest" is a probity term (declarations of
# interest), counted in roles.responsibility_accountability, never as conflict.
"conflict* of interest*"
# Clinical uses of tension words.
"tension pneumothora*"
"tension headache*"
"surface tension"

[exclude conflict_disagreement]
# v3: a witness disagreeing with counsel's proposition in the hearing, present tense
# ("I disagree with that", "I wouldn't disagree"), is a move in the questioning, not
# conflict at work; accounts of past disagreement ("we disagreed with the
# Treasury") still count. Conflicting evidence or data is not conflict between people.
"(=i|=i'd|=i'm|=would|=wouldn't|=don't|=do|=can't|=couldn't|=might|=may|=respectfully|=slightly|=strongly|=entirely|=completely|=totally|=fundamentally|=certainly|=just|=not) =disagree"
"=disagree (=with =you|=with =that|=with =this|=with =the =premise|=with =the =proposition|=with =the =characterisation|=with =the =characterization|=with =your|=with =it|=with =any =of =that|=that)"
"(=not|=wouldn't|=don't|=i) =disagreeing"
"(=agreed|=agree|=agrees) =or (=disagreed|=disagree|=disagrees)"
"(=nobody|=no =one|=no =body) (disagre*|disput*)"
"(=i|=i'd|=don't|=wouldn't|=not|=can't|=cannot|=won't) (disput*)"    # "I don't dispute that" (to counsel)
"(=conflicting|=conflicted) (=advice|=guidance|=messages|=messaging|=instructions|=signals|=information)"    # was communication_breakdown (dropped: see validation/tension.md)
"=disagreeing =with =you"
"(=any =one|=anybody|=anyone) ~1 disagre*"
"(=no|=any|=little|=real) =dispute (=that|=about =that|=about =it)"    # "there is no dispute that" (an agreed fact)
"(=i =think|=where|=that's =where) =we =disagree"    # with counsel
"(=hard|=difficult|=can't|=cannot|=couldn't) (=to)? =argue =with"
"(=out =of|=post|=after|=emerging =from) =conflict"    # a post-conflict society
"=shouting =into"
"=argument =in"            # "there's some argument in that" (a reason)
"(=would|=i'd|=just|=slightly|=gently|=might) (=slightly|=just|=gently|=a =bit)? =push =back"    # the hearing: "I would just slightly push back"
"=war =gam*"
"(=would|=i'd|=i) =dispute"    # the hearing: "I would dispute the fact that"
"=not =argued"
"=conflict =between (=the|=those|=these|=his|=her|=their|=my)? (=two)? (=roles|=duties|=responsibilities|=functions|=hats)"    # role conflict (roles.lex)
"(=not =trying =to|=i'm =not) =argue =with"
"=community =dispute*"      # a police disposal
"=dispute =resolutions"
"(=argument|=arguments) (=for|=that|=against|=to =be =made|=both =ways)"    # a reason, not a row ("there was an argument for")
"(=anybody|=anyone|=nobody|=no =one|=people) (=would|=could|=can)? =argue =with"
"=de =conflict*"             # deconfliction: co-ordination, not conflict
=deconflict*
"(=i =would|=i'd|=i =might|=i =will|=i'll|=can =i|=let =me|=i =have =to|=i =want =to) =push =back"    # pushing back on counsel's question
"(=not|=i'm =not|=i =am =not) ~3 (=disputing|=disagreeing|=contradicting)"
"(=considerations|=objectives|=aims|=goals|=priorities|=principles|=duties|=interests) (=were|=are|=was|=is|=being)? (=in|=came =into) =conflict"    # competing aims, counted in friction_frustration as tension between priorities
"(=conflicting|=conflicted) ~1 (=judgments|=judgements|=rulings|=evidence|=data|=results|=reports|=studies|=information|=findings|=signals|=estimates|=figures|=science|=scientific|=modelling|=models)"
"(=armed|=military|=world|=ukraine|=the) =conflict (=in|=zone|=zones)"    # armed conflict abroad
"=conflict =zone*"
"(=afghan|=afghanistan|=iraq|=iraqi|=ukraine|=syria|=syrian|=military|=the =falklands|=gulf|=violent|=sectarian|=international) =conflict*"
"=conflict (=in) (=afghanistan|=iraq|=ukraine|=syria|=the =middle =east)"
"=contradicting =or =disagreeing"
"(=would|=want =to|=i|=to) ~2 =dispute (=this|=that|=it) (=statement|=point|=figure|=proposition|=too)?"    # in the hearing
"=armed =conflict*"
"=in =conflict =with =the =law"
"diary clash*"
"clash* diar*"
"=clash =of =dates"
"=in =a =row"
"=front =row"
"=back =row"
"=a =row =of"
"(=colour|=color|=date|=dates|=diary|=diaries|=timing|=times) clash*"
"push* =back (=a|=our|=the|=their)? (=appointment|=appointments|=clinic|=clinics|=date|=dates|=deadline|=deadlines|=launch|=meeting|=meetings|=start|=timeline|=timelines|=timetable|=timetables|=the =virus|=the =disease|=the =peak|=the =curve)"    # postponing
"=push =back =against =the =virus"
"=as =opposed =to"
"=diametrically =opposed"
"=the =opposition"           # the parliamentary Opposition
"=opposition (=parties|=party|=leader|=leaders|=politicians|=mps|=spokesperson|=spokespeople|=benches|=front =bench)"
"=in =opposition"
"(=antimicrobial|=antibiotic|=insulin|=treatment|=drug|=fluid|=water|=vaccine|=immune|=antiviral) resist*"
"obstructive sleep*"
"obstructive jaundice"
"obstructive airway*"
"=refuse =collection"
"=refused =entry"

# v4 (tension3, after the seed 3126 precision draw): armed conflict mentioned
# further back, a witness weighing another witness's evidence, conflicting
# considerations (not people), hypothetical agreement, offers that fell out.
conflict NEAR/15 (=afghan|=afghanistan|=iraq|=iraqi|=syria|=syrian|=ukraine|=ukrainian|=russia|=military|=armed|=troops|=soldiers|=battlefield)
"(=agree|=agreed) =and =disagree"
"(=struggle|=struggled|=hard|=difficult|=hard =pressed) =to =disagree"
"(=wouldn't|=would =not|=couldn't|=could =not) =have =disagreed"
"(=conflicting|=competing) (=issues|=considerations|=priorities|=objectives|=demands|=pressures|=interests|=aims|=goals|=needs|=risks|=harms)"
"=conflict (=in|=within|=of) (=the|=my|=his|=her|=their|=that)? (=role|=roles)"    # role conflict is roles.lex
"(=interest|=interests|=declaration|=declarations) =or =conflicts"
"=conflicts (=form|=forms|=register|=registers|=declaration|=declarations|=policy|=check|=checks)"
"(=chronic =obstructive|=obstructive =pulmonary|=obstructive =lung)"    # COPD

[exclude friction_frustration]
"=tense =muscles"
"=past =tense"
"=present =tense"
"=upset =stomach"
"=if =you're ~2 =uncomfortable"
"(frustrat*|=angry|=furious|=anger|=fed =up) ~3 (=by|=with|=about|=at) (=lockdown|=lockdowns|=the =lockdown|=restrictions|=the =restrictions|=the =rules)"    # the public's frustration with the rules
"(=tension|=tensions) =within ~3 (=public|=communities|=community|=society)"
"(=community|=communal|=social|=sectarian|=racial|=civil) (=tension|=tensions)"
"=uncomfortable =thing =to"
"=fraught =with"
"=tension =of (=demand|=demands)"
"(=button|=buttons|=remote|=remotes|=device|=devices|=battery|=batteries|=tv|=television|=cds|=interface|=gadget|=gadgets|=product|=products) ~4 (annoy*|irritat*|frustrat*)"    # a product's users (the design meetings)
"(annoy*|irritat*|frustrat*) ~4 (=button|=buttons|=remote|=remotes|=device|=devices|=battery|=batteries|=tv|=television|=cds|=interface|=gadget|=gadgets|=product|=products)"
# frustration of the public, patients and users with a service or product is not
# tension at work
"(=client|=clients|=consumer|=consumers|=customer|=customers|=families|=patient|=patients|=public|=public's|=relatives|=user|=users|=people|=citizens|=residents|=parents|=children|=members|=families) ~3 (=angry|annoy*|=fed =up|frustrat*|irritat*|=upset|=anger|=furious|=outraged|=fury|resent*|=fraught|=distress)"
"(annoy*|frustrat*|irritat*) ~2 (=for|=to) (=our|=the)? (=client|=clients|=consumer|=consumers|=customer|=customers|=patient|=patients|=people|=user|=users|=public|=families|=the =public)"
"(=skin|=eye|=eyes|=throat|=respiratory|=mucosal) =irritation"
"(=public|=public's|=lockdown|=pandemic|=covid) (=anger|=frustration|=frustrations|=fatigue)"
"=silos =of (=data|=information)"
"=data =silo*"

[exclude blame]
"=fault =finding"
"=no =fault =of (=her|=his|=my|=our|=their|=your) =own"    # hardship of the public, not blame
"(=that's|=sorry) (=my|=entirely =my) =fault"    # an apology in the hearing
"(=biggest|=likely|=main|=major|=prime|=probable|=real|=usual) (=culprit|=culprits)"
"=blame =the =virus"
"(=consumer|=consumers|=customer|=customers|=public) =complaints"
"(=complaint|=complaints) =from (=the =public|=members =of =the =public|=consumers|=customers)"
"=complaints (=procedure|=procedures|=process|=processes|=system|=systems|=handling)"

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
"=positive =pressure"
"=negative =pressure"
"=pressure (=swing|=swings|=hood|=hoods|=gauge|=gauges|=cylinder|=cylinders|=valve|=valves|=regulator|=regulators|=testing)"
"=airway =pressure"
"=intracranial =pressure"
"=selection =pressure*"
"=evolutionary =pressure*"
"=peer =pressure"
# pressure put on people by others is power_control
"(=put|=putting|=puts|=placed|=placing|=applied|=applying|=exert|=exerted|=exerting|=bring|=brought|=piling|=piled|=heap|=heaped) ~3 =pressure (=on|=upon)"
"(=political|=ministerial|=undue|=inappropriate|=unreasonable|=external|=public|=media) =pressure"
"(=pressurised|=pressurized|=pressured) =by"
"(=pressure|=pressures) =from (=the =centre|=the =center|=the =treasury|=the =government|=the =department|=the =prime =minister|=the =secretary =of =state|=the =media|=the =press|=ministers|=minister|=politicians|=government|=treasury|=him|=her|=them|=colleagues|=senior|=mps|=officials|=above|=number =10|=no =10|=downing =street|=the =cabinet =office|=whitehall|=westminster|=nhs =england|=the =unions|=unions)"
"(=pressure|=pressured|=pressurised|=pressurized) ~2 (=to =do|=to =agree|=to =accept|=to =change|=to =sign|=to =approve|=to =go|=into)"
"=pressure =not =to"
"(=pressure|=pressures) =to (=close|=open|=lock|=lockdown|=do|=agree|=accept|=act|=change|=sign|=approve|=go|=reopen|=relax|=ease|=lift|=deliver|=announce|=publish|=buy|=move|=get|=introduce|=impose|=bring|=take|=make|=implement|=cancel|=stop|=end|=keep|=allow|=let|=expand|=extend|=spend|=release|=adopt|=expedite|=speed|=approve|=sign =off|=clear|=drop|=abandon|=follow|=produce|=show)"    # pressure to act: put on people by others (power_control)
"=under ~2 =pressure =to"    # "under pressure to expedite orders" (put on people by others)
"(=put|=putting|=puts|=placed|=placing|=place|=came|=come|=coming) (=me|=us|=them|=him|=her|=ministers|=officials|=people|=the =government|=government|=colleagues) =under ~1 =pressure"
"(=pressure|=pressures) =from (=nhs =trusts|=trusts|=the =nhs|=hospitals|=suppliers|=industry|=business|=businesses|=the =public|=public|=parents|=schools|=the =mayor|=mayors|=local =leaders|=stakeholders|=lobbyists|=the =sector|=sector|=the =opposition|=campaigners|=families|=scientists|=the =scientists|=advisers|=the =centre =of =government)"    # pressure put on people by others
"=out =of =road"    # "running out of road" (out of options)
"(=pressure|=pressures) =from" NOT NEAR/2 (=demand|=covid|=patients|=admissions|=cases|=virus|=winter|=omicron|=delta|=rising|=increased|=increasing|=infections|=staff =absence|=absences)    # v4: pressure from people is put on others (power_control)
"(=succumb|=succumbed|=succumbing|=resist|=resisted|=resisting|=ignore|=ignored|=ignoring|=withstand|=withstood|=bow|=bowed|=yield|=yielded|=cave|=caved) (=to)? (=that|=the|=this|=political|=public|=any|=all =that)? (=kind =of)? =pressure"
"(=political|=ministerial|=public|=media|=stakeholder|=external|=lobbying|=party|=parliamentary|=popular) (=or =stakeholder|=and =public|=and =media)? (=pressure|=pressures)"
"=pressure =of (=politics|=public =opinion|=the =media|=scrutiny)"
"(=came|=come|=coming|=felt|=feel|=feeling|=was|=were|=being|=put|=placed) =under (=a =lot =of|=huge|=enormous|=significant|=considerable|=intense|=real|=some|=great)? =pressure (=from|=to|=as =to|=not)"
"(=pressure|=pressures) (=was|=were|=being|=had =been)? (=exercised|=exerted|=applied|=brought =to =bear)"
"(=constant|=continual|=relentless|=growing) =pressure =for"
"=pressure =for (=something|=us|=them|=him|=her|=change|=action|=decisions|=answers|=a =decision|=a =lockdown|=lockdown|=more =restrictions|=restrictions|=things)"
"(=kind|=sort|=type) =of =pressure"    # "all that kind of pressure" (from the public and media)
"(=apply|=applied|=applying|=inflation|=inspiratory|=expiratory|=ventilation|=ventilator|=oxygen|=gas|=air|=high =a|=low =a) ~1 =pressure"    # ventilation

"(=global|=2008|=banking|=world) =financial =crisis"    # the economic crisis of 2008
"=financial =crisis =of (=2008|=2007|=2009)"
"(=pressure|=pressures) ~2 (=applied|=apply|=applying|=exerted|=placed)"
"(=party|=party =political|=political|=personal|=public|=media|=ministerial|=lobbying) (=pressure|=pressures)"
"=no =shortage =of"
"(=exhausted|=exhausting) =with"
"scarc* =of (=the)? (=data|=evidence|=information|=data =points)"
"=pressure =can =take"
"=pressure =to =use"
"(exhaust*) ~3 (=remedies|=remedy|=claim|=claims|=appeals|=appeal|=avenues|=possibilities|=options)"    # legal exhaustion of remedies (court transcripts)
"=exhaustion (=requirement|=requirements|=doctrine|=rule|=rules|=principle|=argument|=issue|=question|=defence|=defense|=analysis|=bar)"
"(=disease|=downward|=upward|=selective|=evolutionary) (=pressure|=pressures)"
"(=case|=evidence|=argument|=arguments|=majority) ~3 =overwhelming"
"(=any|=no) =pressure =or"
"=pressure (=or|=and) =influence*"
"(=pressure|=pressures) =on =the =economy"
"=in =my =capacity =as"
"=in =his =capacity =as"
"=in =her =capacity =as"
"=in =their =capacity =as"
"=in =your =capacity =as"
"(=in =a|=in =an|=in =any|=in =that|=in =this|=in =what|=in =which|=in =my|=in =his|=in =her|=in =their|=in =our|=in =your|=in =its) ~2 =capacity"    # role capacity ("in a personal capacity", "in an advisory capacity")
"=mental =capacity"
"=lacks =capacity"
"=lack =capacity =to =consent"
"=overwhelming (=majority|=evidence|=view|=consensus|=support|=sense|=impression|=feeling|=case|=likelihood|=response|=desire|=focus|=priority|=importance)"
"=overwhelmingly"
"=pressure =group*"          # lobbying organisations
"=run =out =of =time"
"=being =run =out =of"
"(=run|=ran) =out =of (=nhs|=the =department|=the =cabinet =office|=number =10|=no =10|=downing =street|=london|=whitehall|=the =centre)"
"=ran =out =of =time"
"(=time|=timescale) =was =short"
"=waiting =list =for =a =vaccine"

[exclude targets_vs_clinical_priorities]
"=target (=audience|=audiences|=group|=groups|=population|=populations|=market|=markets|=product|=profile|=date)"
"(=i|=he|=she|=you) (=was|=were|=am|=is|=are|=being|=got|=get|=gets)? =performance =managed"    # v4.1: a person's line management ("I was performance managed by the permanent secretary"), not the target regime

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
