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
version: 1

[dialogue]
# definition: talking tensions through - conversation, listening, hearing each other out, seeing the other's perspective, constructive challenge
=conversation               # exact: the stem convers also matches conversion
=conversations
=dialogue                   # UK
=dialog                     # US
listen                      # listen, listened, listening, listens ("not listening" is also tension.communication_breakdown)
"talk* it through"
"talk* things through"
"talk* through"
"=talked =it =over"
"=talk =it =over"
"sit* down with"            # sit/sits/sitting down with
"=sat down with"
"sit* down together"
"=sat down together"
"=around =the =table"
"=round =the =table"
/\bhear\w*\s+(?:\w+\s+){0,2}out\b/      # hear each other out, heard him out
/\b(?:take|takes|taking|took|taken)\s+(?:it|this|that|things|the conversation|the discussion)\s+offline\b/    # take it offline
"clear* the air"
/\bthrash\w*\s+(?:\w+\s+){0,2}out\b/    # thrashed it out
/\b(?:honest|open|frank|candid|proper|grown-up|adult|difficult|robust|courageous|respectful)\s+(?:conversations?|discussions?|dialogue|debates?|exchanges?)\b/
"constructive challeng*"
"healthy challeng*"
"supportive challeng*"
"=high =challenge"
/\b(?:their|his|her|each other's|one another's|the other|other people's|your|the clinicians'|the managers')\s+(?:perspectives?|point of view|points of view|side of (?:it|things|the story))\b/
/\bin\s+(?:their|his|her|my|your|each other's|one another's|someone's|someone else's|somebody else's)\s+shoes\b/
/\bwhere\s+(?:they|he|she|you)(?:'re|\s+are|\s+were|\s+was|'s)\s+coming\s+from\b/    # "understand where they're coming from"
=debrief
=debriefs
=debriefed
=debriefing
"=ask =questions"
"=asked =questions"
"=asking =questions"

[relationship_building]
# definition: deliberate work on relationships - building, repairing and investing in them, getting to know people, earning trust
/\b(?:build|builds|building|built|rebuild|rebuilds|rebuilding|rebuilt|forge|forged|forging|develop|developed|developing|nurture|nurtured|nurturing|invest|invested|investing|repair|repaired|repairing|strengthen|strengthened|strengthening|foster|fostered|fostering|cultivate|cultivated|cultivating)\s+(?:\w+\s+){0,3}?(?:relationships?|trust|rapport|bridges?|connections?|alliances?)\b/
"relationship building"     # relationship-building
"trust building"            # trust-building
"=building =trust"
"get* to know"
"=got to know"
"=getting to know"
"=gotten to know"
"earn* trust"
/\bearn\w*\s+(?:\w+\s+)?(?:trust|respect|credibility|stripes)\b/
"reach* out"                # reached out, reaching out
"mend* fences"
"mend* bridges"
"bur* the hatchet"          # bury / buried the hatchet
"olive branch"
/\b(?:win|wins|winning|won)\s+(?:\w+\s+){0,2}over\b/    # won them over
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
"=start =again"             # "we agreed to start again"
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
"pop* in"                   # pop in, popped in, popping in
"pop* into"
"pop* over"
"pop* round"
"pop* by"
"drop* in"                  # drop in, dropped in
"drop* by"
"=open door*"              # open door, open-door policy
"=door =is =always =open"
=coffee
"=have =lunch"
"=had =lunch"
"=lunch =together"
"=lunch =with"
=breakfast
=coffees
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
"=in =person"
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
=visible
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
"=time =out"
"=protected =time"
"=ring =fenced =time"       # ring-fenced time
"=time =and =space"
"=space =to =think"
"=space =to =reflect"
"=space =to =learn"
"=time =to =think"
"=time =to =reflect"
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
=retreat
"off site"                  # off-site
=offsite
"=development day*"
"=development session*"
=coaching
=coach
=coaches
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
"=right =balance"
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
=flexibility
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
=curious
=curiosity
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
"chip* in"
"=chipped in"
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
"talk* through the numbers"   # presenting, not dialogue
"talk* through the slides"
"talk* through the figures"
"=listen =to =this"         # "listen to this" (attention-getter)

[exclude everyday_interaction]
"=catch =up =on"            # "catch up on the backlog" (elective catch-up)
"=catching =up =on"
"=open =door =to"           # "opens the door to private provision"
/\b(?:a|the|big|sharp|small|slight|any)\s+drop\s+in\b/    # "a drop in performance" (noun)
/\bdrop(?:s|ped|ping)?\s+in\s+(?:the\s+)?(?:rankings?|league|tables?|performance|activity|numbers|income|referrals)\b/

[exclude shared_goals]
"=collective agreement*"   # trade-union agreement, not alignment

[exclude interpersonal_skills]
"=curious =thing"           # "the curious thing is..." (discourse)
"=curious =to =know"        # "I'd be curious to know" (discourse)

[negators]
# "lack of dialogue", "zero collaboration", "hardly any time together"
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom
