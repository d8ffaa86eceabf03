# resolution.lex - how leaders resolve or work through collaborative tension
#
# Conceptual basis: relational coordination (Gittell - frequent, timely,
# problem-solving communication; shared goals; mutual respect);
# organisational citizenship behaviour (Organ 1988 - helping, courtesy,
# sportsmanship); sensemaking (Weick 1995 - making sense together through
# talk); and the recommendations of NHS doctor-manager studies: role
# clarity, "soft" interpersonal competencies, and time and space to learn
# together. Written for lextab; no proprietary dictionary was copied.
# See lexicons/README.md and docs/counting-rules.md.

theme: resolution
description: Resolving tension - dialogue, relationship building, everyday interaction, shared goals, facilitated time together, compromise, interpersonal skills
version: 2                  # 2: precision audit (lexicons/VALIDATION.md) - narrowed entries marked "audit:"

[dialogue]
# definition: talking tensions through - conversation, listening, hearing each other out, seeing the other's perspective, constructive challenge
=conversation               # exact: the stem convers also matches conversion
=conversations
# audit: bare =dialogue/=dialog was "dialogue state tracking" or a project phase in the
# ML interviews; now dialogue between parties. =conversation and listen stay bare: in
# NHS leadership talk they are nearly always between people ("part of the
# conversation", "just to listen"), so their device, media and discourse-marker
# senses are excluded in [exclude dialogue] instead.
"(=a|=an|=better|=constant|=constructive|=continuous|=honest|=in|=more|=ongoing|=open|=proper|=real|=regular|=two =way) (=dialog|=dialogue)"
"(=dialog|=dialogue) (=between|=with)"
listen                      # listen, listened, listening, listens ("not listening" is also tension.communication_breakdown)
"=active =listening"
"=good =listener*"
"talk* it through"
"talk* things through"
"talk* (=concerns|=differences|=everything|=issues|=problems|=that|=them|=this) =through"    # audit: bare "talk* through" was presenting ("talk through the functions")
"=talked =it =over"
"=talk =it =over"
"sit* down with"            # sit/sits/sitting down with
"=sat down with"
"sit* down together"
"=sat down together"
# audit: "round the table" was introductions ("let's go round the table"); now sitting or getting round it
"(=bring|=bringing|=brings|=brought|=get|=gets|=getting|=got|=sat|=sit|=sits|=sitting|=together) ~2 (=around|=round) (=a|=the) =table"
"hear* ~2 =out"    # hear each other out, heard him out
"(=take|=taken|=takes|=taking|=took) (=it|=that|=the =conversation|=the =discussion|=things|=this) =offline"    # take it offline
"clear* the air"
"thrash* ~2 =out"    # thrashed it out
"(=adult|=candid|=courageous|=difficult|=frank|=grown =up|=honest|=open|=proper|=respectful|=robust) (=conversation|=conversations|=debate|=debates|=dialogue|=discussion|=discussions|=exchange|=exchanges)"
"constructive challeng*"
"healthy challeng*"
"supportive challeng*"
"=high =challenge"
"(=each =other's|=her|=his|=one =another's|=other =people's|=the =clinicians'|=the =managers'|=the =other|=their|=your) (=perspective|=perspectives|=point =of =view|=points =of =view|=side =of =it|=side =of =the =story|=side =of =things)"    # audit: kept as in version 1; relaying a colleague's view ("from her point of view") is a known false positive
"=in (=each =other's|=her|=his|=my|=one =another's|=somebody =else's|=someone =else's|=someone's|=their|=your) =shoes"
"=where (=he =are|=he =was|=he =were|=he're|=he's|=she =are|=she =was|=she =were|=she're|=she's|=they =are|=they =was|=they =were|=they're|=they's|=you =are|=you =was|=you =were|=you're|=you's) =coming =from"    # "understand where they're coming from"
=debrief
=debriefs
=debriefed
=debriefing
# audit: "ask questions" was a Q&A or asking about a system in 5 of 5 sampled hits; removed

