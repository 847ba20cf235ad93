#!/usr/bin/env python3
"""gen.py - build template sentences for the phrasing sweep (round eighteen).

Each template is one short article (a sentence or two) with the entry it
should give: (actor, counterparty, action, object, status).  The templates
are written from how trade wire copy phrases commitments, not from any
corpus.  Output: one JSON line per article ({"published", "body"}) on
stdout, and the expectations as JSON lines to the file named by argv[1].
run.sh runs the extractor and tabulates by form (check.py).
"""
import json
import sys

PUB = "2026-05-12"

# Subjects: (code, phrase) - names, capitals, offices, state firms.
BUYERS = [("CN", "China"), ("CN", "Beijing"), ("CN", "Chinese state buyers"),
          ("JP", "Japan"), ("KR", "Seoul"), ("IN", "India's commerce ministry"),
          ("VN", "Vietnam"), ("ID", "Indonesia"), ("TW", "Taiwan"),
          ("TH", "Thailand"), ("PH", "The Philippines"), ("CN", "COFCO")]
US = [("US", "The United States"), ("US", "Washington"),
      ("US", "The Trump administration"), ("US", "The U.S.")]
# Goods bought from the US, in every way the origin is written.
US_GOODS = [("soybeans", "U.S. soybeans"), ("soybeans", "American soybeans"),
            ("soybeans", "soybeans from the United States"),
            ("corn", "US-grown corn"), ("wheat", "U.S.-origin wheat"),
            ("lng", "American liquefied natural gas"),
            ("lng", "US LNG"), ("aircraft", "Boeing jets"),
            ("sorghum", "sorghum from the U.S."), ("crude_oil", "U.S. crude"),
            ("beef", "American beef"), ("pork", "US pork"),
            ("poultry", "U.S. chicken"), ("energy", "US energy products"),
            ("agricultural_products", "American farm goods"),
            ("coal", "U.S. coal"), ("ethane", None)]
US_GOODS = [g for g in US_GOODS if g[1]]

OUT = []


def add(form, body, exp):
    """add - one article of form FORM with the entries EXP expected."""
    OUT.append({"form": form, "body": body, "exp": exp})


def buys():
    pledged = ["will buy", "agreed to buy", "pledged to purchase",
               "committed to importing", "committed to buy",
               "is set to buy", "signed deals to buy",
               "signed agreements to purchase", "will step up purchases of",
               "will increase purchases of", "promised to import",
               "vowed to buy", "is to buy", "will resume buying",
               "agreed to resume purchases of", "will ramp up imports of",
               "agreed to boost purchases of", "will import",
               "agreed to double its purchases of",
               "signed a letter of intent to buy", "agreed to expand imports of",
               "will increase imports of", "committed to purchasing",
               "pledged to buy more", "will purchase", "said it would buy",
               "inked deals to buy", "signed contracts to buy",
               "agreed to procure", "has agreed to buy", "has pledged to buy",
               "has committed to buying", "undertook to buy",
               "will scale up purchases of", "will boost imports of",
               "pledged to ramp up purchases of", "agreed to source",
               "will restart purchases of", "promised to step up buying of",
               "is expected to buy", "will make additional purchases of",
               "agreed to make purchases of", "will lift purchases of",
               "signed purchase agreements for",
               "signed a deal to import", "has promised to purchase",
               "will place orders for", "agreed to place orders for",
               "announced plans to buy", "is poised to buy",
               "is due to buy", "will snap up", "has vowed to import",
               "reaffirmed its commitment to buy", "renewed its pledge to buy",
               "will buy more", "agreed to take"]
    for i, v in enumerate(pledged):
        a = BUYERS[i % len(BUYERS)]
        g = US_GOODS[i % len(US_GOODS)]
        add("buy:" + v, f"{a[1]} {v} {g[1]} worth $2 billion this year.",
            [(a[0], "US", "purchase", g[0], "pledged")])
    progress = ["has begun buying", "began buying", "has started purchasing",
                "has resumed buying", "resumed purchases of", "is buying",
                "has been buying", "has so far bought 3 million tons of",
                "started importing", "has stepped up purchases of",
                "has been booking cargoes of", "made its first purchases of"]
    for i, v in enumerate(progress):
        a = BUYERS[(i + 3) % len(BUYERS)]
        g = US_GOODS[(i + 2) % len(US_GOODS)]
        add("buy-prog:" + v, f"Under the trade deal, {a[1]} {v} {g[1]}.",
            [(a[0], "US", "purchase", g[0], "in_progress")])
    noms = [
        ("nom:purchase-of-will", "China's purchases of U.S. soybeans will reach 25 million tons a year under the deal.", ("CN", "US", "purchase", "soybeans", "pledged")),
        ("nom:pledge-to-buy", "The agreement includes a pledge by Japan to buy $8 billion of American farm goods.", ("JP", "US", "purchase", "agricultural_products", "pledged")),
        ("nom:commitment-to-purchase", "Vietnam's commitment to purchase U.S. LNG was welcomed by Washington.", ("VN", "US", "purchase", "lng", "pledged")),
        ("nom:purchase-commitment", "Indonesia made a purchase commitment of $4.5 billion for U.S. wheat and soybeans.", ("ID", "US", "purchase", "wheat", "pledged")),
        ("nom:purchase-deal", "Under a purchase deal signed on Monday, Thai refiners will take U.S. crude.", ("TH", "US", "purchase", "crude_oil", "pledged")),
        ("nom:order-for", "Korean Air placed an order for 103 Boeing jets on Monday.", ("KR", "US", "purchase", "aircraft", "fulfilled")),
        ("nom:options", "Malaysia Airlines exercised options for 30 more Boeing 737 jets under the deal.", ("MY", "US", "purchase", "aircraft", "fulfilled")),
        ("nom:orders-pledged", "Malaysia Airlines has pledged orders for 30 Boeing jets as part of the pact.", ("MY", "US", "purchase", "aircraft", "pledged")),
        ("nom:import-commitment", "Taiwan signed an import commitment for $10 billion of U.S. farm products.", ("TW", "US", "purchase", "agricultural_products", "pledged")),
        ("pron:it-will-buy", "China and the United States concluded two days of talks in Geneva. It will buy 12 million tons of American soybeans by the end of the year.", ("CN", "US", "purchase", "soybeans", "pledged")),
        ("said:would", "Officials said Beijing would buy U.S. sorghum and corn again.", ("CN", "US", "purchase", "sorghum", "pledged")),
        ("two-sides", "Under the deal, Thailand will import more U.S. corn, soymeal and ethane.", ("TH", "US", "purchase", "corn", "pledged")),
        ("terms:calls-for", "The agreement calls for Japan to invest $550 billion in the United States.", ("JP", "US", "investment", "investment_funds", "pledged")),
        ("terms:calls-for-2", "The deal calls for China to buy 25 million tons of U.S. soybeans a year.", ("CN", "US", "purchase", "soybeans", "pledged")),
        ("terms:requires", "The pact requires Vietnam to cut its tariffs on U.S. cars to zero.", ("VN", "US", "tariff_cut", "vehicles", "pledged")),
        ("terms:asked", "Farm groups called for China to buy more U.S. soybeans.", None),
        ("spend:on", "India will spend $500 billion on U.S. energy over five years.", ("IN", "US", "purchase", "energy", "pledged")),
        ("spend:total", "China's purchases of U.S. farm goods will total $25 billion a year.", ("CN", "US", "purchase", "agricultural_products", "pledged")),
    ]
    for f, b, e in noms:
        add(f, b, [e] if e else [])


