# trust.lex - trust and distrust between leaders (bundled lextab lexicon)
#
# Conceptual basis: Mayer, Davis & Schoorman (1995) - trust as willingness to
# be vulnerable, judged on ability, benevolence and integrity; Rousseau,
# Sitkin, Burt & Camerer (1998) - trust as a psychological state of
# positive expectation; relational coordination (Gittell) - shared goals,
# shared knowledge and mutual respect. Entries were written for this project
# from those constructs and from how NHS leaders talk; no proprietary
# dictionary was copied. See lexicons/README.md for the documentation and
# known limits, docs/counting-rules.md for the exact matching rules.
#
# Entry kinds: bare word = Snowball stem; =word = exact folded form;
# word* = prefix of the folded form; "a phrase" = consecutive tokens in one
# clause; "(a|b) ~N (c)?" = token pattern; A NEAR/N B = A with B within N
# tokens; /regex/ = PCRE2 on the case-folded turn text.
#
# Version 3 (issue 15) was developed and validated on the UK Covid-19
# Inquiry hearings (witness turns): lexicons/validation/trust.md gives each
# category's definition, theory, precision and the theme's recall, and how
# often the organisation "trust" (NHS and HSC trusts, named bodies) is
# counted.

theme: trust
description: Trust and distrust between leaders - reliance and confidence, suspicion, openness and integrity, credibility, respect, relational connection
version: 3                  # 3: issue 15, validated on the inquiry hearings (lexicons/validation/trust.md) - changes marked "v3:"; 2: precision audit - "audit:"

