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
 * of it ("aaa aarp abarth" is "0aaa2rp1barth"; no TLD holds a digit). The two most
 * common cases have no digit: one shared character is written by capitalising the
 * first letter of the rest, two by writing that letter as its stand-in in
 * `sharingTwo` ("0aaa)pBarth"): for gzip, cheaper than a digit and a letter.
 */
const frontCoded =
  '0aaa)pBarth$3ott3vie?}e.gado:dhabiCademy?enture3ountant9ts.(ive3orDac,:ltEg)o(naFamilycompany})icaGa' +
  'khan+ncyIg3o)bus3force3telKdnLfaromeo{baba3pay}finanz3state3y,ace3tomMericanexpress8family3x|am{ca,t' +
  'erdamNalytics~roid*uan!OlPartments&3leQuarelleRab3mco?hi;y&a(3eSda{a,ociatesThleta(orneyUction~i4ble' +
  '4o,post(hor3o4sViancaWsXaZure0baby{du=amex4narepublic3d3k)3celona4laycard7s3efoot3gains,eball3ketbal' +
  'l:haus[ernBc(-aCg=Eats3uty+r=tley)lin,t4buy(HartiIble~>e=g4o.!Lack5friday3nco.ckbuster3g3omberg:eMs<' +
  'Nl&paribasOats+hringer|a;=d.3k4ing3ts,ch3tik4on(:tique`Radesco{dgestone.adway3ker3ther:sselsUdapest]' +
  'atti{ld5ers,iness[!zZh0cab|e}3l3vinklein;3era3p=cerresearch3on&etown3ital7one)3avan3ds3e4er6s3s3tier' +
  ',a3e4ih3h3ino(3ering3holicBa=)e,Eb=ter.)nFa~Hanel4nel3rity3se3t+ap{ntai}oe)istmas3ome3ysler:rchIpria' +
  'ni)cle,co(adel3i4c3y4eatsLaims+aning{ck3nic5que.thing3ud:b4medOach~es|fee}lege3ogne;3cast3mbank4unit' +
  'y3pany5re4uter3sec=dos3struction4ulting3tact4ractors.king7channel3l3p)sica:ntry3pon6s3rsesPaRedit6ca' +
  'rd6union{cket.wn,:ise6sScUisinellaYmru.u0dabur~=ce(a3e3ing3sun[ClkDsEal4er4s]ree}ivery3l3oitte3ta;oc' +
  'rat=tal4ist,i4gn-HlIamonds+t]ital)ect6ory,count5ver3h[NpOcs3tor~ge]/a;ains.san(<nloadRiveTvUbai?k=lo' +
  'p3s&ont)banVag)0earth(CoDeka:3cationMail+rckNergy]ineer8ing(erprisesPost,onQuipmentRicsson=iSq(ate:r' +
  'anceTisalatUrovision,Vents3rbankXchange&ert3osed3ress(raspace0fage{l3rwinds3th;ily=3s)m4ers,hion3tEd' +
  'ex+dback)rari4eroIat~elity3o}m=al4nce6ial)e4stone3mdale,h4ing(3nessLickr3ghts3r.rist3wers,midth[Oo3d' +
  '4network3tball)d3ex3sale3um:ndation`Ree3senius}.gans3ntdoor5ierTrUjitsu4xerox=3d)niture(bolYi0gal3le' +
  'ry4o4up;e4s&)den[BizDnEa=t4ing.rgeGeeIft4s-es3ingLade3ss+.bal4oMail$h.`Odaddy}d4point3f.3dhands4year' +
  '3g4le&(-Rainger3phics3tis+en{pe.cery3upUardian?ci]e{de3tars)u0hair;burg=gout:sBoDfc4bankEalth6care}p' +
  '3sinki)e3mesGtvIphop,amitsu(achi-KtOckey}dings3iday;edepot4goods4s5ense=da3eywell)se,pital3t4ing(3el' +
  'es5s3mail:se<SbcTcUghesYatt:ndai0ibmCbc+:EeeFmInetKanoMamat~b;o4bilienNc~ustries|initi3o]>,titute3ur' +
  'ance5e(3el4rnational3uit-estmentsPirangaRishSelect;aili(3anbulTau-VecoWc0jaguar-aCb&Eep(zt<elryIoLc}' +
  'MpNjObs3urg([Pmorgan)sUegos=iper0kaufenDdiErryhotels5logistics5propertiesFhIa;=der4le(chen<iOeln;ats' +
  'u,herPmg=Rd+dUokgroupYoto0lacaixa~brokes;borghini3er=caster4ia4ome3d4rover3xess,alle(3ino3robe<3yerD' +
  'sEase?lerc|rak]al3o`usGbtIaison~l|e4insurance4style]hting>e}ly;ited3o=coln3de3k&sy-e3ing`ilLc&Oan4s?' +
  'ker3us|t}=don(te4o-ePl3financialTd3aUndbeck&in`e3ury0macys~rid{f3son>eup=3agement3go&)ket6ing6s3riot' +
  't3shalls,erati(telBaCd3onalds>inseyEd3ia+t}bourne;e3orial=3u.)ckmsd(lifeIami?rosoft}=i3t(3subishiLb,' +
  'MaObi4le5y~a+{;=ash3ey3ster3tblanc&ar)mon3tgage,cow(o4rcycles-3ie4starSdTn&c)Useum(ual4elle0nab~ex]o' +
  'ya;e(ionwide3ura-yBaEc(3bank3flix3work:star<3holland3s`t4direct3usFlGoHkIco>e3on=ja,san5yOkia)thwest' +
  'ernmutual4on<3ruz3tvRa<TtYc0obi,erverFf3iceKinawaLayan6group~navy}oMegaNe]{on}3ine[oursideOoPenRacle' +
  '3nge]3anic{entexpress3ginsSakaTsuka(Vh0page;peredchef=asonic3erai)is3s3tners4s4y,sagens[CcwEtFizerHa' +
  'rmacy~{lips.ne3to5graphy5s[sioIaget?s3tet4ures~=3g3k.neer!zaLace3y4station:mbing3sNcOhl>er}itie)n,tR' +
  'america3xi+ss{me.3d4uctions3f3gressive3mo3perties7y3tection:3dentialUbWc0qponUebec3stVc0racing~io{dE' +
  'ad3lestate4tor5y?ipes~3stone3umbrella/ab{se5n3t}iance=3t4als&air3ort3ublican,t4aurant-iew6s`rothIch4' +
  'ardli3oh]htathome}.&MitOcher3ks~eo]ers.mSvpUgby/r=WeYukyu0saarland|e4ty>ura}e3on;sclub4ung=dvik7coro' +
  'mant3ofi&3o)l,-e`oBi,Ca$/aeffler3midt3olarships4ol3ule3warz{ence_ohnson.r3tEarch3t?ure5ity+k}ect=er)' +
  'vices,-en<`3yFrHangrila3rp3w+ll{a3ksha.es3p4ping3uji3w4time)iramIlk=a3gles(eKi3n[3peLingMart{leNcfOc' +
  'cer3ial|tbank4ware/u}ar3utions=g3y[Pace{egel.rt3t)eadbettingRl(Tada3ples3r4hub3tebank5farm4oil?3grou' +
  'p.ckholm3rage4e)eam:dio4y[leUcks&plies5y4ort)f3gery!ukiWatch{ftcover3ssYdney;antec,tems0tab{pei}k.ba' +
  'o)get(amotors4r3too`3iCiDkEam?h4nology}3ecity4fonica;asek=nis-aHd+ater5reIaa?kets+nda|fany&s)es3olJm' +
  'axx`KmaxxMallOday>yo.ls&)ay,hiba(al:rs<n[ota3sRade4ing3ining3vel6channel6ers9insurance:st-Ube{=es,hu' +
  'Vs0ubank,ConnectNicom3versity.OlPs0vacations=a3guardEgas=tures)isign3mögensberater9beratung3sicherun' +
  'g(Iajes~eo]>ing}las=&)gin,a3ion3ta5print-a3oLaanderenOdka}kswagen3vo(e3ing3o[ageUelos0wales3mart3ter' +
  '=g4gou)man(ch5esEather7channel$cam3er3site~3ding{bo3rHoswhoIen>i}liamhill=3dows3e3nersMeOlterskluwer' +
  '.dside)k4s3ld<Tc|0xboxEroxFinityIhuan=PeriaXxYz0yachts/oo;axun=dexOdobashi]a>ohama:3tubeUn0zappos)aE' +
  'roIp3poOneUerich'