def tariffs():
    # US or another importer lowers a tariff on the other side's goods.
    cut = ["will cut tariffs on", "agreed to lower its tariffs on",
           "will slash duties on", "will halve the tariff on",
           "will scrap tariffs on", "will waive duties on",
           "will roll back tariffs on", "will remove tariffs on",
           "will eliminate duties on", "will reduce its tariff on",
           "will lift tariffs on", "will drop tariffs on",
           "pledged to bring down tariffs on", "will trim tariffs on",
           "will axe tariffs on", "agreed to abolish duties on",
           "will lower import duties on", "agreed to reduce levies on",
           "agreed to dismantle tariffs on", "pledged to phase out duties on",
           "will grant duty-free access to", "will exempt from tariffs",
           "will lower the levy on", "promised to ease tariffs on",
           "agreed to cut import taxes on", "will zero out tariffs on",
           "will end tariffs on", "has agreed to cut tariffs on",
           "agreed to remove its tariffs on", "committed to eliminating tariffs on",
           "will grant tariff-free access to", "will offer tariff relief on",
           "will grant zero-tariff treatment to", "will apply zero tariffs to",
           "will impose zero tariffs on", "agreed to tariff cuts on",
           "will reduce duties on", "will do away with duties on",
           "agreed to slash import tariffs on", "will knock down tariffs on",
           "is set to cut tariffs on", "will lower its duties on",
           "will remove the remaining duties on", "will pare back tariffs on",
           "pledged to scale back tariffs on", "agreed to ease duties on",
           "will roll back levies on"]
    goods = [("US", "vehicles", "American cars"), ("US", "pork", "U.S. pork"),
             ("US", "agricultural_products", "American farm goods"),
             ("US", "tariffs", "U.S. goods"), ("US", "beef", "US beef"),
             ("US", "lng", "American LNG"), ("US", "tariffs", "American products")]
    importers = [("VN", "Vietnam"), ("IN", "India"), ("ID", "Jakarta"),
                 ("JP", "Tokyo"), ("KR", "South Korea"), ("EU", "The European Union"),
                 ("GB", "Britain"), ("TH", "Thailand"), ("PH", "Manila")]
    for i, v in enumerate(cut):
        a = importers[i % len(importers)]
        g = goods[i % len(goods)]
        if v == "will exempt from tariffs":
            body = f"{a[1]} will exempt {g[2]} from tariffs under the deal."
        else:
            body = f"{a[1]} {v} {g[2]} under the deal."
        add("cut:" + v, body, [(a[0], g[0], "tariff_cut", g[1], "pledged")])
    us_cut = [
        ("cut-us:halve", "Washington will halve the fentanyl tariff on Chinese goods to 10%.", ("US", "CN", "tariff_cut", "fentanyl_tariff", "pledged")),
        ("cut-us:lower-rate", "The United States will lower its tariff on Japanese cars to 15%.", ("US", "JP", "tariff_cut", "vehicles", "pledged")),
        ("cut-pass:will-be-lifted", "Tariffs on Indian shrimp will be lifted by the United States next month.", ("US", "IN", "tariff_cut", "seafood", "pledged")),
        ("cut-pass:will-be-cut", "Duties on Swiss watches and pharmaceuticals will be cut to 15% by Washington.", ("US", "CH", "tariff_cut", "pharmaceuticals", "pledged")),
        ("cut-pass:were-removed", "U.S. tariffs on Brazilian beef were removed on Thursday.", ("US", "BR", "tariff_cut", "beef", "fulfilled")),
        ("cut-pass:was-halved", "The U.S. tariff on Chinese goods linked to fentanyl was halved to 10% on Monday.", ("US", "CN", "tariff_cut", "fentanyl_tariff", "fulfilled")),
        ("cut-pass:will-be-scrapped", "India's 50% duty on American bourbon will be scrapped, New Delhi said.", ("IN", "US", "tariff_cut", "tariffs", "pledged")),
        ("cut-pass:will-be-reduced", "Vietnam's tariffs on U.S. cars will be reduced to zero.", ("VN", "US", "tariff_cut", "vehicles", "pledged")),
        ("cut-pass:are-to-be-eliminated", "Duties on American pork are to be eliminated under the pact, Manila said.", ("PH", "US", "tariff_cut", "pork", "pledged")),
        ("cut-nom:removal-of", "The deal provides for the removal of Indonesian tariffs on U.S. wheat.", ("ID", "US", "tariff_cut", "wheat", "pledged")),
        ("cut-nom:cut-in", "The accord includes a cut in U.S. tariffs on Swiss pharmaceuticals.", ("US", "CH", "tariff_cut", "pharmaceuticals", "pledged")),
        ("cut-nom:reduction", "Japan won a reduction of U.S. tariffs on its cars to 15%.", ("US", "JP", "tariff_cut", "vehicles", "fulfilled")),
        ("cut-nom:tariff-cuts", "Korea secured U.S. tariff cuts on Korean cars under the deal.", ("US", "KR", "tariff_cut", "vehicles", "fulfilled")),
        ("cut-nom:elimination", "Malaysia agreed to the elimination of tariffs on American poultry.", ("MY", "US", "tariff_cut", "poultry", "pledged")),
        ("cut-took-effect", "The U.S. cut in tariffs on British cars took effect on Monday.", ("US", "GB", "tariff_cut", "vehicles", "fulfilled")),
        ("cut-done:lowered", "Washington lowered its tariffs on Vietnamese goods to 20% on Friday.", ("US", "VN", "tariff_cut", "tariffs", "fulfilled")),
        ("cut-done:scrapped", "Beijing scrapped its retaliatory tariffs on U.S. soybeans on Monday.", ("CN", "US", "tariff_cut", "soybeans", "fulfilled")),
        ("cut-done:has-removed", "India has removed its duties on American almonds.", ("IN", "US", "tariff_cut", "tariffs", "fulfilled")),
    ]
    for f, b, e in us_cut:
        add(f, b, [e])


def pauses():
    P = [
        ("pause:pause", "The United States will pause the higher tariffs on Chinese goods for 90 days.", "US", "CN"),
        ("pause:extend-truce", "Washington and Beijing agreed to extend the tariff truce by 90 days. The United States will extend the truce on Chinese goods.", "US", "CN"),
        ("pause:delay", "The United States will delay the tariff increase on Mexican goods by a month.", "US", "MX"),
        ("pause:postpone", "Washington agreed to postpone the planned tariffs on EU goods until August.", "US", "EU"),
        ("pause:hold-off", "The Trump administration will hold off on new tariffs on Indian goods.", "US", "IN"),
        ("pause:put-off", "The United States will put off higher tariffs on Canadian goods until June.", "US", "CA"),
        ("pause:shelve", "Washington will shelve the planned tariff hike on Japanese goods.", "US", "JP"),
        ("pause:suspend-planned", "The U.S. agreed to suspend the planned tariff increase on Chinese goods for a year.", "US", "CN"),
        ("pause:not-impose", "The United States will not impose new tariffs on Korean goods.", "US", "KR"),
        ("pause:extend-pause", "Washington will extend the pause on higher tariffs on Chinese goods until November 10.", "US", "CN"),
        ("pause:reprieve", "The United States granted Mexico a 90-day reprieve from higher tariffs.", "US", "MX"),
        ("pause:push-back", "Washington will push back the tariff increase on EU goods to July 9.", "US", "EU"),
        ("pause:freeze", "The U.S. will freeze tariffs on Vietnamese goods at current levels.", "US", "VN"),
        ("pause:keep-on-hold", "Washington will keep the tariff hike on Canadian goods on hold until August.", "US", "CA"),
        ("pause:defer", "The United States agreed to defer the higher tariffs on Swiss goods.", "US", "CH"),
        ("pause:nom-extension", "The deal brings an extension of the tariff truce between the United States and China by 90 days.", "US", "CN"),
        ("pause:pass-delayed", "Higher U.S. tariffs on Brazilian goods will be delayed by three months.", "US", "BR"),
        ("pause:pass-paused", "The planned U.S. tariffs on Mexican goods were paused for 90 days on Monday.", "US", "MX"),
        ("pause:delayed-the", "The White House delayed the tariff hike on Indian goods by three weeks.", "US", "IN"),
        ("pause:won-reprieve", "Mexico and Canada won a 30-day reprieve from U.S. tariffs.", "US", "MX"),
    ]
    for f, b, a, c in P:
        st = "fulfilled" if f in ("pause:reprieve", "pause:pass-paused", "pause:delayed-the",
                                  "pause:won-reprieve") else "pledged"
        add(f, b, [(a, c, "tariff_pause", "tariffs", st)])


def controls():
    E = ["will suspend its export controls on", "will lift export restrictions on",
         "will ease curbs on exports of", "will loosen controls on",
         "will relax export curbs on", "will scrap the export ban on",
         "will drop the export restrictions on", "will pause the export controls on",
         "will roll back export controls on", "agreed to delay the export controls on",
         "will remove export restrictions on", "agreed to ease restrictions on exports of",
         "will halt its export controls on", "will lift its ban on exports of",
         "will unwind export curbs on", "will withdraw the export controls on",
         "agreed to suspend the curbs on", "will end its export restrictions on",
         "will relax its licensing requirements for"]
    objs = [("rare_earths", "rare earths"), ("gallium", "gallium"),
            ("germanium", "germanium"), ("graphite", "graphite"),
            ("antimony", "antimony"), ("rare_earths", "rare-earth magnets"),
            ("critical_minerals", "critical minerals")]
    for i, v in enumerate(E):
        o = objs[i % len(objs)]
        add("ctrl:" + v, f"Beijing {v} {o[1]} to the United States.",
            [("CN", "US", "ease_export_controls", o[0], "pledged")])
    X = [
        ("ctrl-pass:will-be-suspended", "China's export controls on rare earths will be suspended for a year, Beijing said.", ("CN", None, "ease_export_controls", "rare_earths", "pledged")),
        ("ctrl-pass:were-lifted", "Chinese export curbs on gallium and germanium to the U.S. were lifted on Sunday.", ("CN", "US", "ease_export_controls", "gallium", "fulfilled")),
        ("ctrl-nom:suspension-of", "The deal includes China's suspension of its rare-earth export controls for one year.", ("CN", None, "ease_export_controls", "rare_earths", "pledged")),
        ("ctrl-us:ease", "Washington will ease export controls on chipmaking equipment to China.", ("US", "CN", "ease_export_controls", "semiconductors", "pledged")),
        ("ctrl-us:relax", "The U.S. agreed to relax curbs on sales of AI chips to the UAE.", ("US", "AE", "ease_export_controls", "ai_chips", "pledged")),
    ]
    for f, b, e in X:
        add(f, b, [e])


def licences():
    L = [
        ("lic:grant-licences", "Beijing will grant licences for exports of rare earths to U.S. buyers.", ("CN", "US", "export_license", "rare_earths")),
        ("lic:issue-general", "China will issue general licences for gallium and germanium exports to the United States.", ("CN", "US", "export_license", "gallium")),
        ("lic:approve-exports", "China's commerce ministry will approve exports of graphite to American firms.", ("CN", "US", "export_license", "graphite")),
        ("lic:allow-sale", "The United States will allow Nvidia to sell H200 chips to China.", ("US", "CN", "export_license", "ai_chips")),
        ("lic:approve-sale", "Washington will approve the sale of advanced AI chips to Saudi Arabia.", ("US", "SA", "export_license", "ai_chips")),
        ("lic:clear-exports", "The Commerce Department will clear exports of Nvidia chips to the UAE.", ("US", "AE", "export_license", "ai_chips")),
        ("lic:resume-exports", "China will resume exports of rare earths to the United States.", ("CN", "US", "export_license", "rare_earths")),
        ("lic:greenlight", "Washington will greenlight shipments of AI chips to the UAE.", ("US", "AE", "export_license", "ai_chips")),
        ("lic:give-nod", "The Trump administration gave Nvidia the nod to ship H20 chips to China.", ("US", "CN", "export_license", "ai_chips")),
        ("lic:pass-approved", "Licences for rare earth exports to U.S. carmakers were approved by Beijing on Monday.", ("CN", "US", "export_license", "rare_earths")),
        ("lic:pass-granted", "Export licences for Nvidia's H20 chips to China will be granted by Washington.", ("US", "CN", "export_license", "ai_chips")),
        ("lic:nom-approval", "The deal foresees approval of licences for rare earth shipments to the U.S.", ("CN", "US", "export_license", "rare_earths")),
        ("lic:permit-exports", "China will permit exports of antimony to the United States again.", ("CN", "US", "export_license", "antimony")),
        ("lic:authorise", "Washington will authorise exports of advanced chips to Saudi Arabia.", ("US", "SA", "export_license", "ai_chips")),
        ("lic:green-light", "The United States will give the green light to sales of Nvidia chips to the UAE.", ("US", "AE", "export_license", "ai_chips")),
        ("lic:let-sell", "Trump said he would let Nvidia sell a scaled-down Blackwell chip to China.", ("US", "CN", "export_license", "ai_chips")),
        ("lic:let-export", "Beijing will let firms export rare earths to the United States.", ("CN", "US", "export_license", "rare_earths")),
    ]
    for f, b, e in L:
        st = "fulfilled" if f in ("lic:pass-approved", "lic:give-nod") else "pledged"
        add(f, b, [e + (st,)])