[confidence_reliance]
# definition: trusting, relying on, or having confidence in another person, group or institution - colleagues, a government and its messages (willingness to be vulnerable to them)
# v3: the bare stem `trust` counted the NHS organisation ("NHS trusts", "the
# trust", "a number of trusts", "Nuffield Trust"): most witness uses of
# trust/trusts in the inquiry hearings name a body. Now the inflections that
# are never a body count alone; plural "trusts" only as a verb with a person
# after it; singular "trust" only next to a cue that makes it the relation
# (a subject or modal before it, an object or "in/between/of" after it, a
# qualifier such as "mutual", "public", "lack of", "build"). NEAR keeps the hit
# on "trust" alone, so that "I don't trust" is still a negated hit.
# Measured on a seeded sample of occurrences: lexicons/validation/trust.md.
=trusted
=trusting
=trustful
"=trusts (=anybody|=anyone|=each =other|=everybody|=everyone|=her|=him|=me|=nobody|=no =one|=one =another|=people|=them|=us|=you)"    # verb: "she trusts him" (plural "trusts" is the organisation)
"=trust (=anybody|=anyone|=between|=each =other|=everybody|=everyone|=government|=governments|=her|=him|=in|=me|=nobody|=one =another|=people|=politicians|=somebody|=someone|=them|=those|=us|=what|=within|=you|=amongst|=among|=the =judgement|=the =judgment|=the =people|=the =public|=the =government|=the =numbers|=the =data|=the =figures|=the =process|=the =team|=the =board|=the =clinicians|=the =managers|=the =system|=the =fact|=their =judgement|=their =judgment|=my =judgement|=my =judgment|=your =judgement|=your =judgment|=his =judgement|=her =judgement)"    # "trust them", "trust in the government", "trust between us"; an object in the same clause
=trust NEAR/1 (=i|=we|=you|=they|=he|=she|=people|=to|=can|=could|=would|=will|=should|=must|=may|=might|=do|=did|=does|=not|=cannot|=don't|=didn't|=doesn't|=can't|=couldn't|=wouldn't|=won't|=shouldn't|=never|=always|=really|=just|=simply|=fully|=completely|=totally|=unconditionally|=professionally|=blindly|=implicitly|=mutual|=public|=interpersonal|=personal|=professional|=community|=watchful|=genuine|=general|=overall|=greater|=more|=less|=high|=higher|=low|=lower|=poor|=enough|=sufficient|=maximum|=build|=building|=built|=builds|=builder|=rebuild|=rebuilding|=regain|=maintain|=maintaining|=maintained|=earn|=earned|=gain|=gained|=engender|=encourage|=promote|=improve|=improves|=foster|=fostered|=generate|=create|=undermine|=undermined|=undermines|=compromise|=weaken|=damage|=damages|=damaged|=destroy|=destroys|=destroyed|=broke|=lose|=losing|=lost|=place|=placed|=inspire|=need|=needs|=needed|=of|=on|=about|=around|=whom|=relationship|=relationships|=issue|=issues|=levels|=element|=environment|=breaker|=rating|=ratings|=in|=with|=there's|=where|=is|=was|=isn't|=wasn't|=measure|=increase|=increases|=increased|=decrease|=decreases|=decreased|=reduce|=reduces|=reduced)    # "we trust", "to trust", "lack of trust", "public trust", "build trust", "trust issues" (the cue may be on either side; organisation contexts are excluded below)
=trust NEAR/2 (=confidence|=credibility|=respect|=engagement|=distrust|=mistrust|=transparency|=honesty|=openness|=understanding|=capability|=build|=building|=built|=builds|=rebuild|=rebuilding|=regain|=regained|=maintain|=maintaining|=earn|=earned|=gain|=gained|=destroy|=destroys|=destroyed|=lose|=losing|=lost|=undermine|=undermined|=damage|=damaged|=erode|=eroded)    # "trust and confidence", "confidence and trust", "build that trust", "lost the trust of"
"=trust (=a|=an|=our|=the|=their|=these|=this|=your)"    # verb with an object in the same clause: "trust the system", "trust a government"
entrust                     # entrust, entrusted, entrusting
trustworthy                 # stem trustworthi: trustworthy, trustworthiness
=trusty
# audit: the bare stem `confidence` (confident, confide) fired mostly on
# self-certainty ("I'm not confident that...") and statistics ("confidence in
# the prediction"); now only confidence placed in a person or group.
/\bconfiden(?:ce|t)\s+in\s+(?:him|her|them|me|us|you|each other|one another|people|colleagues|clinicians|managers|doctors|nurses|consultants|(?:the|my|our|his|her|their|your)\s+(?:\w+\s+)?(?:team|teams|colleagues?|leadership|board|management|managers?|executives?|exec|clinicians|consultants|doctors|nurses|staff|directors?|chair|chief executive|ceo|coo|gm|boss|deputy|leads?|people))\b/    # regex kept: a gap inside a group of alternatives; "confidence in her", "confident in the team"
"(=command|=commanded|=commands|=earn|=earned|=earning|=earns|=enjoy|=enjoyed|=enjoys|=gain|=gained|=gaining|=gains|=had|=has|=have|=having|=keep|=keeping|=keeps|=kept|=retain|=retained|=retaining|=retains|=win|=winning|=wins|=won) (=clinicians'|=everybody's|=everyone's|=her|=his|=managers'|=my|=our|=people's|=the =board's|=their|=your) =confidence"    # "to gain their confidence"
"=the =confidence =of (=the)? (=board|=chair|=chief =executive|=clinicians|=colleagues|=commissioners|=consultants|=doctors|=exec|=executive|=governors|=managers|=people|=regulator|=regulators|=staff|=team)"    # "the confidence of the board"
"(=confidence =in|=confident =in|=faith =in) (=the)? (=government|=governments|=ministers|=message|=messages|=messaging|=nhs|=advice|=decision =makers|=uk =government|=scottish =government|=welsh =government|=executive|=authorities|=institutions|=politicians|=leadership|=prime =minister|=first =minister|=chief =medical =officer|=scientists|=experts|=officials|=civil =service|=department|=system =of =government|=public =health =advice|=guidance|=state)"    # v3: confidence in a government, its advisers and its messages ("undermine people's confidence in the message")
"(=public|=public's|=people's|=undermine|=undermined|=undermines|=undermining|=maintain|=maintained|=maintaining|=restore|=restored|=restoring|=regain|=regained|=rebuild|=rebuilding|=boost|=boosted) =confidence"    # v3: "public confidence", "regain confidence" (confidence placed in others)
"=confide =in"
"(=command|=commanded|=enjoy|=enjoyed|=enjoys|=gain|=gained|=had|=has|=have|=having|=keep|=kept|=retain|=retained|=win|=won) =the (=full)? =confidence =of"    # v3: "had the confidence of the Number 10 machine"
"=confided =in"
"=confiding =in"
"have faith in"
"=had faith in"
"=has faith in"
"=having faith in"
"faith in =him"
"faith in =her"
"faith in =them"
"faith in =each =other"
"faith in =one =another"
"leap of faith"
"benefit of the doubt"
"(=depend|=depended|=relied|=relies|=rely|=relying) (=on|=upon) (=clinicians|=colleagues|=consultants|=doctors|=each =other|=her|=her =colleagues|=her =judgement|=her =judgment|=her =team|=her =word|=him|=his =colleagues|=his =judgement|=his =judgment|=his =team|=his =word|=managers|=me|=my =colleagues|=my =judgement|=my =judgment|=my =team|=my =word|=nurses|=one =another|=our =team|=people|=somebody|=someone|=surgeons|=the =clinical =director|=the =coo|=the =finance =director|=the =managing =director|=the =medical =director|=the =team|=their =colleagues|=their =judgement|=their =judgment|=their =team|=their =word|=them|=us|=you|=your =colleagues|=your =judgement|=your =judgment|=your =team|=your =word)"    # rely / depend on a person ("the plan relies on extra lists", "it will depend on the cost" do not count)
# audit: "=depend on" matched "would largely depend on the cost" (3 of 4 sampled hits
# were things, not people); depend now shares the person-object regex above, without
# "depending" ("depending on people that you target" is a hedge), and the conditional
# "that would depend upon us" is excluded below.
"=reliance (=on|=upon) (=clinicians|=colleagues|=consultants|=doctors|=each =other|=experts|=her|=him|=managers|=nurses|=one =another|=people|=staff|=the =community|=communities|=the =team|=them|=us|=volunteers|=the =voluntary =sector|=the =advice =of|=advisers|=officials)"    # v3: reliance on people (not "reliance on overseas manufacturers", "on that set of minutes")
# audit: bare =reliable / =dependable were technical ("a reliable signal", "reliable
# data": 10 of 10 sampled hits); now only said of people.
/\b(?:he|she|they|you|i|we|he's|she's|they're|you're|i'm|we're|people|colleagues?|clinicians?|managers?|consultants?|doctors?|nurses?|staff|team)\s+(?:(?:is|are|was|were|am|be|been|being|seem|seems|seemed|very|really|extremely|totally|completely|always|utterly|so|quite|not|never|just|incredibly|absolutely|pretty)\s+){0,3}(?:reliable|dependable)\b/    # regex kept: too many alternatives
"(=about|=by|=of) =being ~1 (=dependable|=reliable)"    # "earn their trust by being reliable"
"(=dependable|=reliable) (=boss|=ceo|=chair|=clinician|=clinicians|=colleague|=colleagues|=consultant|=consultants|=coo|=deputies|=deputy|=director|=directors|=doctor|=doctors|=gm|=lead|=leader|=leaders|=leads|=manager|=managers|=nurse|=nurses|=pair =of =hands|=partner|=partners|=people|=person|=staff|=team|=teams)"
"(=count|=counted|=counting|=counts) =on (=clinicians|=colleagues|=each =other|=her|=him|=managers|=me|=my =team|=one =another|=our =team|=people|=the =team|=them|=us|=you)"    # "I can count on her" (audit: not "don't count on it")
"vouch for"
"(=gets|=got|=had|=has|=have|=having) (=each =other's|=her|=his|=my|=one =another's|=our|=their|=your) (=back|=backs)"    # "she's got my back"
"believ* =in (=each =other|=her|=him|=me|=one =another|=them|=us|=you)"    # believe in a person (not "believe in the data")
"(=let|=lets|=letting) (=her|=him|=me|=them|=us|=you) (=just)? =get =on =with =it"    # delegation as trust
"=left me to it"
"=leave me to it"
"=leaves me to it"
"=leave them to it"
"=left them to it"
"=leave him to it"
"=leave her to it"
"=safe =hands"
"=in =safe =hands"
# r2 (recall round): reliance on advisers, officials, experts and governments, and
# confidence or belief placed in people ("I relied on the advice I was given",
# "ministers are very dependent on officials", "I trusted him", "no reason to doubt him")
"(=relied|=rely|=relies|=relying|=depended|=reliant|=dependent|=reliance) (=heavily|=very =heavily|=entirely|=completely|=totally|=a =lot|=hugely|=very =much|=much|=largely|=greatly|=crucially|=absolutely|=very)? (=on|=upon) (=the|=their|=his|=her|=our|=my|=its|=your|=that|=this|=those|=these)? ~2 (=advice|=adviser|=advisers|=advisor|=advisors|=expertise|=expert|=experts|=judgement|=judgment|=official|=officials|=scientist|=scientists|=colleague|=colleagues|=clinicians|=professionals|=briefings|=servants|=service|=sage|=cmo|=cso|=government|=governments|=minister|=ministers|=team|=teams|=staff|=partners|=counterparts|=leadership|=goodwill|=word|=people|=each =other|=them|=him|=her|=us|=you|=me)"    # r2: reliance on people, advisers and governments (not "dependent on the stage", "reliant on overseas suppliers")
"(=confidence|=faith) =in (=the|=their|=his|=her|=our|=my|=your)? ~1 (=advice|=adviser|=advisers|=colleagues|=experts|=officials|=scientists|=team|=leadership|=judgement|=judgment|=ability|=abilities|=professionalism|=competence|=integrity|=staff|=people|=clinicians|=doctors|=nurses|=cmo|=cso|=sage|=minister|=ministers|=secretary|=department|=servants|=him|=her|=them|=us|=you|=me)"    # r2: "confidence in his judgement", "faith in the advisers"
"(=believed|=believe|=believes|=believing) (=him|=her|=them) NOT NEAR/1 (=to|=be)"    # r2: "we'd believed them" (not "believed them to be")
"(=believed|=believe|=believes|=took|=take|=takes|=taking|=taken) (=him|=her|=them|=people) =at (=his|=her|=their) =word"
# r3 (recall round 3, trust3): faith placed in people and bodies ("more likely to put
# faith in public bodies", "more faith in the Scottish public"); "faith in it/this" excluded
"=faith =in"    # r3: "put our faith in the UK Government's ability"
"(=person|=people|=one|=man|=woman) (=i|=we|=you) (=turned|=turn|=would =turn|=could =turn|=used =to =turn) =to"    # r3: "David Williams was the person I turned to for those questions"
"(=turned|=turn|=turning) =to (=him|=her|=them) =for (=advice|=help|=support|=answers|=guidance)"

[distrust_suspicion]
# definition: distrust, suspicion, wariness, perceived deceit or hidden motives, and damaged or broken trust
distrust                    # distrust, distrusted, distrustful
mistrust
untrustworthy               # stem untrustworthi
# v3: suspicion, scepticism and wariness were mostly epistemic in the inquiry
# ("we had a suspicion that this could be a serious outbreak", "sceptical that
# they would be enough", "wary about making comments"); they now count only
# when aimed at people or bodies.
"(suspicio*|sceptic*|skeptic*|cynic*|=wary|=wariness|=distrustful|=mistrustful) (=about|=of|=towards|=toward) (=the)? ~1 (=authorities|=authority|=clinicians|=colleagues|=each =other|=experts|=government|=governments|=her|=him|=institutions|=managers|=me|=ministers|=officials|=one =another|=outsiders|=people|=politicians|=scientists|=the =authorities|=the =centre|=the =government|=the =nhs|=the =state|=their =motives|=his =motives|=her =motives|=them|=us|=whitehall|=westminster|=you|=number =10|=public =authority|=public =authorities|=health =services|=services|=the =system|=officialdom|=each =other's =motives)"    # "suspicious of them", "sceptical of the government"
"(=suspicion|=suspicions|=scepticism|=skepticism|=cynicism) (=among|=amongst|=between|=within) (=the)? ~1 (=communities|=community|=groups|=ministers|=officials|=colleagues|=clinicians|=managers|=them|=us|=governments|=administrations|=staff|=people|=the =public)"    # "suspicion between administrations"
"(=level|=levels|=culture|=climate|=atmosphere|=sense) =of (=suspicion|=scepticism|=skepticism|=cynicism)"    # "a baseline level of suspicion"
"(=with|=under) =suspicion"    # "treated with suspicion"
"(=suspicion|=suspicions) =of (=possible)? (=corruption|=cronyism|=favouritism|=favoritism|=bias|=collusion|=fraud|=wrongdoing|=motives|=their =motives|=his =motives)"    # "suspicions of possible corruption"
"hidden agenda*"
# v3: "own agenda" dropped ("set our own agenda" is autonomy, not a hidden motive)
"ulterior motive*"
"question* (=her|=his|=my|=our|=the|=their|=your) (=motive|=motives)"
=backstabbing
=backstab
"=stab in the back"          # audit: was "stab* in the back", whose prefix also matches "stable in the back"
"=stabbed in the back"
"=stabbing in the back"
"=behind (=each =other's|=her|=his|=my|=our|=people's|=their|=your) (=back|=backs)"
"two faced"                 # also two-faced (hyphen splits tokens)
=duplicitous
=duplicity
deceit*                     # deceit, deceitful
decept*                     # deception, deceptive
=deceived
# v3: =dishonest dropped here: mostly the witness on their own candour ("it would be dishonest to claim"); see openness_honesty
=dishonesty
"=lied to"
"(=misled|=mislead|=misleading|=misleads) (=her|=him|=me|=ministers|=parliament|=people|=the =inquiry|=the =public|=them|=us|=you|=colleagues|=the =house)"    # v3: "I wouldn't mislead him"
"(=a|=any|=no|=the) =cover =up"    # v3: "there was no cover-up" (concealment)
"(=cover|=covered|=covering|=covers) =up (=errors|=evidence|=failings|=it|=mistakes|=the =evidence|=the =facts|=the =truth|=what =happened|=wrongdoing)"
"=lying to"
"=lie to"
"=lied about"
"economical with the truth"
"smoke and mirrors"
# audit: bare =spin was always "spin the wheel" in the sample (5 of 5); kept only in phrases
"=all =spin"                # "it was all spin"
/(?<=doesn't |don't |didn't |never |won't )spin\b/    # regex kept: a lookaround or inline option; "he doesn't spin" (a negated hit: absence of spin)
"=pure =spin"
"=spin =doctor*"
"(=put|=puts|=putting) (=a|=her|=his|=its|=some|=their) ~1 =spin =on"    # "put a positive spin on it"
=hoodwinked
=betrayed
=betrayal
"(=betray|=betrays|=betraying) (=her|=him|=me|=people|=the =public|=the =trust|=their =trust|=them|=us|=you|=our =trust|=my =trust)"    # v3: not "this is betraying my age" (revealing)
"(=let|=lets|=letting) (=everyone|=her|=him|=me|=patients|=people|=them|=us|=you) =down"    # let me down
"=felt =let =down"
"=feel =let =down"
# v3: "second-guess" dropped: it meant predicting ("we have to second-guess, we have to make it up") or overriding advice in most inquiry hits
"check* =up =on (=clinicians|=colleagues|=her|=him|=managers|=me|=my =team|=people|=the =team|=us|=you)"    # checking up on people = distrust of delegation (not patients)
"breach of trust"
"broken trust"
"=low trust"
"trust deficit*"
"erosion of trust"
"vote of no =confidence"
"los* faith"                # lose/lost/losing faith
"los* =confidence"
/\btrust\s+(?:\w+\s+){0,2}(?:broke|broken|eroded|damaged|gone(?!\s+(?:up|into|to|through|over|ahead|back|down))|evaporated|destroyed|disappeared|shattered)\b/    # regex kept: a lookaround or inline option; "trust had gone", "the trust was broken"
"(=break|=breaking|=breaks|=broke|=broken|=damage|=damaged|=damaging|=destroy|=destroyed|=erode|=eroded|=erodes|=eroding|=lose|=losing|=lost|=undermine|=undermined|=undermines|=undermining) ~2 =trust"    # "lost their trust"
"=covering =themselves"
=gaming                     # "you start to get gaming": suspicion of manipulated figures (audit: video-game senses excluded below)
"(=game|=gamed|=games) =the (=data|=figures|=list|=lists|=metrics|=numbers|=returns|=rota|=rotas|=rules|=statistics|=stats|=system|=target|=targets|=waiting =list|=waiting =lists)"    # "game the system"
=disingenuous               # r2: "it's slightly disingenuous for people to claim ..."
"(=felt|=feel|=feeling|=feels|=was|=were|=been|=being) =misled"    # r2: "the public were misled" (the witness's hedge "if I've misled you" is excluded)
# r2: interpersonal suspicion and cynicism as a climate between groups, restored
# for clinician-manager talk (corpora/nhs: "there was a lot of suspicion both
# ways", "a real cynicism among the consultants", "I was quite guarded"); the
# epistemic uses of the hearings ("a suspicion that this could be serious",
# "more sceptical than some that the measures") are left out by the cues.
"(=a =lot =of|=lots =of|=much|=real|=deep|=mutual|=considerable|=huge|=great|=growing|=widespread|=bit =of|=some) (=the)? (=suspicion|=cynicism|=distrust|=mistrust)" NOT NEAR/1 (=that|=about|=whether)
"(=with|=under) (=real|=some|=great|=deep|=considerable|=mutual|=growing|=a =degree =of|=a =lot =of|=a =bit =of) (=suspicion|=cynicism|=scepticism|=mistrust|=distrust)"    # "looking at each other with real suspicion"
"(=suspicion|=cynicism|=mistrust|=distrust) (=both =ways|=on =both =sides|=each =way|=all =round)"
"(=cynicism|=suspicion|=scepticism|=mistrust) (=among|=amongst|=between|=within|=in) (=the)? (=consultants|=doctors|=surgeons|=nurses|=clinicians|=managers|=staff|=workforce|=frontline|=front =line|=clinical =staff)"    # "cynicism among the consultants"
"(=a =bit|=quite|=very|=rather|=somewhat|=a =little|=slightly|=both|=polite =but|=so|=too|=deeply|=increasingly) (=guarded|=cynical|=sceptical|=wary|=suspicious)" NOT NEAR/1 (=that|=about|=whether|=if|=of|=as|=than|=to|=on|=how|=it|=this|=towards|=toward|=with|=at)    # "I was quite guarded", "they're more sceptical." (r2; "sceptical that it would work" is epistemic)
# r3: being let down by people or bodies ("people felt hugely let down", "let down by
# the police") and being kept in the dark (concealment)
"(=been|=being|=was|=were|=feel|=felt|=feeling|=feels|=hugely|=badly|=totally|=completely|=really|=so) =let =down"    # r3: "we have been let down"
"=let =down =by"    # r3: "let down by the national response"
"(=kept|=keep|=keeping|=left) =in =the =dark"    # r3: "I had been kept in the dark"

[openness_honesty]
# definition: openness, honesty, candour, transparency and integrity in dealings (saying what you mean, no surprises)
=honest                     # exact: not "honestly" (discourse marker); "to be honest" etc. excluded below
=honesty
=openness
=openly
"=open and =honest"
"=open =with"               # "she was open with me"
"=open =about"
"=open =book"
"(=very|=more|=less|=quite|=fully|=completely|=really|=extremely|=incredibly|=always) =open =and (=candid|=collaborative|=constructive|=frank|=honest|=inclusive|=transparent)"    # v3: "less open and inclusive" (dialogue)
# audit: transparen* was a see-through case or material in 19 of 30 sampled hits; the
# adjective now counts only with a person or dealing ("transparent with/about/to").
=transparency
=transparently
"=transparent =with"
"=transparent =about"
"=transparent =to"
"=open =and =transparent"
"=honest =and =transparent"
"=transparent =and =open"
"=transparent =and =honest"
=candid
=candidly
=candour                    # UK
=candor                     # US
"=frank =with"              # audit: bare =frank was the name Frank or "to be frank" (4 of 4); see [exclude openness_honesty]
"=in =honest =terms"    # r2: discourse marker
"=transparency =of =the =supply =chain"    # r2: visibility of stock, not candour
"=frank (=assessment|=conversation|=conversations|=discussion|=discussions|=exchange|=exchanges|=feedback|=view|=views)"
"(=always|=brutally|=completely|=quite|=really|=refreshingly|=very) =frank"
/\b(?:completely|totally|fully|entirely|absolutely|very|more|genuinely|really)\s+transparent\b(?!\s+(?:case|plastic|material|screen|cover|casing|colou?r|shell))/    # regex kept: a lookaround or inline option; "I tried to be completely transparent"
=frankness
=integrity
=sincere
=sincerity
"(=upfront|=up =front) (=with|=about)"    # v3: not "payment upfront" or "Upfront, if I may" (at the outset)
"(=leveled|=leveling|=levelled|=levelling) =with (=everyone|=her|=him|=me|=people|=them|=us|=you)"    # "he levelled with me"
"=straight =with (=each =other|=everyone|=her|=him|=me|=one =another|=people|=them|=us|=you)"    # "be straight with me"
"straight talk*"            # straight-talking
"=plain =speaking"
"cards on the table"
"(=said|=say|=saying|=says|=tell|=telling|=tells|=told) =it (=as|=how|=like) =it (=is|=was)"
"no surpris*"               # the NHS "no surprises" norm; starts with "no", so it is not itself negated
"(=don't|=never) =surprise (=each =other|=her|=him|=one =another|=them|=us)"    # "we never surprise each other"
"speak* up"                 # speaking up, speak up
"=spoke up"
"=whistleblowing"
whistleblower*
"psychological* safe*"      # psychological safety, psychologically safe
"=safe =to (=admit|=be =honest|=challenge|=disagree|=push =back|=question|=raise|=speak)"    # r2: not "safe to say" (a hedge)
"admit* ~2 (=error|=errors|=failing|=failings|=fault|=mistake|=mistakes|=wrong)"
"(=held|=hold|=holding|=holds|=put) (=her|=his|=my|=our|=their|=your) (=hand|=hands) =up"
"=above =board"             # "it's all above board"; not the governance board
"good faith"
"(=my|=our|=his|=her|=their|=the|=whose|=nobody's|=everyone's|=people's|=government's|=very) =motives"    # r2: integrity of motives ("my motives were never anything other than ...", "people question the very motives")
"duty of candour"
"duty of candor"
# r3: openness of deliberation and psychological safety ("an open discussion at Cabinet",
# "an open conversation with the public", "people felt free to say things")
"=open (=discussion|=discussions|=conversation|=conversations|=dialogue|=debate|=debates|=exchange|=exchanges)"    # r3
"(=feel|=felt|=feels|=feeling|=be|=were|=are) =free =to (=say|=speak|=challenge|=disagree|=raise|=question|=express|=criticise|=voice)"    # r3: "where people felt free to say things"
# r3: information shared, or not, between governments and bodies ("there wasn't the
# sharing of information you'd have expected between the Department of Health and
# others", "China was not sharing information with WHO"), and a culture in which people
# say what they think ("a culture where people can say what they think")
"(=sharing|=share|=shared|=shares) =of =information"
"=information =sharing"
"(=share|=shared|=sharing|=shares) (=the|=their|=our|=this|=that|=any|=all)? =information =with"
"(=say|=said|=saying|=says) =what (=i|=we|=they|=people|=you) (=thought|=think|=felt|=feel)" NOT NEAR/2 (=can't|=cannot|=couldn't)    # r3: "felt very comfortable with being able to say what I thought to him"

[credibility_competence]
# definition: judgements of ability - credibility, competence, track record, delivering on commitments (Mayer et al.'s ability)
=credibility
"=credible (=adviser|=advisers|=counterparty|=counterparties|=expert|=experts|=leader|=leaders|=messenger|=messengers|=partner|=partners|=people|=person|=source|=sources|=supplier|=suppliers|=voice|=voices|=witness|=witnesses|=organisation|=organisations|=organization|=organizations|=team|=teams|=body|=bodies)"    # v3: not "it's credible" (plausible), "credibly temporary", "a credible offer"
"(=he|=she|=they|=counterparty|=supplier|=suppliers|=people|=who) (=is|=was|=were|=are|=be|=seemed|=seem|=seems) (=very|=more|=less|=not|=really|=entirely|=perfectly)? =credible"
=competent
=competence
=competency
# audit: bare =capable described products in 7 of 8 sampled hits ("capable of being
# squishy"); now only said of people.
/\b(?:he|she|they|you|we|i|he's|she's|they're|you're|we're|i'm|people|staff|colleagues|clinicians|managers|doctors|nurses|consultants|everyone|everybody)\s+(?:(?:is|are|was|were|am|be|been|being|seem|seems|seemed|very|really|extremely|highly|quite|so|more|less|not|pretty|perfectly|all|both|definitely|clearly|obviously|incredibly)\s+){0,3}capable\b/    # regex kept: too many alternatives
"=capable ~1 (=chair|=clinician|=clinicians|=colleague|=colleagues|=deputy|=director|=directors|=doctor|=doctors|=hands|=individual|=individuals|=leader|=leaders|=manager|=managers|=people|=person|=team)"
# audit: bare =expertise was a domain label or a courtesy in 18 of 36 sampled hits
# ("my area of expertise", "if you have expertise in this"); now expertise attributed
# to a party or assessed.
/\b(?:his|her|their|(?!it's|that's|there's|what's|he's|she's|who's)[a-z]+'s)\s+(?:\w+\s+)?expertise\b/    # regex kept: a lookaround or inline option; "Kate's expertise comes in", "their clinical expertise"
"(=considerable|=deep|=enormous|=genuine|=great|=huge|=lack =of|=lacked|=lacking|=lacks|=less|=limited|=little|=lot =of|=lots =of|=more|=no|=real) ~1 =expertise"
"(=had|=has|=have|=having) (=all =the|=all =this|=the) ~1 =expertise"    # "do they have the expertise?"
"track record"
=reputation
"=safe =pair =of =hands"
"deliver* =on (=commitment|=commitments|=her|=his|=it|=its|=my|=our|=pledge|=pledges|=promise|=promises|=that|=the =brexit|=the =commitment|=the =commitments|=the =promise|=the =promises|=their|=these|=this|=those|=what)"    # v3: deliver on promises (not "delivered on 11 March", "delivered on the ground")
"follow* through =on"         # v3: following through on commitments (not "recommendations needed to be followed through")
"=kept =his =word"
"=kept =her =word"
"=kept =their =word"
"=keep =my =word"
"=keeps =his =word"
"=keeps =her =word"
"(=did|=do|=does|=doing) =what (=he|=i|=she|=they|=we|=you) (=said|=say|=says) (=he|=i|=she|=they|=we|=you) (=would|=will|=were =going =to|=was =going =to|='d)"    # doing what they said they would
"(=know|=knows) =what (=he|=he =are|=he =is|=he =was|=he =were|=he're|=he's|=she|=she =are|=she =is|=she =was|=she =were|=she're|=she's|=they|=they =are|=they =is|=they =was|=they =were|=they're|=they's|=you|=you =are|=you =is|=you =was|=you =were|=you're|=you's) (=doing|=talking =about)"
"=good =at (=her|=his|=my|=the|=their|=your) (=job|=jobs)"
"=knows =her =stuff"
"=knows =his =stuff"
"=knows =their =stuff"
"=knew =her =stuff"
"=knew =his =stuff"
# r2: judgements of people's ability in evaluative words ("a very able diplomat",
# "extremely talented private secretaries", "the Executive was incompetent")
=incompetent
=incompetence
"(=very|=highly|=extremely|=hugely|=incredibly|=immensely|=exceptionally|=enormously|=really|=brilliantly) (=able|=skilled|=skilful|=talented|=knowledgeable|=experienced|=competent)" NOT NEAR/1 =to    # r2: not "really able to", not "really professional" or "very capable of" (products, in the meetings)
=talented
"=out =of (=his|=her|=their|=its|=my|=our) =depth"
"=not =up =to =the =job"
"(=he|=she|=who|=they|=people|=staff|=team|=teams|=officials|=scientists|=colleagues|=homes) (=was|=were|=is|=are) (=very|=really|=extremely|=incredibly|=exceptionally|=particularly|=so)? (=good|=brilliant|=excellent|=great|=superb) =at"    # r2: "the people on SAGE are very good at what they do" (not "the system is very good at")
"(=did|=does|=done|=do|=handled|=managed|=led|=performed) (=it|=this|=that|=them|=so)? (=brilliantly|=superbly|=admirably|=magnificently|=excellently|=fantastically|=valiantly|=heroically|=impressively|=exceptionally =well|=incredibly =well|=extremely =well|=remarkably =well)" NOT NEAR/2 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves)    # r2: "she did it brilliantly" (not the witness's own "we performed incredibly well")
# r3: professionalism and conduct judged ("the utmost professionalism", "the professionalism
# of frontline care staff")
=professionalism
=omnicompetent
"(=he|=she|=they|=people|=staff|=team|=teams|=officials|=scientists|=colleagues|=practitioner|=practitioners|=clinicians|=doctors|=nurses) (=was|=were|=is|=are) =pretty (=good|=effective) =at"    # r3: "the medical practitioner is pretty good at identifying"

[respect_recognition]
# definition: respect and esteem for another person or group, and recognition of their contribution or expertise (not courtesy formulas such as "with respect", "respectfully")
# v3: the bare stem `respect` was a courtesy formula ("with respect", "with the
# greatest of respect", "respectfully", "pay my respects") or "in this respect"
# in most inquiry hits (issue 15 audit: 20% relevant); respect now needs a
# person or group as its object or holder, and courtesy formulas are excluded.
"(=respect|=respected|=respecting|=respects) (=clinicians|=colleagues|=doctors|=each =other|=each =other's|=everyone|=her|=him|=managers|=me|=my|=nurses|=one =another|=one =another's|=people|=staff|=the =civil =service|=the =clinicians|=the =managers|=the =team|=their|=them|=us|=you|=your|=his)"    # "respect each other's approach", "respected my professional experience"
"=respect =for (=all =those|=colleagues|=each =other|=everyone|=her|=him|=me|=mr|=mrs|=ms|=dr|=professor|=one =another|=people|=staff|=the =first =minister|=the =prime =minister|=the =team|=the =work|=the =integrity|=the =professionalism|=the =people|=the =staff|=the =expertise|=the =chief =medical =officer|=the =civil =service|=their|=them|=us|=you|=your|=his|=my|=our)"    # "respect for Mr Mann", "respect for the First Minister"
"(=mutual|=professional|=deep|=huge|=enormous|=real|=great =deal =of|=lot =of|=degree =of|=level =of|=earn|=earned|=earning|=earns|=gain|=gained|=command|=commanded|=commands|=lose|=lost) =respect"    # "a great deal of respect", "earned their respect" ("with great respect" is excluded below)
"(=earn|=earned|=gain|=gained|=command|=commanded|=lose|=lost|=won|=win) (=her|=his|=my|=our|=the|=their|=your) =respect"
=respected                  # "a respected expert", "they respected the civil service"
=respectful                 # respectful towards others (not "respectfully", a courtesy)
=disrespect
=disrespected
=disrespectful
=esteem
"=high =regard =for"
"(=hold|=holds|=held) (=her|=him|=them|=us|=you) =in (=high|=the =highest|=great) (=regard|=esteem)"
=admire
=admired
=admiration
# v3: bare =valued was a thing valued ("that's valued", "valued the opportunities"); now a person valued or a person's contribution
"=valued (=adviser|=advisers|=advice|=colleague|=colleagues|=contribution|=contributions|=friend|=member|=members|=partner|=partners|=source|=staff|=team)"
"(=felt|=feel|=feeling|=feels|=highly|=greatly|=undervalued|=not|=less|=more) =valued"
"=valued (=her|=him|=them|=us|=his|=their|=the =advice|=that =advice|=the =work|=the =contribution|=the =expertise|=the =input)"
"(=feel|=feeling|=feels|=felt|=made =to =feel) (=appreciated|=recognised|=recognized|=respected|=undervalued|=unappreciated)"    # "they felt appreciated" (not "I hadn't fully appreciated", = understood)
"(=aren't|=isn't|=wasn't|=weren't) (=appreciated|=recognised|=recognized)"    # "they weren't appreciated"
=undervalued
=unappreciated
"(=take|=taken|=takes|=taking|=took) (=clinicians|=doctors|=her|=him|=managers|=me|=nurses|=them|=us|=you|=people|=staff|=experts|=scientists|=advisers|=colleagues) =seriously"    # a person taken seriously (v3: not "it", an issue)
"=credit =to (=all|=everyone|=her|=him|=my|=our|=staff|=the|=their|=them|=those|=you)"    # "credit to the team" (v3: not "ad credit to go")
"=gave =credit"
"=give =credit"
"=giving =credit"
# audit: bare =recognition was speech/voice recognition in 28 of 30 sampled hits (and in
# NHS talk it is also clinical: "early recognition of sepsis"); now only recognition given
# to people and their work.
/\b(?:get|gets|got|getting|gotten|receive|receives|received|receiving|deserve|deserves|deserved|give|gives|gave|given|giving|want|wants|wanted|lack of|no|little|public|proper|due|enough|any|some|formal|national)\s+recognition\b(?!\s+(?:software|system|systems|technology|technologies|module|chip|feature|features|engine|rate|accuracy|model|models|of\s+(?:the\s+)?(?:risk|risks|symptoms?|signs?|sepsis|need|needs|problem|issue|threat|importance|fact|scale|danger)))/    # regex kept: a lookaround or inline option
"=recognition (=for|=of) (=everyone's|=her|=his|=my|=our|=people's|=staff's|=the|=their|=your)? ~1 (=achievement|=achievements|=commitment|=contribution|=contributions|=effort|=efforts|=expertise|=hard =work|=leadership|=role|=service|=skill|=skills|=value|=work)"
"=well =regarded"
"(=did|=do|=does|=doing|=done) (=a|=an|=such =a) ~1 (=amazing|=brilliant|=cracking|=excellent|=extraordinary|=fantastic|=fabulous|=great|=incredible|=magnificent|=outstanding|=phenomenal|=remarkable|=sterling|=superb|=terrific|=tremendous|=wonderful) =job"    # v3: praise of another's work ("did an absolutely cracking job")
"(=pay|=paid|=paying|=pays) (=tribute|=tributes) =to"
"(=commend|=commended|=commending)"
"=highly =regarded"
"=look =up =to"
"=looked =up =to"
"=looks =up =to"
# r2: "defer to", "deference" dropped: mostly the witness's courtesy ("I defer to my colleagues", "I defer to what your Inquiry has discovered") or constitutional ("ministerial deference")
=praise
=praised
"=valuing (=colleagues|=each =other|=each =other's|=her|=his|=one =another|=people|=staff|=the =contribution|=the =expertise|=the =work|=their|=them)"    # v3: "valuing each other's expertise" (not "valuing education over health")
"(recognis*|recogniz*) ~2 (=contribution|=contributions|=effort|=efforts|=expertise|=hard =work|=skill|=skills|=sacrifice|=sacrifices|=dedication|=commitment)"    # recognising their contribution (UK and US)
# r2: esteem and praise of people and their work in evaluative words ("the PM held
# the CMO in the highest of regards", "the senior personnel in DHSC were absolutely
# superb", "heroic efforts", "worked tirelessly", "grateful to the mayors")
"=highest (=of)? (=regard|=regards|=esteem)"
"(=superb|=outstanding|=excellent|=exceptional|=brilliant|=fantastic|=heroic|=tremendous|=remarkable|=impressive|=extraordinary|=magnificent|=phenomenal|=sterling) (=work|=job|=effort|=efforts|=people|=colleagues|=team|=teams|=staff|=leadership|=civil =servants|=civil =servant|=officials|=official|=scientists|=scientist|=advisers|=adviser|=individuals|=professionals|=public =servants|=public =servant|=contribution|=contributions|=support|=service|=leader|=leaders|=diplomat|=epidemiologist|=secretary|=secretaries)"
"(=he|=she|=staff|=team|=people|=personnel|=colleagues|=officials|=scientists|=advisers|=workforce|=servants|=who|=he's|=she's|=public) (=was|=were|=are|=is|=have =been|=had =been)? (=absolutely|=really|=very|=incredibly|=extremely|=just|=quite|=truly|=all|=simply)? (=superb|=outstanding|=exceptional|=brilliant|=fantastic|=heroic|=tremendous|=impressive|=excellent|=magnificent|=amazing|=phenomenal|=first =class|=wonderful)"    # "the senior personnel were absolutely superb"
"(=worked|=working|=work|=works) (=incredibly|=extremely|=so|=very|=really|=tremendously|=immensely|=phenomenally|=exceptionally|=unbelievably) =hard" NOT NEAR/2 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves)    # others' effort ("colleagues were working incredibly hard"), not the witness's own ("we worked very hard to")
"(=worked|=working|=work|=works) ~1 (=tirelessly|=valiantly|=heroically|=selflessly)"
"(=rose|=risen) =to =the =challenge"
"(=went|=go|=going|=gone|=goes) =above =and =beyond"
"(=grateful|=gratitude|=indebted) =to (=the|=all|=him|=her|=them|=my|=our|=those|=everyone|=everybody|=colleagues|=staff|=mr|=mrs|=ms|=dr|=professor|=sir|=his|=their)"    # "grateful to the mayors for the work"; "grateful to the Inquiry" is excluded
=heroic
=heroes
=indebted                   # r2: "I am forever indebted to ... all of our staff"
"(=my|=our|=huge|=enormous|=sincere|=sincerest|=heartfelt|=deep|=special|=particular|=personal|=express|=convey|=record|=nothing =but) =thanks (=to|=for)"    # r2: "my thanks to all those who contributed" (not "thanks to the preparation", = because of)
# r3: praise of others' effort and work ("hard working civil servants", "the enormous effort
# made by the whole of the UK", "Katharine, again great public servant", "excellent pieces
# of work", "Patrick really did a huge job", "the dedication of staff"); not the
# witness's own ("we made a huge effort", "we did a good job")
"=hard =working"    # r3: hard-working people (hyphen splits tokens)
=hardworking
=dedication
"(=great|=fine|=first =class|=excellent|=outstanding|=exceptional|=brilliant|=superb|=wonderful|=fantastic) (=public =servant|=public =servants|=civil =servant|=civil =servants|=colleague|=colleagues)"    # r3: "great public servant"
"(=superb|=outstanding|=excellent|=exceptional|=brilliant|=fantastic|=tremendous|=remarkable|=impressive|=extraordinary|=magnificent|=phenomenal|=sterling|=first =class) (=piece|=pieces) =of =work"    # r3: "excellent pieces of work"
"(=did|=do|=does|=doing|=done) (=a|=an|=such =a) ~1 (=good|=huge|=stellar|=first =class|=splendid|=marvellous|=super|=grand) =job" NOT NEAR/2 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves|=us|=to|=trying|=try|=tried)    # r3: "Patrick really did a huge job" (not "we did a good job", "to do a good job")
"(=huge|=enormous|=tremendous|=immense|=incredible|=extraordinary|=herculean|=massive|=amazing|=remarkable|=valiant|=superhuman) (=effort|=efforts) (=by|=from|=on =the =part =of|=made =by|=put =in =by|=of =the|=of =all|=of =everyone|=of =staff)" NOT NEAR/3 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves|=us|=our|=my)    # r3: "the enormous effort made by the whole of the UK", "a huge effort by the civil service" (not "we made a huge effort")
"(=work|=worked|=working|=works) (=night =and =day|=day =and =night|=round =the =clock|=around =the =clock|=flat =out|=24 =7|=all =hours)" NOT NEAR/3 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves)    # r3: "the willingness of our volunteer experts and officials to work night and day"
"(=treat|=treated|=treating|=treats) ~3 =with (=dignity =and|=more|=proper|=due|=the =same)? =respect"    # r3: "treating the public with respect" (the courtesy "with respect" stays excluded)
"(=put|=puts|=putting) (=their|=his|=her|=its) =shoulder =to =the =wheel"    # r3: "people did put their shoulder to the wheel"
"(=very|=incredibly|=extremely|=so|=really|=tremendously|=immensely|=exceptionally|=phenomenally|=unbelievably|=hugely|=terribly) =hard" NEAR/3 (=working|=worked)    # r3: "they were working very, very hard" (the comma ends the clause; the witness's own "we worked very, very hard" is excluded below)
"(=round|=around) =the =clock" NEAR/4 (=working|=worked|=work)    # r3: "everybody had been working, in some periods, round the clock"
"(=played|=play|=playing) (=their|=his|=her) =part"    # r3: "people had really played their part"