/**
 * Stand-ins for a to z as the first letter of a name that shares two characters with
 * the previous one: the punctuation the bundled code uses most, for the commonest
 * letters, so that gzip's one code table for code and data makes them cheap.
 * scripts/encode-tlds.ts writes these literals.
 */
export const sharingTwo = '^$?~+|]/{_>};=.&*),(:-<`[!'

/**
 * Two-letter country codes: for each first letter, a to z, the second letters as a bit
 * mask (bit 0 for a) in base 32, space-separated ("1duubs", the first, is ac ad ae af…).
 * Emoji flags (emoji.ts) are stored the same way, and gzip shares the two.
 */
const twoLetters =
  '1duubs 1muuvr 1v4vfd 100lgg 1s06k 4lo0 lvefr 1kd00 uu0o 1k0g 1k5ceg js187 1vvv7t 115ibl 400 ksf7h 1 ' +
  '58g0g 1rsvuv 16lvnc 1g8521 108al 8010  g00g 40401'

/**
 * Names in other scripts (all in the BMP), each ended by `)`: `,` and two base-32
 * digits set the current 64-code-point block, each other character is an offset from
 * its start (`0` = 0, up to `}` = 77: the next block's first 14 code points need no
 * switch). `)` and `,` rather than a space and `~`: gzip finds them cheaper.
 */
