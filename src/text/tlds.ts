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
 * of it ("aaa aarp abarth" is "0aaa2rp1barth"; no TLD holds a digit).
 */
const frontCoded =
  '0aaa2rp1barth2b3ott3vie2c2le2ogado2udhabi1cademy2centure3ountant9ts2o2tive3or1dac2s2ult1eg2ro2tna1fa' +
  'milycompany2l2rica1gakhan2ency1ig3o2rbus3force3tel1kdn1lfaromeo2ibaba3pay2lfinanz3state3y2sace3tom1m' +
  'ericanexpress8family3x2fam2ica2sterdam1nalytics2droid2quan2z1ol1partments2p3le1quarelle1rab3mco2chi2' +
  'my2pa2t3e1sda2ia2sociates1thleta2torney1uction2di4ble4o2spost2thor3o4s1vianca1ws1xa1zure0baby2idu2na' +
  'mex4narepublic3d3k2r3celona4laycard7s3efoot3gains2seball3ketball2uhaus2yern1bc2t2va1cg2n1eats3uty2er' +
  '2ntley2rlin2st4buy2t1harti1ible2d2ke2ng4o2o2z1lack5friday3nco2ockbuster3g3omberg2ue1ms2w1nl2pparibas' +
  '1oats2ehringer2fa2m2nd2o3k4ing3ts2sch3tik4on2t2utique2x1radesco2idgestone2oadway3ker3ther2ussels1uda' +
  'pest2gatti2ild5ers2siness2y2zz1zh0cab2fe2l3l3vinklein2m3era3p2ncerresearch3on2petown3ital7one2r3avan' +
  '3ds3e4er6s3s3tier2sa3e4ih3h3ino2t3ering3holic1ba2n2re2s1eb2nter2o2rn1fa2d1hanel4nel3rity3se3t2eap2in' +
  'tai2loe2ristmas3ome3ysler2urch1ipriani2rcle2sco2tadel3i4c3y4eats1laims2eaning2ick3nic5que2othing3ud2' +
  'ub4med1oach2des2ffee2llege3ogne2m3cast3mbank4unity3pany5re4uter3sec2ndos3struction4ulting3tact4racto' +
  'rs2oking7channel3l3p2rsica2untry3pon6s3rses1pa1redit6card6union2icket2own2s2uise6s1sc1uisinella1ymru' +
  '2ou0dabur2d2nce2ta3e3ing3sun2y1clk1ds1eal4er4s2gree2livery3l3oitte3ta2mocrat2ntal4ist2si4gn2v1hl1iam' +
  'onds2et2gital2rect6ory2scount5ver3h2y1np1ocs3tor2dge2g2ha2mains2osan2t2wnload1rive1tv1ubai2ck2nlop3s' +
  '2pont2rban1vag2r0earth2t1co1deka2u3cation1mail2erck1nergy2gineer8ing2terprises1post2son1quipment1ric' +
  'sson2ni1sq2tate2urance1tisalat1urovision2s1vents3rbank1xchange2pert3osed3ress2traspace0fage2il3rwind' +
  's3th2mily2n3s2rm4ers2shion3t1edex2edback2rrari4ero1iat2delity3o2lm2nal4nce6ial2re4stone3mdale2sh4ing' +
  '2t3ness1lickr3ghts3r2orist3wers2smidth2y1oo3d4network3tball2rd3ex3sale3um2undation2x1ree3senius2l2og' +
  'ans3ntdoor5ier1tr1ujitsu4xerox2n3d2rniture2tbol1yi0gal3lery4o4up2me4s2p2rden2y1biz1dn1ea2nt4ing2orge' +
  '1gee1ift4s2ves3ing1lade3ss2e2obal4o1mail2bh2o2x1odaddy2ld4point3f2o3dhands4year3g4le2p2t2v1rainger3p' +
  'hics3tis2een2ipe2ocery3up1uardian2cci2ge2ide3tars2ru0hair2mburg2ngout2us1bo1dfc4bank1ealth6care2lp3s' +
  'inki2re3mes1gtv1iphop2samitsu2tachi2v1kt1ockey2ldings3iday2medepot4goods4s5ense2nda3eywell2rse2spita' +
  'l3t4ing2t3eles5s3mail2use2w1sbc1tc1ughes1yatt2undai0ibm1cbc2e2u1eee1fm1inet1kano1mamat2db2mo4bilien1' +
  'nc2dustries2finiti3o2g2k2stitute3urance5e2t3el4rnational3uit2vestments1piranga1rish1select2maili2t3a' +
  'nbul1tau2v1veco1wc0jaguar2va1cb2p1eep2tzt2welry1io1lc2l1mp1nj1obs3urg2t2y1pmorgan2rs1uegos2niper0kau' +
  'fen1ddi1erryhotels5logistics5properties1fh1ia2m2nder4le2tchen2wi1oeln2matsu2sher1pmg2n1rd2ed1uokgrou' +
  'p1yoto0lacaixa2dbrokes2mborghini3er2ncaster4ia4ome3d4rover3xess2salle2t3ino3robe2w3yer1ds1ease2clerc' +
  '2frak2gal3o2xus1gbt1iaison2dl2fe4insurance4style2ghting2ke2lly2mited3o2ncoln3de3k2psy2ve3ing2xil1lc2' +
  'p1oan4s2cker3us2ft2l2ndon2tte4o2ve1pl3financial1td3a1undbeck2pin2xe3ury0macys2drid2if3son2keup2n3age' +
  'ment3go2p2rket6ing6s3riott3shalls2serati2ttel1ba1cd3onalds2kinsey1ed3ia2et2lbourne2me3orial2n3u2o2rc' +
  'kmsd2tlife1iami2crosoft2l2ni3t2t3subishi1lb2s1ma1obi4le5y2da2e2i2m2nash3ey3ster3tblanc2par2rmon3tgag' +
  'e2scow2to4rcycles2v3ie4star1sd1tn2pc2r1useum2tual4elle0nab2dex2goya2me2tionwide3ura2vy1ba1ec2t3bank3' +
  'flix3work2ustar2w3holland3s2xt4direct3us1fl1go1hk1ico2ke3on2nja2ssan5y1okia2rthwesternmutual4on2w3ru' +
  'z3tv1ra2w1tt1yc0obi2server1ff3ice1kinawa1layan6group2dnavy2lo1mega1ne2g2ion2l3ine2yourside1oo1pen1ra' +
  'cle3nge2g3anic2ientexpress3gins1saka1tsuka2t1vh0page2mperedchef2nasonic3erai2ris3s3tners4s4y2ssagens' +
  '2y1ccw1et1fizer1harmacy2d2ilips2one3to5graphy5s2ysio1iaget2cs3tet4ures2d2n3g3k2oneer2zza1lace3y4stat' +
  'ion2umbing3s1nc1ohl2ker2litie2rn2st1ramerica3xi2ess2ime2o3d4uctions3f3gressive3mo3perties7y3tection2' +
  'u3dential1ub1wc0qpon1uebec3st1vc0racing2dio2id1ead3lestate4tor5y2cipes2d3stone3umbrella2hab2ise5n3t2' +
  'liance2n3t4als2pair3ort3ublican2st4aurant2view6s2xroth1ich4ardli3oh2ghtathome2l2o2p1mit1ocher3ks2deo' +
  '2gers2om1svp1ugby2hr2n1we1yukyu0saarland2fe4ty2kura2le3on2msclub4ung2ndvik7coromant3ofi2p3o2rl2s2ve2' +
  'xo1bi2s1ca2b2haeffler3midt3olarships4ol3ule3warz2ience2johnson2or3t1earch3t2cure5ity2ek2lect2ner2rvi' +
  'ces2s2ven2w2x3y1fr1hangrila3rp3w2ell2ia3ksha2oes3p4ping3uji3w4time2riram1ilk2na3gles2te1ki3n2y3pe1li' +
  'ng1mart2ile1ncf1occer3ial2ftbank4ware2hu2lar3utions2ng3y2y1pace2iegel2ort3t2readbetting1rl2t1tada3pl' +
  'es3r4hub3tebank5farm4oil2c3group2ockholm3rage4e2ream2udio4y2yle1ucks2pplies5y4ort2rf3gery2zuki1watch' +
  '2iftcover3ss1ydney2mantec2stems0tab2ipei2lk2obao2rget2tamotors4r3too2x3i1ci1dk1eam2ch4nology2l3ecity' +
  '4fonica2masek2nnis2va1hd2eater5re1iaa2ckets2enda2ffany2ps2res3ol1jmaxx2x1kmaxx1mall1oday2kyo2ols2p2r' +
  'ay2shiba2tal2urs2wn2yota3s1rade4ing3ining3vel6channel6ers9insurance2ust2v1ube2i2nes2shu1vs0ubank2s1c' +
  'onnect1nicom3versity2o1ol1ps0vacations2na3guard1egas2ntures2risign3mögensberater9beratung3sicherung2' +
  't1iajes2deo2g2king2llas2n2p2rgin2sa3ion3ta5print2va3o1laanderen1odka2lkswagen3vo2te3ing3o2yage1uelos' +
  '0wales3mart3ter2ng4gou2rman2tch5es1eather7channel2bcam3er3site2d3ding2ibo3r1hoswho1ien2ki2lliamhill2' +
  'n3dows3e3ners1me1olterskluwer2odside2rk4s3ld2w1tc2f0xbox1erox1finity1ihuan2n1peria1xx1yz0yachts2hoo2' +
  'maxun2ndex1odobashi2ga2kohama2u3tube1un0zappos2ra1ero1ip3po1one1uerich'

/**
 * Two-letter country codes: for each first letter, a to z, the second letters as a bit
 * mask (bit 0 for a) in base 32, space-separated ("1duubs", the first, is ac ad ae af…).
 * Emoji flags (emoji.ts) are stored the same way, and gzip shares the two.
 */
const twoLetters =
  '1duubs 1muuvr 1v4vfd 100lgg 1s06k 4lo0 lvefr 1kd00 uu0o 1k0g 1k5ceg js187 1vvv7t 115ibl 400 ksf7h 1 58g0g 1rsvu' +
  'v 16lvnc 1g8521 108al 8010  g00g 40401'

/**
 * Names in other scripts (all in the BMP): `~` and two characters `0`–`o` set the
 * current 64-code-point block, each other character is an offset from its start
 * (`0` = 0, up to `}` = 77: the next block's first 14 code points need no `~`).
 */
const blockCoded =
  '~0>ek eu ~0@ac aek derh e~0A> ~0@j`rnkhj jnl ljd lnm lnqjb` nmk`im npc psq pt q`ir qpa sjp ~0BK~0@`g' +
  ' ~0E`Qe ~0GWEM ~0HWXxhXz WZeWtWZ WaWusx WtWa_v WtX]azv Wt\\bWVa Wtcix_zY WtitzWv WtujaX WuWaWZ W~0K<' +
  '~0HaWv XWaZ XWbWa XzZs X~0Jn~0HWaZ Zxvc cx_Wv cxazY dXsY iaWr iaX iuWv qtcgzv rga sW[xtzs sxu uea ut' +
  'zczW uxXWztz uxazZWvzW uxri wuaWw ~0In~0HW~0JY~0HcZWv ~0J0~0HWaZ ~0TEy^ XwO ]n`T ]n`T^} ]n`{T h2GPX ' +
  '~0V\\n2bn ]n`T ]n~0W`~0VT ~0X]n`T ~0Z]n`T ~0\\]n`T ~0^7X}To_n 7bI}Ex JoI}EZ}Zr`} ~0`]n`T} ~0b]n`T ~0' +
  'd]n`T2 ~0fm2J~0g? t~0h]Q tGR ~0jUbW ~13BD ~31o~32C~31Z ~32_~33Y~32Vy `~33l~32`~33[ ~32c~33P ~32ixR k' +
  '~33l[ E~32Qsg~33Wc M~32T~33c8 ~4hF~7E< ~4h]~4oQ ~4h]~5Km ~4h]~5L; ~4h]~6F7~7mA ~4l1~4hJ ~4mK~5aa ~4o' +
  'Q~61_ ~51U~5jg ~55[~5=V ~55\\~5?h ~55\\~7K: ~5?`~6in ~5?`~71S ~5E6~5O> ~5E6~5jG ~5E6~6P7 ~5H9~97< ~5' +
  'H9~97<~5TW~95B~5jG ~5LX~7jo ~5TW~4lG~6am~8mV ~5TW~6;o ~5TY~4hk~6EI ~5Xa~4i@ ~5^f~9Kk ~5gU~8Q< ~5io~4' +
  'hL ~5n^~5=J ~658~5F4 ~68A~78a~4mP ~69;~6Lj ~69;~8QX ~6;K~81H ~6Do~5:Q ~6Do~5jL ~6F`~5:P~5MQ ~6F`~9Gk' +
  ' ~6Gf~5`J ~6Kh~7a= ~6Lj~6N4 ~6gQ~9Y\\~9DQ ~6hh~68? ~6nc~9F0 ~72i~7L; ~7?P~5^M ~7Wk~5:X ~7k47~6Lj~6N4' +
  ' ~7mA~5M0 ~7mA~5jG ~7mA~7[I ~7mA~7kL ~81D~90J ~8_j~5Oj~4jJ ~8`g~6]< ~8d]~79Y ~90J~8bY ~9K6~5KR ~9Kk~' +
  '8X:~7K8~7WA ~9SN~58Y~6eV ~9SO~5C1 ~9T@~5>5 ~9VI~6Pl~97<~6;9 ~9VI~6h_ ~;;g~;4g ~;;g~<kd ~<2l~<4a ~=EL' +
  '~:e]'

let tlds: ReadonlySet<string> | undefined

/** Every TLD twitter-text accepts, lower-case, decoded on first use. */
export function tldSet(): ReadonlySet<string> {
  tlds ??= new Set([...decodeFrontCoded(frontCoded), ...decodeLetterPairs(twoLetters), ...decodeBlocks(blockCoded)])
  return tlds
}

function decodeFrontCoded(coded: string): string[] {
  const names: string[] = []
  let previous = ''
  for (const [, shared, rest] of coded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + (rest ?? '')
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
  let name = ''
  const names: string[] = []
  for (let i = 0; i <= coded.length; i++) {
    const char = coded[i]
    if (char === undefined || char === ' ') {
      names.push(name)
      name = ''
    } else if (char === '~') {
      block = (coded.charCodeAt(i + 1) - 48) * 64 + coded.charCodeAt(i + 2) - 48
      i += 2
    } else {
      name += String.fromCharCode(block * 64 + char.charCodeAt(0) - 48)
    }
  }
  return names
}