[relationship_building]
# definition: deliberate work on relationships - building, repairing and investing in them, getting to know people, earning trust
"(=build|=building|=builds|=built|=cultivate|=cultivated|=cultivating|=develop|=developed|=developing|=forge|=forged|=forging|=foster|=fostered|=fostering|=invest|=invested|=investing|=nurture|=nurtured|=nurturing|=rebuild|=rebuilding|=rebuilds|=rebuilt|=repair|=repaired|=repairing|=strengthen|=strengthened|=strengthening) ~3 (=alliance|=alliances|=bridge|=bridges|=connection|=connections|=rapport|=relationship|=relationships|=trust)"
"relationship building"     # relationship-building
"trust building"            # trust-building
"=building =trust"
# audit: "get* to know" also matched getting to know a device or a program (3 of 15); now with a person object
/\b(?:get|gets|got|getting|gotten)\s+to\s+know\s+(?:each other|one another|him|her|them|you|me|us|people|colleagues|the (?:team|people|clinicians|managers|consultants|staff|board)|(?:my|our|his|her|their|your|the|new)\s+(?:\w+\s+)?(?:colleagues?|team|teams|counterparts?|opposite numbers?|gm|coo|ceo|clinicians|consultants|managers?|staff|people|boss|directors?|chair|peers?|leads?|matrons?|nurses?|doctors?|surgeons?|executives?|exec|deput(?:y|ies)))\b/    # regex kept: a gap inside a group of alternatives
"earn* trust"
"earn* ~1 (=credibility|=respect|=stripes|=trust)"
"reach* =out =to (=clinicians|=colleagues|=consultants|=doctors|=each =other|=her|=him|=managers|=one =another|=people|=them)"    # audit: "reach out to the data engineering team" (contacting about a task) no longer counts
"mend* fences"
"mend* bridges"
"bur* the hatchet"          # bury / buried the hatchet
"olive branch"
"(=win|=winning|=wins|=won) (=clinicians|=colleagues|=consultants|=doctors|=hearts =and =minds|=her|=him|=managers|=people|=staff|=the =board|=the =clinicians|=the =consultants|=the =doctors|=the =managers|=the =sceptics|=the =skeptics|=the =staff|=the =team|=them) =over"    # won them over (audit: not "win over to the consumer")
"win* =over (=the)? (=clinicians|=colleagues|=consultants|=doctors|=doubters|=her|=him|=managers|=nurses|=people|=sceptics|=skeptics|=staff|=the =board|=the =team|=them)"
"=bring =them =with =me"
"=brought =them =with =me"
"=bring =people =with =me"
"=bring =people =with =us"
"=take =people =with =you"
"invest* time"
"=spent =time =with"
"=spend =time =with"
"=spending =time =with"
"=personal =touch"
=reconciliation
"=fresh =start"
"=clean =slate"
"=first =name =terms"

[everyday_interaction]
# definition: ordinary, frequent and informal contact - dropping in, walking the floor, coffee, catch-ups, open doors, being visible
"walk* the floor"
"walk* the wards"
"walk* the shop floor"
walkabout*
"walk* the site"
"(=walk|=walked|=walking|=walks) (=around|=round) (=the)? (=department|=departments|=floor|=hospital|=site|=ward|=wards)"
# audit: the prefix pop* also matched "popular in", "population into"; exact forms now
"(=pop|=popped|=popping|=pops) (=by|=in|=into|=over|=round)"    # pop in, popped in, popping in
"drop* in"                  # drop in, dropped in (noun "a drop in" excluded below)
"drop* by"
"=open door*"              # open door, open-door policy
"=door =is =always =open"
=coffee                     # audit: coffee machines, makers, tables and pots excluded below
"=have =lunch"
"=had =lunch"
"=lunch =together"
"=lunch =with"
=breakfast
"=cup =of =tea"
=cuppa
=brew                       # "over a brew"
"=corridor conversation*"
"=corridor chat*"
"=in =the =canteen"
=informal
=informally
=chat
=chats
=chatted
=chatting
"=face =to =face"           # face-to-face
"=in =person"               # audit: "in-person versus remote working" excluded below
/\b(?:one[- ]to[- ]ones?|1[:-]1s?|1-2-1s?)\b/    # regex kept: a character class [:-]
"catch* up with =him"
"catch* up with =her"
"catch* up with =them"
"catch* up with =each =other"
"=caught up with =him"
"=caught up with =her"
"=weekly catch*"
"=regular catch*"
"=quick catch*"
"check* in with"            # check in with, checking in with
"=check =ins"               # check-ins
"pick* up the phone"
"=picked up the phone"
"pick* the phone up"
"=picked the phone up"
"=text =each =other"
=whatsapp
"(=call|=called|=calling|=calls|=phone|=phoned|=phones|=phoning|=rang|=ring|=ringing|=rings|=text|=texted|=texting|=texts) (=each =other|=one =another)"    # "they ring each other now"
=huddle
=huddles
=visible                    # audit: visible products, lights, options and buttons excluded below
=visibility
"=everyday interaction*"
"=day =to =day contact*"
"=bump =into"
"=bumped =into"
"=bumping =into"

[shared_goals]
# definition: alignment on common purpose - the same page, shared goals, what is best for patients, collaboration, collective ownership
"on the same page"
"=same =page"
"=same =direction"
"=same =side"
"=same =team"
"want* the same thing*"     # "we want the same thing"
"=wanted the same thing*"
"=one =team"
"=shared goal*"
"=common goal*"
"=shared =purpose"
"=common =purpose"
"=common =ground"
"=shared =vision"
"=shared =agenda"
"=shared objective*"
"=shared priorit*"
"=shared =understanding"
"=shared =values"
align                       # align, aligned, aligning, alignment (stem align)
=consensus
=collective
=collectively
"=collective =leadership"
=jointly
"=joint =ownership"
"=joint decision*"
"=united =front"
"=on =board"                # "got them on board" (not "on the board")
/\bbuy-in\b/    # regex kept: the hyphen is what the regex tests (tokens split on it); regex: "buy in agency staff" must not count
collaborat*                 # collaborate, collaboration, collaborative
"co operat*"                # co-operate, co-operation
cooperat*
"work* together"
"=pull =together"
"=pulled =together"
"=pulling =together"
"win win"                   # win-win
"=team player*"
"(=best|=right) (=thing)? =for (=our|=the)? (=patient|=patients)"    # "what's best for patients"
"=patients =first"
"=put =patients =first"
"agree* (=on)? (=a|=our|=some|=the) (=common|=shared)? (=approach|=plan|=position|=principles|=priorities|=way =forward)"
"=common =cause"
"=mutual =benefit"
"=mutual =interest"

[facilitation_time_together]
# definition: structured time and space to learn together - away days, development programmes, facilitation, coaching, protected reflective time
"away day*"
awayday*
"=time =out"                # audit: "out of time" and "one time out of three" excluded below
"=protected =time"
"=ring =fenced =time"       # ring-fenced time
"=time =and =space"
"=space =to =think"
"=space =to =reflect"
"=space =to =learn"
"(=dedicated|=make|=more|=proper|=protected|=real|=ring =fenced|=some|=space =and|=the) =time =to (=reflect|=think)"    # audit: was "=time =to =think", which matched "I had the most time to think about it"
"learn* =together"
"learn together"
"=learning =together"
"=learned =together"
"=learnt =together"
"=time =together"
"development programme*"    # UK
"development program*"      # US and UK (prefix covers both)
"=leadership =development"
"=team =development"
"=organisational =development"   # UK
"=organizational =development"   # US
"=board =development"
=facilitator
=facilitators
=facilitated
=facilitation
=mediation
=mediator
=mediators
"=reflective =practice"
"=reflective space*"
"=action =learning"
"=learning set*"
"=schwartz round*"
"=peer =support"
=shadowing
=shadowed
"=joint =training"
=workshop
=workshops
# audit: bare =retreat was "retreat to our offices"; now a retreat as an event
"=a =retreat"
"=the =retreat"
"=board =retreat*"
"=team =retreat*"
"=leadership =retreat*"
"=executive =retreat*"
"off site"                  # off-site
=offsite
"=development day*"
"=development session*"
=coaching
=coached
# audit: bare =coach/=coaches was the AMI scenario's "personal coach" who e-mails
# instructions (23 of 30 sampled hits); now the development senses. Recall cost: a bare
# "my coach" is no longer counted.
"(=an =executive|=development|=executive|=external|=leadership|=personal =development|=professional|=team) (=coach|=coaches)"
"(=found|=get|=got|=had|=has|=have|=having|=saw|=see|=seeing|=use|=used|=using|=with) (=a|=an) =coach"    # "I had a coach"
=mentoring
=mentor
=mentors
=mentored

