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
/\b(?:in|a|an|more|ongoing|open|constant|continuous|regular|real|proper|two-way|two way|constructive|better|honest)\s+dialog(?:ue)?\b/
/\bdialog(?:ue)?\s+(?:with|between)\b/
listen                      # listen, listened, listening, listens ("not listening" is also tension.communication_breakdown)
"=active =listening"
"=good =listener*"
"talk* it through"
"talk* things through"
/\btalk\w*\s+(?:them|this|that|issues|problems|differences|concerns|everything)\s+through\b/    # audit: bare "talk* through" was presenting ("talk through the functions")
"=talked =it =over"
"=talk =it =over"
"sit* down with"            # sit/sits/sitting down with
"=sat down with"
"sit* down together"
"=sat down together"
# audit: "round the table" was introductions ("let's go round the table"); now sitting or getting round it
/\b(?:sit|sits|sitting|sat|get|gets|getting|got|bring|brings|bringing|brought|together)\s+(?:\w+\s+){0,2}?(?:a)?round\s+(?:the|a)\s+table\b/
/\bhear\w*\s+(?:\w+\s+){0,2}out\b/      # hear each other out, heard him out
/\b(?:take|takes|taking|took|taken)\s+(?:it|this|that|things|the conversation|the discussion)\s+offline\b/    # take it offline
"clear* the air"
/\bthrash\w*\s+(?:\w+\s+){0,2}out\b/    # thrashed it out
/\b(?:honest|open|frank|candid|proper|grown-up|adult|difficult|robust|courageous|respectful)\s+(?:conversations?|discussions?|dialogue|debates?|exchanges?)\b/
"constructive challeng*"
"healthy challeng*"
"supportive challeng*"
"=high =challenge"
/\b(?:their|his|her|each other's|one another's|the other|other people's|your|the clinicians'|the managers')\s+(?:perspectives?|point of view|points of view|side of (?:it|things|the story))\b/    # audit: kept as in version 1; relaying a colleague's view ("from her point of view") is a known false positive
/\bin\s+(?:their|his|her|my|your|each other's|one another's|someone's|someone else's|somebody else's)\s+shoes\b/
/\bwhere\s+(?:they|he|she|you)(?:'re|\s+are|\s+were|\s+was|'s)\s+coming\s+from\b/    # "understand where they're coming from"
=debrief
=debriefs
=debriefed
=debriefing
# audit: "ask questions" was a Q&A or asking about a system in 5 of 5 sampled hits; removed

[relationship_building]
# definition: deliberate work on relationships - building, repairing and investing in them, getting to know people, earning trust
/\b(?:build|builds|building|built|rebuild|rebuilds|rebuilding|rebuilt|forge|forged|forging|develop|developed|developing|nurture|nurtured|nurturing|invest|invested|investing|repair|repaired|repairing|strengthen|strengthened|strengthening|foster|fostered|fostering|cultivate|cultivated|cultivating)\s+(?:\w+\s+){0,3}?(?:relationships?|trust|rapport|bridges?|connections?|alliances?)\b/
"relationship building"     # relationship-building
"trust building"            # trust-building
"=building =trust"
# audit: "get* to know" also matched getting to know a device or a program (3 of 15); now with a person object
/\b(?:get|gets|got|getting|gotten)\s+to\s+know\s+(?:each other|one another|him|her|them|you|me|us|people|colleagues|the (?:team|people|clinicians|managers|consultants|staff|board)|(?:my|our|his|her|their|your|the|new)\s+(?:\w+\s+)?(?:colleagues?|team|teams|counterparts?|opposite numbers?|gm|coo|ceo|clinicians|consultants|managers?|staff|people|boss|directors?|chair|peers?|leads?|matrons?|nurses?|doctors?|surgeons?|executives?|exec|deput(?:y|ies)))\b/
"earn* trust"
/\bearn\w*\s+(?:\w+\s+)?(?:trust|respect|credibility|stripes)\b/
/\breach\w*\s+out\s+to\s+(?:him|her|them|people|colleagues|clinicians|managers|consultants|doctors|each other|one another)\b/    # audit: "reach out to the data engineering team" (contacting about a task) no longer counts
"mend* fences"
"mend* bridges"
"bur* the hatchet"          # bury / buried the hatchet
"olive branch"
/\b(?:win|wins|winning|won)\s+(?:them|him|her|people|colleagues|clinicians|consultants|managers|doctors|staff|hearts and minds|the (?:clinicians|consultants|managers|doctors|staff|board|team|sceptics|skeptics))\s+over\b/    # won them over (audit: not "win over to the consumer")
/\bwin\w*\s+over\s+(?:the\s+)?(?:clinicians|consultants|managers|doctors|nurses|staff|colleagues|sceptics|skeptics|doubters|people|them|him|her|the board|the team)\b/
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
/\b(?:walk|walks|walking|walked)\s+(?:round|around)\s+(?:the\s+)?(?:wards?|departments?|floor|site|hospital)\b/
# audit: the prefix pop* also matched "popular in", "population into"; exact forms now
/\bpop(?:s|ped|ping)?\s+(?:in|into|over|round|by)\b/    # pop in, popped in, popping in
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
/\b(?:one[- ]to[- ]ones?|1[:-]1s?|1-2-1s?)\b/
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
/\b(?:ring|rings|ringing|rang|phone|phones|phoned|phoning|call|calls|called|calling|text|texts|texted|texting)\s+(?:each other|one another)\b/    # "they ring each other now"
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
/\bbuy-in\b/                # regex: "buy in agency staff" must not count
collaborat*                 # collaborate, collaboration, collaborative
"co operat*"                # co-operate, co-operation
cooperat*
"work* together"
"=pull =together"
"=pulled =together"
"=pulling =together"
"win win"                   # win-win
"=team player*"
/\b(?:best|right)\s+(?:thing\s+)?for\s+(?:the\s+|our\s+)?patients?\b/    # "what's best for patients"
"=patients =first"
"=put =patients =first"
/\bagree\w*\s+(?:on\s+)?(?:a|the|our|some)\s+(?:shared\s+|common\s+)?(?:plan|way forward|approach|priorities|position|principles)\b/
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
/\b(?:protected|dedicated|ring-fenced|ring fenced|proper|real|some|the|more|space and|make)\s+time\s+to\s+(?:think|reflect)\b/    # audit: was "=time =to =think", which matched "I had the most time to think about it"
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
/\b(?:executive|leadership|team|external|professional|personal development|development|an executive)\s+coach(?:es)?\b/
/\b(?:had|have|has|having|got|get|with|see|saw|seeing|use|used|using|found)\s+(?:a|an)\s+coach\b/    # "I had a coach"
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
/\b(?:show|shows|showed|shown|showing|demonstrat\w*|need|needs|needed|ask\w*\s+for|offer\w*|bit of|some|a little|more)\s+(?:\w+\s+)?flexibility\s+(?:from|on both sides|on their part|on our part|on my part|on all sides|both ways)\b/
/\b(?:show|shows|showed|shown|showing)\s+(?:some\s+|a\s+bit\s+of\s+|a\s+little\s+|more\s+|real\s+)?flexibility\b/
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
/\bcurious\s+about\s+(?:each other|one another|other people|people|colleagues|them|him|her|the other|their work|each other's)\b/    # "be curious about each other's work"
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
/\broll(?:s|ed|ing)?\s+up\s+(?:my|our|their|his|her|your)\s+sleeves\b/
/\bcover(?:s|ed|ing)?\s+for\s+(?:each other|one another|me|him|her|them|us|colleagues)\b/
/\bhelp(?:s|ed|ing)?\s+(?:(?:me|us|him|her|them|you|each other|one another|people|colleagues)\s+)?out\b/    # "helping out", "helped us out"
/\bstep(?:s|ped|ping)?\s+up\b(?!\s+the\s+(?:pressure|pace|scrutiny))/    # "people stepped up" (not "step up the pressure")
/\bstep(?:s|ped|ping)?\s+in\s+(?:to help|for|when)\b/
"=helping =hand"
"=good citizen*"
"=good =citizenship"
"=goodwill gesture*"
/\b(?:go|goes|went|going|gone)\s+out\s+of\s+(?:my|his|her|their|our|your)\s+way\s+to\s+help\b/
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
/\blisten\w*\s+(?:\w+\s+)?to\s+(?:the\s+|some\s+|a\s+|my\s+|your\s+)?(?:music|radio|songs?|podcasts?|audio|videos?|recordings?|tv|television|trends|live data|sound|sounds|noise)\b/
/\b(?:i'm|i am|we're|we are|i was)\s+(?:\w+\s+)?listening\s*(?:[.,;:!?]|$)/
/(?:^|[.!?]\s*)listen\s*[,.]/
/\b(?:grew up|growing up)\s+listening\b/
/\b(?:users?|customers?|device|devices|model|system|sensor)\s+(?:can\s+|could\s+|has to\s+|will\s+|would\s+)?listen\b/
/\bconversations?\s+with\s+(?:your\s+|the\s+|a\s+)?(?:remote|remote control|device|coffee machine|machine|computer|tv|television|bot|chatbot|assistant|system)\b/
/\b(?:radio|audio|recorded|transcribed|sample)\s+conversations?\b/
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
/\bcoffee\s+(?:machines?|makers?|tables?|pots?|grind\w*|beans?|filters?|mugs?)\b/
"=lunch =break*"
/\bin[- ]person\s+(?:versus|vs\.?|or|and)\s+(?:remote|online|virtual)\b/
/\bvisible\s+(?:light|spectrum|on the (?:screen|display|remote|device)|to the (?:user|eye|naked eye)|down the line)\b/
/\b(?:it|they|buttons?|options?|symbols?|numbers?|lights?|screens?|displays?|icons?|labels?|remote|device|product)\s+(?:(?:is|are|was|were|be|being|been|'s|'re|not|always|normally|clearly|easily|more|very|less|should|will|would|must|gonna|going to)\s+){0,3}visible\b/
/\b(?:obvious|easy|easily|clearly)\s+(?:and\s+)?visible\b/
/\bvisibility\s+(?:of|into|on|over)\s+(?:the\s+)?(?:data|pipeline|model|models|system|systems|code|metrics|buttons?|screen)\b/
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
/\b(?:a|the|big|sharp|small|slight|any|huge|massive|significant|steep|sudden|dramatic|large)\s+drop\s+in\b/    # "a drop in performance" (noun; audit: "a huge drop in the amount")
/\bpop(?:s|ped|ping)?\s+(?:in|into)\s+(?:my|your|his|her|their|our|the)\s+(?:head|heads|mind|minds)\b/    # audit: "whatever pops into your mind"
/\bpopped\s+in\s*(?:[.,;:!?]|$)/    # "an idea that popped in"
/\bdrop(?:s|ped|ping)?\s+in\s+(?:the\s+)?(?:rankings?|league|tables?|performance|activity|numbers|income|referrals)\b/

[exclude facilitation_time_together]
/\btime\s+out\s+of\b/       # audit: "one time out of three"
/\bout\s+of\s+time\b/       # "we're out of time out of time"

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
