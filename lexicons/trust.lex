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
version: 2                  # 2: precision audit (lexicons/VALIDATION.md) - narrowed entries marked "audit:"

[confidence_reliance]
# definition: trusting, relying on, or having confidence in another person or group (willingness to be vulnerable to them)
trust                       # stem: trust, trusts, trusted, trusting, trust's (organisation uses are excluded below)
entrust                     # entrust, entrusted, entrusting
trustworthy                 # stem trustworthi: trustworthy, trustworthiness
=trusty
# audit: the bare stem `confidence` (confident, confide) fired mostly on
# self-certainty ("I'm not confident that...") and statistics ("confidence in
# the prediction"); now only confidence placed in a person or group.
/\bconfiden(?:ce|t)\s+in\s+(?:him|her|them|me|us|you|each other|one another|people|colleagues|clinicians|managers|doctors|nurses|consultants|(?:the|my|our|his|her|their|your)\s+(?:\w+\s+)?(?:team|teams|colleagues?|leadership|board|management|managers?|executives?|exec|clinicians|consultants|doctors|nurses|staff|directors?|chair|chief executive|ceo|coo|gm|boss|deputy|leads?|people))\b/    # "confidence in her", "confident in the team"
/\b(?:gain|gains|gained|gaining|win|wins|won|winning|earn|earns|earned|earning|have|has|had|having|keep|keeps|kept|keeping|retain|retains|retained|retaining|command|commands|commanded|enjoy|enjoys|enjoyed)\s+(?:their|his|her|your|my|our|people's|clinicians'|managers'|the board's|everyone's|everybody's)\s+confidence\b/    # "to gain their confidence"
/\bthe\s+confidence\s+of\s+(?:the\s+)?(?:board|clinicians|consultants|doctors|managers|staff|executive|exec|team|chair|chief executive|governors|regulators?|commissioners|colleagues|people)\b/    # "the confidence of the board"
"=confide =in"
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
/\b(?:rel(?:y|ies|ied|ying)|depend(?:ed)?)\s+(?:on|upon)\s+(?:him|her|them|me|us|you|each other|one another|people|someone|somebody|colleagues|clinicians|managers|doctors|nurses|consultants|surgeons|the team|my team|our team|the coo|the (?:medical|clinical|managing|finance) director|(?:his|her|their|your|my) (?:judgement|judgment|word|team|colleagues))\b/    # rely / depend on a person ("the plan relies on extra lists", "it will depend on the cost" do not count)
# audit: "=depend on" matched "would largely depend on the cost" (3 of 4 sampled hits
# were things, not people); depend now shares the person-object regex above, without
# "depending" ("depending on people that you target" is a hedge), and the conditional
# "that would depend upon us" is excluded below.
=reliance
# audit: bare =reliable / =dependable were technical ("a reliable signal", "reliable
# data": 10 of 10 sampled hits); now only said of people.
/\b(?:he|she|they|you|i|we|he's|she's|they're|you're|i'm|we're|people|colleagues?|clinicians?|managers?|consultants?|doctors?|nurses?|staff|team)\s+(?:(?:is|are|was|were|am|be|been|being|seem|seems|seemed|very|really|extremely|totally|completely|always|utterly|so|quite|not|never|just|incredibly|absolutely|pretty)\s+){0,3}(?:reliable|dependable)\b/
/\b(?:by|of|about)\s+being\s+(?:\w+\s+)?(?:reliable|dependable)\b/    # "earn their trust by being reliable"
/\b(?:reliable|dependable)\s+(?:person|people|colleagues?|clinicians?|managers?|consultants?|doctors?|nurses?|staff|team|teams|deput(?:y|ies)|leads?|leaders?|partners?|pair of hands|chair|directors?|boss|gm|coo|ceo)\b/
/\bcount(?:s|ed|ing)?\s+on\s+(?:him|her|them|me|us|you|each other|one another|people|colleagues|clinicians|managers|the team|my team|our team)\b/    # "I can count on her" (audit: not "don't count on it")
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
"=stab in the back"          # audit: was "stab* in the back", whose prefix also matches "stable in the back"
"=stabbed in the back"
"=stabbing in the back"
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
# audit: bare =spin was always "spin the wheel" in the sample (5 of 5); kept only in phrases
"=all =spin"                # "it was all spin"
/(?<=doesn't |don't |didn't |never |won't )spin\b/    # "he doesn't spin" (a negated hit: absence of spin)
"=pure =spin"
"=spin =doctor*"
/\b(?:put|puts|putting)\s+(?:a|their|his|her|its|some)\s+(?:\w+\s+)?spin\s+on\b/    # "put a positive spin on it"
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
=gaming                     # "you start to get gaming": suspicion of manipulated figures (audit: video-game senses excluded below)
/\bgam(?:e|es|ed)\s+the\s+(?:system|figures|numbers|targets?|data|stats|statistics|metrics|rules|returns|waiting lists?|lists?|rotas?)\b/    # "game the system"

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
/\bfrank\s+(?:conversations?|discussions?|exchanges?|feedback|views?|assessment)\b/
/\b(?:very|really|quite|brutally|refreshingly|always|completely)\s+frank\b/
/\b(?:completely|totally|fully|entirely|absolutely|very|more|genuinely|really)\s+transparent\b(?!\s+(?:case|plastic|material|screen|cover|casing|colou?r|shell))/    # "I tried to be completely transparent"
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
# audit: bare =capable described products in 7 of 8 sampled hits ("capable of being
# squishy"); now only said of people.
/\b(?:he|she|they|you|we|i|he's|she's|they're|you're|we're|i'm|people|staff|colleagues|clinicians|managers|doctors|nurses|consultants|everyone|everybody)\s+(?:(?:is|are|was|were|am|be|been|being|seem|seems|seemed|very|really|extremely|highly|quite|so|more|less|not|pretty|perfectly|all|both|definitely|clearly|obviously|incredibly)\s+){0,3}capable\b/
/\bcapable\s+(?:\w+\s+)?(?:person|people|manager|managers|leader|leaders|clinician|clinicians|doctor|doctors|colleague|colleagues|team|director|directors|chair|deputy|individual|individuals|hands)\b/
# audit: bare =expertise was a domain label or a courtesy in 18 of 36 sampled hits
# ("my area of expertise", "if you have expertise in this"); now expertise attributed
# to a party or assessed.
/\b(?:his|her|their|(?!it's|that's|there's|what's|he's|she's|who's)[a-z]+'s)\s+(?:\w+\s+)?expertise\b/    # "Kate's expertise comes in", "their clinical expertise"
/\b(?:real|genuine|huge|great|deep|enormous|considerable|lot of|lots of|no|little|lack of|lacking|lacks|lacked|more|less|limited)\s+(?:\w+\s+)?expertise\b/
/\b(?:have|has|had|having)\s+(?:the|all this|all the)\s+(?:\w+\s+)?expertise\b/    # "do they have the expertise?"
"track record"
=reputation
"=safe =pair =of =hands"
"=delivers"                 # "she delivers": reliability of delivery
/\b(?:he|she|they|you)\s+(?:always\s+|just\s+|actually\s+)?deliver(?:s|ed)?\b(?!\s+(?:a|an|the|this|that|these|those|some|it|them|our|your|their|his|her)\b)/    # audit: "if you deliver a small device" (supplying an object) no longer counts
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
# audit: bare =recognition was speech/voice recognition in 28 of 30 sampled hits (and in
# NHS talk it is also clinical: "early recognition of sepsis"); now only recognition given
# to people and their work.
/\b(?:get|gets|got|getting|gotten|receive|receives|received|receiving|deserve|deserves|deserved|give|gives|gave|given|giving|want|wants|wanted|lack of|no|little|more|public|proper|due|enough|any|some|formal|national)\s+recognition\b(?!\s+(?:software|system|systems|technology|technologies|module|chip|feature|features|engine|rate|accuracy|model|models))/
/\brecognition\s+(?:for|of)\s+(?:(?:their|his|her|my|our|your|the|people's|staff's|everyone's)\s+)?(?:\w+\s+)?(?:work|contributions?|efforts?|achievements?|expertise|skills?|role|value|hard work|commitment|service|leadership)\b/
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
# audit: bare bond (stem) matched "bonding box" (ASR for bounding box) and =connection(s)
# matched electrical, USB and data connections (16 of 16 sampled hits); both now count
# only between people.
/\bbond(?:s|ed|ing)?\s+(?:with|between)\b/
"=team =bonding"
"=bonding =exercise*"
/\b(?:strong|close|real|good|personal|special|professional)\s+bonds?\b/
/\bconnections?\s+(?:with|between)\s+(?:him|her|them|us|me|you|people|colleagues|clinicians|managers|doctors|nurses|consultants|each other|one another|the (?:team|clinicians|managers|consultants|board|exec\w*)|(?:my|our|his|her|their|the)\s+(?:\w+\s+)?(?:colleagues?|team|teams|counterparts?|boss|manager|director|clinicians|consultants|managers))\b/
/\b(?:personal|human|emotional|relational|real|genuine|strong|close|good)\s+connections?\b/    # "forging relational connections"
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
# audit: trust in technical artefacts - models, algorithms, software - is not trust in
# another person or group (6 of 30 sampled hits: "trust the model", "trusted the
# public data").
# after the audit: trust in numbers, figures, data, evidence and information is NOT
# excluded. In NHS talk "I don't trust the numbers" is distrust of the people and
# processes that produce them (a classic clinician-manager tension), and the lexicon
# is for that use; in the ML interviews this costs some precision in
# confidence_reliance ("trust the data"), see VALIDATION.md section 5.
/\btrust(?:s|ed|ing)?\s+(?:in\s+)?(?:the\s+|this\s+|that\s+|these\s+|those\s+|our\s+|their\s+|your\s+|my\s+|its\s+|a\s+|an\s+)?(?:\w+\s+)?(?:dataset|datasets|model|models|algorithm|algorithms|system|systems|outputs?|predictions?|labels?|tools?|software|code|machines?|ai|technology)\b/
/\btrust(?:s|ed|ing)?\s+it\b/    # audit: "how do you trust it?" (a model, a result); "trust him" still counts
/\b(?:would|will|could|might|may|it|that|this|all|everything|largely|really|actually)\s+(?:\w+\s+)?depend(?:s|ed)?\s+(?:up)?on\b/    # audit: conditional "that would depend upon us"
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

[exclude distrust_suspicion]
# audit: scepticism, wariness and suspicion aimed at data, evidence, products or
# technology are not distrust of a person or group (10 of 28 sampled hits: "wary about
# the data", "sceptical about voice recognition"); a suspicious lesion is clinical.
/\b(?:sceptic\w*|skeptic\w*|wary|suspicio\w*)\s+(?:\w+\s+){0,2}?(?:about|of|on|with|towards?|if)\s+(?:the\s+|this\s+|that\s+|these\s+|our\s+|their\s+|any\s+|a\s+)?(?:\w+\s+)?(?:data|dataset|quality|outputs?|results?|models?|algorithms?|predictions?|technology|technologies|software|tools?|recognition|metrics?|evidence|studies|study|research|product|design|buttons?|values?|numbers)\b/
/\bsuspicio\w*\s+(?:\w+\s+)?(?:lesions?|mass|masses|moles?|lumps?|findings?|shadows?|nodules?|deaths?|packages?|activity|transactions?|data|values?|records?|entries|samples?|patterns?)\b/
/\b(?:sceptic\w*|skeptic\w*|wary)\s+(?:about|of)\s+(?:it|this|that|this one|that one)\b/    # audit: "sceptical about it" (a proposal or product)
/\b(?:sports?|video|computer|online|mobile|pc|console)\s+(?:and\s+|or\s+)?gaming\b/    # audit: video games ("sports and gaming devices")
/\bgaming\s+(?:devices?|consoles?|c|industry|compan(?:y|ies)|platforms?|pcs?|laptops?|mice|mouse|chairs?|community|experience|and stuff)\b/
/\b(?:for|about)\s+gaming\b/
/\b(?:that|this|it|which|what)(?:'s|\s+is|\s+was|\s+looks?|\s+looked|\s+seems?|\s+seemed)\s+(?:\w+\s+)?suspicious\b/    # "that's what was suspicious": a thing looks odd ("he was suspicious of us" still counts)
/\b(?:find|finds|found|flag|flags|flagged|mark|marks|marked)\s+(?:is\s+|as\s+)?suspicious\b/    # "data that we find is suspicious"

[exclude openness_honesty]
# discourse markers: "to be honest", "if I'm honest", "in all honesty", "frankly" (not listed)
/\bto be (?:\w+ )?honest\b/
/\bif i'?m (?:being )?(?:\w+ )?honest\b/
/\bif i am (?:being )?(?:\w+ )?honest\b/
/\bi(?:'ll| will|'m going to|'d have to)\s+be\s+(?:\w+\s+)?honest\b/    # "I'll be honest, ..."
/\blet(?:'s| me| us)\s+be\s+(?:\w+\s+)?honest\b/
"=in =all =honesty"
"=in =honesty"              # audit: "in honesty, I do not know" (discourse marker)
"=honest =question*"        # audit: "it's an honest question" (a genuine question, not candour)
"=honest =answer"           # "to give you an honest answer" (hedge)
/\bto be (?:\w+ )?frank\b/    # audit: "to be quite frank with you" (discourse marker, like "to be honest")
/\bi(?:'ll| will|'m going to)\s+be\s+(?:\w+\s+)?frank\b/
/\blet(?:'s| me| us)\s+be\s+(?:\w+\s+)?frank\b/
# audit: integrity of data, records, tissue or skin is not personal integrity ("the integrity of the data": 2 of 2 sampled hits)
/\b(?:data|skin|tissue|structural|referential|file|system|sample|specimen|signal|database|record|records)\s+integrity\b/
/\btransparency\s+(?:on|of|in|into)\s+(?:the\s+)?(?:\w+\s+)?(?:system|systems|model|models|algorithm|algorithms|pipeline|code)\b/    # audit: system transparency (explainability), not candour
/\bintegrity\s+of\s+(?:the\s+|our\s+|this\s+|a\s+|your\s+)?(?:\w+\s+)?(?:data|dataset|database|system|records?|samples?|specimens?|skin|tissue|structure|files?|signal)\b/
"=honest =broker"           # neutral intermediary role, not honesty of the other

[exclude credibility_competence]
"deliver* =on =time"        # "deliver on time" is delivery talk; the competence reading is lost (rare)
# audit: expertise named as a domain or a courtesy, not judged ("my area of expertise", "share your expertise")
"area* =of =expertise"
"field* =of =expertise"
/\bshar(?:e|es|ed|ing)\s+(?:your|their|his|her|our|my|the|some|any)\s+(?:\w+\s+)?expertise\b/
# audit: "I know what you're talking about" (= I understand) and generic "you don't know what you're doing" (a confusing device)
/\bi\s+know\s+what\s+you(?:'re|\s+are)\s+talking\s+about\b/
/\byou\s+(?:don't|do not|didn't)\s+know\s+what\s+you(?:'re|\s+are)\s+doing\b/

[exclude respect_recognition]
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
/\brespect\w*\s+(?:the\s+|your\s+|our\s+)?(?:gdpr|law|laws|legal\s+\w+|regulations?|terms|contracts?|agreements?)\b/
/\b(?:it's|it is|that's|that is|this is)\s+(?:\w+\s+){0,2}appreciated\b/
/\brespect\w*\s+(?:the\s+|our\s+|their\s+|this\s+|these\s+|those\s+|your\s+|its\s+)?(?:\w+\s+)?(?:costs?|budgets?|deadlines?|constraints?|requirements?|rules?|guidelines?|limits?|timelines?|schedules?|specifications?|specs|standards?|protocols?|procedures?|polic(?:y|ies)|privacy|confidentiality|format|boundaries of the budget)\b/

[exclude relational_connection]
# IT and formal senses of connection
"=in =connection =with"      # "in connection with the incident"
"=internet connection*"
"=network connection*"
"=broadband connection*"
"=wifi connection*"
# audit: relationships between variables and in data are not working relationships
/\brelationships?\s+(?:between|among|amongst)\s+(?:the\s+)?(?:\w+\s+)?(?:variables?|features?|data|columns?|inputs?|outputs?|keywords?|words?|entities|tables?|values?|factors?|parameters?|classes|labels?|products?)\b/
/\b(?:structural|causal|linear|non-?linear|statistical|mathematical|functional|temporal|spatial|semantic|underlying)\s+relationships?\b/

[negators]
# In addition to the defaults (not no never none nobody nothing neither nor
# nowhere without cannot, and any token ending in n't): "lack of trust",
# "zero trust", "hardly trust" read as the absence of trust.
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
