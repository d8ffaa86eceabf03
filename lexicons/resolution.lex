# resolution.lex - how tensions and differences are worked through
#
# Version 3 (issue 15) keeps four categories, each defined so that a coder
# can tell a hit from a near miss: dialogue (talking it through), agreement
# (settling it: consensus, negotiation, compromise, trade-offs),
# collaboration (working on it jointly: relational coordination, shared
# goals, relationships), citizenship_helping (helping beyond one's role:
# organisational citizenship behaviour). Version 2's relationship_building
# and shared_goals are merged into collaboration, compromise is widened to
# agreement, and everyday_interaction, facilitation_time_together and
# interpersonal_skills are dropped (their few relevant uses in testimony -
# listening, being receptive, talking on the phone, facilitated sessions -
# moved to dialogue). Why: lexicons/validation/resolution.md.
#
# Conceptual basis: relational coordination (Gittell 2002 - frequent,
# timely, problem-solving communication; shared goals, shared knowledge,
# mutual respect); sensemaking (Weick 1995 - making sense together through
# talk); conflict handling (Thomas 1976, Rahim 2002 - compromising,
# integrating); organisational citizenship behaviour (Organ 1988 -
# discretionary helping). Written for lextab; no proprietary dictionary was
# copied. See lexicons/README.md and docs/counting-rules.md.
#
# Common to all categories: the hearing's own exchanges ("as we discussed",
# "I agree" to counsel, "I can speak to that") and courtesy formulas are
# not resolution talk, and are excluded below.

theme: resolution
description: Working tensions and differences through - dialogue, agreement and compromise, collaboration, helping beyond one's role
version: 3                  # 3: issue 15, validated on the UK Covid-19 Inquiry hearings (lexicons/validation/resolution.md)

[dialogue]
# definition: two-way talk between parties to work a matter or a difference through - discussing, debating, consulting, engaging and liaising with others, conversations and meetings with them, listening and being receptive to their views, constructive challenge; not one-way telling (announcing, instructing, briefing), not the hearing's own talk ("as we discussed", "I can speak to that"), not what a document discusses
discuss*                    # discuss, discussed, discussing, discussion(s)
debat*                      # debate, debated, debating ("debated long and hard")
=conversation
=conversations
=dialogue
=dialog
=consult                    # exact forms: the stem consult also matches consultant(s), doctors
=consulted
=consulting
=consults
=consultation
=consultations
=consultative
liais*                      # liaise, liaised, liaising, liaison
"(=engage|=engaged|=engaging|=engages|=engagement|=engagements) (=closely|=constructively|=directly|=regularly|=extensively|=actively|=fully)? (=with|=between)"
"=stakeholder =engagement"
"(=exchange|=exchanges) =of (=views|=ideas|=information|=letters|=correspondence)"
"(=bilateral|=bilaterals|=trilateral|=multilateral) (=call|=calls|=conversation|=conversations|=meeting|=meetings|=exchange|=exchanges|=discussion|=discussions)?"
"(=i|=we|=he|=she|=they) (=had|=have|=then|=also|=regularly|=often|=frequently|=personally)? (=spoke|=spoken|=talked) (=to|=with)"
"(=spoke|=speak|=speaking|=speaks|=talk|=talked|=talking|=talks) (=regularly|=frequently|=daily|=often|=directly|=closely)? (=to|=with) (=him|=her|=them|=each =other|=one =another|=colleagues|=officials|=ministers|=counterparts|=clinicians|=scientists|=experts|=people|=the =first =minister|=the =prime =minister|=the =secretary =of =state|=the =chancellor|=the =chief =medical =officer|=the =cmo|=my =counterpart|=my =counterparts|=my =colleagues|=my =opposite =number|=their =counterparts|=the =unions|=unions|=stakeholders|=the =sector)"
"(=met|=meet|=meeting|=meetings|=meets) (=regularly|=frequently|=daily|=weekly|=often|=directly)? (=with|=between)"
"(=regular|=frequent|=daily|=weekly|=twice =weekly|=fortnightly) (=call|=calls|=contact|=meetings|=conversations|=discussions|=dialogue)"
"(=call|=calls|=phone =call|=phone =calls) (=with|=between)"
"(=pick|=picked|=picking|=picks) (=up)? =the =phone (=up)? (=to)?"
listen                      # listen, listened, listening, listens (device and media senses excluded below)
=receptive
"=open =to (=challenge|=challenges|=suggestions|=ideas|=other =views|=views|=different =views|=feedback|=persuasion|=argument|=arguments)"
"(=constructive|=healthy|=robust|=critical|=scientific|=internal) (=challenge|=challenges|=debate|=debates)"
"(=challenged|=challenging|=challenge) (=each =other|=one =another|=me|=us|=them|=him|=her|=the =advice|=the =thinking|=ministers|=officials|=the =scientists|=assumptions)"
"(=adult|=candid|=courageous|=difficult|=frank|=honest|=open|=proper|=respectful|=robust|=lively|=vigorous|=heated|=detailed|=long|=extensive|=intense|=constructive|=useful|=productive|=good) (=conversation|=conversations|=debate|=debates|=dialogue|=discussion|=discussions|=exchange|=exchanges)"
"talk* (=it|=things|=them|=that|=this|=issues|=those =issues|=the =issues|=concerns|=differences|=everything|=options|=the =options) =through"
"=talked =it =over"
"=talk =it =over"
"(=sit|=sat|=sits|=sitting) =down (=with|=together)"
"(=round|=around) (=a|=the) =table"
"=roundtable*"
"hear* ~2 =out"             # hear each other out
"=heard (=their|=the|=different|=all =the|=both) (=views|=view|=concerns|=arguments|=voices|=perspectives|=sides)"
"(=seek|=sought|=seeking|=gather|=gathered|=canvass|=canvassed|=took|=take|=taking) (=the)? (=views|=opinions|=input)"
"(=raise|=raised|=raising|=raises) ~4 =with (=me|=us|=him|=her|=them|=ministers|=officials|=colleagues|=the =minister|=the =prime =minister|=the =first =minister|=the =secretary =of =state|=the =department|=the =cmo|=the =chief =medical =officer|=the =chancellor|=number =10|=their =counterparts|=my =counterparts)"
"thrash* ~2 =out"
"=take (=it|=this|=that) =offline"
"clear* the air"
"(=each =other's|=one =another's|=other =people's|=their|=the =other) (=perspective|=perspectives|=point =of =view|=points =of =view)"
"=where (=he's|=she's|=they're|=you're|=they =were|=he =was|=she =was) =coming =from"
=workshop
=workshops
"=facilitated (=discussion|=discussions|=session|=sessions|=workshop|=workshops|=conversation|=conversations|=meeting|=meetings)"
=debrief
=debriefs
=debriefed
=debriefing
"=away =day*"
=mediation
=mediator
=mediators

