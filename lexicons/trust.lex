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
# clause; /regex/ = PCRE2 on the case-folded turn text.

theme: trust
description: Trust and distrust between leaders - reliance and confidence, suspicion, openness and integrity, credibility, respect, relational connection
version: 1

[confidence_reliance]
# definition: trusting, relying on, or having confidence in another person or group (willingness to be vulnerable to them)
trust                       # stem: trust, trusts, trusted, trusting, trust's (organisation uses are excluded below)
entrust                     # entrust, entrusted, entrusting
trustworthy                 # stem trustworthi: trustworthy, trustworthiness
=trusty
confidence                  # stem confid: confidence, confident, confidently, confide, confided (not confidential: stem confidenti)
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
/\brel(?:y|ies|ied|ying)\s+(?:on|upon)\s+(?:him|her|them|me|us|you|each other|one another|people|someone|somebody|colleagues|clinicians|managers|doctors|nurses|consultants|surgeons|the team|my team|our team|the coo|the (?:medical|clinical|managing|finance) director|(?:his|her|their|your|my) (?:judgement|judgment|word|team|colleagues))\b/    # rely on a person ("the plan relies on extra lists" does not count)
=reliance
=reliable
=dependable
"=depend on"                # not "it depends on" (hedge); only the bare verb form
"=depended on"
"=depending =on =him"
"=depending =on =her"
"=depending =on =them"
"=count on"                 # "I can count on her"
"=counted on"
"=counting on"
"vouch for"
/\b(?:got|gets|has|have|had|having)\s+(?:my|your|his|her|our|their|each other's|one another's)\s+backs?\b/    # "she's got my back"
/\bbeliev\w*\s+in\s+(?:him|her|them|you|me|us|each other|one another)\b/    # believe in a person (not "believe in the data")
/\blet(?:s|ting)?\s+(?:me|him|her|them|us|you)\s+(?:just\s+)?get\s+on\s+with\s+it\b/    # delegation as trust
"=left me to it"
"=leave me to it"
"=leaves me to it"
"=leave them to it"
"=left them to it"
"=leave him to it"
"=leave her to it"
"=safe =hands"
"=in =safe =hands"

[distrust_suspicion]
# definition: distrust, suspicion, wariness, perceived deceit or hidden motives, and damaged or broken trust
distrust                    # distrust, distrusted, distrustful
mistrust
untrustworthy               # stem untrustworthi
suspicio*                   # suspicion, suspicious, suspiciously
sceptic*                    # sceptical, sceptic, scepticism (UK)
skeptic*                    # skeptical, skepticism (US)
cynic*                      # cynical, cynicism, cynic
=wary
=wariness
=warily
=guarded
=paranoid
=paranoia
"hidden agenda*"
"own agenda*"
"ulterior motive*"
/\bquestion\w*\s+(?:his|her|their|your|my|our|the)\s+motives?\b/
=backstabbing
=backstab
"stab* in the back"
/\bbehind\s+(?:my|his|her|their|our|your|people's|each other's)\s+backs?\b/
"two faced"                 # also two-faced (hyphen splits tokens)
=duplicitous
=duplicity
deceit*                     # deceit, deceitful
decept*                     # deception, deceptive
=deceived
=dishonest
=dishonesty
"=lied to"
"=lying to"
"=lie to"
"=lied about"
"economical with the truth"
"smoke and mirrors"
=spin                       # exact: "it was all spin" (not spinning, spine)
=hoodwinked
betray*                     # betray, betrayed, betrayal
/\blet(?:s|ting)?\s+(?:me|us|him|her|them|you|everyone|people|patients)\s+down\b/    # let me down
"=felt =let =down"
"=feel =let =down"
"second guess*"             # second-guess, second-guessing
/\bcheck\w*\s+up\s+on\s+(?:me|us|him|her|you|people|colleagues|my team|the team|managers|clinicians)\b/    # checking up on people = distrust of delegation (not patients)
"breach of trust"
"broken trust"
"=low trust"
"trust deficit*"
"erosion of trust"
"vote of no =confidence"
"los* faith"                # lose/lost/losing faith
"los* =confidence"
/\btrust\s+(?:\w+\s+){0,2}(?:broke|broken|eroded|damaged|gone(?!\s+up)|evaporated|destroyed|disappeared|shattered)\b/    # "trust had gone", "the trust was broken"
/\b(?:broke|broken|break|breaks|breaking|eroded|erode|erodes|eroding|damaged|damage|damaging|destroyed|destroy|lost|lose|losing|undermined|undermine|undermines|undermining)\s+(?:\w+\s+){0,2}trust\b/    # "lost their trust"
"=covering =themselves"
=gaming                     # "gaming the figures": suspicion of manipulated data

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
transparen*                 # transparent, transparency, transparently
=candid
=candidly
=candour                    # UK
=candor                     # US
=frank
=frankness
=integrity
=sincere
=sincerity
=upfront
"up front with"
/\blevel(?:led|ed|ling|ing)?\s+with\s+(?:me|us|him|her|them|you|people|everyone)\b/    # "he levelled with me"
/\bstraight\s+with\s+(?:me|us|him|her|them|you|people|everyone|each other|one another)\b/    # "be straight with me"
"straight talk*"            # straight-talking
"=plain =speaking"
"cards on the table"
/\b(?:say|says|said|saying|tell|tells|told|telling)\s+it\s+(?:as|like|how)\s+it\s+(?:is|was)\b/
"no surpris*"               # the NHS "no surprises" norm; starts with "no", so it is not itself negated
/\b(?:never|not|don't|won't|wouldn't)\s+surprise\s+(?:each other|one another|me|him|her|them|us)\b/    # "we never surprise each other"
"speak* up"                 # speaking up, speak up
"=spoke up"
"=whistleblowing"
whistleblower*
"psychological* safe*"      # psychological safety, psychologically safe
/\bsafe\s+to\s+(?:say|speak|challenge|raise|disagree|admit|be honest|push back|question)\b/
/\badmit\w*\s+(?:\w+\s+){0,2}(?:mistakes?|errors?|wrong|fault|failings?)\b/
/\b(?:hold|holds|held|holding|put)\s+(?:my|our|his|her|their|your)\s+hands?\s+up\b/
"=above =board"             # "it's all above board"; not the governance board
"good faith"
"duty of candour"
"duty of candor"

[credibility_competence]
# definition: judgements of ability - credibility, competence, track record, delivering on commitments (Mayer et al.'s ability)
credib*                     # credible, credibility
=competent
=competence
=competency
=capable
=expertise
"track record"
=reputation
"=safe =pair =of =hands"
"=delivers"                 # "she delivers": reliability of delivery
/\b(?:he|she|they|you)\s+(?:always\s+|just\s+|actually\s+)?deliver(?:s|ed)?\b/
"deliver* on"               # deliver on promises
"follow* through"           # following through on commitments
"=kept =his =word"
"=kept =her =word"
"=kept =their =word"
"=keep =my =word"
"=keeps =his =word"
"=keeps =her =word"
/\b(?:do|does|did|doing)\s+what\s+(?:he|she|they|i|we|you)\s+(?:say|says|said)\b/    # doing what they said they would
/\bknows?\s+what\s+(?:he|she|they|you)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+(?:doing|talking about)\b/
/\bgood\s+at\s+(?:his|her|their|my|your|the)\s+jobs?\b/
"=knows =her =stuff"
"=knows =his =stuff"
"=knows =their =stuff"
"=knew =her =stuff"
"=knew =his =stuff"

[respect_recognition]
# definition: respect, esteem and recognition of the other's contribution and expertise
respect                     # stem: respect, respected, respectful, respects, respectfully
=esteem
"high regard"
=admire
=admired
=admiration
=valued                     # "feel valued"
"=taken =seriously"
/\b(?:take|takes|taken|taking|took)\s+(?:me|us|him|her|them|you|it|clinicians|managers|doctors|nurses)\s+seriously\b/
"=credit =to"               # "credit to her"
"=gave =credit"
"=give =credit"
"=giving =credit"
=appreciated                # "felt appreciated" (not "I appreciate that...", a concession)
=recognition
"=well =regarded"
"=highly =regarded"
"=look =up =to"
"=looked =up =to"
"=looks =up =to"
=deference
"=defer =to"
"=deferred =to"
=praise
=praised
=valuing                    # "valuing each other's expertise"
/\brecogni[sz]\w*\s+(?:\w+\s+){0,2}(?:contributions?|expertise|efforts?|hard work|skills?|experience)\b/    # recognising their contribution (UK and US)

[relational_connection]
# definition: talk about working relationships and relational closeness between leaders - relationships, rapport, goodwill, collegiality, partnership
relationship                # relationship, relationships (relations: stem relat, not used - too broad)
=rapport
bond                        # bond, bonds, bonded, bonding
=connection
=connections
/\bconnect(?:ed|ing|s)?\s+with\s+(?:him|her|them|people|colleagues|clinicians|managers|each other|one another)\b/
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
/\b(?:get|gets|got|getting)\s+on\s+(?:really\s+|very\s+|quite\s+|pretty\s+|so\s+)?well\b/    # "we get on really well"
/\bget(?:s|ting)?\s+on\s+with\s+(?:each other|one another|him|her)\b/
/\bgot\s+on\s+with\s+(?:each other|one another|him|her)\b/
"=like a house on =fire"
"=work =well =together"
"=worked =well =together"
"=working =well =together"
"=mutual =respect"
"=mutual =support"

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
"community trust"
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
/\b(?:most|many|some|all|other|several|both|two|three|four|five|the|those|these|local|partner|member|neighbouring|neighboring)\s+trusts\b/    # plural noun: "like most trusts" (verb "he trusts" is never preceded by these)
/\bthe trust\s+(?:has|had|is|was|will|merged|opened|closed|runs|employs|spends|spent|decided|agreed|announced|invested|appointed|wants|needs|expects|asked|was asking|is asking|has been|had been)\b(?!\s+(?:\w+\s+)?(?:gone|broken|lost|eroded|damaged|built|earned|there|low|high|strong|weak|missing|good|better|worse|real|mutual|fragile|shattered|restored|rebuilt|grown|growing|improved|improving|fine|ok|okay))/    # "the trust has a deficit", "the trust merged" (not "the trust has gone", "the trust was broken")
"=rest of the =trust"
"=whole =trust"
"=whole of the =trust"
"=chair of the =trust"
/\btrust\s+(?:is|was|went|has been|had been)\s+(?:put\s+)?(?:in|into)\s+(?:special measures|deficit|financial special measures)\b/
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
# 2. financial/legal trusts
"trust fund*"
"charit* trust"
"=charitable =trusts"
# 3. "trust me" as a discourse marker at the start of a clause ("Trust me, it was chaos")
/(?:^|[.!?,;:]\s*|\b(?:and|but|oh|look|so)\s+)trust me(?=\s*[,.!;])/
# 4. "I trust that ..." as a politeness formula is left in (too close to real trust to cut).

[exclude confidence_reliance]
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

[exclude openness_honesty]
# discourse markers: "to be honest", "if I'm honest", "in all honesty", "frankly" (not listed)
/\bto be (?:\w+ )?honest\b/
/\bif i'?m (?:being )?(?:\w+ )?honest\b/
/\bif i am (?:being )?(?:\w+ )?honest\b/
/\bi(?:'ll| will|'m going to|'d have to)\s+be\s+(?:\w+\s+)?honest\b/    # "I'll be honest, ..."
/\blet(?:'s| me| us)\s+be\s+(?:\w+\s+)?honest\b/
"=in =all =honesty"
"=honest =broker"           # neutral intermediary role, not honesty of the other

[exclude credibility_competence]
"deliver* =on =time"        # "deliver on time" is delivery talk; the competence reading is lost (rare)

[exclude respect_recognition]
"=with =respect =to"        # "with respect to the plan" (preposition)
"=in =respect =of"          # "in respect of the contract"
"=in =this =respect"
"=in =that =respect"
"=in =some =respects"
"=in =many =respects"
"respective*"              # stem of respective is respect
respectab*                  # respectable, respectability (stem respect)

[exclude relational_connection]
# IT and formal senses of connection
"=in =connection =with"      # "in connection with the incident"
"=internet connection*"
"=network connection*"
"=broadband connection*"
"=wifi connection*"

[negators]
# In addition to the defaults (not no never none nobody nothing neither nor
# nowhere without cannot, and any token ending in n't): "lack of trust",
# "zero trust", "hardly trust" read as the absence of trust.
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