def access():
    M = [
        ("acc:lift-ban", "Japan will lift the ban on U.S. beef.", ("JP", "US", "beef")),
        ("acc:open-market", "India will open its market to American pork.", ("IN", "US", "pork")),
        ("acc:allow-imports", "China will allow imports of U.S. poultry.", ("CN", "US", "poultry")),
        ("acc:resume-imports", "Seoul agreed to resume imports of American beef.", ("KR", "US", "beef")),
        ("acc:lift-import-ban", "Beijing will lift its import ban on U.S. poultry.", ("CN", "US", "poultry")),
        ("acc:accept", "Vietnam will accept U.S. beef from cattle of all ages.", ("VN", "US", "beef")),
        ("acc:restore-licences", "China will restore import licences for three U.S. soybean exporters.", ("CN", "US", "soybeans")),
        ("acc:grant-access", "Indonesia will grant market access to U.S. poultry.", ("ID", "US", "poultry")),
        ("acc:remove-barriers", "Thailand agreed to remove barriers to American pork.", ("TH", "US", "pork")),
        ("acc:end-ban", "The Philippines will end its ban on U.S. chicken.", ("PH", "US", "poultry")),
        ("acc:reopen", "Taiwan will reopen its market to American pork.", ("TW", "US", "pork")),
        ("acc:open-quota", "Japan will open a quota for U.S. rice.", ("JP", "US", "rice")),
        ("acc:expand-quota", "South Korea will expand its quota for American rice.", ("KR", "US", "rice")),
        ("acc:nom-lifting", "The deal includes the lifting of China's ban on U.S. beef.", ("CN", "US", "beef")),
        ("acc:pass-lifted", "The ban on U.S. beef imports will be lifted by Beijing next month.", ("CN", "US", "beef")),
        ("acc:scrap-ban", "India will scrap its ban on American chicken.", ("IN", "US", "poultry")),
        ("acc:lift-restrictions", "Taipei will lift restrictions on U.S. beef imports.", ("TW", "US", "beef")),
        ("acc:ease-curbs-imports", "Korea agreed to ease curbs on imports of U.S. beef.", ("KR", "US", "beef")),
        ("acc:recognise", "Vietnam will recognise U.S. meat inspection for beef.", ("VN", "US", "beef")),
        ("acc:streamline", "Indonesia will streamline import permits for U.S. wheat.", ("ID", "US", "wheat")),
    ]
    for f, b, e in M:
        add(f, b, [(e[0], e[1], "market_access", e[2], "pledged")])


def invest():
    I = [
        ("inv:will-invest", "Japan will invest $550 billion in the United States.", "JP"),
        ("inv:pledged-invest", "South Korea pledged to invest $350 billion in the U.S.", "KR"),
        ("inv:committed", "Saudi Arabia committed $600 billion of investment in the United States.", "SA"),
        ("inv:build-plant", "Hyundai will build a $5 billion steel plant in Louisiana.", "KR"),
        ("inv:set-up-factory", "Taiwan's TSMC will set up three more factories in Arizona worth $100 billion.", "TW"),
        ("inv:pour", "The UAE will pour $1.4 trillion into the U.S. economy.", "AE"),
        ("inv:channel", "Qatar will channel $500 billion into American industries.", "QA"),
        ("inv:nom-investment", "The deal includes a $550 billion Japanese investment in the United States.", "JP"),
        ("inv:plans", "Switzerland's firms plan to invest $150 billion in the United States.", "CH"),
        ("inv:agreed", "The EU agreed to invest $600 billion in the United States.", "EU"),
        ("inv:finance", "Korea will finance $150 billion of U.S. shipbuilding projects.", "KR"),
        ("inv:deploy", "Japan will deploy $550 billion in U.S. projects.", "JP"),
        ("inv:commit-to-invest", "India has committed to investing $100 billion in the United States.", "IN"),
        ("inv:fund", "Tokyo will fund U.S. semiconductor and energy projects worth $550 billion.", "JP"),
        ("inv:in-new-us", "Taiwan unveiled $250 billion in new U.S. investment.", "TW"),
        ("inv:announced-a", "Samsung announced a $37 billion investment in Texas.", "KR"),
        ("inv:make-investments", "Japanese companies will make $550 billion of investments in the United States.", "JP"),
    ]
    for f, b, a in I:
        add(f, b, [(a, "US", "investment", "investment_funds", "pledged")])


def enforce():
    F = [
        ("enf:crack-down", "China will crack down on fentanyl precursors.", "CN"),
        ("enf:curb-flows", "Beijing agreed to curb flows of fentanyl to the United States.", "CN"),
        ("enf:tighten", "China will tighten controls on precursor chemicals.", "CN"),
        ("enf:stem", "Mexico will stem the flow of fentanyl into the United States.", "MX"),
        ("enf:clamp", "Beijing will clamp down on exports of fentanyl precursors.", "CN"),
        ("enf:restrict", "China will restrict exports of precursor chemicals to North America.", "CN"),
        ("enf:stop", "China agreed to stop the flow of fentanyl to the U.S.", "CN"),
        ("enf:halt-exports", "China will halt shipments of fentanyl precursors to the United States.", "CN"),
        ("enf:control", "Beijing pledged to control the export of chemicals used to make fentanyl.", "CN"),
        ("enf:step-up", "Canada will step up enforcement against fentanyl trafficking.", "CA"),
        ("enf:nom", "The pact includes a Chinese crackdown on fentanyl precursors.", "CN"),
        ("enf:schedule", "China will schedule more fentanyl precursors as controlled substances.", "CN"),
        ("enf:take-measures", "China agreed to take significant measures to end the flow of fentanyl.", "CN"),
    ]
    for f, b, a in F:
        cp = None if a == "CN" and "U" not in b else "US"
        add(f, b, [(a, "US" if ("U.S." in b or "United States" in b) else None,
                    "enforcement", "fentanyl_precursors", "pledged")])


def suspend():
    S = [
        ("susp:port-fees", "The United States will suspend its port fees on Chinese ships for a year.", ("US", "CN", "port_fees")),
        ("susp:investigation", "China will terminate its investigation into U.S. chip firms.", ("CN", "US", "investigation")),
        ("susp:drop-probe", "Beijing agreed to drop its antitrust probe into Qualcomm.", ("CN", None, "investigation")),
        ("susp:entity-list", "China will remove U.S. firms from its unreliable entity list.", ("CN", "US", "sanctions")),
        ("susp:affiliates", "Washington will suspend the affiliates rule for a year.", ("US", None, "affiliates_rule")),
        ("susp:pause-50", "The U.S. will pause the 50% rule for one year.", ("US", None, "affiliates_rule")),
        ("susp:lift-sanctions", "Beijing will lift sanctions on five U.S. defence firms.", ("CN", "US", "sanctions")),
        ("susp:delist", "China will delist several American companies from its export control list.", ("CN", "US", "sanctions")),
        ("susp:halt-fees", "China will halt its special port fees on U.S. vessels.", ("CN", "US", "port_fees")),
        ("susp:nom", "The deal includes a one-year suspension of U.S. port fees on Chinese vessels.", ("US", "CN", "port_fees")),
        ("susp:pass", "The Section 301 port fees will be suspended for a year from November 10.", ("US", "CN", "port_fees")),
        ("susp:shelve-probe", "China will shelve its anti-dumping investigation into U.S. analog chips.", ("CN", "US", "investigation")),
        ("susp:end-probe", "Beijing will end its investigation into American chipmakers.", ("CN", "US", "investigation")),
    ]
    for f, b, e in S:
        add(f, b, [(e[0], e[1], "suspend_measure", e[2], "pledged")])


def negatives():
    """Sentences that must give nothing (precision guards)."""
    N = [
        ("neg:history", "In 2020 China agreed to buy $200 billion of U.S. goods."),
        ("neg:stat", "China bought 25 million tons of U.S. soybeans in 2017."),
        ("neg:negated", "China did not agree to buy more American soybeans."),
        ("neg:conditional", "If Washington cuts its tariffs, Beijing will buy more U.S. corn."),
        ("neg:question", "Will Japan buy more American rice?"),
        ("neg:analyst", "Analysts expect Chinese imports of soybeans to fall this year."),
        ("neg:rejected", "India rejected U.S. demands to open its market to American dairy."),
        ("neg:stat2", "Exports of U.S. pork to Japan rose 12% last year."),
        ("neg:price", "Soybean futures rose 2% on hopes China would resume buying."),
        ("neg:wto-challenge", "Canada will drop its WTO challenge to U.S. lumber duties."),
        ("neg:complaint", "India will withdraw its complaint against U.S. steel tariffs."),
        ("neg:domestic", "China will spend more on domestic soybeans to cut its reliance on imports."),
        ("neg:money-verb", "Beijing poured cold water on hopes of a quick deal on soybeans."),
    ]
    for f, b in N:
        add(f, b, [])