[agreement]
# definition: settling a difference between parties or between competing aims - reaching or seeking agreement or consensus (a group agreeing, one party accepting another's proposal or advice), negotiating, compromising, trading off or balancing competing aims, resolving a dispute, bringing people on board; not the witness concurring in the hearing ("I agree", "I'd be in agreement with that"), not "compromise" meaning harm ("compromise patient safety"), not a named treaty or contract type alone
=consensus
=consensual
=compromise
=compromises
"(=compromised|=compromising) =on"
"=middle =ground"
"(=meet|=meets|=meeting|=met) (=them|=him|=her|=us)? (=halfway|=half =way|=in =the =middle)"
"=give =and =take"
"=trade =off*"              # trade-off, trade-offs
=tradeoff
=tradeoffs
negotiat*                   # negotiate, negotiated, negotiation(s)
=concession
=concessions
"=happy =medium"
"=common =ground"
"=landing =zone"
"=agree =to =disagree"
"=agreed =to =disagree"
"(=strike|=strikes|=striking|=struck|=find|=finding|=found|=get|=getting|=got|=achieve|=achieving|=achieved|=right|=difficult|=fine|=delicate|=careful|=proper|=appropriate|=reasonable|=sensible) (=a|=the|=that)? =balance"
"=balancing =act"
"(=balance|=balanced|=balancing|=weigh|=weighed|=weighing) (=up)? (=the)? (=competing|=different|=various|=those|=these)? (=harms|=considerations|=interests|=priorities|=risks|=factors|=objectives|=demands|=needs|=imperatives|=pressures)"
"=finely =balanced"
"(=a|=the) =balance =between"
"(=need|=needed|=needs|=had|=have|=has|=trying|=tried|=try) =to (=balance|=weigh =up|=trade =off)"
"(=we|=they|=all|=both|=everyone|=everybody|=ministers|=nations|=administrations|=governments|=leaders|=parties|=sides|=colleagues|=members) (=all|=both|=collectively|=jointly|=had|=have|=then|=eventually|=subsequently|=quickly|=broadly|=had =all)? =agreed"
"(=was|=were|=been|=being|=is|=are|=be) (=jointly|=collectively|=then|=subsequently|=eventually|=finally|=broadly|=all|=duly)? =agreed (=that|=between|=with|=by|=at|=in|=across|=on|=to)"
"(=it|=this|=that) (=was|=had =been|=has =been|=were) (=jointly|=collectively|=then|=subsequently|=eventually|=finally|=broadly)? =agreed"
"(=agreed|=agree|=agreeing) (=a|=an|=the|=our|=their|=a =common|=a =shared|=a =joint|=the =joint|=a =single|=a =uk =wide|=common|=joint) (=approach|=plan|=position|=way =forward|=framework|=protocol|=set =of|=line|=statement|=strategy|=principles|=priorities|=compromise|=deal|=process|=timetable|=text)"
"(=agreement|=agreements) (=between|=with|=among|=amongst|=across|=from =all|=on =a|=on =the =way)"
"(=reach|=reached|=reaching|=reaches|=come =to|=came =to|=coming =to|=secure|=secured|=securing|=broker|=brokered|=get|=got|=getting) (=an|=a|=the|=some|=broad|=general|=full|=unanimous|=cross =party|=final)? (=agreement|=consensus|=compromise|=settlement|=deal|=accommodation|=accord|=common =position|=shared =view|=collective =view|=joint =view)"
"(=broad|=general|=full|=unanimous|=universal|=complete|=mutual|=collective|=common|=joint|=shared) =agreement"
"(=unanimous|=unanimously|=jointly =agreed|=mutually =agreed|=mutually =acceptable|=mutual =agreement)"
"(=a|=the) (=way =forward|=way =through) (=was =agreed|=that =we =agreed|=we =all =agreed|=we =could =agree|=that =everyone =agreed)"
"(=find|=finding|=found|=agree|=agreed|=agreeing|=reach|=reached) (=a|=the|=some) (=way =forward|=middle =way|=landing =point|=compromise =solution|=joint =solution|=common =solution)"
"(=resolve|=resolved|=resolving|=resolves|=resolution =of|=settle|=settled|=settling) (=the|=those|=these|=our|=their|=any|=a|=that)? (=differences|=difference|=disagreement|=disagreements|=dispute|=disputes|=tension|=tensions|=conflict|=conflicts|=impasse|=differing =views|=issue =between|=issues =between)"
"(=differences|=disagreement|=disagreements|=dispute|=disputes|=tension|=tensions|=conflict|=conflicts) (=were|=was|=had =been|=have =been|=are|=is|=could =be|=would =be|=can =be|=to =be) (=quickly|=eventually|=usually|=always|=generally|=then)? (=resolved|=settled|=ironed =out|=worked =through|=overcome)"
"(=escalate|=escalated|=escalating|=escalation) ~3 (=resolve|=resolved|=resolution|=resolving|=sort|=sorted|=unblock|=unblocked)"
"(=ironed|=iron|=ironing) (=out|=them =out|=it =out|=those =out)"
/\bbuy-in\b/    # regex kept: the hyphen is what the regex tests (tokens split on it); "buy in agency staff" must not count
"(=bring|=brought|=bringing|=get|=got|=getting|=keep|=kept|=keeping) (=people|=them|=him|=her|=everyone|=everybody|=colleagues|=the =public|=the =unions|=the =sector|=ministers|=stakeholders|=the =devolved =administrations|=the =devolved =governments) =on =board"
"(=win|=won|=winning|=wins) ~2 =over"
"(=are|=were|=be|=is|=was|=being|=been|=both|=all|=fully|=firmly|=remain|=remained|=stay|=stayed|=have|=had|=having) =on =board"    # "both on board with the plan" (not "take on board", "came on board", "on board the flight")
"=on =board =with"