[compromise]
# definition: negotiated settlement - compromise, give and take, meeting halfway, trade-offs, pragmatic deals
=compromise
=compromises
"=compromised =on"          # bare "compromised" usually means harmed ("safety was compromised")
"=compromising =on"
"=middle =ground"
"meet* halfway"
"=met halfway"
"meet* in the middle"
"=met in the middle"
"give and take"
"trade off*"                # trade-off, trade-offs
=tradeoff
=tradeoffs
negotiat*                   # negotiate, negotiated, negotiation
=concession
=concessions
"=happy =medium"
"strik* a balance"
"=struck a balance"
"=the =right =balance"      # audit: was "=right =balance", which matched "left-right (audio) balance"
"=balancing =act"
"find* a way through"
"=found a way through"
"find* a way forward"
"=found a way forward"
"find* a middle"
"=did a deal"
"=do a deal"
"=struck a deal"
"=strike a deal"
"=quid =pro =quo"
"horse trading"
=pragmatic
=pragmatism
=pragmatically
"=landing =zone"
# audit: bare =flexibility was of a menu, material or model (8 of 8 sampled hits); now shown by people
"(=a =little|ask* =for|=bit =of|demonstrat*|=more|=need|=needed|=needs|offer*|=show|=showed|=showing|=shown|=shows|=some) ~1 =flexibility (=both =ways|=from|=on =all =sides|=on =both =sides|=on =my =part|=on =our =part|=on =their =part)"
"(=show|=showed|=showing|=shown|=shows) (=a =bit =of|=a =little|=more|=real|=some)? =flexibility"
"=mutual =flexibility"
"=mutually =acceptable"
"=meet =them =halfway"
"=meet =him =halfway"
"=meet =her =halfway"
"=met =them =halfway"

[interpersonal_skills]
# definition: "soft" interpersonal competencies - empathy, emotional intelligence, humility, approachability, people skills
"soft skills"
"people skills"
"interpersonal skills"
=interpersonal
"emotional intelligen*"
"=emotionally =intelligent"
empath*                     # empathy, empathise, empathize, empathetic, empathic
=humility
=humble
=approachable
=kindness
=compassion
=compassionate
"self aware*"               # self-awareness
=diplomacy
=diplomatic
=tact
=tactful
=patience
=civility
# audit: =curious was the discourse marker "I'm curious..." or ASR noise in 17 of 17
# sampled hits; removed. =curiosity stays, without "out of curiosity" (excluded below).
=curiosity
"=curious =about (=colleagues|=each =other|=each =other's|=her|=him|=one =another|=other =people|=people|=the =other|=their =work|=them)"    # "be curious about each other's work"
"=human =factors"
=relational
"=social =skills"
"=good =with =people"
"=sense =of =humour"
"=sense =of =humor"
=humour                     # UK
=humor                      # US
=warmth

[citizenship_helping]
# definition: discretionary helping beyond one's formal role (Organ's organisational citizenship behaviour) - going the extra mile, mucking in, covering for each other
"extra mile"                # going the extra mile
"above and beyond"
"beyond the call"
"=discretionary =effort"
"muck* in"                  # mucking in, mucked in
"=mucked in"
"pitch* in"
"=pitched in"
"=chipped =in"              # audit: was "chip* in", which matched "a voice chip in there" (9 of 12 hits)
"=chipping =in"
"(=roll|=rolled|=rolling|=rolls) =up (=her|=his|=my|=our|=their|=your) =sleeves"
"(=cover|=covered|=covering|=covers) =for (=colleagues|=each =other|=her|=him|=me|=one =another|=them|=us)"
"(=help|=helped|=helping|=helps) (=colleagues|=each =other|=her|=him|=me|=one =another|=people|=them|=us|=you)? =out"    # "helping out", "helped us out"
/\bstep(?:s|ped|ping)?\s+up\b(?!\s+the\s+(?:pressure|pace|scrutiny))/    # regex kept: a lookaround or inline option; "people stepped up" (not "step up the pressure")
"(=step|=stepped|=stepping|=steps) =in (=for|=to =help|=when)"
"=helping =hand"
"=good citizen*"
"=good =citizenship"
"=goodwill gesture*"
"(=go|=goes|=going|=gone|=went) =out =of (=her|=his|=my|=our|=their|=your) =way =to =help"
"=do =me =a =favour"
"=did =me =a =favour"
"=do =each =other =favours"

[exclude]
# "conversation" and "coffee" in the research setting itself (the interview)
"=this =conversation"       # "thanks for this conversation" (the interview itself)
"=our =conversation =today"