[relational_connection]
# definition: talk about working relationships and relational closeness between leaders, officials and the bodies and groups they work with - relationships, rapport, goodwill, collegiality, partnership
relationship                # relationship, relationships (relations: stem relat, not used - too broad)
=rapport
# audit: bare bond (stem) matched "bonding box" (ASR for bounding box) and =connection(s)
# matched electrical, USB and data connections (16 of 16 sampled hits); both now count
# only between people.
"(=bond|=bonded|=bonding|=bonds) (=between|=with)"
"=team =bonding"
"=bonding =exercise*"
"(=close|=good|=personal|=professional|=real|=special|=strong) (=bond|=bonds)"
/\bconnections?\s+(?:with|between)\s+(?:him|her|them|us|me|you|people|colleagues|clinicians|managers|doctors|nurses|consultants|each other|one another|the (?:team|clinicians|managers|consultants|board|exec\w*)|(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:colleagues?|team|teams|counterparts?|boss|manager|director|clinicians|consultants|managers))\b/    # regex kept: a gap inside a group of alternatives
"(=close|=emotional|=genuine|=good|=human|=personal|=real|=relational|=strong) (=connection|=connections)"    # "forging relational connections"
"(=connect|=connected|=connecting|=connects) =with (=clinicians|=colleagues|=each =other|=her|=him|=managers|=one =another|=people|=them)"
=goodwill
"good will"
=camaraderie
=friendship
=friendships
=collegiate
collegial*                  # collegial, collegiality
=cohesive
=cohesion
"close knit"
=solidarity
=ally
=allies
=kinship
=affinity
"partnership working"
"=in =partnership"
"(=get|=gets|=getting|=got) =on (=pretty|=quite|=really|=so|=very)? =well"    # "we get on really well"
"(=get|=gets|=getting) =on =with (=each =other|=her|=him|=one =another)"
"=got =on =with (=each =other|=her|=him|=one =another)"
"=like a house on =fire"
"=work =well =together"
"=worked =well =together"
"=working =well =together"
"=mutual =respect"
"(=bad|=close|=constructive|=cordial|=difficult|=excellent|=good|=intergovernmental|=personal|=poor|=positive|=productive|=professional|=strained|=strong|=warm|=working) =relations"    # v3: "good working relations" (relations alone is too broad)
"(=collaboration|=cooperation|=engagement|=liaison|=partnership|=relations|=relationship|=relationships) ~3 (=worked|=works|=working) =well"    # v3: "liaison was constructive and worked well"
"=mutual =support"
# r3 (recall round 3): collaboration, co-operation and close, frequent working contact
# between people and bodies - relational coordination's frequent and timely communication
# and shared work ("good collaboration between Northern Ireland and the Republic",
# "the level of co-operation was good", "we worked very closely with the Department of
# Health", "regular and full engagement", "close liaison", "mutual aid")
"(=good|=close|=closer|=effective|=excellent|=strong|=stronger|=real|=genuine|=better|=greater|=great|=fantastic|=positive|=fluent|=informal|=constructive|=mutual|=professional|=poor|=little|=limited|=increased|=improved|=productive|=successful|=spirit =of|=climate =of|=culture =of|=level =of|=levels =of|=degree =of|=amount =of|=areas =of|=lack =of|=absence =of|=breakdown =of) ~2 (=collaboration|=collaborations|=collaborative|=collaborating|=cooperation|=cooperative|=co =operation|=co =operative)"    # r3: "there's good collaboration", "very good and effective co-operation", "a climate of collaboration", "lack of cross-departmental co-operation" (not a bare "in collaboration with", a process)
"(=collaboration|=cooperation|=co =operation) (=was|=were|=has =been|=had =been|=is|=has =always =been) ~2 (=good|=excellent|=effective|=strong|=fantastic|=great|=poor|=limited|=close|=positive|=constructive|=better|=outstanding|=exemplary)"    # r3: "the collaboration was excellent"
"(=work|=worked|=working|=works) (=very|=really|=more|=so)? =collaboratively"    # r3: "working collaboratively and effectively with health ministers"
"=collaborative (=relationship|=relationships|=spirit|=working|=partnership|=partnerships|=conversations)"    # r3: "that warmth, collaborative relationship"
"(=work|=worked|=working|=works|=liaise|=liaised|=liaising) ~1 =closely"    # r3: "worked incredibly closely with", "liaised very closely"
"(=work|=worked|=working|=works) (=well|=closely|=effectively|=constructively|=collaboratively|=hand =in =hand) =together"    # r3: "worked closely together"
"=worked =together"    # r3: "we worked together, we had desks facing each other" (not "many people needing to work together", a task)
"(=close|=closer|=closely) =working"    # r3: "a continuation of close working"
"(=regular|=regularly|=constant|=daily|=weekly|=frequent|=ongoing|=great =deal =of|=good =deal =of|=lot =of|=lots =of|=good|=direct|=constructive|=positive|=active|=productive) (=and =full|=and =frequent|=and =regular|=and =constructive|=and =open|=and =ongoing|=reliable)? (=contact|=contacts|=dialogue|=dialogues|=engagement|=engagements|=liaison)" NOT NEAR/2 (=tracing|=tracers|=tracer|=tracked|=infected|=infection|=infections|=transmission|=sector|=sectors|=services)    # r3: "regular contact with the business organisations", "regular reliable engagement between us" (not contact tracing, "close contact" sectors)
"=in (=close|=regular|=constant|=daily|=direct|=frequent) (=liaison|=dialogue|=touch)"    # r3: "were in close liaison"
"=liaison =between"
"=mutual =aid"              # r3: governments and authorities helping each other ("the mutual aid agreement")
"(=help|=helped|=helping|=helps) =each =other"
"(=good|=close|=strong|=some|=those|=got|=have|=had|=has|=build|=form|=forge|=personal|=existing|=our|=their|=his|=her|=my) =connections =with"    # r3: "some connections with lead VCS organisations", "Andrew had got connections with"
"(=knew|=know|=known) (=him|=her|=them|=each =other) =well"    # r3: "I knew him well, I'd worked with Tim"
# r3: contact, communication and co-ordination between people and bodies, and its absence
# ("a lot of communication between them", "I did speak to Patrick and Chris regularly",
# "no one was reaching out to us from government", "there was good coordination", "a
# disconnect between central government and the local public health teams")
"(=communication|=communications) =between"    # r3: "better communication between the Department for Communities and the Department of Health"
(=regularly|=frequently|=constantly) NEAR/5 (=spoke|=speak|=spoken|=speaking|=talked|=talk|=talking|=corresponded|=correspond|=liaised|=touch)    # r3: "we spoke very, very regularly" (not committees that "met regularly")
"(=met|=meet|=meets|=meeting) (=very|=quite|=fairly|=pretty|=more|=most)? (=regularly|=frequently) =with"    # r3: "I met regularly with the directors of public health"
"(=met|=meet|=meets|=meeting) (=them|=him|=her|=us|=each =other) (=very|=quite|=fairly|=pretty|=more)? (=regularly|=frequently)"    # r3: "and met them regularly"
"(=regularly|=frequently) (=met|=meet|=meets|=engaged|=engage) =with"    # r3: "I regularly met in different ways with"
"(=reach|=reached|=reaching|=reaches) =out =to (=us|=me|=him|=her|=them|=each =other|=colleagues|=counterparts|=ministers|=officials|=the =government|=government|=the =first =minister|=the =prime =minister|=the =department|=the =treasury)"    # r3: "no one was reaching out to us from government"
"(=good|=effective|=close|=closer|=poor|=better|=lack =of|=excellent|=strong|=weak|=real|=genuine|=improved) ~1 (=co =ordination|=coordination)"    # r3: "there was good coordination", "the lack of UK coordination"
"(=co =ordination|=coordination|=co =operation|=cooperation|=collaboration) ~2 (=was|=were|=has =been|=had =been) ~2 (=good|=effective|=poor|=excellent|=close|=strong|=weak|=lacking)"    # r3: "the co-ordination of activity was good"
"(=co =ordination|=coordination|=co =operation|=cooperation|=collaboration) ~3 (=difficult|=harder|=easier|=impossible)"    # r3: "made co-operation and collaboration more difficult"
"=disconnect (=between|=with)" NOT NEAR/4 (=numbers|=figure|=figures|=data|=reality|=realities|=evidence|=stock|=information)    # r3: "a disconnect between central government and the local public health teams" (not between numbers and reality)
"(=little|=no|=limited|=much|=more) (=real|=direct|=regular)? (=contact|=dialogue|=engagement) =with" NOT NEAR/3 (=family|=families|=loved|=relatives|=virus|=infected|=infection|=patients|=residents)    # r3: "I had very little contact with other special advisers", "no real contact with"
"(=informal|=close|=strong|=good|=personal|=longstanding|=long =standing|=historic|=historical) =ties"    # r3: "the informal ties connecting them with their corresponding parts"
"(=informal|=good|=personal|=strong|=professional) (=network|=networks)"    # r3: "very good networks between officials"
"(=close|=strong|=personal|=good) =links =with"    # r3: "really quite strong links with Singapore"