[collaboration]
# definition: parties working jointly across roles, teams, organisations or governments (relational coordination) - collaborating, working together or closely with others, partnership and joint working, co-producing, co-ordinating with one another, shared goals and a common approach, building and keeping good working relationships and trust between them; not a body's name ("Joint Committee on Vaccination", "Joint Biosecurity Centre"), not one party directing another
collaborat*                 # collaborate, collaborated, collaboration, collaborative(ly)
"=co operat*"               # co-operate, co-operation, co-operative
cooperat*
"(=work|=worked|=working|=works) (=very|=really|=extremely|=incredibly)? (=closely|=together|=jointly|=alongside|=collaboratively|=constructively|=cooperatively|=hand =in =hand|=in =partnership|=in =tandem|=in =concert|=well =together|=across =boundaries|=across =organisations|=across =government|=across =departments|=across =the =four =nations)"
"(=joint|=partnership|=collaborative|=cross =government|=cross =departmental|=multi =agency|=multiagency|=interagency|=inter =agency|=four =nations|=four =nation|=uk =wide) =working"
"=working (=relationship|=relationships|=arrangements =with)"
"(=work|=worked|=working|=works) (=effectively|=well|=constructively|=hard|=directly|=alongside|=together)? =with"    # working with another party (data, materials and client groups excluded below)
"=in =partnership"
"(=partnership|=partnerships) (=with|=between|=across|=approach)"
"(=close|=closer|=strong|=good|=effective|=constructive|=excellent|=positive|=productive|=collegiate|=collegial|=healthy|=trusting|=professional|=respectful|=cordial) (=working)? (=relationship|=relationships|=partnership|=partnerships|=collaboration|=co =operation|=cooperation|=links|=rapport)"
"(=build|=building|=builds|=built|=cultivate|=cultivated|=cultivating|=develop|=developed|=developing|=forge|=forged|=forging|=foster|=fostered|=fostering|=invest|=invested|=investing|=nurture|=nurtured|=maintain|=maintained|=maintaining|=rebuild|=rebuilding|=rebuilt|=repair|=repaired|=repairing|=strengthen|=strengthened|=strengthening|=establish|=established|=establishing) ~3 (=relationship|=relationships|=rapport|=bridges|=trust|=partnership|=partnerships|=networks|=links)"
"=relationship =building"
"=trust =building"
"=co (=produce|=produced|=producing|=production|=design|=designed|=designing|=create|=created|=creating|=chair|=chaired|=chairing|=chairs|=ordinate|=ordinated|=ordinating|=ordination|=owned|=ownership|=authored|=sign|=signed)"   # co-produce, co-design, co-chaired, co-ordinate(d)
"(=coproduce|=coproduced|=coproducing|=coproduction|=codesign|=codesigned)"
coordinat*                  # coordinate, coordination, coordinated (written without a hyphen)
"=jointly"
"=joint (=approach|=working|=decision|=decisions|=effort|=efforts|=endeavour|=ownership|=statement|=letter|=letters|=plan|=planning|=response|=guidance|=commissioning|=exercise|=initiative|=programme|=team|=teams|=work|=meeting|=meetings|=call|=calls|=communication|=communications|=message|=messaging|=announcement|=press =conference|=press =conferences|=leadership|=bid|=venture|=procurement)"
"(=four =nations|=four =nation|=four =country|=four =countries|=uk =wide|=cross =uk) (=approach|=basis|=call|=calls|=meeting|=meetings|=discussion|=discussions|=decision|=decisions|=response|=co =ordination|=coordination|=group|=groups|=engagement|=arrangements|=consistency|=alignment)"
"(=joined =up|=joined-up) (=approach|=working|=government|=thinking|=response|=way|=system|=manner)"
"=more =joined =up"
"(=align|=aligned|=aligning|=alignment) (=our|=their|=the|=its|=his|=her)? (=approach|=approaches|=positions|=position|=messaging|=messages|=policies|=policy|=decisions|=timing|=plans|=response|=responses) (=with|=across|=between)?"
"(=aligned|=alignment) (=with|=between|=across) (=the =other|=other|=each =other|=the =devolved|=the =uk =government|=the =four|=all =four|=wales|=scotland|=northern =ireland|=england|=colleagues)"
"(=pulled|=pull|=pulling|=pulls|=worked|=work|=working|=works|=banded|=band|=rallied|=rally) =together"
"(=came|=come|=coming|=comes) =together (=as =a =team|=as =one|=in =partnership|=and =agreed|=and =worked|=behind)"    # not people gathering, not organisations merging
"(=bring|=brought|=bringing|=brings) (=people|=colleagues|=partners|=agencies|=everyone|=everybody|=all =the =partners|=the =partners|=stakeholders|=experts|=the =two =sides) =together"
"(=together =with) (=colleagues|=partners|=our =partners|=the =devolved|=the =other =nations|=other =nations|=local =authorities|=the =nhs|=the =unions)"
"(=same =page|=same =direction|=same =side|=team =effort|=collective =effort|=united =front|=common =purpose|=shared =purpose|=common =goal|=common =goals|=shared =goal|=shared =goals|=common =cause|=shared =objective|=shared =objectives|=shared =vision|=shared =endeavour|=common =endeavour|=common =approach|=consistent =approach =across|=shared =approach|=shared =understanding|=shared =responsibility|=team =work|=teamwork|=team =player|=team =players)"
"=win =win"
"(=our|=local|=delivery|=key|=other|=system|=external|=industry|=international) =partners"
"=partner (=organisation|=organisations|=agencies|=agency|=bodies|=body)"
"(=with|=between|=across|=among|=amongst) (=all)? (=the)? (=partners|=partner =organisations|=stakeholders|=agencies|=departments|=the =four =nations|=the =devolved =administrations|=the =devolved =governments|=the =nations) (=to|=in =order =to)"
"(=supported|=support|=supporting) (=each =other|=one =another)"
"=hand =in =hand"
"=mutual (=respect|=trust|=support|=understanding|=cooperation|=co =operation)"