[exclude dialogue]
# audit: listening to media and devices, the back-channel "I'm listening", the discourse
# marker "Listen, ...", and conversations with devices or in data (26 of 30 sampled
# hits in the design meetings and ML interviews)
"listen* ~1 =to (=a|=my|=some|=the|=your)? (=audio|=live =data|=music|=noise|=podcast|=podcasts|=radio|=recording|=recordings|=song|=songs|=sound|=sounds|=television|=trends|=tv|=video|=videos)"
/\b(?:i'm|i am|we're|we are|i was)\s+(?:\w+\s+)?listening\s*(?:[.,;:!?]|$)/    # regex kept: a character class [.,;:!?]
/(?:^|[.!?]\s*)listen\s*[,.]/    # regex kept: '^' (an anchor or any character)
"(=grew =up|=growing =up) =listening"
"(=customer|=customers|=device|=devices|=model|=sensor|=system|=user|=users) (=can|=could|=has =to|=will|=would)? =listen"
"(=conversation|=conversations) =with (=a|=the|=your)? (=assistant|=bot|=chatbot|=coffee =machine|=computer|=device|=machine|=remote|=remote =control|=system|=television|=tv)"
"(=audio|=radio|=recorded|=sample|=transcribed) (=conversation|=conversations)"
"=dialogue =state*"
"=dialogue =system*"
"=dialogue =interface*"
"talk* through the numbers"   # presenting, not dialogue
"talk* through the slides"
"talk* through the figures"
"=listen =to =this"         # "listen to this" (attention-getter)

[exclude everyday_interaction]
# audit: the coffee machine, coffee table and the like (20 of 20 sampled =coffee hits in
# the design meetings); visible things rather than visible people; scheduled lunch
# breaks; in-person versus remote work as a topic
"=coffee (=bean|=beans|=filter|=filters|grind*|=machine|=machines|=maker|=makers|=mug|=mugs|=pot|=pots|=table|=tables)"
"=lunch =break*"
/\bin[- ]person\s+(?:versus|vs\.?|or|and)\s+(?:remote|online|virtual)\b/    # regex kept: clause punctuation inside a match
"=visible (=down =the =line|=light|=on =the =device|=on =the =display|=on =the =remote|=on =the =screen|=spectrum|=to =the =eye|=to =the =naked =eye|=to =the =user)"
/\b(?:it|they|buttons?|options?|symbols?|numbers?|lights?|screens?|displays?|icons?|labels?|remote|device|product)\s+(?:(?:is|are|was|were|be|being|been|'s|'re|not|always|normally|clearly|easily|more|very|less|should|will|would|must|gonna|going to)\s+){0,3}visible\b/    # regex kept: too many alternatives
"(=clearly|=easily|=easy|=obvious) (=and)? =visible"
"=visibility (=into|=of|=on|=over) (=the)? (=button|=buttons|=code|=data|=metrics|=model|=models|=pipeline|=screen|=system|=systems)"
# audit: online chat windows and chat bots are not informal contact
"=chat =bot*"
"=chatbot*"
"=chat =gpt"
"=in =the =chat"
"=the =chat =window"
"=chat =function*"
"=catch =up =on"            # "catch up on the backlog" (elective catch-up)
"=catching =up =on"
"=open =door =to"           # "opens the door to private provision"
"(=a|=any|=big|=dramatic|=huge|=large|=massive|=sharp|=significant|=slight|=small|=steep|=sudden|=the) =drop =in"    # "a drop in performance" (noun; audit: "a huge drop in the amount")
"(=pop|=popped|=popping|=pops) (=in|=into) (=her|=his|=my|=our|=the|=their|=your) (=head|=heads|=mind|=minds)"    # audit: "whatever pops into your mind"
/\bpopped\s+in\s*(?:[.,;:!?]|$)/    # regex kept: a character class [.,;:!?]; "an idea that popped in"
"(=drop|=dropped|=dropping|=drops) =in (=the)? (=activity|=income|=league|=numbers|=performance|=ranking|=rankings|=referrals|=table|=tables)"

[exclude facilitation_time_together]
"=time =out =of"    # audit: "one time out of three"
"=out =of =time"    # "we're out of time out of time"

[exclude shared_goals]
"=collective agreement*"   # trade-union agreement, not alignment

[exclude interpersonal_skills]
"=out =of =curiosity"       # audit: discourse ("just out of curiosity")
"=outta =curiosity"
"=humble =opinion"          # audit: "in my humble opinion" (discourse); "your humble PM" (joke)
"=your =humble"
"=humble =servant"

[negators]
# "lack of dialogue", "zero collaboration", "hardly any time together"
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom
