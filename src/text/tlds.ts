/**
 * The top-level domains twitter-text v3.1.0 accepts in links: its `regexp/validGTLD.js`
 * and `regexp/validCCTLD.js` (Apache-2.0, Copyright 2018 Twitter, Inc.), 1574 names.
 * The list is frozen on purpose: it is what X's published counter recognises, so a
 * newer TLD does not make a link there either.
 *
 * Bundle size matters more than a readable literal here (the list is most of the
 * `bilingual-posts/measure` entry, and bundlers write non-ASCII characters as
 * `\uXXXX` escapes), so it is stored in three packed parts; test/urls.test.ts checks
 * the decoded set against twitter-text's own lists.
 */

/**
 * Latin names of three letters or more, sorted and front-coded: each name is a digit,
 * how many leading characters it shares with the previous name (0–9), then the rest
 * of it ("aaa aarp abarth" is "0aaa2rp1barth"; no TLD holds a digit). Two shared
 * characters, the most common case, are written as a capital instead of the digit 2
 * ("0aaaRp1barth"): that is cheaper for gzip.
 */
const frontCoded =
  '0aaaRp1barthB3ott3vieCLeOgadoUdhabi1cademyCenture3ountant9tsOTive3or1dacSUlt1egRoTna1familycompanyLR' +
  'ica1gakhanEncy1ig3oRbus3force3tel1kdn1lfaromeoIbaba3payLfinanz3state3ySace3tom1mericanexpress8family' +
  '3xFamIcaSterdam1nalyticsDroidQuanZ1ol1partmentsP3le1quarelle1rab3mcoChiMyPaT3e1sdaIaSociates1thletaT' +
  'orney1uctionDi4ble4oSpostThor3o4s1vianca1ws1xa1zure0babyIduNamex4narepublic3d3kR3celona4laycard7s3ef' +
  'oot3gainsSeball3ketballUhausYern1bcTVa1cgN1eats3utyErNtleyRlinSt4buyT1harti1ibleDKeNg4oOZ1lack5frida' +
  'y3ncoOckbuster3g3ombergUe1msW1nlPparibas1oatsEhringerFaMNdO3k4ing3tsSch3tik4onTUtiqueX1radescoIdgest' +
  'oneOadway3ker3therUssels1udapestGattiIld5ersSinessYZz1zh0cabFeL3l3vinkleinM3era3pNcerresearch3onPeto' +
  'wn3ital7oneR3avan3ds3e4er6s3s3tierSa3e4ih3h3inoT3ering3holic1baNReS1ebNterORn1faD1hanel4nel3rity3se3' +
  'tEapIntaiLoeRistmas3ome3yslerUrch1iprianiRcleScoTadel3i4c3y4eats1laimsEaningIck3nic5queOthing3udUb4m' +
  'ed1oachDesFfeeLlege3ogneM3cast3mbank4unity3pany5re4uter3secNdos3struction4ulting3tact4ractorsOking7c' +
  'hannel3l3pRsicaUntry3pon6s3rses1pa1redit6card6unionIcketOwnSUise6s1sc1uisinella1ymruOu0daburDNceTa3e' +
  '3ing3sunY1clk1ds1eal4er4sGreeLivery3l3oitte3taMocratNtal4istSi4gnV1hl1iamondsEtGitalRect6oryScount5v' +
  'er3hY1np1ocs3torDgeGHaMainsOsanTWnload1rive1tv1ubaiCkNlop3sPontRban1vagR0earthT1co1dekaU3cation1mail' +
  'Erck1nergyGineer8ingTerprises1postSon1quipment1ricssonNi1sqTateUrance1tisalat1urovisionS1vents3rbank' +
  '1xchangePert3osed3ressTraspace0fageIl3rwinds3thMilyN3sRm4ersShion3t1edexEdbackRrari4ero1iatDelity3oL' +
  'mNal4nce6ialRe4stone3mdaleSh4ingT3ness1lickr3ghts3rOrist3wersSmidthY1oo3d4network3tballRd3ex3sale3um' +
  'UndationX1ree3seniusLOgans3ntdoor5ier1tr1ujitsu4xeroxN3dRnitureTbol1yi0gal3lery4o4upMe4sPRdenY1biz1d' +
  'n1eaNt4ingOrge1gee1ift4sVes3ing1lade3ssEObal4o1mailBhOX1odaddyLd4point3fO3dhands4year3g4lePTV1rainge' +
  'r3phics3tisEenIpeOcery3up1uardianCciGeIde3tarsRu0hairMburgNgoutUs1bo1dfc4bank1ealth6careLp3sinkiRe3m' +
  'es1gtv1iphopSamitsuTachiV1kt1ockeyLdings3idayMedepot4goods4s5enseNda3eywellRseSpital3t4ingT3eles5s3m' +
  'ailUseW1sbc1tc1ughes1yattUndai0ibm1cbcEU1eee1fm1inet1kano1mamatDbMo4bilien1ncDustriesFiniti3oGKStitu' +
  'te3urance5eT3el4rnational3uitVestments1piranga1rish1selectMailiT3anbul1tauV1veco1wc0jaguarVa1cbP1eep' +
  'TztWelry1io1lcL1mp1nj1obs3urgTY1pmorganRs1uegosNiper0kaufen1ddi1erryhotels5logistics5properties1fh1i' +
  'aMNder4leTchenWi1oelnMatsuSher1pmgN1rdEd1uokgroup1yoto0lacaixaDbrokesMborghini3erNcaster4ia4ome3d4ro' +
  'ver3xessSalleT3ino3robeW3yer1ds1easeClercFrakGal3oXus1gbt1iaisonDlFe4insurance4styleGhtingKeLlyMited' +
  '3oNcoln3de3kPsyVe3ingXil1lcP1oan4sCker3usFtLNdonTte4oVe1pl3financial1td3a1undbeckPinXe3ury0macysDrid' +
  'If3sonKeupN3agement3goPRket6ing6s3riott3shallsSeratiTtel1ba1cd3onaldsKinsey1ed3iaEtLbourneMe3orialN3' +
  'uORckmsdTlife1iamiCrosoftLNi3tT3subishi1lbS1ma1obi4le5yDaEIMNash3ey3ster3tblancParRmon3tgageScowTo4r' +
  'cyclesV3ie4star1sd1tnPcR1useumTual4elle0nabDexGoyaMeTionwide3uraVy1ba1ecT3bank3flix3workUstarW3holla' +
  'nd3sXt4direct3us1fl1go1hk1icoKe3onNjaSsan5y1okiaRthwesternmutual4onW3ruz3tv1raW1tt1yc0obiServer1ff3i' +
  'ce1kinawa1layan6groupDnavyLo1mega1neGIonL3ineYourside1oo1pen1racle3ngeG3anicIentexpress3gins1saka1ts' +
  'ukaT1vh0pageMperedchefNasonic3eraiRis3s3tners4s4ySsagensY1ccw1et1fizer1harmacyDIlipsOne3to5graphy5sY' +
  'sio1iagetCs3tet4uresDN3g3kOneerZza1lace3y4stationUmbing3s1nc1ohlKerLitieRnSt1ramerica3xiEssImeO3d4uc' +
  'tions3f3gressive3mo3perties7y3tectionU3dential1ub1wc0qpon1uebec3st1vc0racingDioId1ead3lestate4tor5yC' +
  'ipesD3stone3umbrellaHabIse5n3tLianceN3t4alsPair3ort3ublicanSt4aurantView6sXroth1ich4ardli3ohGhtathom' +
  'eLOP1mit1ocher3ksDeoGersOm1svp1ugbyHrN1we1yukyu0saarlandFe4tyKuraLe3onMsclub4ungNdvik7coromant3ofiP3' +
  'oRlSVeXo1biS1caBHaeffler3midt3olarships4ol3ule3warzIenceJohnsonOr3t1earch3tCure5ityEkLectNerRvicesSV' +
  'enWX3y1fr1hangrila3rp3wEllIa3kshaOes3p4ping3uji3w4timeRiram1ilkNa3glesTe1ki3nY3pe1ling1martIle1ncf1o' +
  'ccer3ialFtbank4wareHuLar3utionsNg3yY1paceIegelOrt3tReadbetting1rlT1tada3ples3r4hub3tebank5farm4oilC3' +
  'groupOckholm3rage4eReamUdio4yYle1ucksPplies5y4ortRf3geryZuki1watchIftcover3ss1ydneyMantecStems0tabIp' +
  'eiLkObaoRgetTamotors4r3tooX3i1ci1dk1eamCh4nologyL3ecity4fonicaMasekNnisVa1hdEater5re1iaaCketsEndaFfa' +
  'nyPsRes3ol1jmaxxX1kmaxx1mall1odayKyoOlsPRayShibaTalUrsWnYota3s1rade4ing3ining3vel6channel6ers9insura' +
  'nceUstV1ubeINesShu1vs0ubankS1connect1nicom3versityO1ol1ps0vacationsNa3guard1egasNturesRisign3mögensb' +
  'erater9beratung3sicherungT1iajesDeoGKingLlasNPRginSa3ion3ta5printVa3o1laanderen1odkaLkswagen3voTe3in' +
  'g3oYage1uelos0wales3mart3terNg4gouRmanTch5es1eather7channelBcam3er3siteD3dingIbo3r1hoswho1ienKiLliam' +
  'hillN3dows3e3ners1me1olterskluwerOdsideRk4s3ldW1tcF0xbox1erox1finity1ihuanN1peria1xx1yz0yachtsHooMax' +
  'unNdex1odobashiGaKohamaU3tube1un0zapposRa1ero1ip3po1one1uerich'