[citizenship_helping]
# definition: discretionary help or effort given beyond one's formal role or obligation (organisational citizenship behaviour, Organ 1988), by staff, colleagues, organisations or the public - going above and beyond, working tirelessly, stepping up or in to help, volunteering, offering help, mucking in, mutual aid between organisations, relying on goodwill, coming out of retirement; not "step up" meaning increase, not volunteers for trials, not commercial "offers" of supplies, not "Eat Out to Help Out"
"=above =and =beyond"
"=extra =mile"
"=beyond =the =call"
"=discretionary =effort"
"muck* in"
"=mucked in"
"pitch* in"
"=pitched in"
"(=roll|=rolled|=rolling|=rolls) =up (=her|=his|=my|=our|=their|=your) =sleeves"
"(=cover|=covered|=covering|=covers) =for (=colleagues|=each =other|=her|=him|=one =another|=them|=us)"
"(=help|=helped|=helping|=helps) (=colleagues|=each =other|=her|=him|=me|=one =another|=people|=them|=us|=you)? =out"
"(=step|=stepped|=stepping|=steps) (=up|=in|=forward) (=to =help|=to =the =plate|=to =fill|=to =offer|=to =volunteer|=and =help|=and =helped|=and =volunteered)"
"(=who|=they|=people|=staff|=colleagues|=volunteers|=organisations|=sector|=sectors|=communities|=community|=charities|=businesses|=industry|=everyone|=everybody|=teams|=individuals) (=really|=have|=had|=all|=just|=absolutely|=genuinely)? (=stepped|=step) (=up|=in)"
# DISABLED (never matched): quoted whole, this NEAR rule was one phrase of its words; lextab lexicon check now warns. To enable it, drop the outer quotes and validate the category again: "(=fill|=filled|=filling) =the (=gap|=gaps|=breach) NEAR/6 (=volunteer*|=volunteered|=stepping|=stepped|=offered|=goodwill|=voluntarily)"
volunteer* NOT NEAR/10 (trial|=trials|=study|=studies|=testing|=vaccinated|=vaccine =trial|=research|=dose)    # volunteer, volunteered, volunteering, volunteers; not volunteers for trials and studies
"=voluntarily (=worked|=working|=work|=gave|=give|=giving|=helped|=helping|=help|=offered|=came|=stepped|=provided|=providing|=contributed|=contributing)"
=goodwill
"=mutual =aid"
"(=offer|=offered|=offering|=offers) (=of)? (=to =help|=help|=assistance|=to =assist|=their =help|=our =help|=support|=to =support|=their =support|=their =services|=their =expertise|=to =come =back|=to =step =in)" NOT NEAR/15 (=ppe|=triage|supplier*|procur*|=ffp3|=lane|=contract|=contracts|=commercial|=masks|=gowns|=ventilators|=tests|=testing|=companies|=company|=businesses|=products)    # not the PPE "offers of help" from suppliers
"(=came|=come|=coming) (=forward|=back) =to (=help|=volunteer|=support|=offer)"
"(=out =of =retirement|=returned =to =practice|=returning =to =practice)"
"(=lend|=lent|=lending) (=a =hand|=their =support|=support|=staff)"
"(=help|=helped|=helping|=helps) (=each =other|=one =another)"
"(=tireless|=tirelessly|=selfless|=selflessly|=selflessness)"
"(=went|=go|=goes|=going|=gone) =out =of (=her|=his|=my|=our|=their|=your) =way =to (=help|=support|=assist|=accommodate|=make =sure)"
"=pulled =out =all =the =stops"
"(=rallied|=rally|=rallying) (=round|=around|=behind)"
"(=dedication|=commitment|=willingness|=generosity) =of (=staff|=the =staff|=colleagues|=our =staff|=nhs =staff|=health =and =care =workers|=care =workers|=volunteers|=the =workforce|=people|=everyone)"

[exclude]
# the hearing's own talk: the interview itself, earlier evidence, the witness statement
"=this =conversation"
"=our =conversation =today"
"=as (=i|=we|=you|=we've|=you've|=i've) (=have|=had|=just|=already|=were|=was)? (=already|=just)? (=discussed|=discussing|=debated|=agreed)"
"(=we've|=you've|=i've|=have|=has|=had) (=already|=just)? (=discussed|=discussing|=debated) (=earlier|=already|=before|=this =morning|=yesterday|=previously|=a =moment =ago|=just =now|=with =you|=in =evidence|=in =this =inquiry|=at =length =here)"
"(=discussed|=discussing|=discussion|=discuss|=discusses) (=earlier|=this =morning|=a =moment =ago|=yesterday|=just =now|=before =lunch|=in =my =statement|=in =my =witness =statement|=in =the =statement|=in =the =report|=in =our =report|=in =the =paper|=in =paragraph|=at =paragraph|=later|=in =due =course)"
"(=we|=you|=i) (=can|=could|=will|=may|=might|=should|=shall) (=discuss|=debate) (=that|=this|=it)"
"(=you've|=you =have|=you'd|=you =had) (=already|=just)? (=discussed|=been =discussing|=debated)"
"(=you're|=you =are|=you've =been|=you =were|=we're|=we =are|=we've =been|=we =were) (=discussing|=debating)"
"(=we've|=we =have|=you've|=you =have|=we|=you|=i've) =just (=discussed|=been =discussing)"
"=our (=earlier|=previous|=last) (=discussion|=conversation|=exchange|=discussions)"
"(=i|=we) (=discuss|=discussed|=debate) (=this|=that|=it|=these|=those) (=in|=at) (=my|=our|=the|=paragraph)"
"(=statement|=paragraph|=paragraphs|=report|=paper|=chapter|=section|=document|=article|=note|=book|=minutes|=table|=exhibit) (=which|=that)? (=discusses|=discussed|=discussing|=debates)"
"(=discuss|=discussed|=discussing|=discusses) (=in|=at|=during|=through) (=this|=the) (=inquiry|=module|=hearing|=hearings)"
"(=you|=you'll|=you'd|=you've|=you =may|=you =might) ~3 (=raise|=raised|=raising) =with =me"
"(=speak|=spoke|=spoken|=speaking|=talk|=talked|=talking) (=to|=with) (=you|=the =press|=the =media|=the =public|=the =people =of|=journalists|=the =nation|=the =country|=the =camera)"
"(=speak|=spoke|=spoken|=talk|=talked) =to (=that|=this|=it|=the =point|=those =points|=that =point|=this =point|=the =inquiry)"
"(=i|=we) (=listened|=listen|=was =listening|=were =listening|=have =listened|='ve =listened|=had =listened) =to (=the)? (=evidence|=witnesses|=testimony|=your =question|=the =question|=counsel|=it|=this|=that|=what =was =said|=the =other =witnesses|=earlier =witnesses|=previous =witnesses|=the =opening|=the =opening =statements|=the =impact =film)"
"(=listening|=listened) =to (=the)? (=evidence|=inquiry|=hearing|=witness|=testimony)"

[exclude dialogue]
# media, devices and listening to the hearing; "listen, ..." as a discourse marker
"listen* ~1 =to (=a|=my|=some|=the|=your)? (=audio|=music|=noise|=podcast|=podcasts|=radio|=recording|=recordings|=song|=songs|=sound|=sounds|=television|=tv|=video|=videos|=broadcast|=briefing|=briefings|=press =conference|=press =conferences)"
"=listen =to =this"
"(=dialogue|=dialog) (=system|=systems|=state|=states|=manager|=managers|=act|=acts|=model|=models|=data|=corpus|=corpora|=interface|=interfaces|=domain|=domains)"    # speech-technology terms (the ICSI meetings)
"=consulting (=company|=companies|=firm|=firms|=work|=business|=project|=projects|=services|=role|=background|=engagement|=engagements)"
"(=in|=into|=a|=of) =consulting"
"=listening =exercise*"
"(=consultation|=consultations) (=period|=document|=paper|=response|=responses|=room|=rooms)"   # a consultation room; a document
"(=remote|=online|=telephone|=video|=virtual|=gp|=face =to =face|=outpatient|=clinical|=medical|=primary =care) (=consultation|=consultations|=consulting)"   # a patient's consultation with a doctor
"=consulting (=room|=rooms|=firm|=firms|=company|=companies)"
"=public =debate"          # the public's debate, not parties working a matter through
"=debate =about =whether"  # an open question among commentators
"=there's =a =debate"
"=there =is =a =debate"
"=live =debate"
"=matter =of =debate"
"=open =to =debate"
"=up =for =debate"
"=debatable"

[exclude agreement]
"=data =sharing =agreement*"
"=collective =agreement*"
"=service =level =agreement*"
"=belfast =agreement"
"=good =friday =agreement"
"=withdrawal =agreement"
"=trade =deal"
"=balance =sheet*"
"=balance =of =probabilit*"
"=balance =of (=people|=skills|=experience|=staff|=expertise|=the =team|=membership|=evidence|=the =evidence)"    # composition, not competing aims
"=on =balance"             # "on balance" (weighing one's own view)
"=buy =in =agency"
"=compromise (=the|=their|=our|=its|=his|=her|=your|=trust|=safety|=patient|=patients|=public|=integrity|=security|=confidence|=quality|=standards|=care|=people's|=independence|=impartiality)"    # harm, not settlement ("compromise patient safety")
"(=immune|=immunological) =compromise"
"(=be|=am|=i'm|=i =am|=was|=i =was|=we're|=we =are) (=broadly|=entirely|=fully|=very =much|=completely|=largely|=generally)? =in (=agreement|=broad =agreement|=full =agreement) =with"    # the witness concurring

[exclude collaboration]
"=joint =committee"         # the Joint Committee on Vaccination and Immunisation (JCVI)
"=joint =biosecurity"       # the Joint Biosecurity Centre
"=joint =intelligence"      # the Joint Intelligence Committee
"=joint =emergency =services"   # the Joint Emergency Services Interoperability Programme (JESIP)
"=joint =ministerial =committee"
"=collective =responsibility"  # cabinet collective responsibility
"=co =ordinating =guiding =hand"
"(=co =ordination|=coordination) (=centre|=centres|=center|=cell|=cells|=unit|=units|=group|=committee|=hub)"   # named bodies: the Emergency Co-ordination Centre, the Covid-19 Co-ordination Unit
"(=work|=worked|=working|=works) =with (=data|=the =data|=viruses|=the =virus|=numbers|=the =numbers|=figures|=the =figures|=samples|=the =samples|=models|=the =model|=people =with|=those =with|=patients|=children|=animals|=it|=that|=this|=what)"

[exclude citizenship_helping]
"=eat =out =to =help =out"
"=eat =out =to"
"=help =out (=our|=my|=their|=your|=his|=her) (=family|=families|=friends)"
"(=rally|=rallied|=rallying) (=round|=around) =the"    # "rally round the flag": political support, not helping
"=healthy =volunteer*"
"volunteer* ~2 (=trial|=trials|=study|=studies|=challenge =study|=challenge =studies)"
"(=trial|=trials|=study|=studies|=human =challenge) ~2 volunteer*"
"(=i|=we) =volunteered (=that|=this|=the =information|=information)"   # volunteering information in evidence

[negators]
# "lack of dialogue", "zero collaboration", "hardly any time together"
lack                        # a stem entry: also lacks, lacked, lacking
=absence
=zero
=hardly                     # exact: the stem of hardly is hard ("a hard conversation"), of barely bare, of rarely rare
=barely
=rarely
=seldom

[negation-terminators]
# Discourse markers that open a contrasting proposition (the defaults
# already hold but, however, although, because, what, how, ...).
"having said that"
"that said"
"even so"
"on the other hand"