const blockCoded =
  ',0eek)eu),0gac)aek)derh)e,0h>),0gj`rnkhj)jnl)ljd)lnm)lnqjb`)nmk`im)npc)psq)pt)q`ir)qpa)sjp),0iK,0g`g' +
  '),0l`Qe),0nWEM),0oWXxhXz)WZeWtWZ)WaWusx)WtWa_v)WtX]azv)Wt\\bWVa)Wtcix_zY)WtitzWv)WtujaX)WuWaWZ)W,0r<' +
  ',0oaWv)XWaZ)XWbWa)XzZs)X,0qn,0oWaZ)Zxvc)cx_Wv)cxazY)dXsY)iaWr)iaX)iuWv)qtcgzv)rga)sW[xtzs)sxu)uea)ut' +
  'zczW)uxXWztz)uxazZWvzW)uxri)wuaWw),0pn,0oW,0qY,0ocZWv),0q0,0oWaZ),14Ey^)XwO)]n`T)]n`T^})]n`{T)h2GPX)' +
  ',16\\n2bn)]n`T)]n,17`,16T),18]n`T),1a]n`T),1c]n`T),1e7X}To_n)7bI}Ex)JoI}EZ}Zr`}),1g]n`T}),1i]n`T),1k' +
  ']n`T2),1mm2J,1n?)t,1o]Q)tGR),1qUbW),23BD),61o,62C,61Z),62_,63Y,62Vy)`,63l,62`,63[),62c,63P),62ixR)k,' +
  '63l[)E,62Qsg,63Wc)M,62T,63c8),9oF,el<),9o],9vQ),9o],arm),9o],as;),9o],cm7,ftA),9s1,9oJ),9tK,bha),9vQ' +
  ',c1_),a1U,bqg),a5[,adV),a5\\,afh),a5\\,er:),af`,dpn),af`,e1S),al6,av>),al6,bqG),al6,d07),ao9,i7<),ao' +
  '9,i7<,b4W,i5B,bqG),asX,fqo),b4W,9sG,dhm,htV),b4W,cbo),b4Y,9ok,clI),b8a,9p@),bef,irk),bnU,h1<),bpo,9o' +
  'L),bu^,adJ),c58,am4),c8A,e8a,9tP),c9;,csj),c9;,h1X),cbK,g1H),cko,aaQ),cko,bqL),cm`,aaP,atQ),cm`,ink)' +
  ',cnf,bgJ),crh,fh=),csj,cu4),dnQ,j9\\,ikQ),doh,c8?),duc,im0),e2i,es;),efP,beM),f7k,aaX),fr47,csj,cu4)' +
  ',ftA,at0),ftA,bqG),ftA,fbI),ftA,frL),g1D,i0J),hfj,avj,9qJ),hgg,dd<),hk],e9Y),i0J,hiY),ir6,arR),irk,h' +
  '8:,er8,f7A),j3N,a8Y,dlV),j3O,aj1),j4@,ae5),j6I,d0l,i7<,cb9),j6I,do_),mbg,m4g),mbg,prd),o2l,o4a),qlL,' +
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
  for (const [, digit, first = '', rest] of coded.matchAll(/(\d?)(.)([a-zö]*)/g)) {
    const standIn = sharingTwo.indexOf(first)
    const shared = digit ? Number(digit) : standIn < 0 ? 1 : 2
    previous = previous.slice(0, shared) + (standIn < 0 ? first.toLowerCase() : String.fromCharCode(97 + standIn)) + rest
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
  return coded.split(')').map((codedName) => {
    let name = ''
    for (let i = 0; i < codedName.length; i++) {
      if (codedName[i] === ',') {
        block = parseInt(codedName.slice(i + 1, i + 3), 32) * 64
        i += 2
      } else {
        name += String.fromCharCode(block + codedName.charCodeAt(i) - 48)
      }
    }
    return name
  })
}