[exclude]
# Spans that cancel any trust hit they overlap.
# 1. "trust" as the name of an NHS organisation (hospital trusts are the NHS's
#    provider bodies: "the Trust board", "our foundation trust"). Capitals are
#    lost by case folding, so context words carry the distinction. Bare "the
#    trust" / "our trust" cannot be told apart from interpersonal trust and is
#    NOT excluded (a known limit: see README).
"foundation trust"          # foundation trust(s), foundation trust's
"nhs trust"
"acute trust"
"ambulance trust"
"health trust"              # mental health trust, community health trust
"(=a|=the|=our|=local|=this|=that|=every|=each) =community =trust"    # v3: "the community trust" (a body); "gain community trust" is the relation
"care trust"
"partnership trust"
"hospital* =trust"          # hospital trust, hospitals trust
"hospital* =trusts"
"teaching trust"
"specialist trust"
"provider trust"
"host trust"
"neighbouring trust"
"neighboring trust"
"partner trust"
"sister trust"
"=other =trusts"
"=two =trusts"
"=both =trusts"
"=several =trusts"
"=between =trusts"
"=across =trusts"
"=merging =trusts"
"=all =trusts"
"=trust =board"             # exact, so "I trust the board" still counts; "trust board members" is lost (rare)
"=trust =boards"
"=trust's =board"
trust-wide                  # trust-wide / trust wide
=trustwide
"=across the =trust"
"=across =our =trust"
"=across =this =trust"
"=in the =trust"            # "everyone in the trust"; "invest in the trust we'd built" is rare
"=at the =trust"            # "when I started at the trust"
"=of the =trust's"
"the =trust's"              # exact trust's: "the trust's finances" (not "trust's earned")
"=our =trust's"
"=this =trust's"
"=this =trust"              # "this trust has been through..." (organisation in nearly all uses)
"=for the =trust"           # "medical director for the trust", "what's right for the trust"
"=within the =trust"
"=whole =trust's"
"=previous =trust"          # "in my previous trust"
"=last =trust"
"=former =trust"
"=old =trust"
"=new =trust"
"=current =trust"
"=another =trust"           # "deputy chief nurse at another trust"
"=at =a =trust"             # "I was at a trust up north"
"=in =a =trust"
"site =trust"               # "a multi-site trust", "a two-site trust"
"(=acute|=all|=both|=different|=each|=every|=five|=four|=her|=his|=individual|=its|=local|=many|=member|=most|=my|=neighboring|=neighbouring|=nhs|=other|=our|=partner|=several|=some|=the|=their|=these|=those|=three|=two|=various|=what|=which|=whose|=your) =trusts"    # plural noun: "like most trusts" (verb "he trusts" is never preceded by these)
/\bthe trust\s+(?:has|had|is|was|will|merged|opened|closed|runs|employs|spends|spent|decided|agreed|announced|invested|appointed|wants|needs|expects|asked|was asking|is asking|has been|had been)\b(?!\s+(?:\w+\s+)?(?:gone|broken|lost|eroded|damaged|built|earned|there|low|high|strong|weak|missing|good|better|worse|real|mutual|fragile|shattered|restored|rebuilt|grown|growing|improved|improving|fine|ok|okay))/    # regex kept: a lookaround or inline option; "the trust has a deficit", "the trust merged" (not "the trust has gone", "the trust was broken")
"=rest of the =trust"
"=whole =trust"
"=whole of the =trust"
"=chair of the =trust"
"=trust (=had =been|=has =been|=is|=was|=went) (=put)? (=in|=into) (=deficit|=financial =special =measures|=special =measures)"
"=trust =level"             # "at trust level" (organisational); "trust levels" (plural) still counts
"=trust executive*"
"=trust exec*"
"=trust =management"
"=trust =policy"
"=trust =policies"
"=trust =strategy"
"=trust =headquarters"
"=trust =hq"
"=trust =chair"
"=trust =chairman"
"=trust =chief"
"=trust =leadership"
"=trust =staff"
"=trust =finances"
"=trust =merger"
"=trust =secretary"
"=trust =values"
"=trust guideline*"
"=trust =intranet"
"=trust =website"
"=trust site*"
"=trust =grade"             # "trust grade doctor": a locally employed (non-training) doctor
"=trust doctor*"
"=trust fellow*"
"=trust committee*"
"=trust meeting*"
"=trust =wide"
# v3 (issue 15): organisation contexts around the singular "trust" that the
# cue entries above would otherwise reach (NEAR looks on both sides of the
# word: "a trust would identify", "the trust needs", "director of Wellcome
# Trust", "the Northern Trust on this day").
"(=a|=an|=the|=each|=every|=any|=that|=this|=individual|=single|=whole|=own|=other|=another|=our|=my|=their|=your|=his|=her) =trust (=would|=will|=can|=could|=should|=must|=may|=might|=does|=did|=do|=doesn't|=didn't|=has|=had|=have|=is|=was|=felt|=feels|=need|=needs|=needed|=wants|=wanted|=decides|=decided|=collects|=runs|=ran|=uses|=used|=applied|=charged|=asked|=adopting|=having|=coming|=doing|=making|=usually|=actually|=itself|=themselves|=not|=to|=on|=about|=more|=really|=always|=never|=just|=level|=levels|=centre|=centres|=center|=centers|=site|=sites|=system|=organisation|=organisations|=organization|=organizations|=provider|=providers|=hub|=hubs|=board|=boards|=based|=vaccination|=ledger|=area|=staff|=chief|=management|=services|=service)"    # "a trust would identify", "the trust needs", "the trust levels" (a body acting or owning)
"(=a|=the|=our|=my|=their|=this|=that|=each|=every) =trust (=i|=we|=you|=they|=he|=she) (=work|=worked|=works|=working|=was|=were|=am|=are|=joined|=left|=lead|=led|=run|=ran|=supply|=supplied|=serve|=served|=visited|=mentioned|=used)"    # "the trust I worked in"
"(=big|=bigger|=biggest|=large|=larger|=largest|=small|=smaller|=smallest|=major|=main|=single|=individual|=whole|=particular|=specific|=given|=named|=relevant|=responsible|=receiving|=host|=lead|=integrated|=regional|=local|=english|=welsh|=scottish|=london|=rural|=urban) =trust"    # "a very big trust with lots of sites", "a single trust"
"(=nhs|=hsc|=hospital|=hospitals|=ambulance|=cancer|=service|=services|=university|=group) =trust"    # "Welsh Ambulance service trust", "the cancer trust in Wales", "Royal Group of Hospitals Trust"
"(=nuffield|=wellcome|=thalidomide|=national|=velindre|=belfast|=northern|=southern|=western|=eastern|=lisburn|=manchester|=carers|=prince's|=princes|=trussell|=sutton|=higgins|=rowntree|=tavistock|=runnymede|=reform|=kennedy|=howard|=leverhulme|=wolfson|=gatsby|=health =foundation) =trust"    # named bodies: the Nuffield Trust, the Wellcome Trust, the Belfast Trust, the Velindre NHS Trust
"=trust (=by|=to) =trust"   # "on a trust-by-trust basis"
"=trust based =teams"      # "the trust-based teams"
"(=our|=this|=the) =trust =deficit (=was|=is|=of|=at|=stood|=had|=has|=this|=last|=next)"    # the body's money ("the trust deficit was...")
# 2. financial/legal trusts
"trust fund*"
"charit* trust"
"=charitable =trusts"
# 3. "trust me" as a discourse marker at the start of a clause ("Trust me, it was chaos")
/(?:^|[.!?,;:]\s*|\b(?:and|but|oh|look|so)\s+)trust me(?=\s*[,.!;])/    # regex kept: '^' (an anchor or any character)
# 4. "I trust that ..." as a politeness formula is left in (too close to real trust to cut).