def modality():
    """One commitment per action told in every tense and modality the
    contract maps to a status (commitments.md, Status)."""
    C = [("China", "buy", "buying", "bought", "U.S. soybeans", ("CN", "US", "purchase", "soybeans"), 1),
         ("Vietnam", "cut", "cutting", "cut", "tariffs on American cars", ("VN", "US", "tariff_cut", "vehicles"), 0),
         ("Beijing", "suspend", "suspending", "suspended", "its export controls on gallium",
          ("CN", None, "ease_export_controls", "gallium"), 0),
         ("Japan", "lift", "lifting", "lifted", "its ban on U.S. beef", ("JP", "US", "market_access", "beef"), 0),
         ("Washington", "approve", "approving", "approved", "export licences for Nvidia chips to China",
          ("US", "CN", "export_license", "ai_chips"), 0),
         ("South Korea", "invest", "investing", "invested", "$350 billion in the United States",
          ("KR", "US", "investment", "investment_funds"), 1),
         ("Mexico", "curb", "curbing", "curbed", "the flow of fentanyl into the United States",
          ("MX", "US", "enforcement", "fentanyl_precursors"), 1),
         ("The United States", "suspend", "suspending", "suspended", "its port fees on Chinese ships",
          ("US", "CN", "suspend_measure", "port_fees"), 0)]
    V = [("will {v} {o}", "pledged"), ("agreed to {v} {o}", "pledged"),
         ("has agreed to {v} {o}", "pledged"), ("is expected to {v} {o}", "pledged"),
         ("is set to {v} {o}", "pledged"), ("plans to {v} {o}", "pledged"),
         ("intends to {v} {o}", "pledged"), ("said it would {v} {o}", "pledged"),
         ("has promised to {v} {o}", "pledged"), ("pledged to {v} {o} by the end of the year", "pledged"),
         ("reaffirmed its commitment to {v} {o}", "pledged"),
         ("remains committed to {ing} {o}", "pledged"),
         ("is considering {ing} {o}", "proposed"), ("is weighing whether to {v} {o}", "proposed"),
         ("offered to {v} {o}", "proposed"), ("has floated {ing} {o}", "proposed"),
         ("could {v} {o} under a deal still being negotiated", "proposed"),
         ("has begun {ing} {o}", "in_progress"), ("is in the process of {ing} {o}", "in_progress"),
         ("has started to {v} {o}", "in_progress"), ("is on track to {v} {o}", "in_progress"),
         ("has {pp} {o}", "fulfilled*"), ("{pp} {o} on Monday", "fulfilled*"),
         ("has yet to {v} {o}", "pledged"), ("has been slow to {v} {o}", "stalled"),
         ("has delayed plans to {v} {o}", "stalled"),
         ("failed to {v} {o} as promised", "broken"),
         ("backtracked on its pledge to {v} {o}", "broken"),
         ("has reneged on its promise to {v} {o}", "broken"),
         ("did not {v} {o}", None), ("is not expected to {v} {o}", None),
         # Headline and present-tense wire forms.
         ("to {v} {o}", "pledged"), ("agrees to {v} {o}", "pledged"),
         ("pledges to {v} {o}", "pledged"), ("vows to {v} {o}", "pledged"),
         ("commits to {ing} {o}", "pledged"), ("says it will {v} {o}", "pledged"),
         ("signs deal to {v} {o}", "pledged"), ("seals deal to {v} {o}", "pledged"),
         ("is slated to {v} {o}", "pledged"), ("is scheduled to {v} {o}", "pledged"),
         ("aims to {v} {o}", "pledged"), ("would {v} {o}, officials said", "pledged"),
         ("said on Monday it would {v} {o}", "pledged"), ("moved to {v} {o}", "pledged"),
         ("eyes {ing} {o}", "proposed"), ("mulls {ing} {o}", "proposed"),
         ("weighs {ing} {o}", "proposed"), ("offers to {v} {o}", "proposed"),
         ("in talks to {v} {o}", "proposed"), ("nears deal to {v} {o}", "proposed"),
         ("seeks to {v} {o}", "proposed"), ("hopes to {v} {o}", "proposed")]
    for subj, v, ing, pp, o, key, accrues in C:
        for tpl, st in V:
            if st == "fulfilled*":
                if accrues:
                    continue
                st = "fulfilled"
            body = subj + " " + tpl.format(v=v, ing=ing, pp=pp, o=o) + "."
            form = "mod:" + tpl.split(" {")[0].replace("{pp}", "PP").replace("{ing}", "ING").replace(" {v}", "")
            add(form + "|" + key[2], body, [key + (st,)] if st else [])
        add("mod:if|" + key[2], "If the talks succeed, %s will %s %s." % (subj, v, o), [])
        add("mod:history|" + key[2], "In 2019, %s agreed to %s %s." % (subj, v, o), [])


def objects():
    """Object synonyms, plurals and adjective forms in three frames each."""
    O = [("soybeans", "soybean cargoes"), ("soybeans", "soy"), ("soybeans", "soya beans"),
         ("soybeans", "soybean shipments"), ("corn", "maize"), ("corn", "feed corn"),
         ("wheat", "hard red winter wheat"), ("wheat", "milling wheat"),
         ("sorghum", "grain sorghum"), ("pork", "pork products"), ("pork", "pig meat"),
         ("beef", "beef products"), ("beef", "chilled beef"), ("poultry", "chicken meat"),
         ("poultry", "poultry products"), ("poultry", "chicken leg quarters"),
         ("poultry", "turkey"), ("seafood", "lobsters"), ("seafood", "shrimp"),
         ("timber", "lumber"), ("timber", "hardwood lumber"), ("logs", "logs"),
         ("lng", "liquefied natural gas"), ("lng", "LNG cargoes"), ("lng", "natural gas"),
         ("crude_oil", "crude"), ("crude_oil", "crude oil cargoes"), ("crude_oil", "oil"),
         ("coal", "coking coal"), ("coal", "thermal coal"), ("energy", "ethane"),
         ("energy", "liquefied petroleum gas"), ("energy", "propane"), ("energy", "energy products"),
         ("aircraft", "Boeing aircraft"), ("aircraft", "Boeing 737 MAX jets"),
         ("aircraft", "787 Dreamliners"), ("aircraft", "wide-body jets"),
         ("aircraft", "commercial aircraft"), ("aircraft", "passenger jets"),
         ("agricultural_products", "farm products"), ("agricultural_products", "agricultural goods"),
         ("agricultural_products", "dairy products"), ("agricultural_products", "cotton"),
         ("agricultural_products", "distillers dried grains"),
         ("agricultural_products", "tree nuts"), ("semiconductors", "chipmaking equipment"),
         ("semiconductors", "semiconductor equipment"), ("ai_chips", "Nvidia H20 chips"),
         ("ai_chips", "high-end AI chips"), ("pharmaceuticals", "pharmaceutical products"),
         ("pharmaceuticals", "medicines"), ("vehicles", "cars"), ("vehicles", "pickup trucks"),
         ("vehicles", "auto parts"), ("steel", "steel products"), ("aluminum", "aluminium"),
         ("lithium_batteries", "lithium-ion batteries")]
    buyers = BUYERS
    for i, (obj, ph) in enumerate(O):
        a = buyers[i % len(buyers)]
        add("obj-buy:" + ph, "%s will buy more U.S. %s under the trade deal." % (a[1], ph),
            [(a[0], "US", "purchase", obj, "pledged")])
        add("obj-cut:" + ph, "%s will cut its tariffs on American %s to zero." % (a[1], ph),
            [(a[0], "US", "tariff_cut", obj if obj not in ("agricultural_products", "energy") or ph in (
                "farm products", "agricultural goods", "energy products") else "tariffs", "pledged")])
    M = [("rare_earths", "rare-earth elements"), ("rare_earths", "heavy rare earths"),
         ("rare_earths", "rare earth magnets"), ("rare_earths", "permanent magnets"),
         ("rare_earths", "dysprosium"), ("rare_earths", "terbium"), ("rare_earths", "yttrium"),
         ("gallium", "gallium"), ("germanium", "germanium"), ("graphite", "graphite anodes"),
         ("graphite", "battery-grade graphite"), ("antimony", "antimony"),
         ("critical_minerals", "critical minerals"), ("critical_minerals", "tungsten"),
         ("critical_minerals", "lithium"), ("critical_minerals", "cobalt"),
         ("critical_minerals", "superhard materials"), ("lithium_batteries", "battery technology")]
    for i, (obj, ph) in enumerate(M):
        add("obj-ctrl:" + ph, "China will suspend its export controls on %s for a year." % ph,
            [("CN", None, "ease_export_controls", obj, "pledged")])
        add("obj-lic:" + ph, "Beijing will issue general licences for exports of %s to U.S. buyers." % ph,
            [("CN", "US", "export_license", obj, "pledged")])


def parties():
    """Actors as governments, officials, state firms and pronouns; the
    counterparty as origin adjectives, prepositions and compounds."""
    A = [("CN", "Chinese authorities"), ("CN", "The Chinese government"), ("JP", "Japanese officials"),
         ("KR", "Korean refiners"), ("IN", "Indian state refiners"), ("VN", "Vietnam's PetroVietnam"),
         ("TW", "Taiwanese flour millers"), ("ID", "Indonesian millers"), ("TH", "Thai feed makers"),
         ("PH", "Philippine importers"), ("BD", "Bangladesh's state grain agency"),
         ("JP", "The Japanese government"), ("KR", "South Korea's trade ministry"),
         ("IN", "New Delhi"), ("MY", "Kuala Lumpur"), ("EG", "Egypt's state buyer"),
         ("PK", "Pakistani refiners"), ("TR", "Turkish millers"), ("GB", "British officials"),
         ("EU", "EU member states")]
    for a in A:
        add("actor:" + a[1], "%s will buy more U.S. wheat under the new trade agreement." % a[1],
            [(a[0], "US", "purchase", "wheat", "pledged")])
    P = [("pron:it", "Japan signed the trade pact with the United States on Monday. It will buy $8 billion of U.S. farm goods a year.", ("JP", "US", "purchase", "agricultural_products")),
         ("pron:country", "Vietnam signed the trade pact with the United States on Monday. The country will also buy more American LNG.", ("VN", "US", "purchase", "lng")),
         ("pron:capital", "Indonesia sealed a tariff deal with Washington on Tuesday. Jakarta will buy $4.5 billion of U.S. farm goods.", ("ID", "US", "purchase", "agricultural_products")),
         ("pron:government", "Thailand reached a tariff deal with the United States. The government will cut tariffs on U.S. pork to zero.", ("TH", "US", "tariff_cut", "pork")),
         ("pron:ministry", "Malaysia concluded a trade deal with the United States. The trade ministry said it would lift the ban on U.S. poultry.", ("MY", "US", "market_access", "poultry")),
         ("pron:also-agreed", "South Korea agreed to buy $350 billion of U.S. goods. It also agreed to buy $100 billion of American LNG.", ("KR", "US", "purchase", "lng")),
         ("pron:two-sides", "The two sides agreed that China would resume purchases of U.S. sorghum.", ("CN", "US", "purchase", "sorghum")),
         ("pron:under-it", "India and the United States signed an interim trade deal. Under it, New Delhi will cut duties on American almonds.", ("IN", "US", "tariff_cut", "tariffs")),
         ("pron:he", "Prime Minister Ishiba met Trump on Friday. He said Japan would buy more American rice.", ("JP", "US", "purchase", "rice")),
         ("pron:beijing-also", "China signed a deal with the United States. Beijing will also buy 12 million tons of American soybeans this year.", ("CN", "US", "purchase", "soybeans"))]
    for f, b, k in P:
        add(f, b, [k + ("pledged",)])
    C = ["from the United States", "from American farmers", "from U.S. suppliers", "of U.S. origin",
         "originating in the United States", "from the US", "grown in the United States",
         "from U.S. exporters", "sourced from the U.S."]
    for i, c in enumerate(C):
        a = BUYERS[i % len(BUYERS)]
        add("cp-after:" + c, "%s will buy more corn %s under the deal." % (a[1], c),
            [(a[0], "US", "purchase", "corn", "pledged")])
    D = ["U.S.-grown", "US-made", "American-made", "U.S.-produced", "US-sourced", "U.S.-origin",
         "American-grown", "U.S.-built", "US-built"]
    for i, c in enumerate(D):
        a = BUYERS[(i + 5) % len(BUYERS)]
        o = ("aircraft", "jets") if "built" in c else ("vehicles", "cars") if "made" in c else ("sorghum", "sorghum")
        add("cp-adj:" + c, "%s will buy more %s %s under the deal." % (a[1], c, o[1]),
            [(a[0], "US", "purchase", o[0], "pledged")])


def access2():
    """Market access told through approvals, standards and plants."""
    M = [("acc2:approvals-for", "Thailand will speed up approvals for American beef.", ("TH", "US", "beef")),
         ("acc2:fast-track", "Vietnam will fast-track approvals for U.S. corn.", ("VN", "US", "corn")),
         ("acc2:accept-standards", "Japan will accept U.S. vehicle safety standards for American cars.", ("JP", "US", "vehicles")),
         ("acc2:nontariff", "Indonesia will remove non-tariff barriers to U.S. cars.", ("ID", "US", "vehicles")),
         ("acc2:certification", "Malaysia will lift its halal certification requirements for U.S. beef.", ("MY", "US", "beef")),
         ("acc2:facilities", "China agreed to approve more U.S. meat facilities for pork exports.", ("CN", "US", "pork")),
         ("acc2:register-plants", "China will register more U.S. beef plants.", ("CN", "US", "beef")),
         ("acc2:recognise-system", "The Philippines will recognise the U.S. food safety system for poultry.", ("PH", "US", "poultry")),
         ("acc2:greater-access", "Vietnam will give U.S. pork greater access to its market.", ("VN", "US", "pork")),
         ("acc2:import-permits", "The Philippines will grant import permits for U.S. pork.", ("PH", "US", "pork")),
         ("acc2:allow-containing", "Taiwan will allow imports of U.S. pork containing ractopamine.", ("TW", "US", "pork"))]
    for f, b, e in M:
        add(f, b, [(e[0], e[1], "market_access", e[2], "pledged")])
    add("acc2-neg:licences-out", "Licences for American chip sales to China will be approved by Washington.",
        [("US", "CN", "export_license", "semiconductors", "pledged")])


def enforce2():
    """Enforcement told through lists, rules and regulation."""
    F = [("enf2:add-to-list", "China will add 13 fentanyl precursors to its list of controlled substances."),
         ("enf2:regulate", "China agreed to regulate exports of chemicals used to make fentanyl."),
         ("enf2:require-licences", "Beijing will require export licences for fentanyl precursors."),
         ("enf2:take-action", "Beijing agreed to take action against companies exporting fentanyl precursors."),
         ("enf2:go-after", "China pledged to go after fentanyl traffickers.")]
    for f, b in F:
        add(f, b, [("CN", None, "enforcement", "fentanyl_precursors", "pledged")])
    add("enf2-neg:added-that", "China added that it would keep its fentanyl controls under review.", [])


def tails():
    """A commitment followed by the phrase that ties it to a deal."""
    T = ["under the tariff deal", "as part of the tariff agreement", "under the trade truce",
         "in exchange for lower tariffs", "to avoid higher tariffs",
         "under the framework agreed in Kuala Lumpur", "under a deal to end the tariff war",
         "as part of the trade pact signed on Monday", "amid the tariff dispute",
         "after months of tariff talks", "under the duty agreement reached last week",
         "as part of the tariff arrangement"]
    K = [("Taiwan will invest $250 billion in the U.S.", ("TW", "US", "investment", "investment_funds")),
         ("Indonesia will buy $4.5 billion of U.S. farm goods", ("ID", "US", "purchase", "agricultural_products")),
         ("China will suspend its export controls on gallium", ("CN", None, "ease_export_controls", "gallium")),
         ("Japan will open its rice market to American growers", ("JP", "US", "market_access", "rice"))]
    for i, t in enumerate(T):
        b, k = K[i % len(K)]
        add("tail:" + t, "%s %s." % (b, t), [k + ("pledged",)])


def coordination():
    """Two commitments in one sentence: a second verb shares the first's modal."""
    C = [("coord:and-cut", "The EU will buy more U.S. LNG and cut its tariffs on U.S. pork.",
          [("EU", "US", "purchase", "lng", "pledged"), ("EU", "US", "tariff_cut", "pork", "pledged")]),
         ("coord:and-let", "South Korea will import more U.S. energy and let American beef into its market.",
          [("KR", "US", "purchase", "energy", "pledged"), ("KR", "US", "market_access", "beef", "pledged")]),
         ("coord:and-set", "Japan will buy U.S. rice and set a zero tariff on American corn.",
          [("JP", "US", "purchase", "rice", "pledged"), ("JP", "US", "tariff_cut", "corn", "pledged")]),
         ("coord:three", "China will buy U.S. soybeans, suspend its rare-earth export controls and lift sanctions on U.S. chip firms.",
          [("CN", "US", "purchase", "soybeans", "pledged"), ("CN", "US", "ease_export_controls", "rare_earths", "pledged"),
           ("CN", "US", "suspend_measure", "sanctions", "pledged")]),
         ("coord:past", "The EU opened a quota for U.S. beef and cut its tariffs on U.S. pork.",
          [("EU", "US", "market_access", "beef", "fulfilled"), ("EU", "US", "tariff_cut", "pork", "fulfilled")])]
    for f, b, e in C:
        add(f, b, e)