/**
 * Two-letter country codes: for each first letter, a to z, the second letters as a bit
 * mask (bit 0 for a) in base 32, space-separated ("1duubs", the first, is ac ad ae af…).
 * Emoji flags (emoji.ts) are stored the same way, and gzip shares the two.
 */
const twoLetters =
  '1duubs 1muuvr 1v4vfd 100lgg 1s06k 4lo0 lvefr 1kd00 uu0o 1k0g 1k5ceg js187 1vvv7t 115ibl 400 ksf7h 1 58g0g 1rsvu' +
  'v 16lvnc 1g8521 108al 8010  g00g 40401'

/**
 * Names in other scripts (all in the BMP): `~` and two base-32 digits set the
 * current 64-code-point block, each other character is an offset from its start
 * (`0` = 0, up to `}` = 77: the next block's first 14 code points need no `~`).
 */
const blockCoded =
  '~0eek eu ~0gac aek derh e~0h> ~0gj`rnkhj jnl ljd lnm lnqjb` nmk`im npc psq pt q`ir qpa sjp ~0iK~0g`g' +
  ' ~0l`Qe ~0nWEM ~0oWXxhXz WZeWtWZ WaWusx WtWa_v WtX]azv Wt\\bWVa Wtcix_zY WtitzWv WtujaX WuWaWZ W~0r<' +
  '~0oaWv XWaZ XWbWa XzZs X~0qn~0oWaZ Zxvc cx_Wv cxazY dXsY iaWr iaX iuWv qtcgzv rga sW[xtzs sxu uea ut' +
  'zczW uxXWztz uxazZWvzW uxri wuaWw ~0pn~0oW~0qY~0ocZWv ~0q0~0oWaZ ~14Ey^ XwO ]n`T ]n`T^} ]n`{T h2GPX ' +
  '~16\\n2bn ]n`T ]n~17`~16T ~18]n`T ~1a]n`T ~1c]n`T ~1e7X}To_n 7bI}Ex JoI}EZ}Zr`} ~1g]n`T} ~1i]n`T ~1k' +
  ']n`T2 ~1mm2J~1n? t~1o]Q tGR ~1qUbW ~23BD ~61o~62C~61Z ~62_~63Y~62Vy `~63l~62`~63[ ~62c~63P ~62ixR k~' +
  '63l[ E~62Qsg~63Wc M~62T~63c8 ~9oF~el< ~9o]~9vQ ~9o]~arm ~9o]~as; ~9o]~cm7~ftA ~9s1~9oJ ~9tK~bha ~9vQ' +
  '~c1_ ~a1U~bqg ~a5[~adV ~a5\\~afh ~a5\\~er: ~af`~dpn ~af`~e1S ~al6~av> ~al6~bqG ~al6~d07 ~ao9~i7< ~ao' +
  '9~i7<~b4W~i5B~bqG ~asX~fqo ~b4W~9sG~dhm~htV ~b4W~cbo ~b4Y~9ok~clI ~b8a~9p@ ~bef~irk ~bnU~h1< ~bpo~9o' +
  'L ~bu^~adJ ~c58~am4 ~c8A~e8a~9tP ~c9;~csj ~c9;~h1X ~cbK~g1H ~cko~aaQ ~cko~bqL ~cm`~aaP~atQ ~cm`~ink ' +
  '~cnf~bgJ ~crh~fh= ~csj~cu4 ~dnQ~j9\\~ikQ ~doh~c8? ~duc~im0 ~e2i~es; ~efP~beM ~f7k~aaX ~fr47~csj~cu4 ' +
  '~ftA~at0 ~ftA~bqG ~ftA~fbI ~ftA~frL ~g1D~i0J ~hfj~avj~9qJ ~hgg~dd< ~hk]~e9Y ~i0J~hiY ~ir6~arR ~irk~h' +
  '8:~er8~f7A ~j3N~a8Y~dlV ~j3O~aj1 ~j4@~ae5 ~j6I~d0l~i7<~cb9 ~j6I~do_ ~mbg~m4g ~mbg~prd ~o2l~o4a ~qlL~' +
  'll]'

let tlds: ReadonlySet<string> | undefined

/** Every TLD twitter-text accepts, lower-case, decoded on first use. */
export function tldSet(): ReadonlySet<string> {
  tlds ??= new Set([...decodeFrontCoded(frontCoded), ...decodeLetterPairs(twoLetters), ...decodeBlocks(blockCoded)])
  return tlds
}

function decodeFrontCoded(coded: string): string[] {
  const names: string[] = []
  let previous = ''
  for (const [, shared, rest] of coded.matchAll(/(\d?)(.[^\dA-Z]*)/g)) {
    previous = previous.slice(0, shared ? Number(shared) : 2) + (rest as string).toLowerCase()
    names.push(previous)
  }
  return names
}

/** Decodes two-letter names stored as base-32 bit masks of second letters, one per first letter a–z (also the format of emoji.ts's flags). */
export function decodeLetterPairs(coded: string): string[] {
  const pairs: string[] = []
  coded.split(' ').forEach((mask, first) => {
    for (let bits = parseInt(mask, 32), second = 97; bits; bits >>= 1, second++) if (bits & 1) pairs.push(String.fromCharCode(97 + first, second))
  })
  return pairs
}

function decodeBlocks(coded: string): string[] {
  let block = 0
  return coded.split(' ').map((codedName) => {
    let name = ''
    for (let i = 0; i < codedName.length; i++) {
      if (codedName[i] === '~') {
        block = parseInt(codedName.slice(i + 1, i + 3), 32) * 64
        i += 2
      } else {
        name += String.fromCharCode(block + codedName.charCodeAt(i) - 48)
      }
    }
    return name
  })
}