[exclude confidence_reliance]
"=vouch =for (=that|=it|=this)"    # r2: "I'm not sure I could vouch for that" (= confirm)
"(=trust|=trusted|=trusting) (=my|=our|=your) (=instinct|=instincts|=gut|=memory)"    # r2: self-trust
"=trust =the (=email|=emails|=list|=document|=documents|=record|=records|=minutes|=note|=notes)"    # r2: "I would trust the email list over my memory"
"(=relied|=relies|=rely|=relying|=depended|=depend|=depends) (=on|=upon) =by"    # r2: "the procedure relied on by government" (a thing relied on)
"=be (=relied|=depended) (=on|=upon) =for"    # r2: "a system that could be relied on for us"
"=trusted (=brand|=brands|=contract|=contracts|=device|=devices|=product|=products|=system|=systems|=technology|=technologies|=tool|=tools|=platform|=platforms|=method|=methods)"    # v3: a trusted product or contract is not trust in a person
"=trustworthy (=way|=manner|=fashion)"
# audit: trust in technical artefacts - models, algorithms, software - is not trust in
# another person or group (6 of 30 sampled hits: "trust the model", "trusted the
# public data").
# after the audit: trust in numbers, figures, data, evidence and information is NOT
# excluded. In NHS talk "I don't trust the numbers" is distrust of the people and
# processes that produce them (a classic clinician-manager tension), and the lexicon
# is for that use; in the ML interviews this costs some precision in
# confidence_reliance ("trust the data"), see VALIDATION.md section 5.
"(=trust|=trusted|=trusting|=trusts) (=in)? (=a|=an|=its|=my|=our|=that|=the|=their|=these|=this|=those|=your)? ~1 (=ai|=algorithm|=algorithms|=code|=dataset|=datasets|=label|=labels|=machine|=machines|=model|=models|=output|=outputs|=prediction|=predictions|=software|=system|=systems|=technology|=tool|=tools)"
"(=trust|=trusted|=trusting|=trusts) =it"    # audit: "how do you trust it?" (a model, a result); "trust him" still counts
"(=actually|=all|=could|=everything|=it|=largely|=may|=might|=really|=that|=this|=will|=would) ~1 (=depend|=depended|=depends) (=on|=upon)"    # audit: conditional "that would depend upon us"
# statistics and self-belief, not confidence in another person
"confidence interval*"
"=confidence level*"       # statistical; "staff confidence levels" is lost too (rare in these transcripts)
"=confidence limit*"
"self confid*"              # self-confidence is a trait, not trust in others
"vote of no =confidence"    # counted as distrust instead
"breach of trust"           # these five name damaged trust: counted in distrust_suspicion only
"broken trust"
"erosion of trust"
"trust deficit*"
"=low =trust"
"=count on =one =hand"      # "you could count on one hand..."
"=count =them =on =one =hand"
"=counting on =one =hand"
"=faith =in (=it|=this|=that|=technology|=the =technology|=data|=the =data|=models|=the =model|=computers|=the =computer|=science|=the =science)"    # r3: faith in things ("as much faith in IT")

[exclude distrust_suspicion]
"=tied =behind (=her|=his|=my|=our|=their|=your) (=back|=backs)"    # r2: "tied behind your back"
"(=nations|=countries|=administrations|=governments|=jurisdictions) (=start|=started|=begin|=began|=would|=could|=might)? =gaming"    # r2: "nations start gaming against each other" (strategic play, not suspicion)
"(=mistrustful|=distrustful|=sceptical|=suspicious) =of (=the)? (=vaccine|=vaccines|=vaccination|=jab|=jabs)"    # r2: a product, not a person or body
"(=i|=i'm|=i've|=i'd|=i'll|=we|=we're) ~5 (=mislead|=misled|=misleading) (=you|=the =inquiry|=her =ladyship|=my =lady)"    # v3: a witness's hedge ("so I'm not misleading you", "sorry if I've misled you")
"=war =gaming"    # v3: war gaming (simulation exercises)
"=hand =behind (=her|=his|=my|=our|=their|=your) =back"    # v3: "one hand tied behind your back"
"=hands =tied =behind (=her|=his|=my|=our|=their|=your) (=back|=backs)"
# audit: scepticism, wariness and suspicion aimed at data, evidence, products or
# technology are not distrust of a person or group (10 of 28 sampled hits: "wary about
# the data", "sceptical about voice recognition"); a suspicious lesion is clinical.
"(sceptic*|skeptic*|suspicio*|=wary) ~2 (=about|=if|=of|=on|=toward|=towards|=with) (=a|=any|=our|=that|=the|=their|=these|=this)? ~1 (=algorithm|=algorithms|=button|=buttons|=data|=dataset|=design|=evidence|=metric|=metrics|=model|=models|=numbers|=output|=outputs|=prediction|=predictions|=product|=quality|=recognition|=research|=result|=results|=software|=studies|=study|=technologies|=technology|=tool|=tools|=value|=values)"
"suspicio* ~1 (=activity|=data|=death|=deaths|=entries|=finding|=findings|=lesion|=lesions|=lump|=lumps|=mass|=masses|=mole|=moles|=nodule|=nodules|=package|=packages|=pattern|=patterns|=record|=records|=sample|=samples|=shadow|=shadows|=transaction|=transactions|=value|=values)"
"(sceptic*|skeptic*|=wary) (=about|=of) (=it|=that|=that =one|=this|=this =one)"    # audit: "sceptical about it" (a proposal or product)
"(=computer|=console|=mobile|=online|=pc|=sport|=sports|=video) (=and|=or)? =gaming"    # audit: video games ("sports and gaming devices")
"=gaming (=and =stuff|=c|=chair|=chairs|=community|=companies|=company|=console|=consoles|=device|=devices|=experience|=industry|=laptop|=laptops|=mice|=mouse|=pc|=pcs|=platform|=platforms)"
"(=about|=for) =gaming"
"(=it =is|=it =look|=it =looked|=it =looks|=it =seem|=it =seemed|=it =seems|=it =was|=it's|=that =is|=that =look|=that =looked|=that =looks|=that =seem|=that =seemed|=that =seems|=that =was|=that's|=this =is|=this =look|=this =looked|=this =looks|=this =seem|=this =seemed|=this =seems|=this =was|=this's|=what =is|=what =look|=what =looked|=what =looks|=what =seem|=what =seemed|=what =seems|=what =was|=what's|=which =is|=which =look|=which =looked|=which =looks|=which =seem|=which =seemed|=which =seems|=which =was|=which's) ~1 =suspicious"    # "that's what was suspicious": a thing looks odd ("he was suspicious of us" still counts)
"(=find|=finds|=flag|=flagged|=flags|=found|=mark|=marked|=marks) (=as|=is)? =suspicious"    # "data that we find is suspicious"

[exclude openness_honesty]
"(=if|=when) (=we're|=we =are|=you're|=you =are) (=being)? ~1 =honest"    # v3: "if we're honest" (discourse marker)
"=transparency (=notice|=notices|=international|=international's|=register|=registers|=data)"    # v3: procurement transparency notices, Transparency International
"(=if|=when) (=i'm|=i =am|=i'm =being|=i =am =being) ~1 =frank"    # v3: "if I'm completely frank" (discourse marker)
# discourse markers: "to be honest", "if I'm honest", "in all honesty", "frankly" (not listed)
"=to =be ~1 =honest"
"=if (=i'm|=im) (=being)? ~1 =honest"
"=if =i =am (=being)? ~1 =honest"
"(=i =will|=i'd =have =to|=i'll|=i'm =going =to) =be ~1 =honest"    # "I'll be honest, ..."
"(=let =me|=let =us|=let's) =be ~1 =honest"
"=in =all =honesty"
"=in =honesty"              # audit: "in honesty, I do not know" (discourse marker)
"=honest =question*"        # audit: "it's an honest question" (a genuine question, not candour)
"=honest =answer"           # "to give you an honest answer" (hedge)
"=to =be ~1 =frank"    # audit: "to be quite frank with you" (discourse marker, like "to be honest")
"(=i =will|=i'll|=i'm =going =to) =be ~1 =frank"
"(=let =me|=let =us|=let's) =be ~1 =frank"
# audit: integrity of data, records, tissue or skin is not personal integrity ("the integrity of the data": 2 of 2 sampled hits)
"(=data|=database|=file|=record|=records|=referential|=sample|=signal|=skin|=specimen|=structural|=system|=tissue) =integrity"
"=transparency (=in|=into|=of|=on) (=the)? ~1 (=algorithm|=algorithms|=code|=model|=models|=pipeline|=system|=systems)"    # audit: system transparency (explainability), not candour
"=integrity =of (=a|=our|=the|=this|=your)? ~1 (=data|=database|=dataset|=file|=files|=record|=records|=sample|=samples|=signal|=skin|=specimen|=specimens|=structure|=system|=tissue)"
"=honest =broker"           # neutral intermediary role, not honesty of the other

[exclude credibility_competence]
"(=within|=outwith|=outside|=beyond) ~3 (=competence|=competency|=competences|=competencies)"    # r3: remit ("well outwith my area of competence", "within the competence of the devolved institutions")
"(=area|=areas) =of (=competence|=competency)"    # r3: a domain
"(=have|=has|=had|=having) =the (=competence|=competency) =to"    # r3: remit ("we don't have the competence to do that. That's a separate function")
"=culturally (=competent|=competence)"    # r3: a property of programmes
"(=do|=does|=did) (=we|=you|=i|=they) =know =what"    # r3: "do we know what they're doing" (their plans, not their ability)
"(=i|=i'm|=i'd|=i've) ~2 =capable"    # r3: the witness's own ("I'd never thought I was capable of")
"(=wasn't|=isn't|=was =not|=is =not|=weren't|=aren't|=not) (=their|=his|=her|=its|=our|=my) =expertise"    # r3: "that wasn't their expertise" (their field or remit)
"(=limits|=limit|=within|=outside|=beyond) =of (=its|=their|=our|=his|=her|=the) (=competence|=competency|=competences|=competencies)"    # r2: competence as remit ("within the limits of its competency")
"=credibility =test"    # r2: a test applied to offers
"(=departmental|=their =departmental|=its|=sphere) =competence"    # v3: competence as remit ("within their departmental competence")
"(=competence|=competences) (=over|=for|=within)"    # v3: "the sphere they had competence over"
"(=lend|=lends|=lent|=lending|=give|=gives|=gave|=giving|=added|=adds|=add) ~3 =credibility =to"    # v3: "lends credibility to a policy"
"=credibility =of (=a|=an|=that|=the|=these|=this|=those)? ~1 (=approach|=argument|=arguments|=case|=deal|=deals|=deterrence|=policy|=policies|=scheme|=strategy|=threat|=system)"    # v3: credibility of a deal, a policy, a deterrent
"(=area|=areas|=field|=fields) =of ~1 =expertise"    # v3: "an area of deep expertise" (a domain)
"=competency based"    # v3: competency-based training
"=credibility =of (=a|=an|=that|=the|=these|=this|=those)? ~1 (=bid|=bids|=claim|=claims|=data|=evidence|=figures|=model|=models|=numbers|=offer|=offers|=plan|=plans|=story|=threat)"    # v3: credibility of an offer or a claim
"(=legislative|=devolved|=reserved|=statutory|=legal|=levels =of|=executive) (=competence|=competences|=competency|=competencies)"    # v3: competence as remit ("legislative competence")
"(=i|=we) (=don't|=didn't|=do =not|=did =not)? (=really)? (=know|=knew) =what (=they|=he|=she|=you|=they're|=he's|=she's|=you're) ~1 =talking =about"    # v3: "I don't really know what they were talking about" (= understand)
"deliver* =on =time"        # "deliver on time" is delivery talk; the competence reading is lost (rare)
# audit: expertise named as a domain or a courtesy, not judged ("my area of expertise", "share your expertise")
"area* =of =expertise"
"field* =of =expertise"
"(=share|=shared|=shares|=sharing) (=any|=her|=his|=my|=our|=some|=the|=their|=your) ~1 =expertise"
# audit: "I know what you're talking about" (= I understand) and generic "you don't know what you're doing" (a confusing device)
"=i =know =what (=you =are|=you're) =talking =about"
"=you (=didn't|=do =not|=don't) =know =what (=you =are|=you're) =doing"

[exclude respect_recognition]
"=no =disrespect"    # r2: courtesy ("no disrespect to the Harbour Police")
"(=it's|=it =is|=it =was|=that's|=that =is|=expected =and) =respected"    # r2: a rule or transfer of power respected
"(=grateful|=gratitude|=indebted) =to (=the =inquiry|=the =chair|=the =panel|=her =ladyship|=my =lady|=the =team =of =the =inquiry|=be =here|=have =been =asked)"    # r2: courtesy to the Inquiry
"(=commend|=commended|=commending) (=by|=to|=it|=this|=that)"    # v3: "commended by myself to our board" (submitted, not praise)
"=in (=all|=any|=each|=every|=many|=one|=some|=that|=this|=which) ~1 (=respect|=respects)"    # v3: "in every single respect"
"=disrespect =for (=it|=the =data|=data|=numbers|=the =numbers|=statistics)"    # v3: "a healthy disrespect for data"
"=respected =to"    # v3: "expected and respected to report"
"=recognition (=of|=that) (=the)? ~1 (=harm|=harms|=risk|=risks|=need|=needs|=fact|=problem|=problems|=issue|=issues|=importance|=scale|=danger|=symptoms|=signs|=impact|=impacts)"    # v3: recognition of a fact, not of a person
"=with =respect =to"        # "with respect to the plan" (preposition)
"=in =respect =of"          # "in respect of the contract"
"=in =this =respect"
"=in =that =respect"
"=in =some =respects"
"=in =many =respects"
"respective*"              # stem of respective is respect
respectab*                  # respectable, respectability (stem respect)
# audit: respecting a constraint is compliance, not esteem ("the cost we are supposed to respect");
# thanks formulas ("it's really appreciated") are courtesy, not recognition
/\brespect\w*\s+(?:the\s+|your\s+|our\s+)?(?:gdpr|law|laws|legal\s+\w+|regulations?|terms|contracts?|agreements?)\b/    # regex kept: \w+ (at least one more letter)
"(=it =is|=it's|=that =is|=that's|=this =is) ~2 =appreciated"
"respect* (=its|=our|=the|=their|=these|=this|=those|=your)? ~1 (=boundaries =of =the =budget|=budget|=budgets|=confidentiality|=constraint|=constraints|=cost|=costs|=deadline|=deadlines|=format|=guideline|=guidelines|=limit|=limits|=policies|=policy|=privacy|=procedure|=procedures|=protocol|=protocols|=requirement|=requirements|=rule|=rules|=schedule|=schedules|=specification|=specifications|=specs|=standard|=standards|=timeline|=timelines)"
# v3 (issue 15): courtesy formulas and policy terms
"=with (=the|=all|=great|=greatest|=enormous|=huge|=due|=deep|=every|=real|=genuine|=the =greatest =of|=the =utmost|=utmost|=respect)? ~1 =respect" NOT NEAR/3 (=treat|=treated|=treating|=treats)    # "with respect", "with the greatest of respect", "with great respect" (r3: not "treating the public with respect")
"=parity =of =esteem"       # mental-health policy term
"=respected (=by =all =of =the|=by =all)? (=the)? (=integrity|=process|=processes|=structure|=structures|=competences|=competence|=boundaries|=devolution|=settlement)"    # respecting a process or settlement
"(=pandemics|=pandemic|=virus|=viruses|=disease|=diseases|=infection|=infections) (=don't|=doesn't|=do =not|=does =not|=didn't|=never) =respect"    # "pandemics don't respect borders"
"(=very|=incredibly|=extremely|=so|=really|=tremendously|=immensely|=exceptionally|=phenomenally|=unbelievably|=hugely|=terribly) =hard" NEAR/3 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves)    # r3: the witness's own effort ("we worked very, very hard")
"(=round|=around) =the =clock" NEAR/3 (=we|=i|=we've|=i've|=we're|=i'm|=we'd|=i'd|=myself|=ourselves)    # r3: "we were working round the clock"

[exclude relational_connection]
"=in (=relationship|=relation) =to"    # v3: "in relationship to" (= in relation to)
"(=social|=community|=societal|=national) =cohesion"    # v3: cohesion of a society
"=family (=relationship|=relationships)"    # v3: family life, not working relationships
"(=relationship|=relationships) =between ~2 (=unemployment|=output|=cases|=deaths|=infection|=infections|=transmission|=age|=risk|=ethnicity|=deprivation|=incidence|=mortality|=prevalence|=growth|=inflation|=gdp|=prices|=income|=poverty|=outcomes|=vaccination|=uptake|=hospitalisation|=hospitalisations|=admissions|=restrictions|=compliance)"    # v3: a statistical relationship
"(=social|=national|=public|=european|=international|=global) =solidarity"    # v3: solidarity of a society, not between leaders
# IT and formal senses of connection
"=in =connection =with"      # "in connection with the incident"
"=internet connection*"
"=network connection*"
"=broadband connection*"
"=wifi connection*"
# audit: relationships between variables and in data are not working relationships
"(=relationship|=relationships) (=among|=amongst|=between) (=the)? ~1 (=classes|=column|=columns|=data|=entities|=factor|=factors|=feature|=features|=input|=inputs|=keyword|=keywords|=label|=labels|=output|=outputs|=parameter|=parameters|=product|=products|=table|=tables|=value|=values|=variable|=variables|=word|=words)"
"(=causal|=functional|=linear|=mathematical|=non =linear|=nonlinear|=semantic|=spatial|=statistical|=structural|=temporal|=underlying) (=relationship|=relationships)"

[negators]
# In addition to the defaults (not no never none nobody nothing neither nor
# nowhere without cannot, and any token ending in n't): "lack of trust",
# "zero trust", "hardly trust" read as the absence of trust.
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely

[pseudo-negators]
# In addition to the defaults of docs/counting-rules.md 6.2 ("not only",
# "whether or not", "no doubt", ...): formulas that contain a negator but
# affirm trust.
"no reason to doubt"        # "I had no reason to doubt her": trust affirmed
"never doubted"
"can't fault"
"cannot fault"

[negation-terminators]
# Discourse markers that open a contrasting proposition (the defaults
# already hold but, however, although, because, what, how, ...).
"having said that"
"that said"
"even so"
"on the other hand"