def round20():
    """Round twenty (q20-sweep): headlines, expectation and progress verbs,
    reversals, export permits, tariff exemptions and market reopenings."""
    R = [
        # Headline forms: subject, "to" or a present verb, no article.
        ("hl:to-buy", "China to buy 10 million tons of U.S. soybeans under trade truce.", ("CN", "US", "purchase", "soybeans", "pledged")),
        ("hl:to-ease", "US to ease export curbs on chip design software to China.", ("US", "CN", "ease_export_controls", "semiconductors", "pledged")),
        ("hl:to-cut", "Vietnam to cut tariffs on American pickup trucks, minister says.", ("VN", "US", "tariff_cut", "vehicles", "pledged")),
        ("hl:to-lift", "Japan to lift curbs on U.S. beef from older cattle.", ("JP", "US", "market_access", "beef", "pledged")),
        ("hl:agrees-to", "EU agrees to buy $750 billion of U.S. energy over three years.", ("EU", "US", "purchase", "energy", "pledged")),
        ("hl:agrees-to-scrap", "India agrees to scrap duties on American motorcycles.", ("IN", "US", "tariff_cut", "tariffs", "pledged")),
        ("hl:vows", "Indonesia vows to import more U.S. wheat after tariff deal.", ("ID", "US", "purchase", "wheat", "pledged")),
        ("hl:to-resume", "Beijing to resume rare earth shipments to U.S. firms.", ("CN", "US", "export_license", "rare_earths", "pledged")),
        # Expectation and plans.
        ("exp:is-expected", "Seoul is expected to cut its tariff on U.S. beef under the pact.", ("KR", "US", "tariff_cut", "beef", "pledged")),
        ("exp:are-expected", "Chinese state buyers are expected to book U.S. sorghum cargoes under the deal.", ("CN", "US", "purchase", "sorghum", "pledged")),
        ("exp:plans", "Thailand plans to import more American corn under the agreement.", ("TH", "US", "purchase", "corn", "pledged")),
        ("exp:plans-ease", "Washington plans to ease tariffs on Swiss watches to 15%.", ("US", "CH", "tariff_cut", "tariffs", "pledged")),
        # Progress.
        ("prog:has-begun-buying", "China has begun buying U.S. wheat under the truce.", ("CN", "US", "purchase", "wheat", "in_progress")),
        ("prog:on-track", "Japan is on track to import $7 billion of U.S. farm goods this year.", ("JP", "US", "purchase", "agricultural_products", "in_progress")),
        ("prog:completed", "Taiwan completed purchases of 2 million tons of U.S. corn in March.", ("TW", "US", "purchase", "corn", "fulfilled")),
        ("prog:completed-its", "The Philippines has completed its purchases of American wheat under the pledge.", ("PH", "US", "purchase", "wheat", "fulfilled")),
        # Reversals and shortfalls.
        ("rev:fell-behind", "China fell behind on its pledge to buy U.S. farm goods.", ("CN", "US", "purchase", "agricultural_products", "stalled")),
        ("rev:falling-behind", "Vietnam is falling behind on its promised purchases of U.S. LNG.", ("VN", "US", "purchase", "lng", "stalled")),
        ("rev:reneged", "Indonesia reneged on its promise to cut duties on U.S. wheat.", ("ID", "US", "tariff_cut", "wheat", "broken")),
        ("rev:backtracked", "India backtracked on its pledge to lower tariffs on American almonds.", ("IN", "US", "tariff_cut", "tariffs", "broken")),
        ("rev:scrapped-plans", "Beijing scrapped plans to buy more U.S. soybeans.", ("CN", "US", "purchase", "soybeans", "broken")),
        ("rev:walked-back", "Washington walked back its pledge to ease tariffs on Brazilian beef.", ("US", "BR", "tariff_cut", "beef", "broken")),
        ("rev:walked-back-plan", "Seoul walked back plans to open its market to U.S. rice.", ("KR", "US", "market_access", "rice", "broken")),
        ("kept:kept-promise", "India has kept its promise to cut duties on American motorcycles.", ("IN", "US", "tariff_cut", "tariffs", "fulfilled")),
        ("kept:made-good", "Washington made good on its promise to lift tariffs on Swiss pharmaceuticals.", ("US", "CH", "tariff_cut", "pharmaceuticals", "fulfilled")),
        ("kept:honoured", "Beijing honoured its commitment to issue rare earth licences to U.S. firms.", ("CN", "US", "export_license", "rare_earths", "fulfilled")),
        ("kept:stuck-to", "Indonesia has stuck to its pledge to buy Boeing jets.", ("ID", "US", "purchase", "aircraft", "pledged")),
        ("rev:dropped-pledge", "The Philippines quietly dropped its pledge to buy more U.S. wheat.", ("PH", "US", "purchase", "wheat", "broken")),
        ("rev:abandoned-promise", "Japan abandoned its promise to open its rice market to U.S. growers.", ("JP", "US", "market_access", "rice", "broken")),
        # Export licences.
        ("lic20:issued-permits", "China issued export permits for rare earth magnets to three U.S. carmakers on Monday.", ("CN", "US", "export_license", "rare_earths", "fulfilled")),
        ("lic20:will-issue-permits", "Beijing will issue permits for gallium exports to American buyers.", ("CN", "US", "export_license", "gallium", "pledged")),
        ("lic20:granted-waivers", "Washington granted waivers to U.S. suppliers to ship chipmaking equipment to China.", ("US", "CN", "export_license", "semiconductors", "fulfilled")),
        ("lic20:will-grant-waivers", "The Commerce Department will grant waivers to Nvidia to sell H20 chips to China.", ("US", "CN", "export_license", "ai_chips", "pledged")),
        # Tariff exemptions.
        ("ex:exempted", "The United States exempted Brazilian orange juice from tariffs on Monday.", ("US", "BR", "tariff_cut", "tariffs", "fulfilled")),
        ("ex:will-exempt", "Washington will exempt Japanese aircraft parts from the new tariffs.", ("US", "JP", "tariff_pause", "aircraft", "pledged")),
        ("ex:extended-exemption", "The United States extended the tariff exemption for Mexican goods by 90 days.", ("US", "MX", "tariff_cut", "tariffs", "fulfilled")),
        ("ex:will-extend-exemption", "Washington will extend the tariff exemption for Canadian goods until June.", ("US", "CA", "tariff_cut", "tariffs", "pledged")),
        # Market access.
        ("mkt:lifted-ban-imports", "Malaysia lifted the ban on imports of U.S. poultry on Monday.", ("MY", "US", "market_access", "poultry", "fulfilled")),
        ("mkt:will-lift-ban-imports", "China will lift the ban on imports of American beef.", ("CN", "US", "market_access", "beef", "pledged")),
        ("mkt:reopened", "South Korea reopened its market to U.S. poultry on Friday.", ("KR", "US", "market_access", "poultry", "fulfilled")),
        ("mkt:will-reopen", "Thailand will reopen its market to American pork.", ("TH", "US", "market_access", "pork", "pledged")),
        ("mkt:cleared", "China cleared U.S. barley for import on Tuesday.", ("CN", "US", "market_access", "agricultural_products", "fulfilled")),
        ("mkt:will-clear", "India will clear U.S. alfalfa hay for import.", ("IN", "US", "market_access", "agricultural_products", "pledged")),
        ("mkt:age-limit", "Korea will relax its 30-month age limit on U.S. beef.", ("KR", "US", "market_access", "beef", "pledged")),
        ("mkt:age-restrictions", "Taiwan lifted its age restrictions on American beef on Monday.", ("TW", "US", "market_access", "beef", "fulfilled")),
        ("ex:exclusions", "Beijing granted tariff exclusions to several U.S. chip products.", ("CN", "US", "tariff_cut", "semiconductors", "fulfilled")),
        ("ex:exclusion-list", "China added U.S. soybeans to its tariff exclusion list.", ("CN", "US", "tariff_cut", "soybeans", "fulfilled")),
        ("mkt:resume-goods-imports", "China will resume soybean imports from the United States.", ("CN", "US", "market_access", "soybeans", "pledged")),
        ("mkt:allow-goods-imports", "Japan will allow rice imports from the United States.", ("JP", "US", "market_access", "rice", "pledged")),
        ("prog:resumes-origin-goods", "China resumes U.S. soybean purchases.", ("CN", "US", "purchase", "soybeans", "in_progress")),
        ("exp:increase-origin-goods", "Tokyo agreed to increase U.S. corn purchases by 20%.", ("JP", "US", "purchase", "corn", "pledged")),
        # Round eighteen's leftovers.
        ("left:deploy", "Japan will deploy $550 billion in U.S. projects.", ("JP", "US", "investment", "investment_funds", "pledged")),
        ("left:fund", "Tokyo will fund U.S. semiconductor and energy projects worth $550 billion.", ("JP", "US", "investment", "investment_funds", "pledged")),
        ("left:finance", "Korea will finance U.S. shipbuilding projects worth $150 billion.", ("KR", "US", "investment", "investment_funds", "pledged")),
        ("left:push-back", "Washington will push back the tariff increase on EU goods to July 9.", ("US", "EU", "tariff_pause", "tariffs", "pledged")),
        ("left:keep-on-hold", "Washington will keep the tariff hike on Canadian goods on hold until August.", ("US", "CA", "tariff_pause", "tariffs", "pledged")),
        ("left:quota", "Japan will set aside a quota for U.S. rice.", ("JP", "US", "market_access", "rice", "pledged")),
        ("left:carve-out", "Korea will carve out a duty-free quota for American beef.", ("KR", "US", "market_access", "beef", "pledged")),
        ("left:deploy-2", "The Saudi fund agreed to deploy $100 billion into U.S. technology firms.", ("SA", "US", "investment", "investment_funds", "pledged")),
    ]
    for f, b, e in R:
        add(f, b, [e])
    N = [
        ("neg20:expected-stat", "U.S. soybean exports to China are expected to fall this year."),
        ("neg20:completed-history", "China completed purchases of U.S. soybeans worth $12 billion in 2017."),
        ("neg20:fund-noun", "Japan's sovereign wealth fund holds $900 billion in assets."),
        ("neg20:permits-stat", "China issued 1,200 export permits for rare earths in 2024."),
        ("neg20:reopened-history", "South Korea reopened its market to U.S. beef in 2008."),
        ("neg20:plans-analyst", "Analysts said Beijing plans to diversify its soybean supply away from the U.S."),
        ("neg20:customs-cleared", "Chinese customs cleared 1.2 million tonnes of U.S. soybeans for import in April."),
        ("neg20:set-aside-money", "Japan will set aside $5 billion for farmers hurt by the deal."),
        ("neg20:deploy-troops", "Mexico will deploy 10,000 troops to its northern border."),
        ("neg20:exclusions-asked", "U.S. importers applied for tariff exclusions on Chinese machinery."),
        ("neg20:goods-imports-stat", "China's soybean imports from the U.S. resumed in March."),
    ]
    for f, b in N:
        add(f, b, [])


def round21():
    """Round twenty-one (q21-short): "take" as buying, delisting with "take
    ... off", a relative clause restated by the main verb, history in a
    trailing relative, the course not taken, "tariff settlement", and a party
    that does the same or follows suit."""
    R = [
        ("take:agreed-to-take", "Egypt agreed to take 2 million tonnes of U.S. wheat this season.", ("EG", "US", "purchase", "wheat", "pledged")),
        ("take:committed-at-least", "Taiwan committed to take at least 500,000 tons of American corn a year.", ("TW", "US", "purchase", "corn", "pledged")),
        ("take:expected-about", "China is expected to take about 3 million tons of U.S. sorghum under the deal.", ("CN", "US", "purchase", "sorghum", "pledged")),
        ("take:relative", "Traders are still waiting for the one million tons of U.S. soybeans that Beijing promised to take.", ("CN", "US", "purchase", "soybeans", "stalled")),
        ("take:relative-had", "Exporters are still shipping the 400,000 tonnes of American rice that Tokyo had agreed to take.", ("JP", "US", "purchase", "rice", "pledged")),
        ("off:took-off-list", "China took 12 U.S. defence firms off its unreliable entity list on Monday.", ("CN", "US", "suspend_measure", "sanctions", "fulfilled")),
        ("off:taken-off-list", "Beijing has taken eight American companies off the unreliable entity list.", ("CN", "US", "suspend_measure", "sanctions", "fulfilled")),
        ("off:will-take-off", "China will take 20 U.S. firms off its export control list.", ("CN", "US", "suspend_measure", "sanctions", "pledged")),
        ("off:struck-off", "Washington struck six Chinese shipping companies off the Entity List.", ("US", "CN", "suspend_measure", "sanctions", "fulfilled")),
        ("off:bis-removed", "The Bureau of Industry and Security removed 14 Chinese entities from the Entity List.", ("US", "CN", "suspend_measure", "sanctions", "fulfilled")),
        ("rel:stay-paused", "The White House said the higher tariffs on Chinese goods that were paused in 2025 will stay paused until May.", ("US", "CN", "tariff_pause", "tariffs", "pledged")),
        ("rel:cut-again", "Vietnam said its tariffs on U.S. pork that were cut in 2025 would be cut to zero next year.", ("VN", "US", "tariff_cut", "pork", "pledged")),
        ("hist:which-years-ago", "Chile's tariff on U.S. wheat fell to zero on Monday, the last step of the trade pact, which entered into force years ago.", ("CL", "US", "tariff_cut", "wheat", "fulfilled")),
        ("alt:rather-than-let", "Washington will hold the tariff on Canadian goods at 25% for another month rather than let it rise to 35%.", ("US", "CA", "tariff_pause", "tariffs", "pledged")),
        ("alt:rather-than-raise", "Mexico will keep its tariff on U.S. pork at 10% for another year rather than raise it.", ("MX", "US", "tariff_pause", "pork", "pledged")),
        ("settle:order", "Vietnam Airlines ordered 30 Boeing jets on Monday under the tariff settlement with Washington.", ("VN", "US", "purchase", "aircraft", "fulfilled")),
        ("settle:buy", "Thailand will buy 1 million tonnes of U.S. corn under the tariff settlement.", ("TH", "US", "purchase", "corn", "pledged")),
    ]
    for f, b, e in R:
        add(f, b, [e])
    add("same:would-do-same", "Canada will scrap its surtax on U.S. steel from June 1. Washington said it would do the same for its duties on Canadian steel.",
        [("CA", "US", "tariff_cut", "steel", "pledged"), ("US", "CA", "tariff_cut", "steel", "pledged")])
    add("same:followed-suit", "Chile lifted its ban on U.S. poultry on Tuesday. Peru followed suit a day later.",
        [("CL", "US", "market_access", "poultry", "fulfilled"), ("PE", "US", "market_access", "poultry", "fulfilled")])
    add("same:will-follow-suit", "Japan cut its tariff on U.S. beef to 9% on Monday. South Korea said it would follow suit.",
        [("JP", "US", "tariff_cut", "beef", "fulfilled"), ("KR", "US", "tariff_cut", "beef", "pledged")])
    N = [
        ("neg21:take-steps", "China agreed to take steps against soybean smuggling."),
        ("neg21:take-part", "Indonesia will take part in talks on U.S. wheat purchases."),
        ("neg21:took-effect", "The new rules on U.S. beef labelling took effect on Monday."),
        ("neg21:not-follow-suit", "Norway is not expected to follow suit on the lobster tariff."),
    ]
    for f, b in N:
        add(f, b, [])


def round24():
    """Round twenty-four (q24-sweep): attribution in the middle or at the
    end, more pledge verbs, nominal commitments, numbered lists of
    undertakings, state changes as nouns or verbs, deadlines and quantities
    in many forms (an optional sixth element: the deadline and quantity the
    entry should carry), and sentences that must give nothing."""
    Q = lambda a, u, per=None: {"amount": a, "unit": u, "per": per}
    R = [
        # Attribution in the middle or at the end.
        ("attr:mid-said", "China will, the commerce ministry said, buy 3 million tons of U.S. soybeans.", ("CN", "US", "purchase", "soybeans", "pledged")),
        ("attr:mid-subject", "Indonesia, the trade minister said on Tuesday, will import more U.S. wheat.", ("ID", "US", "purchase", "wheat", "pledged")),
        ("attr:end-reported", "Japan will buy $8 billion of American farm goods a year, Kyodo reported.", ("JP", "US", "purchase", "agricultural_products", "pledged")),
        ("attr:end-familiar", "Vietnam will cut its tariffs on U.S. pork to zero, according to people familiar with the matter.", ("VN", "US", "tariff_cut", "pork", "pledged")),
        ("attr:end-xinhua", "Beijing will suspend its export controls on gallium for a year, Xinhua reported.", ("CN", None, "ease_export_controls", "gallium", "pledged")),
        ("attr:end-told", "India agreed to scrap duties on American motorcycles, two officials told Reuters.", ("IN", "US", "tariff_cut", "tariffs", "pledged")),
        ("attr:according-front", "According to a statement from the agriculture ministry, Seoul will lift its curbs on U.S. beef.", ("KR", "US", "market_access", "beef", "pledged")),
        ("attr:end-statement", "South Korea will invest $350 billion in the United States, the presidential office said in a statement.", ("KR", "US", "investment", "investment_funds", "pledged")),
        ("attr:end-sources", "Thailand is set to buy more U.S. corn, sources said.", ("TH", "US", "purchase", "corn", "pledged")),
        # Pledge verbs.
        ("verb:poised", "Thailand is poised to cut tariffs on U.S. pork.", ("TH", "US", "tariff_cut", "pork", "pledged")),
        ("verb:reached-agreement", "The Philippines reached an agreement to buy 1 million tonnes of U.S. wheat.", ("PH", "US", "purchase", "wheat", "pledged")),
        ("verb:reached-agreement-with", "Japan reached an agreement with Washington to invest $550 billion in U.S. projects.", ("JP", "US", "investment", "investment_funds", "pledged")),
        ("verb:signed-deal-with", "China signed a deal with the United States to resume purchases of American sorghum.", ("CN", "US", "purchase", "sorghum", "pledged")),
        ("verb:struck-deal", "Korea struck a deal to buy $100 billion of U.S. LNG.", ("KR", "US", "purchase", "lng", "pledged")),
        ("verb:moved-to", "Malaysia moved to lift its ban on U.S. poultry.", ("MY", "US", "market_access", "poultry", "pledged")),
        ("verb:undertook", "Taiwan undertook to raise its purchases of U.S. LNG.", ("TW", "US", "purchase", "lng", "pledged")),
        ("verb:vowed-curb", "Mexico vowed to curb the flow of fentanyl into the United States.", ("MX", "US", "enforcement", "fentanyl_precursors", "pledged")),
        ("verb:committed-itself", "India has committed itself to buying more U.S. crude.", ("IN", "US", "purchase", "crude_oil", "pledged")),
        ("verb:on-course", "Vietnam is on course to buy $2 billion of U.S. cotton this year.", ("VN", "US", "purchase", "agricultural_products", "in_progress")),
        ("verb:gave-assurances", "Indonesia gave assurances that it would buy 50 Boeing jets.", ("ID", "US", "purchase", "aircraft", "pledged")),
        ("verb:eyes-origin-purchases", "Japan eyes more US rice purchases.", ("JP", "US", "purchase", "rice", "proposed")),
        ("verb:considering-origin-purchases", "Taiwan is considering additional U.S. corn purchases.", ("TW", "US", "purchase", "corn", "proposed")),
        ("verb:weighs-origin-purchases", "Korea weighs bigger US LNG purchases.", ("KR", "US", "purchase", "lng", "proposed")),
        ("verb:plans-origin-purchases", "Vietnam plans additional U.S. cotton purchases.", ("VN", "US", "purchase", "agricultural_products", "pledged")),
        ("verb:committed-money-to", "Korea committed $350 billion to U.S. projects under the deal.", ("KR", "US", "investment", "investment_funds", "pledged")),
        ("verb:provide-money-for", "Seoul will provide $150 billion for U.S. shipbuilding.", ("KR", "US", "investment", "investment_funds", "pledged")),
        ("verb:implementation-begun", "Implementation of Vietnam's pledge to cut tariffs on U.S. cars has begun.", ("VN", "US", "tariff_cut", "vehicles", "in_progress")),
        # Nominal commitments.
        ("nom24:pledge-welcomed", "Japan's pledge to buy more U.S. rice was welcomed by farm groups.", ("JP", "US", "purchase", "rice", "pledged")),
        ("nom24:promise-licences", "China's promise to issue general licences for rare earth exports to U.S. firms eased fears in Detroit.", ("CN", "US", "export_license", "rare_earths", "pledged")),
        ("nom24:offer-table", "Vietnam's offer to cut duties on U.S. cars is still on the table.", ("VN", "US", "tariff_cut", "vehicles", "proposed")),
        ("nom24:under-deal-announced", "Under a deal announced on Monday, Indonesia will buy 50 Boeing jets.", ("ID", "US", "purchase", "aircraft", "pledged")),
        ("nom24:deal-under-which", "The two sides struck a deal under which Thailand will scrap tariffs on U.S. pork.", ("TH", "US", "tariff_cut", "pork", "pledged")),
        ("nom24:under-which-apposition", "The agreement, under which Seoul will invest $350 billion in the United States, was signed on Tuesday.", ("KR", "US", "investment", "investment_funds", "pledged")),
        ("nom24:commitment-curb", "Beijing's commitment to curb exports of fentanyl precursors to the United States was part of the truce.", ("CN", "US", "enforcement", "fentanyl_precursors", "pledged")),
        # State changes.
        ("state:yet-to", "China has yet to buy the U.S. sorghum it promised.", ("CN", "US", "purchase", "sorghum", "pledged")),
        ("state:fell-short-of", "Indonesia fell short of its pledge to buy U.S. wheat.", ("ID", "US", "purchase", "wheat", "broken")),
        ("state:missed-deadline", "India missed the deadline to cut its tariffs on American almonds.", ("IN", "US", "tariff_cut", "tariffs", "broken")),
        ("state:honored", "Vietnam has honored its pledge to buy U.S. LNG.", ("VN", "US", "purchase", "lng", "fulfilled")),
        ("state:honoured-their", "Japanese refiners honoured their commitment to import U.S. crude.", ("JP", "US", "purchase", "crude_oil", "fulfilled")),
        ("state:followed-through", "Seoul followed through on its promise to lift curbs on U.S. beef.", ("KR", "US", "market_access", "beef", "fulfilled")),
        ("state:lived-up-to", "India lived up to its pledge to cut duties on American motorcycles.", ("IN", "US", "tariff_cut", "tariffs", "fulfilled")),
        ("state:kept-its-word", "China kept its word on suspending its export controls on gallium.", ("CN", None, "ease_export_controls", "gallium", "fulfilled")),
        ("state:yet-to-follow-through", "Vietnam has yet to follow through on its pledge to buy U.S. LNG.", ("VN", "US", "purchase", "lng", "pledged")),
        ("state:far-below", "Vietnam's purchases of U.S. LNG remain far below the promised level.", ("VN", "US", "purchase", "lng", "stalled")),
        ("state:suspended-commitment", "Malaysia has suspended its commitment to buy U.S. LNG.", ("MY", "US", "purchase", "lng", "stalled")),
        ("state:shelved-promise", "Japan has shelved its promise to buy more U.S. rice.", ("JP", "US", "purchase", "rice", "stalled")),
        ("state:shelved-plans", "Beijing shelved plans to buy more U.S. soybeans.", ("CN", "US", "purchase", "soybeans", "stalled")),
        ("state:pass-shelved", "Japan's promise to buy more U.S. rice has been shelved.", ("JP", "US", "purchase", "rice", "stalled")),
        ("state:postponed-its-cut", "Vietnam postponed its cut of tariffs on U.S. cars to next year.", ("VN", "US", "tariff_cut", "vehicles", "stalled")),
        ("state:delayed-its-cut", "Thailand delayed its promised cut in tariffs on U.S. pork.", ("TH", "US", "tariff_cut", "pork", "stalled")),
        ("state:put-on-hold", "Malaysia put its planned purchase of Boeing jets on hold.", ("MY", "US", "purchase", "aircraft", "stalled")),
        ("state:pass-on-hold", "Vietnam's promised purchases of U.S. LNG have been put on hold.", ("VN", "US", "purchase", "lng", "stalled")),
        ("state:resumed", "China resumed purchases of U.S. sorghum on Monday.", ("CN", "US", "purchase", "sorghum", "in_progress")),
        ("state:delivered-on", "The Philippines delivered on its pledge to lift the ban on U.S. poultry.", ("PH", "US", "market_access", "poultry", "fulfilled")),
        ("state:lagging", "Japan is lagging behind on its pledge to buy U.S. corn.", ("JP", "US", "purchase", "corn", "stalled")),
        ("state:backtracked-from", "Seoul backtracked from its promise to lift curbs on U.S. beef.", ("KR", "US", "market_access", "beef", "broken")),
        ("state:behind-schedule", "Taiwan's purchases of U.S. soybeans are behind schedule.", ("TW", "US", "purchase", "soybeans", "stalled")),
        ("state:stalled-verb", "China's promised purchases of Boeing jets have stalled.", ("CN", "US", "purchase", "aircraft", "stalled")),
        ("state:cancelled", "Vietnam cancelled its planned purchase of U.S. LNG.", ("VN", "US", "purchase", "lng", "broken")),
        # Deadlines.
        ("dl:no-later-than", "China will buy 12 million tons of U.S. soybeans no later than September 30.", ("CN", "US", "purchase", "soybeans", "pledged", {"deadline": "2026-09-30"})),
        ("dl:middle-of-next-year", "Thailand will open its market to American pork by the middle of next year.", ("TH", "US", "market_access", "pork", "pledged", {"deadline": "2027-06-30"})),
        ("dl:mid-month", "Seoul will lift its curbs on U.S. beef by mid-September.", ("KR", "US", "market_access", "beef", "pledged", {"deadline": "2026-09-15"})),
        ("dl:q3", "Vietnam will cut tariffs on U.S. pork by Q3.", ("VN", "US", "tariff_cut", "pork", "pledged", {"deadline": "2026-09-30"})),
        ("dl:second-quarter", "Japan will buy $2 billion of U.S. corn by the second quarter.", ("JP", "US", "purchase", "corn", "pledged", {"deadline": "2026-06-30"})),
        ("dl:month-is-out", "India will cut tariffs on American almonds before the month is out.", ("IN", "US", "tariff_cut", "tariffs", "pledged", {"deadline": "2026-05-31"})),
        ("dl:end-third-quarter", "Vietnam will cut its tariffs on U.S. pork by the end of the third quarter.", ("VN", "US", "tariff_cut", "pork", "pledged", {"deadline": "2026-09-30"})),
        ("dl:before-year-out", "Indonesia will lift its ban on U.S. poultry before the year is out.", ("ID", "US", "market_access", "poultry", "pledged", {"deadline": "2026-12-31"})),
        ("dl:mid-year", "Thailand will scrap its duties on U.S. beef by mid-2027.", ("TH", "US", "tariff_cut", "beef", "pledged", {"deadline": "2027-06-30"})),
        ("dl:end-next-month", "India will cut tariffs on American almonds by the end of next month.", ("IN", "US", "tariff_cut", "tariffs", "pledged", {"deadline": "2026-06-30"})),
        ("dl:within-months", "Japan will open its rice market to U.S. growers within six months.", ("JP", "US", "market_access", "rice", "pledged", {"deadline": "2026-11-12"})),
        ("dl:first-quarter-next", "Korea will buy $10 billion of U.S. LNG by the first quarter of next year.", ("KR", "US", "purchase", "lng", "pledged", {"deadline": "2027-03-31"})),
        ("dl:end-month-name", "The Philippines will lift its ban on U.S. pork by end-September.", ("PH", "US", "market_access", "pork", "pledged", {"deadline": "2026-09-30"})),
        ("dl:on-or-before", "Malaysia will cut tariffs on U.S. cars on or before July 1.", ("MY", "US", "tariff_cut", "vehicles", "pledged", {"deadline": "2026-07-01"})),
        # Quantities.
        ("qty:worth", "China will buy U.S. soybeans worth $10 billion.", ("CN", "US", "purchase", "soybeans", "pledged", {"quantity": Q(1e10, "USD")})),
        ("qty:some", "Japan will buy some 3 million tons of American corn.", ("JP", "US", "purchase", "corn", "pledged", {"quantity": Q(3e6, "t")})),
        ("qty:up-to", "Korea will buy up to 2 million tonnes of U.S. wheat.", ("KR", "US", "purchase", "wheat", "pledged", {"quantity": Q(2e6, "t")})),
        ("qty:at-least", "Taiwan will buy at least $10 billion of U.S. farm products.", ("TW", "US", "purchase", "agricultural_products", "pledged", {"quantity": Q(1e10, "USD")})),
        ("qty:a-further", "Vietnam will buy a further 500,000 tonnes of U.S. corn.", ("VN", "US", "purchase", "corn", "pledged", {"quantity": Q(5e5, "t")})),
        ("qty:annually", "Indonesia will import 1 million tons of U.S. wheat annually.", ("ID", "US", "purchase", "wheat", "pledged", {"quantity": Q(1e6, "t", "year")})),
        ("qty:per-year-over", "The Philippines will buy $2 billion of U.S. farm goods per year over three years.", ("PH", "US", "purchase", "agricultural_products", "pledged", {"quantity": Q(2e9, "USD", "year")})),
        ("qty:each-year", "Egypt will buy 2 million tonnes of U.S. wheat each year.", ("EG", "US", "purchase", "wheat", "pledged", {"quantity": Q(2e6, "t", "year")})),
        ("qty:converted", "China will buy 20 million tonnes (22 million short tons) of U.S. soybeans.", ("CN", "US", "purchase", "soybeans", "pledged", {"quantity": Q(2e7, "t")})),
        ("qty:converted-money", "Japan will invest $550 billion (about 80 trillion yen) in U.S. industries.", ("JP", "US", "investment", "investment_funds", "pledged", {"quantity": Q(5.5e11, "USD")})),
        ("qty:aircraft", "Korean Air will buy 103 Boeing jets.", ("KR", "US", "purchase", "aircraft", "pledged", {"quantity": Q(103, "units")})),
    ]
    for f, b, e in R:
        add(f, b, [e])
    L = [
        ("list:numbered", "Under the agreement, the United States will: (1) halve the fentanyl tariff on Chinese goods; (2) suspend its port fees on Chinese ships for a year.",
         [("US", "CN", "tariff_cut", "fentanyl_tariff", "pledged"), ("US", "CN", "suspend_measure", "port_fees", "pledged")]),
        ("list:lettered", "Under the joint statement, China will: (a) suspend its export controls on rare earths; (b) buy 12 million tons of U.S. soybeans this year.",
         [("CN", None, "ease_export_controls", "rare_earths", "pledged"), ("CN", "US", "purchase", "soybeans", "pledged")]),
        ("list:following", "Vietnam committed to the following: 1. eliminate tariffs on U.S. cars; 2. buy more American LNG.",
         [("VN", "US", "tariff_cut", "vehicles", "pledged"), ("VN", "US", "purchase", "lng", "pledged")]),
        ("list:bullets", "Under the deal, Japan will:\n- invest $550 billion in the United States;\n- open its rice market to U.S. growers.",
         [("JP", "US", "investment", "investment_funds", "pledged"), ("JP", "US", "market_access", "rice", "pledged")]),
        ("list:first-second", "India made two commitments. First, it will cut tariffs on American motorcycles. Second, it will buy more U.S. crude.",
         [("IN", "US", "tariff_cut", "tariffs", "pledged"), ("IN", "US", "purchase", "crude_oil", "pledged")]),
        ("list:pledge-beside-stopped-short", "China agreed to buy 12 million tons of U.S. soybeans but stopped short of committing to a timetable.", [("CN", "US", "purchase", "soybeans", "pledged")]),
        ("list:go-ahead", "Vietnam gave the go-ahead for imports of U.S. poultry.", [("VN", "US", "market_access", "poultry", "fulfilled")]),
        ("list:will-go-ahead", "Thailand will give the go-ahead for imports of U.S. pork.", [("TH", "US", "market_access", "pork", "pledged")]),
    ]
    for f, b, e in L:
        add(f, b, e)
    N = [
        ("neg24:speculate", "Analysts speculate that China could buy more U.S. soybeans if prices fall."),
        ("neg24:if-may", "If Japan opens its rice market, Washington may lower duties on Japanese cars."),
        ("neg24:question", "Could India cut its tariffs on American motorcycles?"),
        ("neg24:denied-reports", "Beijing denied reports that it had agreed to buy more U.S. soybeans."),
        ("neg24:denied-would", "Indonesia denied it would cut tariffs on U.S. wheat."),
        ("neg24:history-customs", "China bought 30 million tons of U.S. soybeans in 2016, customs data show."),
        ("neg24:stat-totalled", "U.S. soybean exports to China totalled $12 billion last year."),
        ("neg24:should", "Farm groups say Japan should buy more American rice."),
        ("neg24:no-agreement", "Officials in Seoul said there was no agreement to invest $350 billion in the United States."),
        ("neg24:back-in", "Back in 2019, Tokyo pledged to buy more U.S. corn."),
        ("neg24:unless", "Beijing will not buy U.S. soybeans unless Washington lifts its tariffs."),
        ("neg24:doubt", "Traders doubt that China will buy much U.S. wheat this year."),
        ("neg24:traders-expect", "Traders expect China to buy more U.S. sorghum next month."),
        ("neg24:observers-believe", "Observers believe Japan will cut its tariffs on U.S. beef."),
        ("neg24:unlikely", "Washington is unlikely to cut tariffs on Swiss watches."),
        ("neg24:unlikely-are", "Chinese state buyers are unlikely to book U.S. soybeans before October."),
        ("neg24:many-doubt", "Many doubt China will buy much U.S. wheat this year."),
        ("neg24:stopped-short", "Beijing stopped short of committing to buy more U.S. soybeans."),
        ("neg24:stopped-short-pledge", "The statement stopped short of a pledge to cut tariffs on U.S. cars."),
        ("neg24:noncommittal", "Tokyo was noncommittal on buying more U.S. rice."),
        ("neg24:non-committal", "Seoul remained non-committal about lifting its curbs on U.S. beef."),
        ("neg24:no-plans", "China said it had no plans to buy more U.S. soybeans."),
        ("neg24:not-committed", "Japan has not committed to buying more U.S. rice."),
        ("neg24:no-timeline", "Indonesia gave no timeline for lifting its ban on U.S. poultry."),
    ]
    for f, b in N:
        add(f, b, [])


buys()
tariffs()
pauses()
controls()
licences()
access()
invest()
enforce()
suspend()
negatives()
modality()
objects()
parties()
access2()
enforce2()
tails()
coordination()
round20()
round21()
round24()

with open(sys.argv[1], "w") as ef:
    for o in OUT:
        print(json.dumps({"published": PUB, "body": o["body"]}))
        ef.write(json.dumps({"form": o["form"], "body": o["body"], "exp": o["exp"]}) + "\n")
