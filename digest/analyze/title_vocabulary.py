"""Common news words for the headline scorer: rarity and headline lift, by word key."""

from digest.analyze.title_features import CommonWords

# Written by bench/learn_title.py; edit that script, not this file.
# -log of the share of articles using a word; only common words are listed.
_RARITY = {
    0.0: """
        a and in of the to
    """,
    0.1: """
        for on
    """,
    0.2: """
        at has is it said that was with
    """,
    0.3: """
        as be but by have
    """,
    0.4: """
        an are from will year
    """,
    0.5: """
        been he not this which
    """,
    0.6: """
        also had would
    """,
    0.7: """
        - more new one their they up were who
    """,
    0.8: """
        about after his its out there we
    """,
    0.9: """
        all could last over than time two
    """,
    1.0: """
        first i if mr or other people us when
    """,
    1.1: """
        can into now
    """,
    1.2: """
        make no only say so some what world
    """,
    1.3: """
        against before being do get just made month take them three told while
    """,
    1.4: """
        added any back because like many most next number set such uk very way week well
    """,
    1.5: """
        come company day government m part since still you
    """,
    1.6: """
        bbc between country down firm game go good how may much our second should then under
        want work
    """,
    1.7: """
        best both did end five going group him home however minister need off plan right see
        think those through use where
    """,
    1.8: """
        already chief during even expected four high long market million my own place play
        player put show top used win
    """,
    1.9: """
        another bn british former help international move problem report sale service she
        six these third won
    """,
    2.0: """
        according around believe big business came change claim decision despite director
        earlier european give hit including issue know london mean public record s same
        spokesman start thing too took
    """,
    2.1: """
        action analyst better called cost deal don't early europe executive far figure film
        future given got great include interest leader line look lot me money national open
        party point result run saying seen state team
    """,
    2.2: """
        able again although away become biggest britain continue doe england face final
        found full general half her hope i'm industry labour later level likely lost major
        making member offer office past really recent side star system taking technology
        using without
    """,
    2.3: """
        10 ahead almost among case chance currently cut december due each economic election
        every few following further growth having held important january job less life
        little live michael music nation never official price programme real remain rise
        role share statement strong until went whether yet
    """,
    2.4: """
        across ago alway am announced behind campaign charge control current david demand
        economy enough event find hard increase john keep key law lead left looking low main
        man mark match media might once pay performance played playing policy power
        president return sunday support taken thought tony tuesday tv website working
    """,
    2.5: """
        2004 allow american area asked award bill blair call centre chairman clear close
        club court different doing done ever february financial form france getting head
        here hold house information latest let meeting minute must needed net personal
        possible prime radio rate rather recently research secretary several something south
        success talk term title tory try trying user warned wednesday
    """,
    2.6: """
        2004, agreed anti bank based coach coming comment common computer concern consumer
        development effort fall family feel foreign free friday giant hand huge known least
        local manager march monday name network november opportunity order position quarter
        rule running season security sery showed sold sport though today total trade united
        video wanted within
    """,
    2.7: """
        12 2005 act association attempt buy cannot career champion conservative cup data
        difficult digital eight either expect fact failed fan force forward fund global hour
        idea injury instead investment involved large late led legal list meet moment online
        phone pressure previous product provide question released saturday saw senior seven
        short similar single stage stop street target th union view war winning your
    """,
    2.8: """
        2003 2004. access account accused amount annual appear available beat bring brown
        cash challenge charle city claimed competition council create date ensure fear
        follow forced growing happen higher internet ireland leading martin meanwhile
        message nothing old opening period political potential reason reported rival
        september special spending stand standard started step story suggest tax test
        themselve thursday together turn version victory wale whole why winner young
    """,
    2.9: """
        11 20 2003. 2005. admitted agency attack authority benefit bid board body book boost
        boss card chancellor children choice co compared conference course democrat denied
        didn't dollar double evidence feature fight fourth gave goal gone gordon howard i've
        individual itself launch launched liberal matter men mobile ms newspaper october
        offered organisation particularly picture popular previously production project
        proposal quite received rose school scotland sent shown sign simply software soon
        spent suggested sure television trial turned value vote william york
    """,
    3.0: """
        actor africa america anything appeal april became bit box brought budget can't
        championship commission confirmed created critic customer decided department doubt
        effect euro everyone everything example experience fell finance focus football
        german germany health helped himself host impact included increased june largest
        leave lord loss movie often oil operation outside paul police poor positive pre
        press process profit re reach release response risk robert sector sir site situation
        small song spend summer toward weekend whose worked wrong
    """,
    3.1: """
        30 ability add age aim along announcement argued audience australian average bad
        band battle began believed black break central china community content continued
        crime damage debut described device drive expert extra fast favourite felt field
        finding followed forecast front history human independent insisted investor iraq
        japan july kind longer looked love lower majority met model mp mps night nine non
        parliament per private probably producer race range reached rest revealed revenue
        screen seem sell serious significant speaking stay stock successful thousand tough
        unit via web widely worth
    """,
    3.2: """
        15 activity affair agreement aid andrew andy anyone billion bought built capital car
        christma committee concerned continuing contract controversial credit criticised
        cross death debt decade decide detail easy education entertainment exchange french g
        grand ground happy heart highest image keen league light maker massive meant measure
        mike mind missed moved near north officer original paid pair particular person peter
        planned planning poll post present prize promise protection raise raised receive red
        reform replace rock round rugby ruled send signed singer society sort speech survey
        understand voter we're women word
    """,
    3.3: """
        18 actually alan allowed approach ask australia avoid becoming beyond build building
        captain care carry caused changed commercial confidence couple criminal debate
        defence dem died domestic download dropped drug e earning east economist electronic
        ended energy especially ex existing facing fair friend giving greater happened
        illegal india irish jame kept lack lawyer lib management named olympic operating
        opposition oscar overall owner paper park partner pc produced promised putting
        quality quickly refused review road row separate shot showing speculation squad
        staff starting study tell threat track training unlikely we've west
    """,
    3.4: """
        & above accept actress adding advantage affected ambition appeared application
        artist asia backed ball begin beginning below broadband camera carried category
        cause certain certainly channel chart chris completely confident connection
        considered defeat deliver deputy designed developed developing difference doesn't
        driven editor expectation export factor falling favour fully gain generation george
        goe hollywood honour hoping immigration improve income inside interested interview
        join joined jone judge limited link lose magazine manchester material middle nearly
        offering operator opinion option parent predicted premiership program progress
        protect published richard rising russian scene scheme secure sense shareholder
        someone sony sound source speed spot stephen studio subject suffered thank
        throughout touch tour tried university vice viewer warning wide worker written
    """,
    3.5: """
        100 13 2001 2003, 2005, accepted address aimed air album alongside answer appearance
        argue asian august ban basis boy bringing broadcast broken buying cabinet ceremony
        character civil claiming clearly comedy committed consider copy cover culture
        develop disaster display drop english environment estimate eu faced federal fellow
        fifth gmt golden grew grow helping hoped immediately indian investigation italy
        justice kennedy language limit losing machine microsoft missing moving movy
        nomination onto penalty picked politician pretty produce property proposed ready
        recovery represent responsibility responsible russia scored scottish seat seek self
        shadow simple slow smaller social spread steve strategy supply tackle talking travel
        trend trouble trust tsunami type unveiled victim watch window worldwide worry
    """,
    3.6: """
        2 2000 2002 24 25 5 absolutely amid arm art attention bankruptcy brian broke bush
        chelsea chosen closed code communication compete condition considering corporate
        criticism crucial daily direct division door dr draw easily effectively estimated
        extremely eye faster fee festival file finished fit gaming green heard holding
        issued legislation living loan los morning myself passed peer politic population
        prevent ran rejected respect returned reuter save saving seeing selling slam smith
        solution speak spokeswoman station straight striker stronger supporter surprise task
        taylor technical text tournament trading true twice unless urged vital voice white
        won't
    """,
    3.7: """
        16 17 2006. 3 40 50 academy achieved african agree alex alone angele arsenal asking
        asset athlete aware bar bigger block brother capacity cinema clash colleague
        commitment contrast critical cutting de decline design disappointing discuss
        discussion dominated downing drama duty dvd easier else entry evening eventually
        expensive failure fallen father fighting finally fine fly fraud gold guilty highly
        hospital i'd improved increasing increasingly influence initiative inquiry insist
        institute introduced jack johnson journalist king larger leaving linked madrid
        marketing mass natural newcastle nominated northern obviously output p package page
        paris parliamentary pass paying pcs pick pledged pointed powerful practice prepared
        presented principle professional prove proved providing questioned quit read
        recognise reduce reduced reflect region relationship relief remained replacement
        retail roger room ruling score search seeking serve shared shop simon slightly st
        stake starring stopped store super suspended talent ten they're thinking thoma
        ticket tie tool traditional transfer turning van visit visitor voted waiting
        wireless woman worst write writer x
    """,
    3.8: """
        1 achievement administration alleged apple arrived backing birmingham blue brand
        calling camp charity chip citizen competing complaint complete davis defended
        driving effective exactly explain expressed failing famous fantastic filed flying
        focused fuel gadget handed hundred ian impressive isn't jail japanese jason jose
        kelly knew leadership modern monthly offence opened oversea pace perhap pop poverty
        prison provided risen robinson safe session setting skill southern spain stadium
        statistic strength style surprised telling tend tim transport vehicle wait wasn't
        watching wider writing
    """,
    3.9: """
        10% 14 2002. 2006 50% abroad acting adult affect agenda airline allegation allowing
        approval argument associated athen beating behaviour blamed born broadcaster cable
        campbell capable cast century charged cheap choose clarke classic clean closing
        competitive console contact controversy creating crowd deficit delighted directed
        direction directly distribution document drawn emerged encourage enjoy expansion
        explained fail finish food founder fox fresh fun funding guy harry haven't headline
        hear heavy household hurt improving incident industrial inflation initially instance
        intend intended italian jonathan kevin kick killed land lawsuit managed maybe memory
        miss normal oliver panel payment phil pitch plus possibility predict promote
        prompted prospect provider purchase push pushing reality recognised recording
        recover relatively remaining replaced reporter reserve resource retailer retirement
        royal scandal scott sentence sixth size sometime son space steven stressed
        struggling suggestion table takeover telecom tennis theme tipped totally treatment
        trip useful variety veteran vision walk watchdog weak welcomed wife wish worse
        wouldn't
    """,
    4.0: """
        1997 2001. 22 30% addition advance aged agent alternative aside aspect athletic
        author baby badly briton changing child chinese clive closer collection colour
        contain contest contribution creation declined dedicated deep defend definitely
        desire deutsche developer disappointed dismissed documentary edge edinburgh employee
        enter fa false forum globe handset hearing highlight hotel housing hugely immediate
        index innovation insurance intelligence intention introduce jamie joint jumped korea
        leg letter listen liverpool managing manifesto manufacturer matt mistake monitor
        morgan movement musical neither nor odd operate outstanding owen pension perfect
        popularity potentially properly prosecutor protest purpose pushed regulator relation
        representative ring rumour runner san scale seemed semi shape sought spanish
        specific spring strike student suit supporting surrounding targeted telephone
        terrorism theatre tom treasury un unable unemployment usually various voting w wall
        waste whatever younger zealand
    """,
    4.1: """
        1% 2001, 27 4 5% advice announce arrest arrested asylum attend attitude attorney
        auction aviator base bob boosted buyer california canada cardiff carefully celebrity
        check church closely combined completed concert conducted crown daughter dead
        declared defender delivered deny detailed diary doctor elected element employment
        enable encouraging environmental established excellent fastest female fewer format
        frank gamer gary gas handle hill holiday i'll improvement indoor infrastructure
        injured invest involvement israel item joining keeping legend leicester letting lion
        lowest manufacturing mid mother necessary nice occasion officially older opponent
        organised organiser originally ownership performed photo physical piece placed
        platform pleased pledge portable preparing producing proud proving quoted r ray
        reaching reading reduction referee regular remember reportedly request required
        researcher resigned respond science secured seed seriously signing sparked spoken
        stepped strongly structure struggle summit suspect switch sydney t terror testing
        threatened traffic trophy upon usual wanting water wave welsh westminster whom
        willing wonder wrote yen you're
    """,
    4.2: """
        100,000 20% 2000, 21 40% 6-3 abuse activist angry apart assistant attract b beaten
        belief bell border branded bruce bt campaigning candidate cap caught cent chain
        cheaper class client commissioner complex core corner corporation craig d dealing
        defending delay determined discussed downloaded dream duo earn engine enjoyed
        ensuring equity essential exciting extended facility feeling fixed flight forget gap
        glasgow greatest gross guarantee heavily highlighted hopefully hosted id ignored
        incredible initial interesting island jump lab largely learn lee legitimate lewis
        lie lift maintain malicious medal method milburn mini ministry motor multi
        netherland nominee normally note obvious optimistic owned pack partly peace plenty
        pound praised prefer priority pro proper pull quick raising rapid rating receiving
        recorded reducing regularly rely republic require retired returning rich route
        sending settle sharp signal spoke standing straw stuff subscriber suffering sum
        supported suspicion swiss teacher therefore topped train truth understanding
        understood upgrade upset vast venture vulnerable we'll western whilst winter
        woodward worried yard
    """,
    4.3: """
        1,000 15% 19 1999 2002, 28 3% 4% achieve acknowledged adam advert afterward ally
        appointed appropriate attacked attacking attracted awarded background balance
        barrier basic behalf bet booked boom brazilian c campaigner celtic chamber charlie
        christian cold commit concluded conflict consecutive constituency convicted cool
        cope correspondent couldn't currency damaging dance danger dark davy deciding
        desperate disease dramatic eastern edward emergency encouraged entered enterprise
        entitled episode equipment everybody exist express fashion featured federation
        ferguson fire formal fortune fought foundation freedom friendly gained gb gdp
        generally genre girl habit happening harm headed hero hewitt hip hitting holder
        hopeful hot importance impossible indeed institution interactive internal involve
        ipod itune jean keeper kicking kid knee label liam licence mail manage medical
        midfielder military miller minimum negative negotiation nick nobody nokia ongoing
        opera opposed outcome partnership piracy plant playstation poster premier
        preparation presence presenter print pulled queen rank rapper reader recognition
        regulation remove renewed reputation resort retain reveal reward ross rural safety
        secret served server seventh shock shocked shut silver sister sit sky solid spirit
        split sporting status stone storage struck substantial succeed suffer sustained
        tackling teenage teenager telegraph thompson town trillion truly upbeat usa virus
        viruse wage weather welcome wilson wimbledon wing wonderful youngster yuko
    """,
    4.4: """
        . 100% 1998 1998. 2, 2,000 200 26 31 6-2 6-4 60% 7-6 accounting additional
        advertising advisor aiming alliance amazing ankle anniversary anywhere applied apply
        approved argentina arrival assembly assess autumn banking banned barrel battery
        begun ben berlin blunkett bond borrowing bottom breach bridge capability carlo catch
        cell challenging circumstance climate collapse combine comeback commissioned
        component confidential confirm consortium consultant controlled convention counter
        covered creative crisis deeply delayed deserve desperately destruction detained
        dinner discipline discovered dispute drink dublin earned efficient elsewhere
        employer entire entirely epic eve expand expecting extend f faith fed flanker
        flexibility flow formed forthcoming fuelled function funded gavin google governing
        graham granted graphic greek heineken henry hi historical hole icon identify
        identity ignore ill illegally import impressed impression indicated inspired jackson
        jeremy joe johnny ken kicked killer killing knocked knowledge kong la laptop
        launching leap letwin liberty listed lived lucrative male margaret matthew maximum
        medium membership merger metre mixed monitoring mortgage motion motorcycle multiple
        murphy muslim nature nicola notice novel obligation observer ordered ordinary
        otherwise ourselve passenger passing passion pattern peak pensioner perform philip
        pilot poorest posted potter prisoner professor profitable promising proof
        prosecution publish realise recorder refuse regarding regime regional registered
        relay remark repeatedly represented requirement resignation restriction saved
        scheduled scoring scorsese scot section selected selection sensible sequel
        settlement shake sheffield shift shortly significantly similarly sitting slowdown
        slower smart sprinter stability starred stick stolen strategist subsidiary
        successfully suggesting superb surface sweden tactic talented telecommunication
        terrorist thrown tight tourist travelling tribute trick triumph twickenham typical u
        ultimately unfair unlike update upward violence wake warn weapon wearing welfare
        widespread wild worrying xbox zone
    """,
    4.5: """
        1994 2007. 25% 500 6,000 absence admit adopted adviser allegedly analysis
        appointment arrangement article assault audio automatically bafta barcelona bear
        bench bernard bidding boosting brilliant broadcasting carmaker carrier chat cleared
        clothe cole comfortable compensation competitor compiled complained conduct congress
        constitutional cultural dealt degree demonstrate difficulty distance distribute dog
        dougla dubbed dutch eighth elite employ engage enjoying enormous equivalent
        expanding expense familiar featuring fired fiscal flat formally fundamental genuine
        grown harder hardware hide honoured hughe husband imposed indonesia informed
        innocent intel intervention junior laboratory las latin manner mention metal mikhail
        minority mix multimedia murray musician necessarily norwich outlook patient
        personality plane pocket praise premium prince prior procedure processor prop
        publicity publicly rafael rbs reasonable recall religious restructuring revised
        robbie rush scrum sensitive shopping sophisticated spin staged steal strengthen
        studying supplier suspension sustainable tag tape technique territory tested
        thailand theft they've timing tiny transaction troop unacceptable upper vega venue
        vowed withdraw withdrew
    """,
    4.6: """
        12% 1997. 23 6 60 80% 90% absolute acquisition advised afford afternoon airport
        alert anfield anybody attempting attended birthday blame blow breaking bronze
        brussel carrying catholic celebrate chapter combination commentator conversation
        conviction count creditor czech dan delivering demonstrated depend deserved disc
        downloading drake driver elderly electoral entering equally error everton exhibition
        extraordinary fake federer festive fierce filmed fitness foot frost gathered glad
        glory grammy greg halt handling hardest hardly herself holme hong horse hurdle
        independence investigating involving itv kate khodorkovsky leed lifestyle lifted
        listing lock merit metropolitan mile millennium noted o'driscoll opted performing
        personally picking pleaded pm possession prepare processing protected quarterly
        rarely reacted reaction realised rebuild removed replied respectively richest rift
        scrutiny servant sharply sight simpson slight snap sri stood straightforward
        struggled sub suicide suspected texa threw throw tommy tragedy ultimate
        unfortunately unique universal utility v vera virtual visual walked winger workforce
        yes you've
    """,
}
# Log odds of a lead word being in the headline, against an average lead word.
_LIFT = {
    -1.4: """
        that
    """,
    -1.2: """
        said
    """,
    -1.1: """
        it
    """,
    -1.0: """
        as he of say with
    """,
    -0.9: """
        and be by
    """,
    -0.8: """
        after at from than will
    """,
    -0.7: """
        - former into one they two which
    """,
    -0.6: """
        about according but first general government month more nation this who
    """,
    -0.5: """
        all being champion group if international made most over people
    """,
    -0.4: """
        australian before biggest boss british championship club computer could country
        during european figure following make not or party second six some stock time under
        way
    """,
    -0.3: """
        2005 against allow american any between can chancellor despite effort europe
        expected giant him how in just largest minister next number olympic on part quarter
        research revealed security she should side sold stop suggest team test there third
        three told tony up using week when win won year you
    """,
    -0.2: """
        10 12 able across action again age ahead amid among analyst announced annual around
        association attempt because become believe better bill board body both britain
        captain central chance claimed claiming commission common company confirmed
        conservative continue defeat democrat early economic event ever evidence executive
        expert fallen family fast faster federal fell finance financial firm football full
        george goal great growing hand has held help home including independent internet
        italian japanese know last latest launched left legend level liberal like list long
        look lost main man manchester many may meet men motor much national need offered
        official once only open operation order performance planning point political popular
        possible premiership preparing president prime product production protest public put
        rbs received reported robert rose round rugby saturday saying screen secretary seen
        sign sir so soon stake still straight striker summer survey taken th thank them
        those thought try union united use used user victim w want well went where while
        winner without work worker would
    """,
    -0.1: """
        & 1 13 20 2004, 2005. 27 5 6-4 7-6 access acting added administration advertising
        african agency ago allegation allegedly almost also amount anfield angele
        anniversary another appear are area asian aside asked asset athlete audience author
        authority average avoid away back bad bar beat beating becoming begin benefit block
        book boosted boosting bought branded brazilian bringing brought cabinet camera
        capital career carmaker centre ceremony certain chairman change chelsea choice
        chosen civil claim clash classic clear closer come comeback commercial committee
        communication community completed conducted confident conflict considered console
        continued controlled controversy course created creditor criticised criticism
        currency current daily damage david day decade decide declared deliver department
        determined developed developing device diary disappointing display do documentary
        doe domestic dominated doubt downing dramatic drink driven due duo each earning east
        eight electronic employee ended english enough ensure entertainment environment even
        everton ex exchange falling false famous far fastest federation fellow female fewer
        field fifth finally find five flanker flight for forecast foreign form forthcoming
        forward found four fourth fresh friendly further future gave generation germany
        getting girl give given global gmt gone good gordon grew grow habit handset having
        headline heavily heineken helped helping high higher highest highly himself holding
        hollywood huge hundred image improve included increase increased independence indoor
        industry inquiry insist insisted institute interest interview introduce
        investigating investigation involved is issued itself jame join jumped justice keen
        keep kept key killed known language large larger late lead leader leadership league
        least leaving led likely line live local los lower m machine magazine majority male
        malicious manufacturer mark martin mass meeting membership message midfielder
        minority moment money move movie must natural nearly netherland network never no
        nokia north northern norwich now officer officially opening operator opposition
        organisation organiser our out own park parliament partner past payment pcs
        performed personal picture planned playing policy portable position positive post
        posted potential pound powerful pre present press previously prince private produced
        producer program programme project promising promote prop proposal proposed prospect
        proved pushed quality quarterly r raise raised rapid reach reached receive recent
        red remain renewed report reportedly republic request researcher resource result
        returned right risen road role run russian same saw scandal scene scheme scored
        scrum seed selling sent serious service sery set setting settle several shop showing
        shown since snap social society song sought southern speculation spent spread squad
        staff starring starting state step stone street strong studio study subsidiary
        success suffered suffering sunday supply supporter tackle take talent technology
        telecom television tell telling term themselve thousand through tim took tournament
        trading training transfer travel trip trophy trying ultimate unemployment unlikely
        until upset usa version very via victory visit visitor voter voting wake wanted was
        watchdog we website weekend western whether winning within working world worth
        written young your zealand
    """,
    0.1: """
        11 14 40% 50 500 6 above accused act actor adopted advice agreed air alternative
        ambition america arrest arsenal asia ask athen attack attacking auction australia
        awarded baby backing ban barrier battle best bet bidding birthday boost boy bridge
        bt california campaign candidate case cast charity charle check chief city code cold
        comedy competing considering consultant contract convicted conviction creative dark
        date davy dead defended delay delayed demand detained disaster division dougla
        download downloading drake drive dropped drug dutch earn elderly engine england
        expect export express extra fail failure favourite file filmed finish fire fired fit
        food foot france free fuel german giving glasgow go grammy greatest green heart
        history hitting holder hong honour honoured hospital husband immigration incredible
        indonesia influence inside intel interactive interested issue itune john joining
        jone jose jump keeper kelly ken khodorkovsky kong korea lab land laptop latin law
        lawsuit learn leave leed leicester lie link listed london lose manifesto
        manufacturing market material medal member memory merger metal milburn minimum miss
        mixed music name needed newspaper night nominee novel o'driscoll off old opened
        ordered outside passenger passion pay pc penalty perform pitch plane plant player
        pleaded pledge plus pocket poor power premier pro processor progress pulled putting
        queen rank ray reading reality reasonable record recording refused relay release
        relief replacement rest retail richard rising rock royal rule rush russia s safety
        scotland seat secret secure semi sentence sheffield shock short shut single sister
        small solid sound source south speaking speed spending spin spirit split sprinter
        sri started station stay stepped steven stopped student suit suspended sydney system
        taylor teenager telegraph terror tested testing theatre theft thoma ticket tool
        topped tough track train tribute university urged veteran vote voted war waste water
        wave west white wife william wimbledon window wireless woodward
    """,
    0.2: """
        16 airline athletic aviator band bankruptcy banned barcelona bell bid blame border
        brother cable called campaigner care cash celtic cent chart chinese clarke climate
        cole colour concerned copy cost council director double down duty e edinburgh
        election end facing fan fear festival filed fine fraud french g gamer gaming gap gas
        golden google grand harry health henry here hewitt hit house irish israel italy jail
        johnny lee lewis listing little lord maker mp murray musical muslim new newcastle
        paris peer poll potter praised quit radio re recall rejected retailer retirement
        return ring rival row scott sell seven singer site sky spain sport star support t
        tag tie title top tour trade trial u uk unit vera video waiting wale warned woman
        word worst xbox york
    """,
    0.3: """
        africa appeal apple argentina asylum backed bn bond call car channel chip christma
        confidence davis deficit deutsche digital dollar economy face federer fox greek half
        injury insurance iraq ireland lift loss low mini net office online peace pension
        plan playstation rapper rate real resigned ruling school show slam strike super
        takeover to van virus warning
    """,
    0.4: """
        2 anti arrested bafta bank bbc berlin box card consumer court cut debate debt dem
        ferguson gadget game holme id japan job johnson lib microsoft oil owen poster sale
        sony straw tax text trust women
    """,
    0.5: """
        award blunkett campbell cup deal denied eu price robinson search smith tory tsunami
        unveiled
    """,
    0.6: """
        broadband bush dvd howard kennedy mps oscar police talk
    """,
    0.7: """
        brown budget lion mobile profit
    """,
    0.8: """
        aid died film labour share tv
    """,
    0.9: """
        china india yuko
    """,
    1.0: """
        us
    """,
    1.1: """
        blair
    """,
}
COMMON_WORDS = CommonWords(
    rarity={w: r for r, words in _RARITY.items() for w in words.split()},
    lift={w: v for v, words in _LIFT.items() for w in words.split()},
    unknown_rarity=7.2,
)
