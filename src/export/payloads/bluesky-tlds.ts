/**
 * Top-level domains Bluesky's own facet detection accepts: the list of the
 * `tlds` package (MIT, v1.261.0), which `@atproto/api` `rich-text/detection.ts`
 * uses to tell a handle or a scheme-less link from ordinary text. Kept as the
 * same data so our facets are the ones the Bluesky app would make.
 *
 * Stored as its difference from twitter-text's frozen list (src/text/tlds.ts),
 * which the main entry carries anyway for X: 7 names added since and 143
 * retired, instead of 1,438 names written out again (about 4 KB of the main
 * entry's gzip). test/bluesky-tlds.test.ts checks the result against `tlds`.
 */
import { tldSet } from '../../text/tlds.js'

const addedSince = 'amazon kids music spa ישראל アマゾン 亚马逊'

const retiredSince =
  'abarth active adac afamilycompany aigo alfaromeo an avianca bananarepublic bentley bl blanco bnl boots bq budapest ' +
  'bugatti cancerresearch cartier caseih cbs ceb chloe chrysler cityeats comcast cookingchannel csc dabur dodge doha ' +
  'doosan duck dunlop duns eh epost esurance etisalat everbank fiat flsmidth foodnetwork frontdoor fujixerox glade ' +
  'goodhands guardian hgtv honeywell hoteles htc iinet intel iselect iveco iwc jcp jlc kerrylogistics kinder ladbrokes ' +
  'lancaster lancia lancome liaison linde lipsy lixil loft lupin macys maserati mcd mcdonalds meo metlife mf mobily ' +
  'montblanc mopar movistar mtpc mutual mutuelle nadex nationwide natura newholland northwesternmutual off oldnavy onion ' +
  'onyourside orientexpress pamperedchef panerai passagens piaget pramerica qvc raid redstone rightathome rmit rocher ' +
  'sapo sca scjohnson scor ses shaw showtime shriram spiegel spreadbetting srt starhub statoil swiftcover symantec ' +
  'telecity telefonica tiffany tp travelchannel uconnect um vista vistaprint volkswagen vuelos warman xfinity xperia ' +
  'zippo اتصالات موبايلي 大众汽车 工行 手表 珠宝 诺基亚'

let tlds: ReadonlySet<string> | undefined

/** Known TLDs, exactly as `tlds` lists them (lower case, Unicode IDN forms included), built on first use. */
export function blueskyTlds(): ReadonlySet<string> {
  if (tlds === undefined) {
    const names = new Set(tldSet())
    for (const name of retiredSince.split(' ')) names.delete(name)
    for (const name of addedSince.split(' ')) names.add(name)
    tlds = names
  }
  return tlds
}
